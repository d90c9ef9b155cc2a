"""Needs read from repositories: the small fixture repositories in tests/fixtures/repos."""

from __future__ import annotations

import json
import shutil

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from envboot.data.repo_needs import scan
from envboot.data.repo_needs.signals import requirement
from envboot.domain.needs import parse

from .conftest import REPO

REPOS = REPO / "tests" / "fixtures" / "repos"


def _where(repo, key):
    item = next(i for i in repo.items if i.need.key == key)
    return item.confidence, [e.where for e in item.used]


def test_devcontainer_host_requirements():
    r = scan(REPOS / "devcontainer-gpu")
    assert r.text == "gpus>=1 gpu_memory>=24GB cpus>=16 ram>=64GB disk>=500GB"
    assert r.gpu == "required"
    assert _where(r, "cpus") == ("declared", [".devcontainer/devcontainer.json:7"])
    assert _where(r, "gpu_memory") == ("declared", [".devcontainer/devcontainer.json:12"])
    assert any("gpu.cores" in w for w in r.warnings)


def test_cwl_resource_and_cuda_requirements():
    r = scan(REPOS / "cwl-tool")
    assert r.text == "gpus>=2 gpu_vendor=nvidia cpus>=32 ram>=256GiB disk>=1000GiB"
    assert _where(r, "gpus") == ("declared", ["align.cwl:16"])
    assert _where(r, "ram") == ("declared", ["align.cwl:10"])


def test_hf_space_suggested_hardware():
    r = scan(REPOS / "hf-space")
    assert r.text == "gpus>=2 gpu_memory>=24GB gpu_vendor=nvidia disk>=150GB"
    assert _where(r, "gpus") == ("declared", ["README.md:10"])
    # the plain torch in requirements.txt is not a GPU signal
    assert not any(e.file == "requirements.txt" for e in r.evidence)


def test_cuda_wheels_and_readme_statements():
    r = scan(REPOS / "cuda-wheel-4gpus")
    assert r.text == "gpus>=4 gpu_memory>=40GB gpu_vendor=nvidia ram>=256GB"
    item = next(i for i in r.items if i.need.key == "gpus")
    assert item.confidence == "stated" and [e.where for e in item.used] == ["README.md:3"]
    # the torchrun --nproc-per-node 4 in the code block is inferred evidence too
    assert {e.where for e in item.other} == {f"requirements.txt:{n}" for n in (2, 3, 4, 5)} | {"README.md:8"}
    assert all(e.confidence == "inferred" for e in item.other)
    # "requires 8 GPUs" inside a fenced code block is not a statement
    assert not any(e.need and e.need.text() == "gpus>=8" for e in r.evidence)


def test_dockerfile_cuda_base_image_and_install():
    r = scan(REPOS / "dockerfile-cuda")
    assert r.text == "gpus>=1 gpu_vendor=nvidia"
    assert _where(r, "gpus") == ("inferred", ["Dockerfile:1", "Dockerfile:6"])


def test_conda_cuda_variant_with_readme_gpu_memory():
    r = scan(REPOS / "conda-gpu")
    assert r.text == "gpus>=1 gpu_memory>=16GB gpu_vendor=nvidia"
    # "Needs a GPU with at least 16 GB" states one GPU; the conda CUDA variant is less confident evidence
    assert _where(r, "gpus") == ("stated", ["README.md:3"])


def test_cpu_only_torch_means_no_gpu():
    r = scan(REPOS / "cpu-torch")
    assert (r.text, r.gpu) == ("", "none")
    assert {e.where for e in r.gpu_evidence} == {"requirements.txt:1", "requirements.txt:2"}


def test_plain_web_app_means_no_gpu():
    r = scan(REPOS / "webapp")
    assert (r.text, r.gpu, r.evidence) == ("", "none", ())
    assert r.gpu_basis == "no GPU declaration, statement or signal found"


def test_gpu_only_in_an_optional_extra_is_optional():
    r = scan(REPOS / "pyproject-gpu-extra")
    assert (r.text, r.gpu) == ("", "optional")


@pytest.mark.parametrize("name", sorted(p.name for p in REPOS.iterdir()))
def test_derived_needs_string_parses_back(name):
    r = scan(REPOS / name)
    assert parse(r.text).text() == r.text
    assert scan(REPOS / name) == r  # deterministic


@pytest.mark.parametrize(("spec", "stance"), [
    ("torch==2.3.0+cu121", "required"), ("torch==2.3.0+cpu", "none"), ("torch==2.3.0", None),
    ("tensorflow==2.16.1", None), ("tensorflow[and-cuda]==2.16.1", "required"), ("jax[cuda12]==0.4.28", "required"),
    ("jax==0.4.28", None), ("cupy-cuda12x==13.1.0", "required"), ("nvidia-cudnn-cu12==8.9.2.26", "required"),
    ("nvidia-ml-py==12.535.161", None), ("torch==2.3.0+rocm6.0", "required"), ("flask==3.0.3", None),
    ("--index-url https://download.pytorch.org/whl/cpu", "none"),
    ("--extra-index-url=https://download.pytorch.org/whl/cu118", "required"),
])
def test_requirement_lines(spec, stance):
    found = requirement(spec)
    assert (found[0][0] if found else None) == stance


def test_declared_no_gpu_overrules_inferred_signals(tmp_path):
    shutil.copytree(REPOS / "dockerfile-cuda", tmp_path / "r")
    (tmp_path / "r" / ".devcontainer").mkdir()
    (tmp_path / "r" / ".devcontainer" / "devcontainer.json").write_text('{"hostRequirements": {"gpu": "optional"}}')
    r = scan(tmp_path / "r")
    assert (r.gpu, r.text) == ("optional", "")
    # the declared optional GPU is a CPU path: the CUDA image beside it is the GPU path, not a rival requirement
    assert any("side by side" in w for w in r.warnings)
    assert all(e.gpu == "optional" for e in r.evidence if e.source == "dockerfile")


def test_broken_files_are_warnings_not_failures(tmp_path):
    (tmp_path / ".devcontainer").mkdir()
    (tmp_path / ".devcontainer" / "devcontainer.json").write_text("{not json")
    (tmp_path / "x.cwl").write_text("requirements: [\n")
    (tmp_path / "pyproject.toml").write_text("[project\n")
    r = scan(tmp_path)
    assert r.text == "" and len(r.warnings) == 3


# ------------------------------------------------------------------------------------------- CLI

def test_cli_table_shows_evidence_confidence_and_needs_string(envboot):
    r = envboot(["needs", str(REPOS / "cuda-wheel-4gpus")])
    assert r.code == 0, r.err
    assert "README.md:3" in r.out and "stated" in r.out and "(read as 4 GPU(s) per node" in r.out
    assert "needs string: gpus>=4 gpu_memory>=40GB gpu_vendor=nvidia ram>=256GB" in r.out


def test_cli_json_document(envboot):
    r = envboot(["needs", str(REPOS / "hf-space"), "-f", "json"])
    assert r.code == 0, r.err
    doc = json.loads(r.out)
    assert doc["schema_version"] == 1 and doc["needs"] == "gpus>=2 gpu_memory>=24GB gpu_vendor=nvidia disk>=150GB"
    assert doc["gpu"] == "required" and "match" not in doc
    gpus = doc["items"][0]
    assert gpus["need"] == "gpus>=2" and gpus["confidence"] == "declared"
    assert gpus["evidence"][0]["where"] == "README.md:10" and gpus["evidence"][0]["source"] == "hf-space"


def test_cli_repo_needs_matched_against_the_inventory(envboot):
    r = envboot(["needs", str(REPOS / "cwl-tool"), "--match", "-f", "json"])
    assert r.code == 0, r.err
    types = json.loads(r.out)["match"]["types"]
    # 2 NVIDIA GPUs, 32 threads, 256 GiB RAM, 1000 GiB disk: gpu_v100 has only 128 GiB of RAM;
    # best fit first: both have 4 A100s, the PCIe nodes have less excess threads/RAM/GPU memory
    assert [(t["node_type"], t["rank"]) for t in types] == [("gpu_a100_pcie", 1), ("gpu_a100_nvlink", 2)]


def test_cli_repo_needs_no_hardware_exit_1(envboot, tmp_path):
    (tmp_path / "README.md").write_text("# Big model\n\nTraining requires 8 GPUs.\n")
    r = envboot(["needs", str(tmp_path), "--match", "--zone", "uc"])
    assert r.code == 1
    assert "needs string: gpus>=8" in r.out
    assert r.err.strip() == ("envboot: error: no hardware in uc meets gpus>=8: the most GPUs per node in uc is 4, "
                             "on gpu_a100_nvlink (uc), gpu_a100_pcie (uc), gpu_v100 (uc)")


def test_cli_missing_path_exit_2(envboot):
    r = envboot(["needs", str(REPOS / "no-such-repo")])
    assert r.code == 2 and "does not exist" in r.err


@pytest.mark.parametrize("argv", [
    ["needs", str(REPOS / "cuda-wheel-4gpus"), "--match", "-f", "json"],
    ["needs", str(REPOS / "webapp"), "-f", "json"],
    ["needs", "--needs", "gpus>=8", "-f", "json"],
    ["needs", "--needs", "cpus>=48", "-f", "json"],
])
def test_json_matches_the_shipped_schema(envboot, argv):
    from .schema_check import assert_valid

    r = envboot(argv)
    assert r.code in (0, 1), r.err
    assert_valid(json.loads(r.out), "needs")


# ------------------------------------------------------------------------------------------- issue 18 patterns

def _used(r, key):
    item = next(i for i in r.items if i.need.key == key)
    return item.need.text(), [(e.where, e.reading) for e in item.used]


def test_prose_gpu_phrase_reads_count_model_and_memory_together():
    r = scan(REPOS / "prose-gpu-phrases")
    # "an 8XA100 40GB node"; "3x faster than on a V100" is a comparison, not a need
    assert (r.text, r.gpu) == ("gpus>=8 gpu_memory>=40GB gpu_vendor=nvidia", "required")
    assert _used(r, "gpus") == ("gpus>=8", [("README.md:5", "8 GPU(s) per node, minimum, training")])


@pytest.mark.parametrize(("sentence", "terms"), [
    ("We trained with 4 A100 80G GPUs.", {"gpus>=4", "gpu_memory>=80GB", "gpu_vendor=nvidia"}),
    ("It runs on a single 48GB GPU.", {"gpus>=1", "gpu_memory>=48GB"}),
    ("Fine-tuning requires a 4x A100 80GB", {"gpus>=4", "gpu_memory>=80GB", "gpu_vendor=nvidia"}),
    ("You need a node with 2 GPUs", {"gpus>=2"}),
    ("We use 8 A100 GPUs with 80GB memory", {"gpus>=8", "gpu_memory>=80GB", "gpu_vendor=nvidia"}),
    # a model alone implies its vendor and the smallest memory of its variants (the inventory's catalogue)
    ("Requires an RTX 6000", {"gpus>=1", "gpu_vendor=nvidia", "gpu_memory>=24GiB"}),
    ("Requires one V100", {"gpus>=1", "gpu_vendor=nvidia", "gpu_memory>=16GiB"}),
    ("Requires an MI250", {"gpus>=1", "gpu_vendor=amd", "gpu_memory>=64GiB"}),
    ("You need 600 GB of disk, 8 CPU cores and 64 GB of RAM", {"disk>=600GB", "cpus>=8", "ram>=64GB"}),
    ("It is 3x faster than on a V100", set()),
    ("You will require 4 nodes of 8 GPUs (80GB of VRAM) to train", {"gpus>=8", "gpu_memory>=80GB"}),
    ("QLoRA fine-tuning on a single consumer 24GB GPU (tested on an RTX 4090).",
     {"gpus>=1", "gpu_memory>=24GB", "gpu_vendor=nvidia"}),
    ("The nodes have one or two NVIDIA A100 40GB GPUs.", {"gpus>=1", "gpu_memory>=40GB", "gpu_vendor=nvidia"}),
    ("By default, we use 64 GPUs with batch size 64 for training.", set()),  # a cluster's GPUs, not a node's
    ("The configs are made for 8-GPU training.", {"gpus>=8"}),
    ("Run training on 12 A100-80GB nodes (96 GPUs) with submitit:", {"gpus>=8", "gpu_memory>=80GB",
                                                                     "gpu_vendor=nvidia"}),
    ("Trained on 8-node with 64 NVIDIA A100 GPUs in total.", {"gpus>=8", "gpu_vendor=nvidia", "gpu_memory>=40GiB"}),
])
def test_prose_sentences(sentence, terms):
    from envboot.data.repo_needs.prose import sentence_statements

    got = {s.term for s in sentence_statements(sentence, 1, "") if s.term}
    assert got == terms


def test_total_vram_is_divided_by_the_gpu_count_and_a_demo_says_nothing():
    r = scan(REPOS / "prose-context")
    # "(no GPU needed)" is said of the hosted demo, not the repository
    assert (r.text, r.gpu) == ("gpus>=2 gpu_memory>=56GB", "required")
    assert "a total of 112 GB over 2 GPUs = 56 GB per GPU" in _used(r, "gpu_memory")[1][0][1]


def test_total_vram_without_a_count_gives_no_per_gpu_figure():
    from envboot.data.repo_needs.prose import sentence_statements

    [s] = sentence_statements("The 70B model requires about 112 GB of VRAM", 1, "")
    assert (s.term, s.gpu) == (None, "required") and "total" in s.reading


def test_minimum_wins_over_recommended_in_one_sentence():
    r = scan(REPOS / "prose-min-recommended")
    assert r.text == "gpus>=1 gpu_memory>=14GB"
    item = next(i for i in r.items if i.need.key == "gpu_memory")
    assert [e.reading for e in item.other] == ["28 GB per GPU, recommended, inference"]


def test_requirements_below_the_top_setup_py_install_blocks_and_indented_list_items():
    r = scan(REPOS / "nested-docs")
    assert r.text == "gpus>=4 gpu_memory>=80GB gpu_vendor=nvidia cpus>=8 ram>=64GB disk>=600GB"
    where = {e.where for e in r.evidence}
    assert {"recipes/llama/README.md:3", "docs/data.md:3", "README.md:10", "README.md:6", "setup.py:7"} <= where
    assert any(e.where == "README.md:6" and "cu126" in e.detail for e in r.evidence)  # the pip install block


def test_compose_file_found_by_content():
    r = scan(REPOS / "compose-by-content")
    assert r.text == "gpus>=2 gpu_vendor=nvidia" and _where(r, "gpus") == ("declared", ["stack.yml:10"])


@pytest.mark.parametrize(("name", "shapes"), [
    ("alternatives-docker", (("without a GPU", ""), ("with a GPU", "gpus>=1 gpu_vendor=nvidia"))),
    ("alternatives-devcontainer", (("without a GPU", ""), ("with a GPU", "gpus>=1"))),
    ("cwl-hints", (("without a GPU", "cpus>=32 ram>=256GiB disk>=1000GiB"),
                   ("with a GPU", "gpus>=2 gpu_vendor=nvidia cpus>=32 ram>=256GiB disk>=1000GiB"))),
])
def test_cpu_and_gpu_alternatives_are_optional_with_both_shapes(name, shapes):
    r = scan(REPOS / name)
    assert (r.gpu, r.shapes) == ("optional", shapes)
    assert r.text == shapes[0][1]


def test_bare_gpu_declaration_and_a_stated_count_agree_on_the_count():
    r = scan(REPOS / "devcontainer-true-readme-count")
    assert r.text == "gpus>=2 gpu_memory>=40GB"
    item = next(i for i in r.items if i.need.key == "gpus")
    assert [e.where for e in item.other] == [".devcontainer/devcontainer.json:3"]


def test_rocm_and_cuda_alternatives_pin_no_vendor():
    r = scan(REPOS / "rocm-cuda")
    assert (r.text, r.gpu) == ("gpus>=1", "required")
    assert any("no vendor is pinned" in w for w in r.warnings)


def test_match_ranks_a_cpu_only_repository_cpu_types_first(envboot):
    r = envboot(["needs", str(REPOS / "webapp"), "--match", "-f", "json"])
    assert r.code == 0, r.err
    types = json.loads(r.out)["match"]["types"]
    assert [t["rank"] for t in types] == list(range(1, len(types) + 1))
    names = [t["node_type"] for t in types]
    gpu_or_fpga = [i for i, t in enumerate(types) if "not needed" in t["fit"]]
    plain = [i for i, t in enumerate(types) if "not needed" not in t["fit"]]
    assert plain and gpu_or_fpga and max(plain) < min(gpu_or_fpga)  # no accelerator before a plain node
    assert names[0] == "compute_skylake"  # the least excess threads and RAM


def test_dockerfile_run_spanning_lines_is_cited_at_the_line_holding_the_token():
    r = scan(REPOS / "dockerfile-cuda")
    index = [e for e in r.evidence if "index" in e.detail]
    assert index and {e.where for e in index} == {"Dockerfile:6"}  # the RUN starts at line 5


def test_compose_driver_cited_at_its_own_line():
    r = scan(REPOS / "compose-by-content")
    assert _where(r, "gpu_vendor") == ("declared", ["stack.yml:8"])


def test_a_stated_memory_figure_beats_the_one_a_model_implies(tmp_path):
    (tmp_path / "README.md").write_text("# GPT\n\nTrains on a single 8XA100 40GB node.\n\n"
                                        "It takes about 3 minutes on one A100 GPU.\n")
    r = scan(tmp_path)
    assert r.text == "gpus>=8 gpu_memory>=40GB gpu_vendor=nvidia"


@pytest.mark.parametrize(("relpath", "prose"), [
    ("README.md", True), ("recipes/llama/README.md", True), ("GETTING_STARTED.md", True), ("PRETRAIN.md", True),
    ("docs/TRAINING.md", True), ("docs/hardware.md", True), ("docs/en/docs/advanced/events.md", False),
    ("requirements.txt", False), ("CHANGELOG.md", False),
])
def test_which_documents_are_read_as_prose(relpath, prose):
    from envboot.data.repo_needs.signals import is_readme

    assert is_readme(relpath) is prose


def test_vendor_dockerfiles_named_with_an_underscore_are_read():
    from envboot.data.repo_needs.signals import is_dockerfile

    assert is_dockerfile("Dockerfile_amd") and is_dockerfile("docker/Dockerfile.cpu")
    assert not is_dockerfile("dockerfiles")


def test_a_gpu_mentioned_in_passing_is_not_a_need():
    from envboot.data.repo_needs.prose import sentence_statements

    assert sentence_statements("Right after the yield, we unload the model from a GPU.", 1, "") == []


def test_training_figures_beat_a_serving_compose_service():
    r = scan(REPOS / "compose-serving-readme-training")
    assert r.text == "gpus>=4 gpu_memory>=40GB gpu_vendor=nvidia"
    item = next(i for i in r.items if i.need.key == "gpus")
    assert [e.reading for e in item.other] == ["serving"]


@pytest.mark.parametrize(("sentence", "gpu", "terms"), [
    ("Replace `cudatoolkit=11.0` with your CUDA version or `cpuonly` when installing on a machine without a GPU.",
     "optional", set()),
    ("Installing PyTorch with CUDA support is strongly recommended.", "optional", {"gpu_vendor=nvidia"}),
    ("No GPU is required.", "none", set()),
    ("(Optional) If you want to run OpenMM on a GPU, install the drivers.", "optional", set()),
    ("GPU image (requires nvidia-docker):", "required", {"gpu_vendor=nvidia"}),
    ("We recommend a GPU for training.", "optional", set()),
])
def test_gpu_or_cpu_and_recommended_gpu_are_optional(sentence, gpu, terms):
    from envboot.data.repo_needs.prose import sentence_statements

    got = sentence_statements(sentence, 1, "")
    assert {s.gpu for s in got} == {gpu} and {s.term for s in got if s.term} == terms


def test_documented_gpu_and_cpu_only_ways_make_the_gpu_optional(tmp_path):
    (tmp_path / "README.md").write_text("# RL\n\nGPU image (requires nvidia-docker):\n\nCPU only:\n")
    r = scan(tmp_path)
    assert (r.gpu, r.text) == ("optional", "") and r.shapes[1] == ("with a GPU", "gpus>=1 gpu_vendor=nvidia")


def test_a_cpu_stage_in_a_multi_stage_dockerfile_is_the_cpu_alternative(tmp_path):
    (tmp_path / "Dockerfile").write_text("FROM ubuntu:24.04 AS base\nFROM base AS cpu-deps\n"
                                         "FROM nvidia/cuda:12.4.1-devel-ubuntu22.04 AS cuda-deps\n")
    assert scan(tmp_path).gpu == "optional"


def test_a_makefile_compiling_with_nvcc_needs_an_nvidia_gpu(tmp_path):
    (tmp_path / "Makefile").write_text("NVCC ?= nvcc\nall:\n\t$(NVCC) -o x x.cu\n")
    r = scan(tmp_path)
    assert (r.text, _where(r, "gpus")) == ("gpus>=1 gpu_vendor=nvidia", ("inferred", ["Makefile:1"]))


def test_disk_figure_after_the_word(tmp_path):
    (tmp_path / "README.md").write_text("Create the databases on a disk with sufficient storage (940GB (!)).\n")
    assert scan(tmp_path).text == "disk>=940GB"


def test_nvidia_libraries_pinned_beside_plain_torch_are_its_transitive_dependencies(tmp_path):
    # (no GPU requirement: a plain torch runs on a CPU; but the CUDA build it pulls in uses an NVIDIA GPU when there,
    # so the GPU is optional, NVIDIA's: round 23, tests/test_repo_needs_round23.py)
    (tmp_path / "requirements.txt").write_text("flask==3.0.3\ntorch==2.3.0\nnvidia-cublas-cu12==12.1.3.1\n"
                                               "    # via torch\nnvidia-cudnn-cu12==8.9.2.26\n")
    r = scan(tmp_path)
    assert (r.gpu, r.text) == ("optional", "")
    assert dict(r.shapes)["with a GPU"] == "gpus>=1 gpu_vendor=nvidia"


def test_a_required_vram_table_gives_its_smallest_figure(tmp_path):
    (tmp_path / "README.md").write_text("# ASR\n\n| Size | Required VRAM | Speed |\n|:--:|:--:|:--:|\n"
                                        "| tiny | ~1 GB | ~10x |\n| large | ~10 GB | 1x |\n")
    r = scan(tmp_path)
    assert (r.gpu, r.shapes[1]) == ("optional", ("with a GPU", "gpus>=1 gpu_memory>=1GB"))
    assert next(e for e in r.evidence if e.need and e.need.key == "gpu_memory").where == "README.md:5"


def test_gpu_alternatives_listed_as_items_keep_the_least(tmp_path):
    (tmp_path / "README.md").write_text(
        "# Lab\n\nThis tutorial requires one of:\n\n* a node with one NVIDIA A100 40GB GPU\n"
        "* a node with 4x A100 80GB GPUs\n\n## Other\n\nNothing else.\n")
    r = scan(tmp_path)
    assert r.text == "gpus>=1 gpu_memory>=40GB gpu_vendor=nvidia"
    item = next(i for i in r.items if i.need.key == "gpus")
    assert [e.reading.endswith("(the least is kept)") for e in item.other] == [True]


def test_nextflow_process_resources(tmp_path):
    (tmp_path / "conf").mkdir()
    (tmp_path / "conf" / "base.config").write_text(
        "process {\n    withLabel:process_high {\n        cpus   = { 12    * task.attempt }\n"
        "        memory = { 72.GB * task.attempt }\n    }\n    withLabel:process_high_memory {\n"
        "        memory = { 200.GB * task.attempt }\n    }\n    withLabel: process_gpu {\n"
        "        accelerator      = 1\n    }\n}\n")
    (tmp_path / "README.md").write_text("# Pipeline\n\nSTAR can run on NVIDIA GPUs with Parabricks.\n")
    r = scan(tmp_path)
    # the template's high-memory label (200 GB, for the few memory-hungry steps) is recommended; the largest
    # ordinary request is the node's minimum
    assert (r.text, r.gpu) == ("cpus>=12 ram>=72GB", "optional")
    assert r.shapes[1] == ("with a GPU", "gpus>=1 gpu_vendor=nvidia cpus>=12 ram>=72GB")
    assert _where(r, "ram") == ("declared", ["conf/base.config:4"])
    high = [e for e in r.evidence if e.where == "conf/base.config:7"]
    assert [(e.need.text(), e.reading) for e in high] == [("ram>=200GB", "recommended")]


def test_launch_scripts_say_the_gpus_they_were_written_for(tmp_path):
    (tmp_path / "scripts").mkdir()
    (tmp_path / "scripts" / "run.sh").write_text("#!/bin/bash\n# on 8X A100 80GB SXM ($14/hr)\n"
                                                "torchrun --nproc_per_node=8 train.py\n")
    (tmp_path / "scripts" / "job.slurm").write_text("#!/bin/bash\n#SBATCH --gres=gpu:4\nsrun python train.py\n")
    deep = tmp_path / "vendor_x" / "a" / "b"
    deep.mkdir(parents=True)
    (deep / "run.sh").write_text("torchrun --nproc_per_node=16 x.py\n")  # a vendored sub-project's
    r = scan(tmp_path)
    assert r.text == "gpus>=8 gpu_memory>=80GB gpu_vendor=nvidia"
    assert _where(r, "gpus") == ("stated", ["scripts/run.sh:2"])


def test_a_sentence_wrapped_over_lines_is_read_whole_and_tested_setups_yield_to_minimums(tmp_path):
    (tmp_path / "README.md").write_text(
        "# Folding\n\nThe full installation requires up to 3 TB of disk space. We tested it on a\n"
        "machine with 12 vCPUs, 85 GB of RAM, the databases on an additional\n3 TB disk, and an A100 GPU.\n\n"
        "The reduced preset requires 8 CPU cores (vCPUs), 8 GB of RAM, and 600 GB of disk space.\n")
    r = scan(tmp_path)
    assert r.text == "gpus>=1 gpu_memory>=40GiB gpu_vendor=nvidia cpus>=8 ram>=8GB disk>=600GB"
    ram = next(i for i in r.items if i.need.key == "ram")
    assert [(e.where, "recommended" in e.reading) for e in ram.other] == [("README.md:4", True)]


def test_link_targets_are_not_prose_and_launch_commands_in_code_blocks_count(tmp_path):
    (tmp_path / "README.md").write_text(
        "# Llama\n\nSee the [paper](https://x.org/4-GPUs-8GB/s41586-021-03819-2) for details.\n\n```bash\n"
        "torchrun --nproc_per_node 1 example.py\n```\n\n```bash\ntorchrun --nproc_per_node 8 example.py\n```\n")
    r = scan(tmp_path)
    assert (r.text, _where(r, "gpus")) == ("gpus>=1", ("inferred", ["README.md:6"]))


def test_a_default_devcontainer_without_gpu_beside_a_gpu_one_is_the_cpu_alternative(tmp_path):
    (tmp_path / ".devcontainer" / "gpu").mkdir(parents=True)
    (tmp_path / ".devcontainer" / "devcontainer.json").write_text('{"hostRequirements": {"cpus": 2}}')
    (tmp_path / ".devcontainer" / "gpu" / "devcontainer.json").write_text(
        '{\n  "hostRequirements": {"cpus": 2},\n  "runArgs": ["--gpus=all"]\n}\n')
    r = scan(tmp_path)
    assert (r.gpu, r.shapes) == ("optional", (("without a GPU", "cpus>=2"),
                                              ("with a GPU", "gpus>=1 gpu_vendor=nvidia cpus>=2")))


def test_a_bare_declared_gpu_takes_the_stated_count_also_beside_training_statements(tmp_path):
    (tmp_path / "docker-compose.yml").write_text(
        "services:\n  neox:\n    runtime: nvidia\n    deploy:\n      resources:\n        reservations:\n"
        "          devices:\n            - capabilities: [gpu]\n")
    (tmp_path / "README.md").write_text("# LM\n\n- The training batch size is what a single GPU processes per step.\n\n"
                                        "An sbatch script on a cluster with 8 GPUs per node looks like this:\n")
    r = scan(tmp_path)
    assert _where(r, "gpus") == ("stated", ["README.md:5"]) and r.text.startswith("gpus>=8")


_WORDS_FOR_FUZZ = ["requires", "a", "single", "4x", "8XA100", "A100", "80GB", "40 GB", "GPUs", "GPU", "of", "VRAM",
                   "RAM", "disk", "CPU", "cores", "8", "two", "or", "nodes", "(96 GPUs)", "in total", "minimum",
                   "recommended", "demo", "training", "no GPU needed", "|", "1.5", "TB", "G", "each", "with", "per",
                   "MI250", "RTX 6000", "-", ".", ",", "up to", "tested on", "0", "999", "1e400", "nvidia-docker"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS_FOR_FUZZ), max_size=25), st.text(max_size=40))
def test_prose_never_raises_and_every_term_parses(words, noise):
    from envboot.data.repo_needs.prose import markdown_statements, sentence_statements

    sentence = " ".join(words) + noise
    for s in sentence_statements(sentence, 1, "") + markdown_statements([sentence, "| VRAM |", "|---|", noise])[0]:
        if s.term:  # a valid need term (parse raises InputError otherwise), one term
            assert len(parse(s.term).items) == 1
        assert s.gpu in (None, "required", "none", "optional")


def test_cli_shows_both_shapes_of_an_optional_gpu(envboot):
    r = envboot(["needs", str(REPOS / "alternatives-docker")])
    assert r.code == 0, r.err
    assert "GPU: optional" in r.out and "with a GPU: gpus>=1 gpu_vendor=nvidia" in r.out
    assert "without a GPU: (no needs)" in r.out


def test_recommended_drivers_are_not_a_recommended_gpu():
    from envboot.data.repo_needs.prose import sentence_statements

    got = sentence_statements("We also recommend using NVIDIA drivers with CUDA version 12.2 or higher.", 1, "")
    assert all(st.gpu is None for st in got)  # no GPU stance; at most the vendor its toolkit names
    assert {st.term for st in got} <= {"gpu_vendor=nvidia"}


def test_ram_cpus_disk_in_other_markdown_near_the_top(tmp_path):
    (tmp_path / "snippets").mkdir()
    (tmp_path / "snippets" / "exp-def.md").write_text(
        "Each VM is an m1.large with 4 VCPUs, 8 GB memory, 40 GB disk space.\nIt requires 2 A100 GPUs.\n")
    r = scan(tmp_path)
    assert (r.text, r.gpu) == ("cpus>=4 ram>=8GB disk>=40GB", "none")  # no GPU reading outside the documents
