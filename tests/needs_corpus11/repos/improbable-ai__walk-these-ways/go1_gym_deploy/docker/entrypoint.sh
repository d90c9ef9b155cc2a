#!/bin/bash
set -e

eval "bash"

exec "$@"
