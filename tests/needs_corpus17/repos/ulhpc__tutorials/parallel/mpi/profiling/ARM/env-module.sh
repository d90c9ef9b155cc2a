#!/bin/bash -l
module purge
module load swenv/default-env/latest
module load toolchain/foss/2019a
module load mpi/OpenMPI/3.1.4-GCC-8.2.0-2.31.1
module load tools/ArmForge/19.1


