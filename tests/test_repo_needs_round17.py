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
