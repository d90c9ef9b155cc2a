#!/bin/sh -e
git subtree pull --prefix lib/libmarv git@github.com:steineggerlab/libmarv.git main --squash
