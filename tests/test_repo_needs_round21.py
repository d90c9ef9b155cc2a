"""The rules added when tests/needs_corpus21 was tuned on (after it was measured, held out, and after
tests/needs_corpus22 was built and measured with the scanner frozen before this tuning), 2026-12-06 (eleventh
session). Each rule with a case where it must not fire."""

from __future__ import annotations

from .repo_fixture import need_text as _need
from .repo_fixture import write_and_scan as _write


def test_a_network_layer_is_no_nvidia_l4(tmp_path):
    r = _write(tmp_path / "a", {"README.md": "# lb\n\nKatran is an L4 load balancer. It handles traffic from user to "
                                             "L4 lb and from L4 lb to L7 lb, for L3/L4 forwarding.\n"})
    assert r.gpu == "none" and _need(r, "gpu_vendor") is None
    # must not fire: the GPU
    r = _write(tmp_path / "b", {"README.md": "# m\n\nInference requires 4x L4 GPUs.\n"})
    assert (_need(r, "gpus"), _need(r, "gpu_memory")) == ("gpus>=4", "gpu_memory>=24GiB")


def test_a_cog_yaml_declares_its_gpu(tmp_path):
    r = _write(tmp_path / "a", {"README.md": "# p\n\nPhoto generation.\n",
                                "cog.yaml": "build:\n  # set to true if your model requires a GPU\n  gpu: true\n"})
    assert (r.gpu, _need(r, "gpus")) == ("required", "gpus>=1")
    # must not fire: gpu: false
    r = _write(tmp_path / "b", {"cog.yaml": "build:\n  gpu: false\n  python_version: '3.11'\n"})
    assert r.gpu == "none"


def test_the_gpu_memory_requirement_for_a_named_model_is(tmp_path):
    r = _write(tmp_path / "a", {"README.md": "# p\n\nThe minimum GPU memory requirement for PhotoMaker is 11G.\n"})
    assert _need(r, "gpu_memory") == "gpu_memory>=11GB"
    # must not fire: a host's memory
    r = _write(tmp_path / "b", {"README.md": "# p\n\nThe minimum memory requirement for PhotoMaker is 11G.\n"})
    assert _need(r, "gpu_memory") is None


def test_a_command_on_chosen_cuda_devices_is_nvidias(tmp_path):
    readme = "# m\n\n```bash\nCUDA_VISIBLE_DEVICES=0,1 torchrun --nproc_per_node 2 train.py\n```\n"
    r = _write(tmp_path / "a", {"README.md": readme})
    assert (_need(r, "gpus"), _need(r, "gpu_vendor")) == ("gpus>=2", "gpu_vendor=nvidia")
    # must not fire: no CUDA device chosen
    r = _write(tmp_path / "b", {"README.md": readme.replace("CUDA_VISIBLE_DEVICES=0,1 ", "")})
    assert _need(r, "gpu_vendor") is None
