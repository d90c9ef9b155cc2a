#!/bin/sh -e
git subtree pull --prefix lib/zstd https://github.com/facebook/zstd.git dev --squash
