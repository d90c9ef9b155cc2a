#!/bin/bash
#
# Shell and python scripts goes here