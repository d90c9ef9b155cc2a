python scripts/distributed.py \
	--num_gpus 8 \
	--workers_per_gpu 2 \
	--input_models_path .objaverse/hf-objaverse-v1/object-paths.json