#!/bin/bash -l
module purge
module load swenv/default-env/latest
module load toolchain/foss/2019a



