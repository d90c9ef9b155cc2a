#!/usr/bin/env bash

set -e

./mvnw spotless:apply
