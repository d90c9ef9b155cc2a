"""The rules added when tests/needs_corpus10 was tuned on (after it was measured once, held out), 2026-12-03 (sixth
session). Each rule with a case where it must not fire."""

from __future__ import annotations

from .repo_fixture import need_text as _need
from .repo_fixture import write_and_scan as _write

TRAIN = ("## Training\n\nTo train on 8 GPUs on a single node, run:\n\n"
         "```bash\ntorchrun --nproc_per_node 8 train.py\n```\n")


def test_get_started_md_is_read_as_a_guide(tmp_path):
    r = _write(tmp_path / "a", {"README.md": "# Swin\n\nSee get_started.md.\n", "get_started.md": TRAIN})
    assert _need(r, "gpus") == "gpus>=8"
    # must not fire: a Markdown file of another name deep in the tree is not a guide
    r = _write(tmp_path / "b", {"README.md": "# Swin\n", "notes/misc/started.md": TRAIN})
    assert _need(r, "gpus") is None


def test_an_html_comment_on_one_line_is_not_prose(tmp_path):
    r = _write(tmp_path / "a", {"README.md": "# X\n\n<!-- It requires a peak GPU memory of 40 GB on an A100. -->\n"})
    assert _need(r, "gpu_memory") is None
    # must not fire: text after the comment on the same line is prose
    r = _write(tmp_path / "b", {"README.md": "# X\n\n<!-- old --> It requires a GPU with 40 GB of memory.\n"})
    assert _need(r, "gpu_memory") == "gpu_memory>=40GB"


def test_recommending_more_gpus_is_not_an_optional_gpu(tmp_path):
    r = _write(tmp_path / "a", {"README.md": "# X\n\n" + TRAIN + "\nWe recommend using multi-node with more GPUs "
                                "for training very large models.\n"})
    assert r.gpu == "required"
    # must not fire: a GPU recommended outright is optional
    r = _write(tmp_path / "b", {"README.md": "# X\n\nWe recommend a GPU for this tool.\n"})
    assert r.gpu == "optional"


def test_a_device_list_prefixing_a_launch_command_counts_gpus(tmp_path):
    script = "CUDA_VISIBLE_DEVICES=0,1,2,3,4,5,6,7 python3 -m torch.distributed.launch \\\n" \
             "--nproc_per_node=$HOST_GPU_NUM --nnodes=1 ./main/trainer.py --train\n"
    r = _write(tmp_path / "a", {"README.md": "# X\n", "configs/train/run.sh": script})
    assert _need(r, "gpus") == "gpus>=8"
    # must not fire: a bare export of a device list names no command's GPUs
    r = _write(tmp_path / "b", {"README.md": "# X\n", "scripts/train.sh": "export CUDA_VISIBLE_DEVICES=0,1,2,3\n"})
    assert _need(r, "gpus") is None
