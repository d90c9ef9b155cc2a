#!/usr/bin/env bash

wget https://nodejs.org/dist/v8.11.1/node-v8.11.1-linux-x64.tar.xz
mkdir $HOME/node-v8.11.1
tar -xJf node-v8.11.1-linux-x64.tar.xz -C $HOME/node-v8.11.1