#!/bin/bash
# Copyright (c) Jupyter Development Team.
# Distributed under the terms of the Modified BSD License.

set -e

echo "Started: d.sh"

run-unknown-command

echo "Finished: d.sh"
