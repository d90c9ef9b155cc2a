#!/usr/bin/env bash

# Copyright 2019 DeepMind Technologies Ltd. All rights reserved.
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.

# These are extra packages that are not strictly required to run the OpenSpiel
# Python API, but are required by certain algorithms or tools. Packages here
# are for testing purposes: they are not installed by any of the install
# scripts, and are referred to only in the testing scripts run on GitHub, so
# they must be installed separately. The versions are pinned to ensure that
# tests are covering only those versions supported by the algorithms that use
# them, but could work for other versions too.
#
# To enable specific tests, please use the environment variables found in
# scripts/global_variables.sh

# This script depends on the Python version, which it gets from $PYBIN or
# $CI_PYBIN passed in as $1. If it's not defined, Python 3.9 is assumed.

PY_VER="3.9"
if [ "$1" != "" ]; then
  PY_VER=`$1 --version | awk '{print $2}'`
  if [ "$PY_VER" = "" ]; then
    PY_VER="3.9"
  fi
fi

verlte() {
  stuff=`echo -e "$1\n$2" | sort -V | head -n1`
  [ "$1" = "$stuff" ]
}

verlt() {
  [ "$1" = "$2" ] && return 1 || verlte $1 $2
}

#
# Python-version dependent versions
#

echo "Set Python version: $PY_VER"
if verlt $PY_VER 3.12; then
  echo "Detected Python version 3.11"
  export OPEN_SPIEL_PYTHON_PYTORCH_DEPS="torch==2.9.1"
  export OPEN_SPIEL_PYTHON_JAX_DEPS="jax==0.8.1 jaxlib==0.8.1 flax==0.12.1 dm-haiku==0.0.16 optax==0.2.6 chex==0.1.91 rlax==0.1.8 distrax==0.1.7"
  export OPEN_SPIEL_PYTHON_MISC_DEPS="IPython==5.8.0 networkx==3.2 matplotlib==3.10.7 mock==4.0.2 nashpy==0.0.43 scipy==1.16.3 testresources==2.0.1 cvxpy==1.7.5 ecos==2.0.14 osqp==1.0.4 pokerkit==0.6.3 fastmcp==3.3.1"
elif verlt $PY_VER 3.13; then
  echo "Detected Python version 3.12"
  export OPEN_SPIEL_PYTHON_PYTORCH_DEPS="torch==2.9.1"
  export OPEN_SPIEL_PYTHON_JAX_DEPS="jax==0.8.1 jaxlib==0.8.1 flax==0.12.1 dm-haiku==0.0.16 optax==0.2.6 chex==0.1.91 rlax==0.1.8 distrax==0.1.7"
  export OPEN_SPIEL_PYTHON_MISC_DEPS="IPython==8.23.0 networkx==3.3 matplotlib==3.10.7 mock==5.1.0 nashpy==0.0.43 scipy==1.16.3 testresources==2.0.1 cvxpy==1.7.5 ecos==2.0.14 osqp==1.0.4 pokerkit==0.6.3 fastmcp==3.3.1"
elif verlt $PY_VER 3.14; then
  echo "Detected Python version 3.13"
  export OPEN_SPIEL_PYTHON_PYTORCH_DEPS="torch==2.9.1"
  export OPEN_SPIEL_PYTHON_JAX_DEPS="jax==0.8.1 jaxlib==0.8.1 flax==0.12.1 dm-haiku==0.0.16 optax==0.2.6 chex==0.1.91 rlax==0.1.8 distrax==0.1.7"
  export OPEN_SPIEL_PYTHON_MISC_DEPS="IPython==8.23.0 networkx==3.3 matplotlib==3.10.7 mock==5.1.0 nashpy==0.0.43 scipy==1.16.3 testresources==2.0.1 cvxpy==1.7.5 ecos==2.0.14 osqp==1.0.4 pokerkit==0.6.3 fastmcp==3.3.1"
else
  echo "Detected Python version > 3.13"
  export OPEN_SPIEL_PYTHON_PYTORCH_DEPS="torch==2.10.0"
  export OPEN_SPIEL_PYTHON_JAX_DEPS="jax==0.9.0.1 jaxlib==0.9.0.1 dm-haiku==0.0.16 optax==0.2.7 chex==0.1.91 rlax==0.1.8 distrax==0.1.7 flax==0.12.3"
  export OPEN_SPIEL_PYTHON_MISC_DEPS="IPython==9.10.0 networkx==3.6.1 matplotlib==3.10.8 mock==5.2.0 nashpy==0.0.43 scipy==1.17.0 testresources==2.0.2 cvxpy==1.8.1 ecos==2.0.14 osqp==1.1.0 tensorflow_datasets==4.9.9 pokerkit==0.7.3 fastmcp==3.3.1"
fi


