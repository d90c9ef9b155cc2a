#!/bin/bash -l
module purge
module load swenv/default-env/latest
module load toolchain/intel/2019a
module load tools/Inspector/2019_update4
