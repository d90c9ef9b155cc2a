#!/usr/bin/env python3

# Copyright (c) Meta Platforms, Inc. and affiliates.
# This source code is licensed under the MIT license found in the
# LICENSE file in the root directory of this source tree.

from setuptools import find_packages, setup

setup(
    name="habitat_dataset_processing",
    version="0.0.0",
    packages=find_packages(),
    install_requires=[],
)
