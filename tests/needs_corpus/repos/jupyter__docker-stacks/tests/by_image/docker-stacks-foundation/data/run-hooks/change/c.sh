#!/bin/bash
# Copyright (c) Jupyter Development Team.
# Distributed under the terms of the Modified BSD License.

echo "Inside c.sh MY_VAR variable has ${MY_VAR} value"
