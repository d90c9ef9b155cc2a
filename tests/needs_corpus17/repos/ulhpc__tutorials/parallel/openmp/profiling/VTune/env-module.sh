#!/bin/bash -l
module purge
module load swenv/default-env/latest
module load toolchain/intel/2019a
module load tools/VTune/2019_update4
module load vis/GTK+/3.24.8-GCCcore-8.2.0
