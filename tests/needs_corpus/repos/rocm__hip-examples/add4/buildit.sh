make clean
make gpu-stream-hip
