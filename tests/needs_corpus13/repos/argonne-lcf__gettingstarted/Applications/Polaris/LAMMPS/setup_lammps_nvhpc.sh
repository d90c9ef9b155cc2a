module restore
module load craype-accel-nvidia80
module use /soft/modulefiles

module load spack-pe-base cmake
