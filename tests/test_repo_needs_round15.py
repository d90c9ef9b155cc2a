"""The rules added when tests/needs_corpus15 was tuned on (after it was measured once, held out, and after
tests/needs_corpus16 was built and its scanner frozen), 2026-12-03 (ninth session). Each rule with a case where it
must not fire."""

from __future__ import annotations

from envboot.data.repo_needs.prose import sentence_statements

from .repo_fixture import need_text as _need
from .repo_fixture import write_and_scan as _write


def _terms(sentence: str) -> list[str | None]:
    return [st.term for st in sentence_statements(sentence, 1, "")]


def test_do_not_need_a_gpu_is_no_gpu_need():
    for text in ("You do not need a GPU.", "In this deployment, you don't need an GPU environment."):
        (st,) = sentence_statements(text, 1, "")
        assert (st.term, st.gpu in ("none", "optional")) == (None, True), text
    # must not fire: the need itself; what a part of the system does not need
    (st,) = sentence_statements("In this deployment, you need an GPU environment.", 1, "")
    assert (st.term, st.gpu) == ("gpus>=1", "required")
    assert not sentence_statements("The other two run as CPU servers and do not need GPUs.", 1, "")


def test_a_count_times_memory_multi_gpu_system():
    assert _terms("To run inference with 16-bit precision, a minimum of 4 x 80GB multi-GPU system is required.") \
        == ["gpus>=4", "gpu_memory>=80GB"]
    # must not fire: a host's memory ("a 2 x 64GB system" names no GPU)
    assert "gpus>=2" not in _terms("It runs on a 2 x 64GB system.")


def test_the_smallest_host_it_runs_on_is_a_minimum_and_how_far_it_scales_is_none():
    text = ("Dragonfly optimizes the use of underlying hardware, allowing it to run efficiently on instances as small "
            "as 8GB, and scale vertically to large 2TB machines with 128 cores.")
    assert _terms(text) == ["ram>=8GB"]
    # must not fire: a need after "scale"
    assert _terms("To scale well it needs 16 cores.") == ["cpus>=16"]


def test_a_host_a_throughput_or_an_own_run_is_quoted_for_is_no_minimum():
    for text in ("We would still expect to reach around 1M+ qps on instances with 16-32 vCPUs.",
                 'I run "debug populate" on both engines on my home machine "AMD Ryzen 5 3400G with 8 cores".'):
        (st,) = sentence_statements(text, 1, "")
        assert "minimum" not in st.reading and "recommended" in st.reading, text
    (st,) = sentence_statements("The server needs 16 vCPUs.", 1, "")
    assert "minimum" in st.reading


def test_a_prerequisites_page_at_any_depth_is_read(tmp_path):
    page = "# Prerequisites\n\nIf you only use API proxy models, **no GPU is required**. You can run on a CPU.\n"
    r = _write(tmp_path / "a", {"README.md": "# App\n", "docs/docs/getting-started/prerequisites.md": page,
                                "requirements.txt": "torch\n"})
    assert any(e.file.endswith("prerequisites.md") for e in r.evidence)
    # must not fire: another page that deep
    r = _write(tmp_path / "b", {"README.md": "# App\n", "docs/docs/blog/post.md": page})
    assert not any(e.file.endswith("post.md") for e in r.evidence)


_HOST_TABLE = ("# Setup\n\n## System resources\n\n| Deployment Type | CPU | RAM | Disk |\n|---|---|---|---|\n"
               "| **API proxy only** | 2 cores | 4 GB | 10 GB |\n| **Local 7B model** | 4 cores | 16 GB | 30 GB |\n")


def test_a_host_tables_least_row(tmp_path):
    r = _write(tmp_path / "a", {"README.md": _HOST_TABLE})
    assert [_need(r, k) for k in ("cpus", "ram", "disk")] == ["cpus>=2", "ram>=4GB", "disk>=10GB"]
    assert {e.line for e in r.evidence if e.need} == {7}
    # must not fire: a table of results with one host column only
    r = _write(tmp_path / "b", {"README.md": "| Model | RAM | Accuracy |\n|---|---|---|\n| a | 16 GB | 0.9 |\n"})
    assert _need(r, "ram") is None


def test_a_requirements_tables_vram_row_and_a_vram_column_in_megabytes(tmp_path):
    table = ("| Requirement | Details |\n|---|---|\n| **NVIDIA GPU** | CUDA 12.1+ |\n"
             "| **Sufficient VRAM** | 8 GB+ for 7B models, 24 GB+ for 13B+ models |\n")
    r = _write(tmp_path / "a", {"README.md": f"# LLM app\n\n{table}"})
    assert (r.gpu, dict(r.shapes)["with a GPU"]) == ("optional", "gpus>=1 gpu_memory>=8GB")
    usage = ("| Implementation | Precision | Max. GPU memory | Max. CPU memory |\n|---|---|---|---|\n"
             "| openai/whisper | fp16 | 11325MB | 9439MB |\n| faster-whisper | fp16 | 4755MB | 3244MB |\n")
    r = _write(tmp_path / "b", {"README.md": f"# Whisper UI\n\n{usage}"})
    assert dict(r.shapes)["with a GPU"] == "gpus>=1 gpu_memory>=4755MB"
    # must not fire: a row labelled with something else
    r = _write(tmp_path / "c", {"README.md": "| Item | Details |\n|---|---|\n| Model size | 8 GB |\n"})
    assert (r.gpu, r.shapes, _need(r, "gpu_memory")) == ("none", (), None)


_GPU_COMPOSE = ("services:\n  worker:\n    image: x/llm\n    deploy:\n      resources:\n        reservations:\n"
                "          devices:\n            - driver: nvidia\n              capabilities: [gpu]\n")
_CPU_COMPOSE = "services:\n  web:\n    image: x/web\n    ports:\n      - 5670:5670\n"


def test_a_gpu_compose_example_beside_a_default_compose_without_one_is_optional(tmp_path):
    r = _write(tmp_path / "a", {"README.md": "# App\n", "docker-compose.yml": _CPU_COMPOSE,
                                "docker/compose_examples/cluster-docker-compose.yml": _GPU_COMPOSE})
    assert r.gpu == "optional"
    # must not fire: the GPU compose is the repository's own deployment (not an example)
    r = _write(tmp_path / "b", {"README.md": "# App\n", "docker-compose.yml": _CPU_COMPOSE,
                                "deploy/gpu-compose.yml": _GPU_COMPOSE})
    assert r.gpu == "required"


_CONDA = "name: fold\nchannels:\n  - pytorch\n  - nvidia\ndependencies:\n  - python=3.8\n  - cudatoolkit=11.1\n"


def test_a_conda_file_by_its_content_and_a_scripts_resource_defaults(tmp_path):
    script = ('#!/bin/bash\nCPU="8"  # number of CPUs to use\nMEM="64" # max memory (in GB)\n'
              'hhblits -cpu $CPU -maxmem $MEM\n')
    r = _write(tmp_path / "a", {"README.md": "# Fold\n", "Fold-linux.yml": _CONDA, "run_pipeline.sh": script})
    assert (r.gpu, _need(r, "gpu_vendor"), _need(r, "cpus"), _need(r, "ram")) == (
        "required", "gpu_vendor=nvidia", "cpus>=8", "ram>=64GB")
    # must not fire: a YAML that is no conda file; variables whose comments say no resource
    other = '#!/bin/bash\nCPU_ARCH="8"  # the target generation\nMEM="64" # cache entries\n'
    r = _write(tmp_path / "b", {"README.md": "# Fold\n", "fold.yml": "dependencies:\n  - cudatoolkit\n",
                                "run.sh": other})
    assert (r.gpu, _need(r, "cpus"), _need(r, "ram")) == ("none", None, None)
