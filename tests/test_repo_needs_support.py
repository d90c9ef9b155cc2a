"""GPU support versus a GPU requirement (the rules added when the held-out tests/needs_corpus3 showed GPU support
signals called required in repositories that also run on a CPU). Each rule with a case where it must not fire."""

from __future__ import annotations

import pytest

from envboot.data.repo_needs.prose import sentence_statements

from .repo_fixture import write_and_scan as _write

CUDA_IMAGE = "FROM nvidia/cuda:12.3.2-cudnn9-runtime-ubuntu22.04\n"


def _said(sentence: str) -> tuple[set, set]:
    got = sentence_statements(sentence, 1, "")
    return {s.gpu for s in got}, {s.term for s in got if s.term}


def test_gpu_support_beside_a_cpu_path_is_an_optional_gpu(tmp_path):
    readme = "# ASR\n\nThe efficiency can be further improved with 8-bit quantization on both CPU and GPU.\n"
    r = _write(tmp_path / "a", {"README.md": readme, "docker/Dockerfile": CUDA_IMAGE})
    assert r.gpu == "optional" and r.shapes[1][1] == "gpus>=1 gpu_vendor=nvidia"
    assert any("side by side" in w for w in r.warnings)
    # must not fire: GPU support signals and no CPU path anywhere (a CUDA kernel project) stay required
    r = _write(tmp_path / "b", {"README.md": "# Kernels\n\nFast attention kernels.\n", "Dockerfile": CUDA_IMAGE})
    assert r.gpu == "required"


def test_an_install_commented_for_a_gpu_is_conditional(tmp_path):
    readme = ("# RL\n\n```bash\npip install tensorflow-gpu==1.14 # if you have a CUDA-compatible gpu and proper "
              "drivers\n```\n")
    assert _write(tmp_path / "a", {"README.md": readme}).gpu == "optional"
    plain = "# RL\n\n```bash\npip install tensorflow-gpu==1.14\n```\n"
    assert _write(tmp_path / "b", {"README.md": plain}).gpu == "required"


def test_a_cpu_compose_file_beside_a_gpu_one_is_a_cpu_alternative(tmp_path):
    gpu = ("services:\n  tts:\n    image: x\n    deploy:\n      resources:\n        reservations:\n          devices:\n"
           "            - driver: nvidia\n              count: all\n              capabilities: [gpu]\n")
    cpu = "services:\n  tts:\n    image: x\n"
    r = _write(tmp_path / "a", {"docker/gpu/docker-compose.yml": gpu, "docker/cpu/docker-compose.yml": cpu})
    assert r.gpu == "optional"
    assert _write(tmp_path / "b", {"docker/gpu/docker-compose.yml": gpu}).gpu == "required"


def test_a_cpu_only_way_beside_gpu_support_is_optional_not_none(tmp_path):
    docs = "# Install\n\nBuild GPU image (with nvidia-docker):\n\nCPU only:\n"
    assert _write(tmp_path / "a", {"docs/guide/install.md": docs, "README.md": "# X\n"}).gpu == "optional"
    assert _write(tmp_path / "b", {"README.md": "# X\n\nCPU only:\n"}).gpu == "none"


@pytest.mark.parametrize(("sentence", "gpu", "terms"), [
    # support, not a need: how to give a container the GPU
    ("Install the [NVIDIA Container Toolkit](https://docs.nvidia.com/x).", {"optional"}, {"gpu_vendor=nvidia"}),
    # what is possible, excluded or measured: no GPU need
    ("This allows to do inference of large models on a single GPU.", set(), set()),
    ("GPUs with CUDA compute capabilities < 7.5 are not supported (V100, Titan V, GTX 1000 series, ...).", set(),
     set()),
    ("The following table shows a performance comparison on an A100:", set(), set()),
    ("Num Tokens | 1 A100 80 GB (GPU secs) | 16 A100 40 GB (GPU secs) | Improvement", set(), set()),
    # ... but a requirement still is one
    ("Inference requires a single A100 80GB GPU.", {"required"}, {"gpus>=1", "gpu_memory>=80GB",
                                                                  "gpu_vendor=nvidia"}),
    ("We assume training on A100 GPUs with **80 GB** of memory.", {"required"}, {"gpu_memory>=80GB",
                                                                                "gpu_vendor=nvidia"}),
    # CPU paths
    ("Cub: algorithm primitives library for CUDA (required by RAJA if using CUDA)", {"optional"},
     {"gpu_vendor=nvidia"}),
    ("Selects the back-end used for computation, available are Sequential, OpenMP and CUDA.", {"optional"},
     {"gpu_vendor=nvidia"}),
])
def test_support_capability_exclusion_and_measurement_sentences(sentence, gpu, terms):
    assert _said(sentence) == (gpu, terms)


def test_a_test_machine_and_a_condition_yield_to_the_stated_minimum(tmp_path):
    readme = ("# Images\n\nBelow is a test on a relatively low-end laptop with 16GB System RAM and 6GB VRAM.\n\n"
              "Note that the minimal requirement is 4GB Nvidia GPU memory (4GB VRAM) and 8GB system memory (8GB "
              "RAM).\n\n(If you have more than 64GB RAM, then perhaps you do not need any swap.)\n")
    r = _write(tmp_path / "a", {"README.md": readme})
    assert "gpu_memory>=4GB" in r.text and "ram>=8GB" in r.text


def test_a_lab_note_reserving_a_gpu_counts_when_no_readme_states_one(tmp_path):
    note = "# Reserve\n\nThis notebook will try to reserve a RTX6000 GPU backed Ubuntu-22.04 on CHI@UC.\n"
    r = _write(tmp_path / "a", {"README.md": "# Energy lab\n\nMeasure training energy.\n", "reserve.md": note})
    assert (r.gpu, r.text) == ("required", "gpus>=1 gpu_memory>=24GiB gpu_vendor=nvidia")
    # must not fire: the README's own statement outranks a note's reservation
    r = _write(tmp_path / "b", {"README.md": "# Lab\n\nTraining requires a single A100 80GB GPU.\n",
                                "reserve.md": note.replace("a RTX6000 GPU", "four A100 80GB GPUs")})
    assert r.text.startswith("gpus>=1 gpu_memory>=80GB")


def test_a_seven_bridges_instance_hint_with_an_ebs_volume_gives_the_disk(tmp_path):
    tool = ("cwlVersion: v1.2\nclass: CommandLineTool\nbaseCommand: [sambamba]\ninputs: []\noutputs: []\nhints:\n"
            "  - class: 'sbg:AWSInstanceType'\n    value: {v}\n")
    r = _write(tmp_path / "a", {"merge.cwl": tool.format(v="c5.9xlarge;ebs-gp2;2048")})
    [item] = [i for i in r.items if i.need.key == "disk"]
    assert (item.need.text(), item.confidence, item.used[0].line) == ("disk>=2048GB", "declared", 8)
    # must not fire: an instance type alone names no figure
    r = _write(tmp_path / "b", {"merge.cwl": tool.format(v="c5.9xlarge")})
    assert r.text == ""
