#! /bin/bash
#
# Run checks for the Warp tutorial.
#
# Usage:
#   ./test.bash              # check GPU availability

nvidia-smi
