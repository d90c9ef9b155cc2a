# Source this script to setup the runtime environment on cori
module load cgpu tensorflow/2.5.0-gpu
module list
