
module load cmake

cmake -P create-theta-tests.cmake 





