"""The rules added when tests/needs_corpus12 was tuned on (after it was measured once, held out), 2026-12-03
(seventh session). Each rule with a case where it must not fire."""

from __future__ import annotations

from .repo_fixture import need_text as _need
from .repo_fixture import write_and_scan as _write


def test_memory_times_count(tmp_path):
    r = _write(tmp_path / "a", {"README.md": "# LM\n\n**To utilize the model in BF16 format for inference, 80GB*8 GPUs "
                                "are required.**\n"})
    assert (_need(r, "gpus"), _need(r, "gpu_memory")) == ("gpus>=8", "gpu_memory>=80GB")
    # must not fire: a product of sizes is no GPU count
    r = _write(tmp_path / "b", {"README.md": "# LM\n\nThe cache holds 80GB*8 shards on disk.\n"})
    assert _need(r, "gpus") is None


def test_a_cuda_device_named_in_prose(tmp_path):
    r = _write(tmp_path / "a", {"README.md": "# World model\n\nTo train with the hyperparameters used in the paper on "
                                "cuda:0, launch:\n\n```bash\npython src/main.py common.devices=0\n```\n"})
    assert (r.gpu, _need(r, "gpus"), _need(r, "gpu_vendor")) == ("required", "gpus>=1", "gpu_vendor=nvidia")
    # must not fire: a CUDA device offered beside the CPU is no requirement
    r = _write(tmp_path / "b", {"README.md": "# X\n\nSet the device to cuda:0 or cpu in the config.\n"})
    assert r.gpu != "required"


def test_a_count_inside_an_if_clause_is_a_case(tmp_path):
    r = _write(tmp_path / "a", {"README.md": "# RL\n\nYou will need a GPU machine with nvcc and an Nvidia driver.\n\n"
                                "For example, if you want to train tag_continuous (10 taggers) with 2 GPUs and CUDA C "
                                "backend, run the script.\n\nIf this configuration were applied to a node with 8 GPUs "
                                "on it, the plugin would advertise 16 replicas.\n"})
    assert _need(r, "gpus") == "gpus>=1"
    # must not fire: after the if-clause, the main clause states the need
    r = _write(tmp_path / "b", {"README.md": "# RL\n\nIf you want to reproduce our results, you need 8 A100 GPUs.\n"})
    assert _need(r, "gpus") == "gpus>=8"


def test_launch_commands_under_a_scale_out_heading_beside_a_plain_training_command(tmp_path):
    readme = ("# Gym\n\nIt is recommended to have at least 32GB RAM and a GPU with at least 12GB VRAM.\n\n"
              "## Training\n\n```bash\nPYTHON_PATH scripts/rlgames_train.py task=Cartpole\n```\n\n"
              "## Training with Multiple GPUs\n\n```bash\nPYTHON_PATH -m torch.distributed.run --nnodes=1 "
              "--nproc_per_node=2 scripts/rlgames_train.py headless=True\n```\n")
    r = _write(tmp_path / "a", {"README.md": readme})
    assert _need(r, "gpus") == "gpus>=1"
    two = [e for e in r.evidence if e.need is not None and e.need.text() == "gpus>=2"]
    assert [e.where for e in two] == ["README.md:14"] and "larger alternative" in two[0].reading
    # must not fire: without the plain command, the documented launch is the training run's
    r = _write(tmp_path / "b", {"README.md": readme.replace("PYTHON_PATH scripts/rlgames_train.py task=Cartpole",
                                                            "see the docs")})
    assert _need(r, "gpus") == "gpus>=2"


def test_a_rate_is_not_a_need(tmp_path):
    r = _write(tmp_path / "a", {"README.md": "# Node\n\n## Minimal System Requirements\n\nFor optimal performance, we "
                                "recommend at least 6 GB of RAM and 2 CPU cores.\n\n> Larger pinsets require "
                                "additional memory, with an estimated ~1 GiB of RAM per 20 million items.\n"})
    assert (_need(r, "ram"), _need(r, "cpus")) == ("ram>=6GB", "cpus>=2")
    # must not fire: "per node" is no rate
    r = _write(tmp_path / "b", {"README.md": "# Node\n\nIt requires 64GB of RAM per node.\n"})
    assert _need(r, "ram") == "ram>=64GB"


def test_memory_in_parentheses_after_gpus_is_the_gpus(tmp_path):
    r = _write(tmp_path / "a", {"CONTRIBUTING.md": "# Tests\n\nThe test suite runs on ephemeral GCP compute engines "
                                "with 2 A100 GPUs (40GB memory).\n", "README.md": "# X\n"})
    assert _need(r, "ram") is None
    # must not fire: the host's memory beside a GPU stays the host's
    r = _write(tmp_path / "b", {"README.md": "# X\n\nIt needs a single T4 (16GB) GPU and 200GB of DRAM.\n"})
    assert _need(r, "ram") == "ram>=200GB"


def test_nextflow_sub_workflow_configs_quoted_memory_and_no_test_profiles(tmp_path):
    r = _write(tmp_path / "a", {"README.md": "# GWAS\n",
                                "qc/nextflow.config": "process {\n  withLabel: process_medium {\n"
                                                      "       memory = '8GB'\n  }\n}\n",
                                "conf/test_full.config": "process {\n    cpus   = { 18 * task.attempt }\n}\n"})
    assert r.text == "ram>=8GB"
    # must not fire: a config two folders down (a module's own) and a test profile are not the pipeline's
    r = _write(tmp_path / "b", {"README.md": "# GWAS\n", "modules/x/nextflow.config": "process {\n memory = '8GB'\n}\n",
                                "conf/test.config": "process {\n    cpus = 2\n}\n"})
    assert r.text == ""


def test_using_gpus_within_docker_is_how_not_whether(tmp_path):
    r = _write(tmp_path / "a", {"README.md": "# Fold\n\nTo use GPUs within docker you need to install nvidia-docker-2 "
                                "first.\n"})
    assert all("beside a CPU one" not in e.reading for e in r.evidence)
    # must not fire: "To use a GPU, ..." still offers a GPU path
    r = _write(tmp_path / "b", {"README.md": "# Fold\n\nTo use a GPU, install the CUDA build.\n"})
    assert any("beside a CPU one" in e.reading for e in r.evidence)


def test_a_count_for_scaling_out_is_a_larger_alternative(tmp_path):
    r = _write(tmp_path / "a", {"README.md": "# Serve\n\n## Quick start\n\nThe quickest way uses a single GPU:\n\n"
                                "```bash\ndeepspeed --num_gpus 1 mii-example.py\n```\n\nModel parallelism and replicas "
                                "can be combined to take advantage of systems with many more GPUs. In the example "
                                "below, we run 2 replicas, each split across 2 GPUs on a system with 4 GPUs.\n\n"
                                "## Multi-Node Training\n\nTo train on two machines with two GPUs each, set the "
                                "environment variables.\n"})
    assert _need(r, "gpus") == "gpus>=1"
    # must not fire: a count in an ordinary training section is the training run's
    r = _write(tmp_path / "b", {"README.md": "# Train\n\n## Training\n\nTraining requires 4 GPUs with 40GB each.\n"})
    assert _need(r, "gpus") == "gpus>=4"
