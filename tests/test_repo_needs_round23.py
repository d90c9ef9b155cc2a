"""The rules added when tests/needs_corpus23 was tuned on (after it was measured, held out; tests/needs_corpus24 was
measured with the scanner of 3cded75 frozen before this tuning), 2026-12-08 (twelfth session). Each rule with a case
where it must not fire."""

from __future__ import annotations

from .repo_fixture import need_text as _need
from .repo_fixture import write_and_scan as _write


def test_a_vendored_project_with_its_own_code_of_conduct_is_not_read(tmp_path):
    sub = "torchhub/facebookresearch_dinov2_main/"
    files = {"README.md": "# depth\n\nInference on a single V100 GPU.\n",
             sub + "README.md": "# dinov2\n\nRun DINOv2 training on 4 A100-80GB nodes (32 GPUs) with submitit.\n",
             sub + "CODE_OF_CONDUCT.md": "# Code of Conduct\n"}
    r = _write(tmp_path / "a", files)
    assert _need(r, "gpus") == "gpus>=1"
    assert not any(e.file.startswith("torchhub/") for e in r.evidence)
    # must not fire: the repository's own docs/ (a code of conduct there is the project's own)
    r = _write(tmp_path / "b", {"README.md": "# x\n", "docs/CODE_OF_CONDUCT.md": "# Code of Conduct\n",
                                "docs/install.md": "# Install\n\nTraining requires 4 GPUs.\n"})
    assert _need(r, "gpus") == "gpus>=4"


def test_a_code_comment_naming_single_gpu_inference_is_a_one_gpu_way(tmp_path):
    readme = ("# v\n\n```bash\n# For Wan2.1 single GPU inference (1.3B-480P)\npython infer.py --ckpt_dir m\n\n"
              "# For Wan2.1 Multi GPU Acceleration inference (14B-720P)\ntorchrun --nproc_per_node=8 infer.py\n```\n")
    r = _write(tmp_path / "a", {"README.md": readme, "requirements.txt": "flash-attn\n"})
    assert _need(r, "gpus") == "gpus>=1"
    # must not fire: a comment naming no one-GPU way
    r = _write(tmp_path / "b", {"README.md": readme.replace("single GPU inference", "inference"),
                                "requirements.txt": "flash-attn\n"})
    assert _need(r, "gpus") == "gpus>=8"


def test_cuda_wheels_a_plain_torch_pin_pulls_in_make_the_gpu_optional_and_nvidia(tmp_path):
    freeze = "numpy==1.23.5\nnvidia-cublas-cu12==12.1.3.1\nnvidia-cudnn-cu12==8.9.2.26\ntorch==2.2.1\n"
    r = _write(tmp_path / "a", {"README.md": "# m\n\nBatch size 3 (can be 1 when using CPUs).\n",
                                "requirements.txt": freeze})
    assert r.gpu == "optional"
    assert dict(r.shapes)["with a GPU"] == "gpus>=1 gpu_vendor=nvidia"
    # must not fire: a CUDA wheel with no plain torch pin is a CUDA build the project asks for
    r = _write(tmp_path / "b", {"requirements.txt": "nvidia-cudnn-cu12==8.9.2.26\n"})
    assert r.gpu == "required"


def _notebook(*source: str) -> str:
    import json
    return json.dumps({"cells": [{"cell_type": "code", "source": list(source)}]}, indent=1)


def test_a_notebook_that_calls_cuda_with_no_cpu_branch_needs_an_nvidia_gpu(tmp_path):
    nb = _notebook("import torch\n", "torch.cuda.set_device(0)\n", "h = torch.zeros(8, 64).cuda()\n")
    r = _write(tmp_path / "a", {"README.md": "# course\n", "lesson.ipynb": nb})
    assert r.gpu == "required"
    assert _need(r, "gpu_vendor") == "gpu_vendor=nvidia"
    # must not fire: the notebook tests for CUDA first (its .cuda() sits in that branch)
    nb = _notebook("import torch\n", "if torch.cuda.is_available():\n", "    h = torch.zeros(8, 64).cuda()\n")
    r = _write(tmp_path / "b", {"README.md": "# course\n", "lesson.ipynb": nb})
    assert r.gpu == "none"


def test_a_way_to_run_for_each_gpu_size_keeps_the_least(tmp_path):
    doc = ("# flux\n\nRun `python app.py --offload --fp8`, the peak memory is under 15GB, this is for GPU with 16GB "
           "memory.\n\nFor 24GB graphic memory users, you can run `python app.py --offload --fp8`, the peak memory is "
           "under 17GB.\n\nFor 12GB graphic memory users, you can run `python app.py --aggressive_offload`.\n")
    r = _write(tmp_path / "a", {"README.md": doc, "requirements.txt": "onnxruntime-gpu\n"})
    assert _need(r, "gpu_memory") == "gpu_memory>=12GB"
    # must not fire: one stated minimum stays the minimum
    r = _write(tmp_path / "b", {"README.md": "# flux\n\nInference requires a GPU with 24GB memory.\n"})
    assert _need(r, "gpu_memory") == "gpu_memory>=24GB"


def test_the_machine_a_benchmark_was_executed_on_is_no_requirement(tmp_path):
    readme = ("# engine\n\nRuns on CPU or GPU.\n\n| | Tokens per second |\n| --- | --- |\n| a | 10 |\n\n"
              "Executed with CUDA 11 on a g5.xlarge Amazon EC2 instance equipped with a NVIDIA A10G GPU.\n")
    r = _write(tmp_path / "a", {"README.md": readme})
    assert r.gpu == "optional"
    r = _write(tmp_path / "b", {"README.md": "# env\n\nAll displayed speeds are estimated for 1M steps on a NVIDIA "
                                             "A100 GPU.\n"})
    assert r.gpu == "none"
    # must not fire: a requirement
    r = _write(tmp_path / "c", {"README.md": "# env\n\nTraining requires a NVIDIA A100 GPU.\n"})
    assert r.gpu == "required"


def test_how_to_use_it_on_your_accelerators_is_an_optional_gpu(tmp_path):
    readme = "# env\n\nIn order to use JAX on your accelerators, you can find more details in the JAX documentation.\n"
    r = _write(tmp_path / "a", {"README.md": readme})
    assert r.gpu == "optional"
    # must not fire: nothing said of an accelerator
    r = _write(tmp_path / "b", {"README.md": "# env\n\nIn order to use JAX, see the JAX documentation.\n"})
    assert r.gpu == "none"


def test_a_changelog_is_not_read_for_the_host(tmp_path):
    log = "# Changes\n\n* Improve default value of `intra_threads` when the system has less than 4 logical cores\n"
    r = _write(tmp_path / "a", {"README.md": "# x\n", "CHANGELOG.md": log})
    assert _need(r, "cpus") is None
    # must not fire: other Markdown near the top still gives the host
    r = _write(tmp_path / "b", {"README.md": "# x\n", "NOTES.md": "# Notes\n\nThe server requires 4 CPU cores.\n"})
    assert _need(r, "cpus") == "cpus>=4"


def test_a_nextflow_label_no_process_carries_asks_for_nothing(tmp_path):
    config = ("process {\n    cpus   = { 1 * task.attempt }\n    withLabel:process_medium {\n        cpus   = { 6 * "
              "task.attempt }\n        memory = { 36.GB * task.attempt }\n    }\n    withLabel:process_high {\n"
              "        cpus   = { 12 * task.attempt }\n        memory = { 72.GB * task.attempt }\n    }\n}\n")
    modules = {f"modules/{m}/main.nf": f"process {m} {{\n    label '{label}'\n}}\n"
               for m, label in (("fasterqdump", "process_medium"), ("prefetch", "process_low"),
                                ("untar", "process_low"))}
    r = _write(tmp_path / "a", {"conf/base.config": config, **modules})
    assert (_need(r, "cpus"), _need(r, "ram")) == ("cpus>=6", "ram>=36GB")
    # must not fire: with no process file to say which labels are used, or one module alone, every label counts
    r = _write(tmp_path / "b", {"conf/base.config": config})
    assert (_need(r, "cpus"), _need(r, "ram")) == ("cpus>=12", "ram>=72GB")
    r = _write(tmp_path / "c", {"conf/base.config": config, "modules/fasterqdump/main.nf": modules[
        "modules/fasterqdump/main.nf"]})
    assert (_need(r, "cpus"), _need(r, "ram")) == ("cpus>=12", "ram>=72GB")


def test_a_laptop_geforce_card_and_its_memory_are_read(tmp_path):
    r = _write(tmp_path / "a", {"README.md": "# v\n\nIt needs an RTX 4070 Laptop (8GB) GPU.\n"})
    assert (_need(r, "gpu_memory"), _need(r, "gpu_vendor")) == ("gpu_memory>=8GB", "gpu_vendor=nvidia")
    # must not fire: a bare number is no card
    r = _write(tmp_path / "b", {"README.md": "# v\n\nThe server listens on port 3060.\n"})
    assert r.gpu == "none"


def test_a_count_beside_a_gpu_with_its_memory_is_the_count(tmp_path):
    readme = ("# slam\n\n## Requirements\n\n* **Inference:** Running the demos will require a GPU with at least 11G of "
              "memory.\n\n* **Training:** Training requires a GPU with at least 24G of memory. We train on 4 x "
              "RTX-3090 GPUs.\n")
    r = _write(tmp_path / "a", {"README.md": readme})
    assert (_need(r, "gpus"), _need(r, "gpu_memory")) == ("gpus>=4", "gpu_memory>=24GB")
    # must not fire: "a single GPU" is a count of one
    r = _write(tmp_path / "b", {"README.md": "# t\n\nBy default we train on two GPUs. Use `--gpus 0,` to train on a "
                                             "single GPU.\n"})
    assert _need(r, "gpus") == "gpus>=1"


def test_a_cwl_request_an_input_sets_is_the_inputs_default(tmp_path):
    tool = ("cwlVersion: v1.2\nclass: CommandLineTool\nrequirements:\n  - class: ResourceRequirement\n"
            "    coresMin: $(inputs.cores)\n    ramMin: $(inputs.ram * 1000)\nbaseCommand: [manta]\ninputs:\n"
            "  cores: {type: ['null', int], default: 18}\n  ram: {type: 'int?', default: 10}\noutputs: []\n")
    r = _write(tmp_path / "a", {"tools/manta.cwl": tool})
    assert (_need(r, "cpus"), _need(r, "ram")) == ("cpus>=18", "ram>=10000MiB")
    item = next(i for i in r.items if i.need.key == "cpus")
    assert item.used[0].where == "tools/manta.cwl:9"  # the input's default, where the figure is
    # must not fire: an input with no default sets nothing
    r = _write(tmp_path / "b", {"tools/manta.cwl": tool.replace(", default: 18", "")})
    assert _need(r, "cpus") is None
