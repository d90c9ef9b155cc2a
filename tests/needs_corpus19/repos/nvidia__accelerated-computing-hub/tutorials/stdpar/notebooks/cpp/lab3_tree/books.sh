#!/usr/bin/env sh

set -ex

curl -O -# https://www.gutenberg.org/files/2600/2600-0.txt
curl -O -# https://www.gutenberg.org/files/8800/8800.txt
curl -O -# https://www.gutenberg.org/files/84/84-0.txt
curl -O -# https://www.gutenberg.org/files/2701/2701-0.txt
curl -O -# https://www.gutenberg.org/files/35/35-0.txt
curl -O -# https://www.gutenberg.org/files/1342/1342-0.txt
curl -O -# https://www.gutenberg.org/files/3825/3825-0.txt
curl -O -# https://www.gutenberg.org/files/996/996-0.txt
curl -O -# https://www.gutenberg.org/files/55/55-0.txt
curl -O -# https://www.gutenberg.org/files/6130/6130-0.txt
curl -O -# https://www.gutenberg.org/files/1727/1727-0.txt
