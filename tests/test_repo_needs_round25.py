"""The rules added when tests/needs_corpus25 was tuned on (after it was measured, held out; tests/needs_corpus26 was
measured with the scanner of 81b3191 frozen before this tuning), 2026-12-08 (twelfth session). Each rule with a case
where it must not fire."""

from __future__ import annotations

from .repo_fixture import need_text as _need
from .repo_fixture import write_and_scan as _write


def test_a_gpu_platform_in_a_requirements_list_is_a_gpu_requirement_and_its_vendor(tmp_path):
    readme = ("# rocHPCG\n\n## Requirements\n* Git\n* CMake (3.10 or later)\n* MPI\n"
              "* AMD [ROCm] platform (4.1 or later)\n* googletest (for test application only)\n")
    r = _write(tmp_path / "a", {"README.md": readme})
    assert (r.gpu, _need(r, "gpu_vendor")) == ("required", "gpu_vendor=amd")
    r = _write(tmp_path / "b", {"README.md": readme.replace("AMD [ROCm] platform (4.1 or later)",
                                                            "CUDA toolkit (11.8 or later)")})
    assert (r.gpu, _need(r, "gpu_vendor")) == ("required", "gpu_vendor=nvidia")
    # must not fire: an optional item, or a platform named outside a requirements list
    r = _write(tmp_path / "c", {"README.md": readme.replace("AMD [ROCm] platform (4.1 or later)",
                                                            "CUDA (optional, for GPU support)")})
    assert r.gpu == "optional"
    r = _write(tmp_path / "d", {"README.md": "# x\n\n## Notes\n\n* CUDA toolkit 11.8 was used for the figures.\n"})
    assert r.gpu != "required"


def test_a_command_set_as_a_blockquote_is_read_as_code(tmp_path):
    readme = ("# gfp\n\n**Training:**\n\n> python -m torch.distributed.launch --nproc_per_node=4 --master_port=22021 "
              "gfpgan/train.py -opt options/train_gfpgan_v1.yml --launcher pytorch\n")
    r = _write(tmp_path / "a", {"README.md": readme, "cog.yaml": "build:\n  gpu: true\n"})
    assert _need(r, "gpus") == "gpus>=4"
    # must not fire: a quoted sentence stays prose
    r = _write(tmp_path / "b", {"README.md": "# q\n\n> Training requires 2 GPUs.\n"})
    assert _need(r, "gpus") == "gpus>=2"


def test_a_demo_folders_training_recipe_does_not_outrank_the_repositorys_serving(tmp_path):
    compose = ("services:\n  api:\n    image: glm\n    deploy:\n      resources:\n        reservations:\n"
               "          devices:\n            - driver: nvidia\n              count: 1\n              capabilities: "
               "[gpu]\n")
    finetune = "# Fine-tune\n\n```bash\ntorchrun --standalone --nnodes=1 --nproc_per_node=8 finetune_hf.py data\n```\n"
    r = _write(tmp_path / "a", {"README.md": "# chat\n", "openai_api_demo/docker-compose.yml": compose,
                                "finetune_demo/README.md": finetune})
    assert _need(r, "gpus") == "gpus>=1"
    # must not fire: a training folder's README is the repository's training
    r = _write(tmp_path / "b", {"README.md": "# sam\n", "demo/docker-compose.yml": compose,
                                "training/README.md": finetune})
    assert _need(r, "gpus") == "gpus>=8"


def test_a_bracketed_cuda_flag_of_a_usage_line_is_an_optional_gpu(tmp_path):
    readme = "# glue\n\n```bash\npython benchmark.py [--device cuda] [--num_keypoints 512 1024] [--compile]\n```\n"
    r = _write(tmp_path / "a", {"README.md": readme})
    assert r.gpu == "optional"
    assert dict(r.shapes)["with a GPU"] == "gpus>=1 gpu_vendor=nvidia"
    # must not fire: the flag given
    r = _write(tmp_path / "b", {"README.md": readme.replace("[--device cuda]", "--device cuda")})
    assert r.gpu == "required"
