#!/bin/bash -l
module purge
module load swenv/default-env/latest
#module load toolchain/foss/2019a
module load toolchain/intel/2019a
module load tools/ArmForge/19.1
