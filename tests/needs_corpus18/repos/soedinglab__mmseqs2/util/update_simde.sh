#!/bin/sh -e
git subtree pull --prefix lib/simde/simde https://github.com/simd-everywhere/simde-no-tests master --squash
