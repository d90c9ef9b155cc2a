"""The rules added when tests/needs_corpus7 was tuned on (after it was measured once, held out), 2026-12-02 (third
session). Each rule with a case where it must not fire."""

from __future__ import annotations

import json

from envboot.data.repo_needs.prose import sentence_statements

from .repo_fixture import need_text as _need
from .repo_fixture import write_and_scan as _write


def _notebook(*code: str) -> str:
    cells = [{"cell_type": "code", "metadata": {}, "source": [c + "\n" for c in code], "outputs": []}]
    return json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}, indent=1)


def _shape(r, name: str) -> str:
    return dict(r.shapes).get(name, "")


def test_a_notebook_picking_cuda_or_the_cpu_makes_the_gpu_optional_and_nvidia(tmp_path):
    nb = _notebook("import torch", 'device = torch.device("cuda" if torch.cuda.is_available() else "cpu")')
    r = _write(tmp_path / "a", {"README.md": "# Seq2seq tutorials\n", "1 - intro.ipynb": nb})
    assert r.gpu == "optional"
    assert "gpu_vendor=nvidia" in _shape(r, "with a GPU")
    cited = r.gpu_evidence[0]
    line = (tmp_path / "a" / cited.file).read_text().splitlines()[cited.line - 1]
    assert "is_available" in line  # the line of the file that holds the idiom
    # must not fire: a notebook that only prints whether CUDA is there
    plain = _notebook("import torch", "print(torch.cuda.is_available())")
    assert _write(tmp_path / "b", {"README.md": "# x\n", "a.ipynb": plain}).gpu == "none"


def test_a_notebook_yields_to_what_the_repository_says(tmp_path):
    nb = _notebook('device = "cuda" if torch.cuda.is_available() else "cpu"')
    r = _write(tmp_path / "a", {"README.md": "# X\n\nTraining requires 4 GPUs.\n", "demo.ipynb": nb})
    assert r.gpu == "required" and "gpus>=4" in r.text
    amd = _write(tmp_path / "b", {"README.md": "# X\n\nTraining requires 4 AMD MI100 GPUs.\n", "demo.ipynb": nb})
    assert _need(amd, "gpu_vendor") == "gpu_vendor=amd"  # the code's CUDA is only a mention


def test_a_hosted_notebooks_gpu_runtime_is_optional():
    got = sentence_statements('Under "Runtime type" select "Python 3", and under "Hardware accelerator" select "GPU".',
                              1, "Running the labs")
    assert {st.gpu for st in got} == {"optional"}
    # must not fire: a runtime with no GPU
    assert sentence_statements('Under "Runtime type" select "Python 3".', 1, "") == []


def test_a_requirements_list_of_labels_and_values_is_read_minimum_over_recommended(tmp_path):
    readme = ("# wf\n\n## Compute requirements\n\nRecommended requirements:\n\n+ CPUs = 32\n+ Memory = 128GB\n\n"
              "Minimum requirements:\n\n+ CPUs = 16\n+ Memory = 32GB\n")
    r = _write(tmp_path / "a", {"README.md": readme})
    assert _need(r, "cpus") == "cpus>=16" and _need(r, "ram") == "ram>=32GB"
    # must not fire: the same labels in a list no introduction says is required
    plain = "# wf\n\nOutputs:\n\n+ CPUs = 32\n+ Memory = 128GB\n"
    r = _write(tmp_path / "b", {"README.md": plain})
    assert _need(r, "cpus") is None and _need(r, "ram") is None
    # nor a GPU's memory
    gpu = "# wf\n\nRequirements:\n\n- Memory: 24GB of GPU VRAM\n"
    assert _need(_write(tmp_path / "c", {"README.md": gpu}), "ram") is None


def test_a_stated_host_minimum_beats_a_smaller_per_process_request(tmp_path):
    readme = "# wf\n\nMinimum requirements:\n\n+ CPUs = 16\n"
    config = "process {\n  withLabel:big {\n    cpus = 8\n  }\n}\n"
    r = _write(tmp_path / "a", {"README.md": readme, "nextflow.config": config})
    assert _need(r, "cpus") == "cpus>=16"
    # must not fire: a process that asks for more than the README's figure keeps its request
    r = _write(tmp_path / "b", {"README.md": readme, "nextflow.config": config.replace("8", "32")})
    assert _need(r, "cpus") == "cpus>=32"


def test_a_cuda_device_flag_in_a_command_needs_an_nvidia_gpu(tmp_path):
    readme = "# LoRA\n\n```bash\naccelerate launch train.py \\\n  --device=\"cuda:0\" \\\n  --steps 100\n```\n"
    r = _write(tmp_path / "a", {"README.md": readme})
    assert r.gpu == "required" and _need(r, "gpu_vendor") == "gpu_vendor=nvidia"
    script = "#!/bin/bash\npython train.py --device cuda --lr 1e-4\n"
    assert _write(tmp_path / "b", {"README.md": "# x\n", "scripts/train.sh": script}).gpu == "required"
    # must not fire: a CPU device
    cpu = readme.replace('"cuda:0"', "cpu")
    assert _write(tmp_path / "c", {"README.md": cpu}).gpu == "none"


def test_volta32_names_nvidia_and_a_cuda_version_names_the_vendor(tmp_path):
    readme = ("# DINO\n\nDeveloped with python 3.6, PyTorch 1.7.1, CUDA 11.0 and torchvision 0.8.2.\n\n"
              "Train on a single node with 8 GPUs.\n")
    r = _write(tmp_path / "a", {"README.md": readme})
    assert _need(r, "gpu_vendor") == "gpu_vendor=nvidia"
    volta = "# DINO\n\n```\npython run_with_submitit.py --nodes 2 --ngpus 8 --use_volta32\n```\n"
    assert _need(_write(tmp_path / "b", {"README.md": volta}), "gpu_vendor") == "gpu_vendor=nvidia"
    # must not fire: a CUDA version beside ROCm's, nor a CUDA version without a GPU need
    both = readme.replace("CUDA 11.0", "CUDA 11.0 or ROCm 5.4")
    assert _need(_write(tmp_path / "c", {"README.md": both}), "gpu_vendor") is None
    assert _write(tmp_path / "d", {"README.md": "# x\n\nTested with CUDA 11.0.\n"}).gpu == "none"


def test_more_gpus_than_a_node_holds_are_nodes_of_eight():
    got = {st.term for st in sentence_statements("Full parameter fine-tune needs 16 A100-80G", 1, "") if st.term}
    assert "gpus>=8" in got and "gpus>=16" not in got
    # must not fire: eight or fewer stay a node's count; no multiple of eight, or a cluster (64), is not nodes of 8
    assert "gpus>=4" in {st.term for st in sentence_statements("Training needs 4 A100 GPUs.", 1, "")}
    for n in (12, 64):
        said = sentence_statements(f"Training needs {n} GPUs.", 1, "")
        assert not any((st.term or "").startswith("gpus") for st in said)


def test_examples_that_each_state_a_count_need_the_least(tmp_path):
    files = {"README.md": "# Cache\n"}
    for i, n in enumerate((1, 1, 1, 2)):
        gpus = f"{n} GPU{'s' * (n > 1)}"
        files[f"examples/ex{i}/README.md"] = f"# Example {i}\n\nYour server should have at least {gpus}.\n"
    assert _need(_write(tmp_path / "a", files), "gpus") == "gpus>=1"
    # must not fire: the repository's own README states the count
    files["README.md"] = "# Cache\n\nYour server should have at least 2 GPUs.\n"
    assert _need(_write(tmp_path / "b", files), "gpus") == "gpus>=2"
