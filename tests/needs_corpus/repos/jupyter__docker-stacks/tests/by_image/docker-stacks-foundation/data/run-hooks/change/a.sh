#!/bin/bash
# Copyright (c) Jupyter Development Team.
# Distributed under the terms of the Modified BSD License.

export MY_VAR=123
echo "Inside a.sh MY_VAR variable has ${MY_VAR} value"
