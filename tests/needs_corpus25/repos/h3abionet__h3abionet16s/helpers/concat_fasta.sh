#!/bin/bash

# $* = individual array of fasta files

cat $* > concat.fasta
