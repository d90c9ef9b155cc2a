# Copyright (c) Meta Platforms, Inc. and affiliates.
# This software may be used and distributed according to the terms of the GNU General Public License version 3.

from setuptools import find_packages, setup

setup(name="llama", version="0.0.0", packages=find_packages())
