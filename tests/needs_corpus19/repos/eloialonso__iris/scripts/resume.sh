python src/main.py common.resume=True hydra.output_subdir=null hydra.run.dir=.
