#!/usr/bin/env bash

set -e

# Activate the virtual environment
source ./env/bin/activate
