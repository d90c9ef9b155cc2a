"""The rules added when tests/needs_corpus17 was tuned on (after it was measured once, held out, and after
tests/needs_corpus18 was built and measured with the scanner frozen before this tuning), 2026-12-04 (tenth session).
Each rule with a case where it must not fire."""

from __future__ import annotations

from envboot.data.repo_needs._common import fence_change
from envboot.data.repo_needs.prose import sentence_statements

from .repo_fixture import need_text as _need
from .repo_fixture import write_and_scan as _write


def _terms(sentence: str) -> list[str | None]:
    return [st.term for st in sentence_statements(sentence, 1, "")]


def test_an_inline_triple_backtick_span_opens_no_code_block(tmp_path):
    readme = ("# Tracker\n\n```pip install imageio[ffmpeg]```, then:\n```python\nimport torch\n```\n\n"
              "## Installation\n\nA GPU is required for training. We trained on 8 GPUs.\n")
    r = _write(tmp_path / "a", {"README.md": readme})
    assert (r.gpu, _need(r, "gpus")) == ("required", "gpus>=8")
    assert [fence_change("```python", ""), fence_change("```python", "```"), fence_change("```", "```")] == \
        ["```", None, ""]
    # must not fire: a real fence's body stays code ("8 GPUs" in a code block is no statement)
    r = _write(tmp_path / "b", {"README.md": "# T\n\n```text\nA GPU is required. We trained on 8 GPUs.\n```\n"})
    assert _need(r, "gpus") is None


def test_what_it_takes_in_memory_on_one_gpu_is_a_need_not_a_timing_or_a_total():
    text = "It takes 6 GB VRAM for shape generation and 16 GB for shape and texture generation in total."
    (st,) = sentence_statements(text, 1, "")
    assert (st.term, "minimum" in st.reading) == ("gpu_memory>=6GB", True)
    # must not fire: a total over GPUs; a time it takes
    assert _terms("The model needs 48 GB VRAM in total across 2 GPUs.") == ["gpu_memory>=24GB", "gpus>=2"]
    (st, *_) = sentence_statements("Training takes 3 hours on 8 A100s.", 1, "")
    assert "minimum" not in st.reading


def test_a_table_its_introduction_calls_gpu_memory_figures(tmp_path):
    readme = ("# Inpainting\n\nVideo inpainting typically requires a significant amount of GPU memory.\n\n"
              "Blow shows the estimated GPU memory requirements for different sub-video lengths:\n\n"
              "| Resolution | 50 frames | 80 frames |\n| :--- | :----: | :----: |\n"
              "| 1280 x 720 | 28G / 19G | OOM / 25G |\n| 320 x 240  | 3G  / 2G  | 4G  / 3G  |\n")
    r = _write(tmp_path / "a", {"README.md": readme})
    assert (r.gpu, _need(r, "gpus"), _need(r, "gpu_memory")) == ("required", "gpus>=1", "gpu_memory>=2GB")
    # must not fire: a table of speed-ups its introduction says saves GPU memory
    readme = ("# Tool\n\nThis saves GPU memory; the speed-up:\n\n| Model | 50 frames |\n|---|---|\n"
              "| base | 3G |\n")
    r = _write(tmp_path / "b", {"README.md": readme})
    assert _need(r, "gpu_memory") is None


def test_a_gpu_with_a_lot_of_memory_is_a_gpu_need():
    assert _terms("Video inpainting typically requires a significant amount of GPU memory.") == [None]
    (st,) = sentence_statements("Training needs a lot of VRAM.", 1, "")
    assert st.gpu == "required"
    assert _terms("You will need a GPU with a significant amount of memory (24GB).") == \
        ["gpus>=1", "gpu_memory>=24GB"]
    # must not fire: memory a trick reduces
    assert not sentence_statements("This trick reduces the large amount of GPU memory needed.", 1, "")


def test_memory_said_of_the_gpus_a_few_words_back_is_no_host_ram():
    text = "or a 65B model on a single machine with 8×RTX 3090, each with 24GB memory."
    assert "ram>=24GB" not in _terms(text)
    # must not fire: the host's RAM named as such beside a GPU
    assert "ram>=64GB" in _terms("It requires an RTX 3090 and 64GB of RAM.")


def test_a_stated_range_of_gpus_beats_the_examples_count(tmp_path):
    readme = ("# GAN\n\n## Requirements\n\n* 1&ndash;8 high-end NVIDIA GPUs with at least 12 GB of memory.\n\n"
              "## Training\n\n```bash\npython train.py --outdir=runs --gpus=8 --batch=32\n```\n")
    r = _write(tmp_path / "a", {"README.md": readme})
    assert (_need(r, "gpus"), _need(r, "gpu_memory")) == ("gpus>=1", "gpu_memory>=12GB")
    # must not fire: a count with no range beside the same command
    r = _write(tmp_path / "b", {"README.md": readme.replace("1&ndash;8 high-end", "High-end")})
    assert _need(r, "gpus") == "gpus>=8"


def test_a_gpu_with_a_minimum_memory_is_one_gpu():
    assert _terms("If running on a device with an NVIDIA GPU with more than 16GB VRAM") == \
        ["gpus>=1", "gpu_memory>=16GB", "gpu_vendor=nvidia"]
    # must not fire: GPUs (plural) with a memory
    assert "gpus>=1" not in _terms("Use GPUs with at least 16GB VRAM.")


def test_a_host_it_is_possible_to_run_on_is_no_minimum():
    (st,) = sentence_statements("It is possible to run a 3 node cluster on a laptop with 8GB of RAM.", 1, "")
    assert st.term == "ram>=8GB" and "minimum" not in st.reading
    # must not fire: a requirement
    (st,) = sentence_statements("It is possible to run it, but it requires at least 8GB of RAM.", 1, "")
    assert "minimum" in st.reading


def test_list_items_under_different_parents_are_roles_not_alternatives(tmp_path):
    readme = ("# Deploy\n\nHardware requirements:\n\n- Control Plane\n  - Memory: 2 GB\n- Worker Node\n"
              "  - Memory: 1 GB\n")
    r = _write(tmp_path / "a", {"README.md": readme})
    assert _need(r, "ram") == "ram>=2GB"
    # must not fire: siblings under one parent are alternatives (the least kept)
    readme = "# Run\n\nIt runs on:\n\n- PCs with at least 16GB RAM\n- Servers with at least 32GB RAM\n"
    r = _write(tmp_path / "b", {"README.md": readme})
    assert _need(r, "ram") == "ram>=16GB"


def test_compose_files_named_for_a_variant_are_compose_files(tmp_path):
    gpu = ("services:\n  app:\n    image: x/app\n    deploy:\n      resources:\n        reservations:\n"
           "          devices:\n            - capabilities: [gpu]\n")
    cpu = "services:\n  app:\n    image: x/app\n"
    r = _write(tmp_path / "a", {"README.md": "# App\n", "demo/doc/docker-compose-web-with-gpu.yml": gpu,
                                "demo/doc/docker-compose-web-with-cpu.yml": cpu})
    assert r.gpu == "optional"
    # must not fire: the GPU variant alone
    r = _write(tmp_path / "b", {"README.md": "# App\n", "demo/doc/docker-compose-web-with-gpu.yml": gpu})
    assert r.gpu == "required"


def test_a_count_after_if_we_use_is_an_illustration():
    assert not [t for t in _terms("GPT-J has 28 layers, if we use two GPUs to form a pipeline, --num-layers should "
                                  "be 14.") if t and t.startswith("gpus")]
    # must not fire: what we use
    assert _terms("We use 8 GPUs for training.") == ["gpus>=8"]


def test_a_min_gpu_column_gives_the_least_row(tmp_path):
    table = ("| Notebook | Description | Min. GPU |\n|---|---|---|\n| a | DPO | 1x A100 |\n| b | SFT | 2x A100 |\n"
             "| c | Llama 2 | 1x A10G |\n| d | Mixtral | 4x T4 |\n")
    r = _write(tmp_path / "a", {"README.md": f"# Notebooks\n\n{table}"})
    assert [_need(r, k) for k in ("gpus", "gpu_memory", "gpu_vendor")] == \
        ["gpus>=1", "gpu_memory>=24GiB", "gpu_vendor=nvidia"]
    # must not fire: a column of GPUs a benchmark was measured on
    r = _write(tmp_path / "b", {"README.md": "| Model | GPU | Speed |\n|---|---|---|\n| a | 4x T4 | 10 |\n"})
    assert _need(r, "gpu_memory") is None


def test_a_graphics_card_with_memory():
    assert "gpu_memory>=80GB" in _terms("Sequences of 4096 run on an NVIDIA A100 Graphics card with 80 GB of memory.")
    # must not fire: a card with a port
    assert not [t for t in _terms("Use a network card with 2 ports.") if t]


def test_the_top_readmes_host_figure_beats_a_sub_projects(tmp_path):
    r = _write(tmp_path / "a", {"README.md": "# Geocoder\n\n## System requirements\n\nAt least 8GB RAM is required.\n",
                                "projects/planet/README.md": "# Planet\n\n## Minimum\n\n* 48GB RAM\n"})
    assert _need(r, "ram") == "ram>=8GB"
    # must not fire: only the sub-project states it
    r = _write(tmp_path / "b", {"README.md": "# Geocoder\n",
                                "projects/planet/README.md": "# Planet\n\n## Minimum\n\n* 48GB RAM\n"})
    assert _need(r, "ram") == "ram>=48GB"


def test_cuda_support_recommended_beside_a_cpu_way():
    sts = sentence_statements("We strongly recommend installing both PyTorch and TorchVision with CUDA support, "
                              "although for small tasks CoTracker can be run on CPU.", 1, "")
    assert [(st.term, st.gpu) for st in sts] == [(None, "optional"), ("gpu_vendor=nvidia", "optional")]
    # must not fire: a CPU run alone
    assert [(st.term, st.gpu) for st in sentence_statements("It can be run on CPU.", 1, "")] == [(None, "none")]


def test_a_setup_py_that_compiles_cuda_kernels(tmp_path):
    setup = ("from setuptools import setup\nfrom torch.utils.cpp_extension import BuildExtension, CUDAExtension\n"
             "setup(name='r', ext_modules=[CUDAExtension('k', ['k.cpp', 'k_gpu.cu'])],\n"
             "      cmdclass={'build_ext': BuildExtension})\n")
    r = _write(tmp_path / "a", {"README.md": "# R\n", "setup.py": setup})
    assert (r.gpu, _need(r, "gpu_vendor")) == ("required", "gpu_vendor=nvidia")
    # must not fire: a CPU extension beside it
    r = _write(tmp_path / "b", {"README.md": "# R\n", "setup.py": setup.replace(
        "CUDAExtension('k', ['k.cpp', 'k_gpu.cu'])", "CUDAExtension('k', ['k.cu']) if cuda else CppExtension('k', "
        "['k.cpp'])")})
    assert r.gpu != "required"


def test_a_documented_commands_comment_names_its_gpus(tmp_path):
    readme = "# RL\n\n```bash\nbash main_grpo.sh  # 4xA100 80G\n```\n"
    r = _write(tmp_path / "a", {"README.md": readme, "scripts/curriculum.sh": "python x.py trainer.n_gpus_per_node=8\n",
                                "requirements.txt": "torch\n"})
    assert (_need(r, "gpus"), _need(r, "gpu_memory")) == ("gpus>=4", "gpu_memory>=80GB")
    # must not fire: a comment naming no GPU
    r = _write(tmp_path / "b", {"README.md": "# RL\n\n```bash\nbash main_grpo.sh  # 40 epochs\n```\n"})
    assert _need(r, "gpus") is None
