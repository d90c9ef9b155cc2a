python3 -m venv ${PWD}/_test_env
. ./_test_env/bin/activate
pip install mpi4py

