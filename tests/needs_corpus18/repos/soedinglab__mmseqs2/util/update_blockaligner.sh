#!/bin/sh -e
git subtree pull --prefix lib/block-aligner https://github.com/Gyuuul2/block-aligner 3di --squash
