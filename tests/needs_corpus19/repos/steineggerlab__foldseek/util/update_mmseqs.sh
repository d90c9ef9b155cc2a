#!/bin/sh -e
git subtree pull --prefix lib/mmseqs https://github.com/soedinglab/MMseqs2.git master --squash
