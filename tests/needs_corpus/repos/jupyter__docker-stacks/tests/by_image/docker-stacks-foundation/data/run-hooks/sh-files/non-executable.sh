# shellcheck disable=SC2148
# Copyright (c) Jupyter Development Team.
# Distributed under the terms of the Modified BSD License.

export MY_VAR=1
echo "Inside non-executable.sh MY_VAR variable has ${MY_VAR} value"
