"""The rules added when tests/needs_corpus4 (held out until then) was tuned on, 2026-12-02: CI files, variant build
files, CUDA targets a Makefile does not build by default, timings, quoted messages, upper bounds, a one-GPU way
beside launch commands, HTML tables, submitit's --use_volta32, data that must fit on disk. Each rule with a case
where it must not fire."""

from __future__ import annotations

import pytest

from envboot.data.repo_needs.prose import sentence_statements

from .repo_fixture import write_and_scan as _write

CUDA_IMAGE = "FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04\n"
GPU_COMPOSE = ("services:\n  app:\n    image: x:cuda\n    deploy:\n      resources:\n        reservations:\n"
               "          devices:\n            - driver: nvidia\n              count: 1\n"
               "              capabilities: [gpu]\n")
NVCC_MAKEFILE = "NVCC = nvcc\n\nall: app\n\napp: app.cu\n\t$(NVCC) -o app app.cu\n"


def _said(sentence: str):
    return sentence_statements(sentence, 1, "")


def test_ci_configuration_is_not_the_users_hardware(tmp_path):
    r = _write(tmp_path / "a", {"README.md": "# Book\n", "ci/docker/Dockerfile.torch": CUDA_IMAGE})
    assert r.gpu == "none" and r.evidence == ()
    # must not fire: the same Dockerfile where the project keeps its own images
    assert _write(tmp_path / "b", {"README.md": "# Book\n", "docker/Dockerfile.torch": CUDA_IMAGE}).gpu == "required"


def test_an_installation_chapter_is_read_as_prose(tmp_path):
    chapter = "# Installation\n\nIf your machine does not house any GPU, install the CPU version.\n" \
              "It runs without a GPU.\n"
    r = _write(tmp_path / "a", {"chapter_installation/index.md": chapter, "README.md": "# Book\n"})
    assert r.gpu == "none" and r.evidence[0].file == "chapter_installation/index.md"
    # must not fire: a chapter not about installation says nothing of the hardware (GPU phrases not read)
    other = "# Multiple GPUs\n\nYou will need at least two GPUs to run this section.\n"
    assert _write(tmp_path / "b", {"chapter_multi_gpu/index.md": other}).gpu == "none"


@pytest.mark.parametrize(("files", "gpu"), [
    ({"docker-compose.yml": "services:\n  app:\n    image: x\n", "docker-compose.cuda.yml": GPU_COMPOSE}, "optional"),
    ({"docker/Dockerfile": "FROM python:3.11\n", "docker/cuda.Dockerfile": CUDA_IMAGE}, "optional"),
    ({"Dockerfile": "FROM python:3.11\n", "Dockerfile.gpu": CUDA_IMAGE}, "optional"),
    ({"ref/src/Makefile": "all:\n\t$(CXX) -o app app.cpp\n", "cuda/src/Makefile": NVCC_MAKEFILE}, "optional"),
    # must not fire: the GPU file alone, a sibling for another accelerator, a plain file not of the same name
    ({"docker-compose.cuda.yml": GPU_COMPOSE}, "required"),
    ({"docker/docker-npu/Dockerfile": "FROM ascend:1\n", "docker/docker-cuda/Dockerfile": CUDA_IMAGE}, "required"),
    ({"docs/Dockerfile": "FROM nginx\n", "docker/cuda.Dockerfile": CUDA_IMAGE}, "required"),
    ({"docker/test-client/Dockerfile": "FROM python\n", "docker/gpu/Dockerfile": CUDA_IMAGE}, "required"),
    ({"docker/intel/Dockerfile": "FROM intel/oneapi\n", "docker/nvidia/Dockerfile": CUDA_IMAGE}, "required"),
])
def test_a_gpu_named_build_file_beside_the_same_file_without_a_gpu_is_optional(tmp_path, files, gpu):
    r = _write(tmp_path, {"README.md": "# App\n", **files})
    assert r.gpu == gpu
    if gpu == "optional":
        assert any("without a GPU beside its GPU variant" in e.detail for e in r.evidence)


def test_cuda_targets_the_default_target_does_not_build_are_optional(tmp_path):
    mk = ("NVCC = nvcc\n\nall: serial openmp\n\nserial: a.cc\n\t$(CXX) -o a a.cc\n\ncuda: stencil-cuda\n\n"
          "stencil-cuda: s.cu\n\t$(NVCC) -o s s.cu\n")
    r = _write(tmp_path / "a", {"Cxx11/Makefile": mk})
    assert r.gpu == "optional" and dict(r.shapes)["with a GPU"] == "gpus>=1 gpu_vendor=nvidia"
    # must not fire: the default target builds the CUDA code
    assert _write(tmp_path / "b", {"Makefile": NVCC_MAKEFILE}).gpu == "required"


@pytest.mark.parametrize("sentence", [
    "The environment is defined in `BarkourEnv`, and joystick policies train in 6 minutes on an A100 GPU.",
    "Example output of test with RTX 3090.",
    "- Training time is ~7h11m in 32 V100 GPUs.",
])
def test_a_timing_names_the_setup_used_not_a_need(sentence):
    got = _said(sentence)
    assert got and all(st.gpu is None for st in got)
    assert all("recommended" in st.reading for st in got if (st.term or "").startswith(("gpus", "gpu_memory")))


def test_a_timing_with_a_need_word_is_still_a_need():
    got = _said("Training requires 8 A100 GPUs and takes 3 days.")
    assert "gpus>=8" in {st.term for st in got} and {st.gpu for st in got} == {"required"}


def test_the_timed_setup_still_gives_the_count_when_nothing_states_one(tmp_path):
    readme = ("# DETR\n\nA single epoch takes 28 minutes, so 300 epoch training takes around 6 days on a single "
              "machine with 8 V100 cards.\n\n```\nFROM x\n```\n")
    r = _write(tmp_path, {"README.md": readme, "Dockerfile": "FROM pytorch/pytorch:1.5-cuda10.1-cudnn7-runtime\n"})
    assert r.gpu == "required" and "gpus>=8" in r.text


def test_a_quoted_error_message_is_not_the_authors_statement():
    assert _said("Note: Some user reports ``ValueError: fp16 mixed precision requires a GPU`` is occurred.") == []
    # must not fire: a short code span (a flag) stays part of the sentence
    assert "gpus>=1" in {st.term for st in _said("Use `--gpus 0,` to train on a single GPU, which is required.")}


@pytest.mark.parametrize(("sentence", "terms"), [
    ("For GPUs with less than 10GB VRAM, using fp8 format T5XXL checkpoints is recommended.", set()),
    ("If your GPU has under 8 GB of VRAM, lower the batch size.", set()),
    # must not fire: a floor
    ("Training requires a GPU with at least 10GB VRAM.", {"gpu_memory>=10GB"}),
])
def test_an_upper_bound_is_a_condition_not_a_need(sentence, terms):
    assert {st.term for st in _said(sentence) if (st.term or "").startswith("gpu_memory")} == terms


def test_gpus_with_approximate_memory_each_is_gpu_memory_not_ram():
    terms = {st.term for st in _said("Finetuning the falcon-7b model requires at least 8 GPUs with ~40 GB memory "
                                     "each.")}
    assert "gpu_memory>=40GB" in terms and not any(t.startswith("ram") for t in terms)


def test_a_one_gpu_way_beside_launch_commands_is_the_least(tmp_path):
    readme = ("# Det\n\nSingle GPU training\n\n```shell\npython train.py --device 0\n```\n\nMultiple GPU training\n\n"
              "```shell\npython -m torch.distributed.launch --nproc_per_node 4 train.py --device 0,1,2,3\n```\n")
    r = _write(tmp_path / "a", {"README.md": readme, "Dockerfile": CUDA_IMAGE})
    assert "gpus>=1" in r.text.split()
    # must not fire: without the one-GPU way the least launch command stays
    multi = readme.replace("Single GPU training", "Training").replace("python train.py --device 0\n", "")
    assert "gpus>=4" in _write(tmp_path / "b", {"README.md": multi, "Dockerfile": CUDA_IMAGE}).text.split()


def test_an_html_table_with_a_required_gpu_column(tmp_path):
    table = ("# Models\n\n<table>\n  <tr>\n    <th>Model</th>\n    <th>Required GPU</th>\n  </tr>\n  <tr>\n"
             "    <td>big</td>\n    <td>80Gx16</td>\n  </tr>\n  <tr>\n    <td>small</td>\n    <td>12G</td>\n"
             "  </tr>\n</table>\n\nServe it.\n")
    r = _write(tmp_path / "a", {"README.md": table})
    assert dict(r.shapes)["with a GPU"] == "gpus>=1 gpu_memory>=12GB"
    assert any(e.line == 14 and "smallest of the table" in e.detail for e in r.evidence)
    # must not fire: a table with no GPU column is data
    plain = table.replace("Required GPU", "Parameters")
    assert _write(tmp_path / "b", {"README.md": plain}).gpu == "none"


def test_use_volta32_asks_for_32gb_v100s(tmp_path):
    doc = ("# Pretrain\n\nRun on 8 nodes with 8 V100 GPUs each:\n\n```\npython submitit_pretrain.py \\\n"
           "    --nodes 8 \\\n    --use_volta32 \\\n```\n")
    r = _write(tmp_path / "a", {"PRETRAIN.md": doc})
    assert "gpu_memory>=32GB" in r.text.split()
    assert "gpu_memory>=16GiB" in _write(tmp_path / "b", {"PRETRAIN.md": doc.replace("--use_volta32", "--x")}).text


@pytest.mark.parametrize(("sentence", "disk"), [
    ("To run the pipeline you will need Linux, CWL, and about 30GB of supplemental data.", {"disk>=30GB"}),
    # must not fire: a data size without a need word (what a model was trained on)
    ("The model was pretrained on 800GB of input data.", set()),
])
def test_data_the_run_needs_is_disk(sentence, disk):
    assert {st.term for st in _said(sentence) if (st.term or "").startswith("disk")} == disk


def test_a_launchers_gpu_flag_in_a_documented_command_is_a_count(tmp_path):
    readme = ("# Train\n\n```bash\npython train.py --num-gpus 8\npython train.py --num-gpus 2\n```\n")
    assert "gpus>=2" in _write(tmp_path / "a", {"README.md": readme, "Dockerfile": CUDA_IMAGE}).text.split()
    # "--gpus 0," lists device indices (one GPU: index 0), not a count of zero nor of two; the singular "--gpu 1" is
    # often an index: no count
    idx = "# Train\n\n```bash\npython main.py --gpus 0,\n```\n"
    r = _write(tmp_path / "b", {"README.md": idx, "Dockerfile": CUDA_IMAGE})
    assert "gpus>=1" in r.text.split() and not any("launch command" in e.detail and "gpus>=0" in e.detail
                                                     for e in r.evidence)
    single = _write(tmp_path / "c", {"README.md": "# Train\n\n```bash\npython main.py --gpu 1\n```\n",
                                     "Dockerfile": CUDA_IMAGE})
    assert not any("launch command" in e.detail for e in single.evidence)


def test_a_zero_gpu_flag_in_the_prose_documents_a_cpu_run(tmp_path):
    readme = ("# Course\n\nIf you're on a local laptop, a reasonable configuration would be `--num-workers 6 "
              "--cpu-per-worker 1 --gpu-per-worker 0`.\n\n```bash\npython train.py \\\n    --gpu-per-worker 1\n```\n")
    r = _write(tmp_path / "a", {"README.md": readme})
    assert r.gpu == "optional" and dict(r.shapes)["with a GPU"] == "gpus>=1"
    # must not fire: the GPU run alone
    assert _write(tmp_path / "b", {"README.md": readme.split("If you")[0] + "```bash\npython train.py "
                                   "--gpu-per-worker 1\n```\n"}).gpu == "required"
