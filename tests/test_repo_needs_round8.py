"""The rules added when tests/needs_corpus8 was tuned on (after it was measured once, held out), 2026-12-02 (fourth
session). Each rule with a case where it must not fire."""

from __future__ import annotations

from envboot.data.repo_needs import scan
from envboot.data.repo_needs.prose import sentence_statements

CUDA_ENV = "name: x\ndependencies:\n  - cudatoolkit=11.3\n  - pytorch\n"


def _write(root, files: dict[str, str]):
    for rel, text in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)
    return scan(root)


def _need(r, key: str):
    with_gpu = dict(r.shapes).get("with a GPU")
    if with_gpu is not None:
        return next((t for t in with_gpu.split() if t.startswith(key)), None)
    return next((i.need.text() for i in r.items if i.need.key == key), None)


def test_device_indices_in_a_training_command_count_its_gpus(tmp_path):
    readme = ("# Edit images\n\nThese instructions have been tested on a GPU with >18GB VRAM.\n\n## Training\n\n"
              "```\npython main.py --name default --base configs/train.yaml --train --gpus 0,1,2,3,4,5,6,7\n```\n")
    r = _write(tmp_path / "a", {"README.md": readme, "environment.yaml": CUDA_ENV})
    assert _need(r, "gpus") == "gpus>=8"  # the training command's, beyond the single GPU it was tested on
    yolo = "# Detector\n\n```\nyolo detect train data=coco.yaml model=yolov10n.yaml device=0,1,2,3\n```\n"
    assert _need(_write(tmp_path / "b", {"README.md": yolo, "environment.yaml": CUDA_ENV}), "gpus") == "gpus>=4"
    # must not fire: one bare index is not a count, and a sampling command's indices do not outrank a stated need
    one = "# Detector\n\n```\nyolo detect predict model=yolov10n.pt device=0\n```\n"
    assert _need(_write(tmp_path / "c", {"README.md": one, "environment.yaml": CUDA_ENV}), "gpus") == "gpus>=1"
    sample = ("# Gen\n\nSampling requires a single GPU with 24GB of memory.\n\n```\npython sample.py --gpus 0,1\n```\n")
    assert _need(_write(tmp_path / "d", {"README.md": sample, "environment.yaml": CUDA_ENV}), "gpus") == "gpus>=1"


def test_accelerate_launch_num_processes_is_one_process_per_gpu(tmp_path):
    readme = "# Tune\n\n```\naccelerate launch --num_processes 4 train.py --config c.yaml\n```\n"
    assert _need(_write(tmp_path / "a", {"README.md": readme, "environment.yaml": CUDA_ENV}), "gpus") == "gpus>=4"
    # must not fire: an RL script's "--num-processes 8" is its environment workers, not GPUs
    rl = "# PPO\n\n```\npython main.py --env-name Reacher-v2 --algo ppo --num-processes 8\n```\n"
    r = _write(tmp_path / "b", {"README.md": rl})
    assert r.gpu == "none" and _need(r, "gpus") is None


def test_a_plural_model_name_is_read_with_its_count():
    st = sentence_statements("we used 8x A100s to train XL/2 and 4x A100s to train B/4.", 1, "")
    assert "gpus>=8" in [s.term for s in st] and "gpu_vendor=nvidia" in [s.term for s in st]
    # must not fire: a word that merely begins with a model's name
    assert sentence_statements("The T4sensor module reads the temperature.", 1, "") == []
