#!/bin/bash
# Copyright (c) Jupyter Development Team.
# Distributed under the terms of the Modified BSD License.

echo "Started: a.sh"

export OTHER_VAR=456

run-unknown-command

echo "Finished: a.sh"
