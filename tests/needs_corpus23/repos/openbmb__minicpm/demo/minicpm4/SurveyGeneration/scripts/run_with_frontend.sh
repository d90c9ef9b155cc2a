python ./src/generation/run.py  \
    --model_path "openbmb/MiniCPM4-Survey" \
    --query "Please design a survey that assesses the performance of language processing systems on unseen data to measure their robustness in natural language understanding tasks." \
    --output_file "test.md" \
    --port 8001 \