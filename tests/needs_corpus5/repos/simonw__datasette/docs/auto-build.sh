sphinx-autobuild . _build/html
