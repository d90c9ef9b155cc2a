rm *.o ../*.o
rm main
make main
