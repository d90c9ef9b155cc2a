"""Needs read from repositories: the rules for a GPU that is optional (a CUDA path offered beside a CPU one),
for counts and hardware stated in lists, and for CWL workflows. Each rule has a case where it fires and one
where it must not."""

from __future__ import annotations

import pytest

from envboot.data.repo_needs.prose import sentence_statements
from envboot.data.repo_needs.signals import is_readme

from .repo_fixture import write_and_scan as _write


def _said(sentence: str) -> tuple[set, set]:
    got = sentence_statements(sentence, 1, "")
    return {s.gpu for s in got}, {s.term for s in got if s.term}


@pytest.mark.parametrize(("sentence", "gpu", "terms"), [
    ("The CUDA wheel is optional: if you do not need CUDA prioritized replay buffers,", {"optional"},
     {"gpu_vendor=nvidia"}),
    ("Both CPU and GPU version offline packages are available on the Releases page.", {"optional"}, set()),
    ("Use GPU-accelerated parabricks implementation as alternative to the aligner", {"optional"}, set()),
    ("These labels define resource defaults for modules that require a GPU.", {"optional"}, set()),
    ("Note: To use GPU, we expect an underlying CUDA version > 11.0.", {"optional"}, {"gpu_vendor=nvidia"}),
    ("If you are using newer NVIDIA GPUs (e.g., 3060 TI), you may need CUDA 11.3 wheels.", {"optional"},
     {"gpu_vendor=nvidia"}),
    ("We provide CUDA accelerated versions of the notebook images.", {"optional"}, {"gpu_vendor=nvidia"}),
    # must not fire: which GPUs, not whether; a negated need; a count stated
    ("To run on GPUs with low VRAM, try setting `--encoding_t=1`.", set(), set()),
    ("If you do not need CUDA, keep the default wheel.", set(), set()),
    ("Training requires 4 GPUs; the CUDA wheel is optional for inference.", {"required"},
     {"gpus>=4", "gpu_vendor=nvidia"}),
])
def test_a_gpu_path_beside_a_cpu_one_is_optional(sentence, gpu, terms):
    assert _said(sentence) == (gpu, terms)


def test_a_gpu_named_as_a_capability_decides_only_when_nothing_requires_one(tmp_path):
    [st] = sentence_statements("- Support for multi-GPU training (see usage)", 1, "")
    assert (st.gpu, st.weak) == ("optional", True)
    r = _write(tmp_path / "a", {"README.md": "# RL\n\n- Support for multi-GPU training\n"})
    assert (r.gpu, r.gpu_evidence[0].confidence) == ("optional", "inferred")
    r = _write(tmp_path / "b", {"README.md": "# RL\n\n- Support for multi-GPU training\n",
                                "Dockerfile": "FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04\n"})
    assert r.gpu == "required"  # a CUDA base image outweighs a capability mention


def test_a_list_of_supported_variants_with_a_gpu_item_makes_the_gpu_optional(tmp_path):
    r = _write(tmp_path / "a", {"README.md": (
        "# Image\n\nThe current supported variants are:\n\n* `base`: General Ubuntu image\n"
        "* `gpu`: includes CUDA driver\n  * Needs to be built on a GPU node so the NVidia installer doesn't abort.\n"
        "* `arm64`: Creates post-processed kernel and ramdisk\n")})
    assert (r.gpu, r.shapes[1]) == ("optional", ("with a GPU", "gpus>=1 gpu_vendor=nvidia"))
    # must not fire: a list of what is required (CUDA is a prerequisite), and a list of commands
    r = _write(tmp_path / "b", {"README.md": (
        "# Tool\n\nYou will need the following options:\n\n* Python 3.10\n* CUDA 12 and an NVIDIA GPU\n"),
        "Dockerfile": "FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04\n"})
    assert r.gpu == "required"
    r = _write(tmp_path / "c", {"README.md": (
        "# Build\n\nThe supported build options:\n\n- `$ cd rocm-examples`\n- `$ make GPU_RUNTIME=CUDA`\n"),
        "Dockerfile": "FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04\n"})
    assert r.gpu == "required"


def test_a_cpu_only_build_beside_a_cuda_build_in_their_own_files_is_optional(tmp_path):
    cpu = "FROM python:3.12\nRUN pip install torch --index-url https://download.pytorch.org/whl/cpu\n"
    cuda = "FROM python:3.12\nRUN pip install torch --index-url https://download.pytorch.org/whl/cu128\n"
    r = _write(tmp_path / "a", {"images/torch/Dockerfile": cpu, "images/torch/cuda12/Dockerfile": cuda})
    assert r.gpu == "optional" and any("side by side" in w for w in r.warnings)
    # must not fire: both in one file is one build that asks for both; a tie assumes required
    r = _write(tmp_path / "b", {"Dockerfile": cpu + cuda.split("\n", 1)[1]})
    assert r.gpu == "required"


def test_a_gpu_extra_beside_a_cpu_only_default_is_optional(tmp_path):
    r = _write(tmp_path / "a", {"pyproject.toml": (
        '[project]\nname = "x"\ndependencies = ["tensorflow-cpu"]\n\n[project.optional-dependencies]\n'
        'gpu = ["jax[cuda12]"]\n')})
    assert r.gpu == "optional"
    r = _write(tmp_path / "b", {"pyproject.toml": '[project]\nname = "x"\ndependencies = ["tensorflow-cpu"]\n'})
    assert r.gpu == "none"


def test_the_top_readme_saying_optional_beats_requirements_of_sub_projects(tmp_path):
    deep = {"examples/dreamer/README.md": "# Dreamer\n\nTraining requires 2 GPUs.\n"}
    r = _write(tmp_path / "a", {"README.md": "# Lib\n\nThe CUDA wheel is optional.\n", **deep})
    assert (r.gpu, r.shapes[1][1]) == ("optional", "gpus>=2 gpu_vendor=nvidia")
    r = _write(tmp_path / "b", {"README.md": "# Lib\n\nA library.\n", **deep})
    assert r.gpu == "required"
    r = _write(tmp_path / "c", {"README.md": "# Lib\n\nThe CUDA wheel is optional. Training requires 2 GPUs.\n"})
    assert r.gpu == "required"  # the top README itself states a count


@pytest.mark.parametrize(("sentence", "terms"), [
    ("* 1&ndash;8 high-end NVIDIA GPUs with at least 12 GB of memory.",
     {"gpus>=1", "gpu_memory>=12GB", "gpu_vendor=nvidia"}),
    ("Training needs 2 to 4 GPUs.", {"gpus>=2"}),
    ("state-of-the-art, single-GPU *Rainbow* agent ([Hessel et al., 2018][rainbow])", set()),
    ("It requires a single GPU.", {"gpus>=1"}),
    ("It needs to be built on a GPU node so the NVidia installer does not abort.", {"gpus>=1", "gpu_vendor=nvidia"}),
    ("It needs to be built on a GPU node with the NVIDIA or AMD (ROCm) driver.", {"gpus>=1"}),
])
def test_ranges_descriptions_and_vendor_words(sentence, terms):
    assert _said(sentence)[1] == terms


def test_a_tested_setup_yields_to_the_stated_minimum(tmp_path):
    r = _write(tmp_path, {"README.md": "# GAN\n\n* 1&ndash;8 NVIDIA GPUs with at least 12 GB of memory. We have "
                                       "done all testing using a DGX-1 with 8 Tesla V100 GPUs.\n"})
    assert r.text == "gpus>=1 gpu_memory>=12GB gpu_vendor=nvidia"


def test_a_documented_single_gpu_way_keeps_the_least_count(tmp_path):
    r = _write(tmp_path / "a", {"README.md": "# VQ\n\nThe configs train on two GPUs. Use `--gpus 0,` (with a "
                                             "trailing comma) to train on a single GPU.\n"})
    assert r.text == "gpus>=1"
    r = _write(tmp_path / "b", {"README.md": "# VQ\n\nThe configs train on two GPUs.\n\nSampling fits on a single "
                                             "GPU.\n"})
    assert r.text == "gpus>=2"


def test_list_items_take_the_requirement_of_their_introduction(tmp_path):
    r = _write(tmp_path / "a", {"README.md": (
        "# Site\n\nThis system will need the following for a minimal test environment:\n\n"
        "* 20GB of disk space\n* 8GB of ram\n* 4 cpu cores\n\n**To test VM support, you will need to add:**\n\n"
        "* 40GB of disk space\n")})
    assert r.text == "cpus>=4 ram>=8GB disk>=20GB"
    r = _write(tmp_path / "b", {"README.md": "# Site\n\nWhat we had:\n\n* 20GB of disk space\n* 8GB of ram\n"})
    assert r.text == ""


def test_figures_said_to_be_above_the_minimum_are_recommended(tmp_path):
    files = {"docs/dev.md": "# Dev\n\nBaremetal or Virtual Machine with 8 cores, 16gb ram, 80gb disk.\n"
                            "This is roughly double the minimum for the services.\n",
             "docs/eval.md": "# Eval\n\nThe minimal setup needs 4 cpu cores, 8GB of ram and 20GB of disk space.\n"}
    assert _write(tmp_path / "a", files).text == "cpus>=4 ram>=8GB disk>=20GB"
    files["docs/dev.md"] = files["docs/dev.md"].replace("roughly double the minimum", "what we use")
    assert _write(tmp_path / "b", files).text == "cpus>=8 ram>=16GB disk>=80GB"


@pytest.mark.parametrize(("relpath", "prose"), [
    ("docs/install-guide/index.rst", True), ("doc/install/easy-install.md", True),
    ("docs/user/installation.md", True), ("docs/api/reference/gpu.md", False), ("src/install/notes.md", False),
])
def test_installation_guides_below_docs_are_prose(relpath, prose):
    assert is_readme(relpath) is prose


def test_the_devcontainer_cuda_feature(tmp_path):
    feature = '"ghcr.io/devcontainers/features/nvidia-cuda:1": {"installCudnn": true}'
    r = _write(tmp_path / "a", {".devcontainer/devcontainer.json": '{"features": {' + feature + '}}\n'})
    assert (r.gpu, r.text) == ("required", "gpus>=1 gpu_vendor=nvidia")
    r = _write(tmp_path / "b", {".devcontainer/devcontainer.json": (
        '{\n  // Uncomment to install NVIDIA CUDA - required for a GPU-powered codespace.\n'
        '  // "features": {\n  //   ' + feature + '\n  // },\n  "hostRequirements": {"storage": "64gb"}\n}\n')})
    assert (r.gpu, r.shapes[1][1]) == ("optional", "gpus>=1 gpu_vendor=nvidia disk>=64GB")
    r = _write(tmp_path / "c", {".devcontainer/devcontainer.json": (
        '{\n  // a GPU is not needed here\n  "hostRequirements": {"storage": "64gb"}\n}\n')})
    assert (r.gpu, r.text) == ("none", "disk>=64GB")


def test_the_outermost_cwl_workflow_declares_the_run(tmp_path):
    tool = ("cwlVersion: v1.2\nclass: CommandLineTool\nbaseCommand: diamond\nrequirements:\n"
            "  ResourceRequirement:\n    coresMin: 32\n    ramMin: 50000\ninputs: []\noutputs: []\n")
    flow = ("cwlVersion: v1.2\nclass: Workflow\nrequirements:\n  ResourceRequirement:\n    ramMin: 20000\n"
            "    coresMin: 4\ninputs: []\noutputs: []\nsteps: []\n")
    r = _write(tmp_path / "a", {"workflows/main.cwl": flow, "tools/diamond/diamond.cwl": tool})
    assert r.text == "cpus>=4 ram>=20000MiB"
    r = _write(tmp_path / "b", {"tools/diamond/diamond.cwl": tool})  # no workflow: the most demanding tool
    assert r.text == "cpus>=32 ram>=50000MiB"


def test_an_admonition_body_is_prose_and_other_indented_lines_are_code(tmp_path):
    r = _write(tmp_path / "a", {"README.md": (
        '# RL\n\n!!! note "CUDA versions"\n\n    If you are using newer NVIDIA GPUs, you may need CUDA 11.3 wheels.\n'),
        "Dockerfile": "FROM nvidia/cuda:11.4.2-runtime-ubuntu20.04\n"})
    assert r.gpu == "optional"
    r = _write(tmp_path / "b", {"README.md": (
        "# RL\n\nRun:\n\n    If you are using newer NVIDIA GPUs, you may need CUDA 11.3 wheels.\n"),
        "Dockerfile": "FROM nvidia/cuda:11.4.2-runtime-ubuntu20.04\n"})
    assert r.gpu == "required"


def test_a_compose_count_all_is_a_bare_gpu_and_takes_the_stated_count(tmp_path):
    compose = ("services:\n  app:\n    image: x\n    deploy:\n      resources:\n        reservations:\n"
               "          devices:\n            - driver: nvidia\n              count: {count}\n"
               "              capabilities: [gpu]\n")
    readme = "# LM\n\nThe example hostfile gives each node 8 GPUs, so you need 8 GPUs per node.\n"
    r = _write(tmp_path / "a", {"docker-compose.yml": compose.format(count="all"), "README.md": readme})
    assert r.text.startswith("gpus>=8")
    r = _write(tmp_path / "b", {"docker-compose.yml": compose.format(count=2), "README.md": readme})
    assert r.text.startswith("gpus>=2")  # a declared count stays the count


def test_a_capability_denied_or_compared_is_no_capability():
    assert sentence_statements("It does not support GPU acceleration.", 1, "") == []
    assert sentence_statements("We demonstrate a 140k× speed-up compared to GPU-accelerated solvers.", 1, "") == []
