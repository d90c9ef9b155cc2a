model="gorilla-llm/gorilla-7b-hf-delta-v1"
python examples/tool_inference.py \
    --model ${model} \