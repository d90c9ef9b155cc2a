#!/bin/sh -e
git subtree pull --prefix lib/foldcomp https://github.com/steineggerlab/foldcomp.git minimal --squash
