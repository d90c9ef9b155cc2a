"""The rules added when tests/needs_corpus14 was tuned on (after it was measured once, held out, and after
tests/needs_corpus15 was built and measured with the scanner before this tuning), 2026-12-03 (eighth session).
Each rule with a case where it must not fire."""

from __future__ import annotations

from .repo_fixture import need_text as _need
from .repo_fixture import write_and_scan as _write

_LIGHTNING = "trainer:\n  accelerator: gpu\n  devices: {n}\n  num_nodes: 1\n"


def test_a_training_configs_gpus_are_read_where_the_readme_gives_none(tmp_path):
    r = _write(tmp_path / "a", {"README.md": "# Protein LM\n\nFine-tune with `python scripts/training.py`.\n",
                                "config/EC/model.yaml": "setting:\n  os_environ:\n    CUDA_VISIBLE_DEVICES: 0,1,2,3\n"
                                + _LIGHTNING.format(n=8),
                                "config/Thermo/model.yaml": _LIGHTNING.format(n=4)})
    assert (r.gpu, _need(r, "gpus"), _need(r, "gpu_vendor")) == ("required", "gpus>=8", "gpu_vendor=nvidia")
    assert {e.where for i in r.items if i.need.key == "gpus" for e in i.used} == {"config/EC/model.yaml:6"}
    # an Accelerate config: processes per machine, one per GPU
    r = _write(tmp_path / "b", {"README.md": "# RLHF\n", "configs/accelerate/zero2.yaml":
                                "distributed_type: DEEPSPEED\nnum_machines: 1\nnum_processes: 8\n"})
    assert _need(r, "gpus") == "gpus>=8"
    # must not fire: a README's statement decides over a config; a CPU trainer, a YAML outside a config folder
    r = _write(tmp_path / "c", {"README.md": "# LM\n\nIt requires 2 GPUs.\n", "configs/t.yaml": _LIGHTNING.format(n=8)})
    assert _need(r, "gpus") == "gpus>=2"
    r = _write(tmp_path / "d", {"README.md": "# LM\n", "configs/t.yaml": "trainer:\n  accelerator: cpu\n  devices: 8\n",
                                "deploy/values.yaml": "n_gpus_per_node: 8\n", "configs/all.yaml": "ngpus: -1\n"})
    assert r.gpu == "none"


def test_a_launch_scripts_count_in_a_shell_variable_is_cited_where_it_is_assigned(tmp_path):
    script = ("#!/bin/bash\n#SBATCH --nodes=4\nGPUS_PER_NODE=8 # 4 for G5.12x, 8 for P4/P5\n"
              "declare -a TORCHRUN_ARGS=(\n    --nproc_per_node=$GPUS_PER_NODE\n)\n")
    r = _write(tmp_path / "a", {"README.md": "# FSDP\n", "slurm/train.sbatch": script})
    assert _need(r, "gpus") == "gpus>=8"
    assert [e.where for i in r.items if i.need.key == "gpus" for e in i.used] == ["slurm/train.sbatch:3"]
    # must not fire: a variable assigned in two branches says no count
    twice = script.replace("GPUS_PER_NODE=8 #", "GPUS_PER_NODE=4\nGPUS_PER_NODE=8 #")
    r = _write(tmp_path / "b", {"README.md": "# FSDP\n", "slurm/train.sbatch": twice})
    assert _need(r, "gpus") is None


def test_a_count_in_an_if_you_are_using_clause_is_a_case(tmp_path):
    r = _write(tmp_path / "a", {"README.md": "# FSDP\n\nIt requires 8 GPUs per node.\n\nIf you are using non-EFA "
                                "enabled instances, such as G4dn, or single GPU g5 nodes, comment out all EFA "
                                "environment variables.\n"})
    assert _need(r, "gpus") == "gpus>=8"
    assert all(e.line != 5 for e in r.evidence if e.need and e.need.key == "gpus")
    # must not fire: the main clause after the if-clause states the need
    r = _write(tmp_path / "b", {"README.md": "# FSDP\n\nIf you are using Docker, you need 4 GPUs.\n"})
    assert _need(r, "gpus") == "gpus>=4"


def test_gpu_and_cpu_buffers_are_no_cpu_way(tmp_path):
    r = _write(tmp_path / "a", {"README.md": "# EP\n\nIt requires an NVIDIA GPU.\n\n- **Elastic GPU & CPU "
                                "buffers**: a hybrid of GPU and CPU physical memory under the hood\n"})
    assert r.gpu == "required"
    # must not fire: GPU and CPU as the places it runs
    r = _write(tmp_path / "b", {"README.md": "# EP\n\nIt runs on both GPU and CPU.\n"})
    assert r.gpu == "optional"


def test_the_system_should_have_a_cuda_enabled_gpu_is_a_requirement(tmp_path):
    r = _write(tmp_path / "a", {"README.md": "# Bandwidth\n\nIn order to run it, the system should have a CUDA enabled "
                                "GPU and an NVIDIA display driver.\n"})
    assert (r.gpu, _need(r, "gpu_vendor")) == ("required", "gpu_vendor=nvidia")
    # must not fire: CUDA-enabled said of a build is a capability
    r = _write(tmp_path / "b", {"README.md": "# Lib\n\nCUDA enabled builds are available.\n"})
    assert r.gpu != "required"


def test_a_benchmark_that_outperforms_is_no_need(tmp_path):
    r = _write(tmp_path / "a", {"README.md": "# Collectives\n\n* On two instances with 1x50G NICs and 1xT4 GPUs, it "
                                "outperforms NCCL by up to 3.7x.\n\nWe test the kernels on 8x H200 GPUs.\n"})
    assert _need(r, "gpus") == "gpus>=8"
    # must not fire: a plain statement of the hardware
    r = _write(tmp_path / "b", {"README.md": "# Collectives\n\nWe test the kernels on 1x T4 GPU.\n"})
    assert _need(r, "gpus") == "gpus>=1"


def test_tests_are_done_on_names_the_test_machine_and_a_gtx_is_nvidias(tmp_path):
    r = _write(tmp_path / "a", {"README.md": "# MuZero\n\n* [X] Multi GPU support for the training\n\nTests are done "
                                "on Ubuntu with 16 GB RAM / Intel i7 / GTX 1050Ti Max-Q.\n"})
    assert r.gpu == "optional"
    assert "gpu_vendor=nvidia" in dict(r.shapes)["with a GPU"]
    assert _need(r, "ram") == "ram>=16GB"


def test_a_minimum_list_of_value_first_items_and_an_if_clause_case(tmp_path):
    faq = ("# FAQ\n\n### What are the system requirements?\n\n#### Recommended\n\n- 1 vCore\n- 2GB RAM\n\n"
           "#### Minimum\n\n- 1 vCore\n- 512MB RAM\n\nClamAV reads its database into RAM. If you can't use swap at "
           "all you may need 3G RAM.\n")
    r = _write(tmp_path / "a", {"README.md": "# Mail\n", "docs/faq.md": faq})
    assert (_need(r, "ram"), _need(r, "cpus")) == ("ram>=512MB", "cpus>=1")
    # must not fire: the if-clause figure alone is still read; a small footprint in MB is no need
    r = _write(tmp_path / "b", {"README.md": "# Mail\n\nIf you can't use swap at all you may need 3G RAM. It needs "
                                "about 50 MB of memory.\n"})
    assert _need(r, "ram") == "ram>=3GB"
    r = _write(tmp_path / "c", {"README.md": "# Bot\n\nMinimal (advised) system requirements: 2GB RAM, 2vCPU\n"})
    assert _need(r, "cpus") == "cpus>=2"


def test_a_gpu_profiles_conditional_accelerator_is_an_optional_gpu_path(tmp_path):
    config = ("process {\n    withLabel: process_high {\n        cpus   = { 12    * task.attempt }\n    }\n"
              "    withLabel: process_gpu {\n        accelerator = { workflow.profile.contains('gpu') ? 1 : null }\n"
              "    }\n}\n")
    r = _write(tmp_path / "a", {"README.md": "# methylseq\n", "conf/base.config": config})
    assert (r.gpu, dict(r.shapes)["with a GPU"]) == ("optional", "gpus>=1 cpus>=12")
    # must not fire: an accelerator of 0 asks for no GPU
    r = _write(tmp_path / "b", {"README.md": "# methylseq\n", "conf/base.config": config.replace("? 1 :", "? 0 :")})
    assert r.gpu == "none"


def test_a_prerequisites_lists_gpu_item_is_a_gpu_required(tmp_path):
    readme = "# Stack\n\n### Prerequisites\n\n- A running Kubernetes (K8s) environment with GPUs\n- Helm\n"
    r = _write(tmp_path / "a", {"README.md": readme})
    assert (r.gpu, _need(r, "gpus")) == ("required", "gpus>=1")
    # must not fire: the same item in a list no introduction calls required
    r = _write(tmp_path / "b", {"README.md": readme.replace("### Prerequisites", "### Features")})
    assert r.gpu == "none"
