#!/usr/bin/env bash


module load cmake