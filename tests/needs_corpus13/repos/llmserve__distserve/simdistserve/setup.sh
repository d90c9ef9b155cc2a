mkdir -p /workspace
pip install simpy matplotlib tqdm