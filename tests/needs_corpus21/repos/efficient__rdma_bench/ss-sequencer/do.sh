make clean
make
