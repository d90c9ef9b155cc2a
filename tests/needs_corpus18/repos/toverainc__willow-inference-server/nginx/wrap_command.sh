#!/bin/bash
set -e

$@