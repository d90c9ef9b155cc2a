"""The rules added when tests/needs_corpus13 was tuned on (after it was measured once, held out), 2026-12-03
(seventh session). Each rule with a case where it must not fire."""

from __future__ import annotations

from .repo_fixture import need_text as _need
from .repo_fixture import write_and_scan as _write


def test_one_part_said_cpu_only_is_no_cpu_way_for_the_repository(tmp_path):
    r = _write(tmp_path / "a", {"README.md": "# Serve\n\nDistServe requires at least two GPUs to play with.\n",
                                "evaluation/docs/README-AE.md": "# Evaluation\n\nThe ablation study is CPU-only.\n"})
    assert (r.gpu, _need(r, "gpus")) == ("required", "gpus>=2")
    assert [e.where for e in r.evidence] == ["README.md:3"]  # nothing read from the part said CPU-only
    # must not fire: the tool itself said CPU-only is a CPU way
    r = _write(tmp_path / "b", {"README.md": "# Tool\n\nThe tool is CPU-only.\n"})
    assert r.gpu == "none"


def test_docs_contributing_is_not_read_for_the_use(tmp_path):
    r = _write(tmp_path / "a", {"README.md": "# Cells\n",
                                "docs/contributing.md": "# Contributing\n\nTests run on the CPU or GPU.\n"})
    assert r.gpu == "none"
    # must not fire: another page directly in docs/ is read
    r = _write(tmp_path / "b", {"README.md": "# Cells\n", "docs/usage.md": "# Usage\n\nIt runs on the CPU or GPU.\n"})
    assert r.gpu == "optional"


def test_a_setting_recommended_for_gpu_workloads_is_no_gpu_advised(tmp_path):
    r = _write(tmp_path / "a", {"README.md": "# Cells\n\nIt requires an NVIDIA GPU.\n\n* `threads_per_worker=1` is "
                                "recommended for GPU workloads.\n"})
    assert r.gpu == "required"
    # must not fire: a GPU recommended outright
    r = _write(tmp_path / "b", {"README.md": "# Cells\n\nA GPU is recommended for large datasets.\n"})
    assert r.gpu == "optional"


def test_an_example_jobs_request_yields_to_the_documented_minimum(tmp_path):
    quick = "Quickstart\n==========\n\nYou need:\n\n- a GPU with at least 24 GB HBM\n"
    job = "#!/bin/bash\n#SBATCH --gpus-per-node=4\nsrun python train.py\n"
    r = _write(tmp_path / "a", {"README.md": "# RL\n", "docs/quickstart.rst": quick,
                                "examples/slurm/ray_on_slurm.slurm": job})
    assert (_need(r, "gpus"), _need(r, "gpu_memory")) == ("gpus>=1", "gpu_memory>=24GB")
    # must not fire: the repository's own job script (not an example) states its run
    r = _write(tmp_path / "b", {"README.md": "# RL\n", "docs/quickstart.rst": quick, "scripts/train.slurm": job})
    assert _need(r, "gpus") == "gpus>=4"
