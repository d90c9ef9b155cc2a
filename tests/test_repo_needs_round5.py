"""The rules added when tests/needs_corpus5 was tuned on (after it was measured once, held out), 2026-12-02. Each
rule with a case where it must not fire."""

from __future__ import annotations

import pytest

from envboot.data.repo_needs.prose import markdown_statements, sentence_statements

from .repo_fixture import write_and_scan as _write

CUDA_IMAGE = "FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04\n"


def _terms(sentence: str, heading: str = "") -> set:
    return {st.term for st in sentence_statements(sentence, 1, heading) if st.term}


def _doc(text: str, doc: str = "README.md"):
    return markdown_statements(text.splitlines(), doc=doc)[0]


def test_a_readme_per_model_is_read(tmp_path):
    r = _write(tmp_path / "a", {"README_deit.md": "# DeiT\n\nTraining requires 4 GPUs.\n"})
    assert "gpus>=4" in r.text
    # must not fire: another name for a note near the top is read for RAM, CPUs and disk only
    assert _write(tmp_path / "b", {"notes_deit.md": "# DeiT\n\nTraining requires 4 GPUs.\n",
                                   "x/y/z/notes.md": "x"}).gpu == "none"


def test_a_gpu_for_the_best_results_is_recommended():
    got = sentence_statements("If you're using Colab, make sure you set the runtime type to GPU for the best results.",
                              1, "")
    assert {st.gpu for st in got} == {"optional"}
    # must not fire: the best results of a method, no GPU
    assert sentence_statements("Use a larger batch for the best results.", 1, "") == []


def test_a_list_of_programming_models_is_a_list_of_alternatives(tmp_path):
    readme = ("# Stream\n\n## Programming Models\n\nIt is implemented in the following parallel programming models:\n\n"
              "- OpenMP\n- CUDA\n- Kokkos\n- TBB\n")
    assert _write(tmp_path / "a", {"README.md": readme}).gpu == "optional"
    # must not fire: a list of what is required
    req = readme.replace("It is implemented in the following parallel programming models:", "You need all of:")
    assert _write(tmp_path / "b", {"README.md": req}).gpu != "optional"


@pytest.mark.parametrize("sentence", [
    'We can achieve this within a span of "just" 90 days using 16 A100-40G GPUs.',
])
def test_more_timings(sentence):
    assert all(st.gpu is None for st in sentence_statements(sentence, 1, ""))


def test_a_comparison_that_would_require_a_gpu_is_no_need():
    assert _terms("A clean comparison would require re-running this branch on a 3090.") == set()
    # must not fire: a plain requirement
    assert "gpu_vendor=nvidia" in _terms("Training requires a 3090.")


def test_a_pre_trained_model_is_no_training_context():
    got = sentence_statements("To evaluate a pre-trained DeiT-base on ImageNet val with a single GPU run:", 1, "")
    assert any("inference" in st.reading for st in got) and not any("training" in st.reading for st in got)
    # must not fire: pretraining is training
    got = sentence_statements("Pretraining needs 8 GPUs.", 1, "")
    assert any("training" in st.reading for st in got)


def test_lowercase_gpus_are_gpus():
    assert "gpus>=4" in _terms("Train DeiT-small on a single node with 4 gpus:")


def test_an_nvidia_gpu_is_required_in_the_passive():
    got = sentence_statements("An NVIDIA GPU with CUDA support is required.", 1, "")
    assert {st.gpu for st in got} == {"required"} and "gpu_vendor=nvidia" in {st.term for st in got}
    # must not fire: support alone
    assert {st.gpu for st in sentence_statements("An NVIDIA GPU with CUDA support works too.", 1, "")} != {"required"}


def test_the_minimum_gpu_memory_for_two_settings_keeps_the_least():
    got = sentence_statements("Minimum: The minimum GPU memory required is 60GB for 720px1280px129f and 45G for "
                              "544px960px129f.", 1, "")
    by = {st.term: st.reading for st in got if (st.term or "").startswith("gpu_memory")}
    assert set(by) == {"gpu_memory>=60GB", "gpu_memory>=45GB"}
    assert "larger alternative" in by["gpu_memory>=60GB"] and "larger alternative" not in by["gpu_memory>=45GB"]


def test_a_saving_is_no_need():
    assert _terms("FP8 quantized weights save about 10GB of GPU memory.") == set()
    assert "gpu_memory>=10GB" in _terms("Inference needs about 10GB of GPU memory.")


def test_a_peak_memory_per_gpu_table():
    doc = "# Memory\n\n| Model | Peak Memory per GPU |\n|---|---|\n| 8B LoRA | 16.2 GiB |\n| 8B QLoRA | 7.4 GiB |\n"
    assert [st.term for st in _doc(doc)] == ["gpu_memory>=7.4GB"]


def test_a_blockquoted_list_is_read_as_a_list():
    doc = ("# Setup\n\n> The settings were:\n> (1) For the 1.3B model on 8 GPUs, set `--ring_size 8`;\n"
           "> (2) For the 14B model on 1 GPU, use `--offload_model True`;\n")
    got = {st.term: st.reading for st in _doc(doc) if (st.term or "").startswith("gpus")}
    assert "larger alternative" in got["gpus>=8"] and "larger alternative" not in got["gpus>=1"]


def test_a_documented_one_gpu_way_makes_distributed_counts_larger_options(tmp_path):
    readme = ("# Video\n\n## Single-gpu Inference\n\n```\npython sample.py\n```\n\n## Parallel Inference on Multiple "
              "GPUs\n\n### Using Command Line\n\nFor example, to generate a video with 8 GPUs, you can use the "
              "following command:\n\n* The model is tested on a single 80G GPU.\n")
    r = _write(tmp_path / "a", {"README.md": readme, "Dockerfile": CUDA_IMAGE})
    assert "gpus>=1" in r.text.split()
    # must not fire: without the one-GPU way, the 8 stands
    r = _write(tmp_path / "b", {"README.md": readme.replace("Single-gpu Inference", "Inference"),
                                "Dockerfile": CUDA_IMAGE})
    assert "gpus>=8" in r.text.split()


def test_a_hardware_table_with_units_in_its_header():
    doc = ("# Install\n\n| GPU | GPU Memory (GB) | Precision | # of GPUs | Disk Space (GB) |\n| --- | --- | --- | --- |"
           " --- |\n| NVIDIA GPU with compute capability >= 8.9 | >=40 | FP32 | 1 | 128 |\n")
    assert {st.term for st in _doc(doc)} == {"gpu_memory>=40GB", "gpus>=1", "disk>=128GB"}
    # must not fire: a table without a GPU memory column is data
    assert _doc(doc.replace("GPU Memory (GB)", "Accuracy")) == []


def test_a_sub_projects_readme_yields_to_the_repositorys_own_documents(tmp_path):
    files = {"docs/install.md": "# Install\n\nMost models need a GPU with at least 40 GB of GPU memory.\n",
             "recipes/big/README.md": "# Big\n\nThis recipe needs 8 GPUs with 80 GB each.\n"}
    r = _write(tmp_path / "a", files)
    assert "gpu_memory>=40GB" in r.text.split()
    # must not fire: the sub-project's figure counts when the repository states none
    del files["docs/install.md"]
    assert "gpu_memory>=80GB" in _write(tmp_path / "b", files).text.split()


def test_a_slurm_gpu_type_names_the_vendor(tmp_path):
    script = "#!/bin/bash\n#SBATCH -p gpu\n#SBATCH --mem=32g\n#SBATCH --gres=gpu:rtx2080:1\npython run.py\n"
    r = _write(tmp_path / "a", {"examples/submit.sh": script})
    assert r.text == "gpus>=1 gpu_vendor=nvidia ram>=32GB"
    assert _write(tmp_path / "b", {"examples/submit.sh": script.replace("rtx2080:", "")}).text == "gpus>=1 ram>=32GB"


def test_hardware_a_benchmark_was_measured_on_is_no_need(tmp_path):
    bench = "# Benchmarks\n\nWe test on:\n\n1. Laptop: 12 core CPU\n2. Workstation: 32 core CPU, 2x RTX3090\n"
    r = _write(tmp_path / "a", {"benchmark/README.md": bench})
    assert r.gpu == "none"
    readme = "# Pool\n\n## Benchmark Results\n\nWe ran on an NVIDIA DGX-A100.\n"
    assert _write(tmp_path / "b", {"README.md": readme}).gpu == "none"
    # must not fire: the same machine as a requirement
    assert _write(tmp_path / "c", {"README.md": "# Pool\n\n## Setup\n\nTraining requires 2x RTX3090.\n"}).gpu \
        == "required"


@pytest.mark.parametrize(("sentence", "disk"), [
    ("The processed data will take 1.8T storage.", {"disk>=1.8TB"}),
    ("You will download more than 30GB from HuggingFace.", {"disk>=30GB"}),
    # must not fire: a download of RAM-sized models is no statement of memory; plain data sizes say nothing
    ("The dataset is 30GB.", set()),
])
def test_what_a_run_takes_or_downloads_is_disk(sentence, disk):
    assert {t for t in _terms(sentence) if t.startswith("disk")} == disk


def test_a_slurm_jobs_memory_and_cpus(tmp_path):
    script = "#!/bin/bash\n#SBATCH --mem=32g\n#SBATCH -c 2\n#SBATCH --gres=gpu:1\npython run.py\n"
    assert _write(tmp_path / "a", {"examples/submit.sh": script}).text == "gpus>=1 cpus>=2 ram>=32GB"
    # must not fire: --mem=0 asks for all the memory there is, no figure
    assert "ram" not in _write(tmp_path / "b", {"run.sh": "#SBATCH --mem=0\n#SBATCH --gres=gpu:1\n"}).text
