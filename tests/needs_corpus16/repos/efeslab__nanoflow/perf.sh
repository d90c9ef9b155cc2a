cd datasets
./gen.sh
cd ..
cd pipeline/eval
./run_all.sh
