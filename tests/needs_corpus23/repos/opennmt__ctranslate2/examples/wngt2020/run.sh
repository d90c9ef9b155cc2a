#!/bin/sh
NUMCORES=`nproc`
/opt/wngt2020/run $1 $2 $NUMCORES
