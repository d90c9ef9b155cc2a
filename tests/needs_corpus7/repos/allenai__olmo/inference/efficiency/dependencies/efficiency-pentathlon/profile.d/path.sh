# Update path to include commands added via pip.
export PATH="$PATH:$HOME/.local/bin"
