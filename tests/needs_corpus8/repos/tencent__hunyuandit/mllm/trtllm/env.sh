cp convert.py /usr/local/lib/python3.10/dist-packages/tensorrt_llm/models/llama/convert.py
