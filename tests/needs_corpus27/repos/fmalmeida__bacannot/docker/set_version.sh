export NEW_VERSION=v3.3
