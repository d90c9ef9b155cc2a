#!/bin/bash

model=gpt2
lora_args=""
if [ $# -ge 1 ]; then
  model=$1
fi
if [ $# -ge 2 ]; then
  lora_args="--lora_model_path $2"
fi

CUDA_VISIBLE_DEVICES="" \
  python examples/chatbot.py \
      --deepspeed configs/archive/ds_config_chatbot.json \
      --model_name_or_path ${model} \
      --device "cpu" \
      ${lora_args}
