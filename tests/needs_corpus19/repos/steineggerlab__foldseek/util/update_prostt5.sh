#!/bin/sh -e
git subtree pull --prefix lib/prostt5 https://github.com/martin-steinegger/ProstT5-llama.git minimal --squash
