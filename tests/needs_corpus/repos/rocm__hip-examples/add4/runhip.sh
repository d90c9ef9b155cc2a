echo ./gpu-stream-hip
./gpu-stream-hip
echo ./gpu-stream-hip --groups 256 --groupSize 256
./gpu-stream-hip --groups 256 --groupSize 256
echo ./gpu-stream-hip --float
./gpu-stream-hip --float
echo ./gpu-stream-hip --float --groups 256 --groupSize 256
./gpu-stream-hip --float --groups 256 --groupSize 256
