#!/bin/sh -e
git subtree pull --prefix lib/structty https://github.com/steineggerlab/StrucTTY.git minimal --squash
