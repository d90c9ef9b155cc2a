#!/bin/bash
gdown 1PpqVt1H4maBa_GbPJp4NwxRsd9jk-elh