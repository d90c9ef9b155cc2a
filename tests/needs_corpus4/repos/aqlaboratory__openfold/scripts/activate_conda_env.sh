#!/bin/bash

source scripts/vars.sh

source lib/conda/etc/profile.d/conda.sh
conda activate $ENV_NAME
