#!/bin/bash -l
module purge
module load swenv/default-env/latest
module load toolchain/intel/2019a


