#!/usr/bin/env bash

# Post-processing for SGLang tests.

set -e

echo "SGLang tests complete"
