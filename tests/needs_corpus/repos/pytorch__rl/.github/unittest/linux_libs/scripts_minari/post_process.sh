#!/usr/bin/env bash

set -e

# Note: This script is sourced by run_all.sh, so the environment is already active
