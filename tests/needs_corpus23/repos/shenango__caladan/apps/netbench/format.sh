#!/bin/sh
# formats all source files
clang-format -i -style=google *.cc *.h
