#!/usr/bin/env bash

export PATH=tools/Trimmomatic/:$PATH