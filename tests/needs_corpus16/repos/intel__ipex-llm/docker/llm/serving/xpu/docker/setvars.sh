#!/bin/sh

export CCL_DG2_ALLREDUCE=1
export LD_LIBRARY_PATH=/opt/intel/1ccl-wks/lib:$LD_LIBRARY_PATH
