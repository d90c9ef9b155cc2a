#!/usr/bin/env bash

export PYTHONPATH=$(pwd):$PYTHONPATH
export SCRIPTPATH=$(pwd)

printf "PYTHONPATH:    $PYTHONPATH\n"
printf "SCRIPTPATH:    $SCRIPTPATH\n"
printf "setenv.sh - successfully completed\n\n"
