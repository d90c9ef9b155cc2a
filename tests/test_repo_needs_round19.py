"""The rules added when tests/needs_corpus19 was tuned on (after it was measured, held out, and after
tests/needs_corpus20 was built and measured with the scanner frozen before this tuning), 2026-12-06 (eleventh
session). Each rule with a case where it must not fire."""

from __future__ import annotations

from .repo_fixture import need_text as _need
from .repo_fixture import write_and_scan as _write


def test_a_list_its_introduction_recommends_yields_to_the_minimum_list(tmp_path):
    readme = ("# Node\n\n## Hardware Requirements\n\nMinimum:\n\n- CPU with 8 cores\n- 16GB RAM\n"
              "- 3TB free storage space to sync the Mainnet\n\nRecommended:\n\n- CPU with 16+ cores\n- 32GB+ RAM\n"
              "- High Performance SSD with at least 4TB free space\n")
    r = _write(tmp_path / "a", {"README.md": readme})
    assert [_need(r, k) for k in ("cpus", "ram", "disk")] == ["cpus>=8", "ram>=16GB", "disk>=3TB"]
    # must not fire: a recommended list alone is still the figure to go by
    r = _write(tmp_path / "b", {"README.md": "# Node\n\n## Hardware Requirements\n\nRecommended:\n\n- 32GB+ RAM\n"})
    assert _need(r, "ram") == "ram>=32GB"


def test_the_machine_a_measurement_was_made_on_is_no_need(tmp_path):
    readme = ("# k\n\n- Modest system requirements (1 vCPU, 1 GB RAM)\n\n## Memory consumption\n\n"
              "Measurement details:\n\n- Ubuntu Server 20.04\n- Hardware: AWS t3.xlarge (4 vCPUs, 16 GB RAM)\n")
    r = _write(tmp_path / "a", {"README.md": readme})
    assert (_need(r, "ram"), _need(r, "cpus")) == ("ram>=1GB", "cpus>=1")
    # must not fire: a requirements list
    r = _write(tmp_path / "b", {"README.md": "# k\n\nRequirements:\n\n- Hardware: 4 vCPUs, 16 GB RAM\n"})
    assert _need(r, "ram") == "ram>=16GB"


def test_what_building_from_source_takes_yields_to_the_runtime_figure(tmp_path):
    r = _write(tmp_path / "a", {"README.md": "# db\n\nBuilding it requires at least 8GB of memory.\n\n"
                                             "## System requirements\n\n* 4GB **ECC** RAM (per process)\n"})
    assert _need(r, "ram") == "ram>=4GB"
    # must not fire: a run's requirement
    r = _write(tmp_path / "b", {"README.md": "# db\n\nRunning it requires at least 8GB of memory.\n"})
    assert _need(r, "ram") == "ram>=8GB"


def test_gpu_memory_written_with_a_comparison_sign_and_device_memory(tmp_path):
    r = _write(tmp_path / "a", {"README.md": "# n\n\n## Hardware\n\n* NVIDIA GPU with Compute Compatibility >= 75 "
                                             "and memory > 6GB (Tested with RTX 2080 Ti), CUDA 11.3\n"})
    assert _need(r, "gpu_memory") == "gpu_memory>=6GB"
    r = _write(tmp_path / "b", {"README.md": "# h\n\nHPL for AMD GPUs with ROCm.\n\nFor testing, a device with at "
                                             "least 16GB of device memory is required.\n"})
    assert _need(r, "gpu_memory") == "gpu_memory>=16GB"
    # must not fire: host memory
    r = _write(tmp_path / "c", {"README.md": "# c\n\nA machine with memory > 6GB is required.\n"})
    assert _need(r, "gpu_memory") is None


def test_instances_named_as_alternatives_keep_the_least_count(tmp_path):
    r = _write(tmp_path / "a", {"README.md": "# t\n\nThis tutorial requires a GPU. It runs on:\n\n"
                                             "- 4xL4, 2xL4, 2xL40S, or 1x L40S instances.\n"})
    assert _need(r, "gpus") == "gpus>=1"
    # must not fire: one count
    r = _write(tmp_path / "b", {"README.md": "# t\n\nThis tutorial requires 4x L4 instances.\n"})
    assert _need(r, "gpus") == "gpus>=4"


def test_a_development_guide_is_not_the_use(tmp_path):
    files = {"README.md": "# p\n\nYou need at least one NVIDIA GPU to use p.\n",
             "docs/development.md": "# Dev\n\n- tests/unit/: fast tests. Tests that need a GPU are tagged with the "
                                    "gpu marker, the others run on CPU.\n"}
    r = _write(tmp_path / "a", files)
    assert r.gpu == "required"
    # must not fire: a usage guide in docs/
    r = _write(tmp_path / "b", files | {"docs/usage.md": files.pop("docs/development.md")})
    assert r.gpu == "optional"


def test_a_compose_gpu_reservation_is_nvidias(tmp_path):
    compose = ("services:\n  app:\n    image: x\n    deploy:\n      resources:\n        reservations:\n"
               "          devices:\n            - capabilities: [\"gpu\"]\n")
    r = _write(tmp_path / "a", {"compose.yaml": compose})
    assert _need(r, "gpu_vendor") == "gpu_vendor=nvidia"


def test_a_documentation_sites_get_started_pages_are_read(tmp_path):
    r = _write(tmp_path / "a", {"README.md": "# s\n\nA GUI.\n",
                                "documentation/docs/get-started/set-up.md": "# Set up\n\n- Have at least 128GB+ of "
                                                                             "system RAM.\n"})
    assert _need(r, "ram") == "ram>=128GB"
    # must not fire: a page elsewhere in the site
    r = _write(tmp_path / "b", {"README.md": "# s\n\nA GUI.\n",
                                "documentation/docs/concepts/set-up.md": "# Set up\n\n- Have at least 128GB+ of "
                                                                          "system RAM.\n"})
    assert _need(r, "ram") is None


def test_offloading_to_the_cpu_is_no_cpu_way():
    from envboot.data.repo_needs.prose import sentence_statements

    text = "- `native` — vLLM's built-in offloading. CPU-only uses `OffloadingConnector`; CPU+disk uses LMCache."
    assert not [st for st in sentence_statements(text, 1, "") if st.gpu in ("none", "optional")]
    # must not fire: a CPU-only mode of the tool
    (st, *_) = sentence_statements("The tool is CPU-only.", 1, "")
    assert st.gpu == "none"


def test_four_instances_for_distributed_runs_are_a_larger_option(tmp_path):
    r = _write(tmp_path / "a", {"README.md": "# t\n\nThis tutorial requires a GPU. Launchables should use:\n"
                                             "- L40S, L4, or T4 instances (for non-distributed notebooks).\n"
                                             "- 4xL4 or 2xL4 instances (for distributed notebooks).\n"})
    assert _need(r, "gpus") == "gpus>=1"
    # must not fire: non-distributed runs on two GPUs
    r = _write(tmp_path / "b", {"README.md": "# t\n\nThis tutorial requires 2xL4 instances (for non-distributed "
                                             "notebooks).\n"})
    assert _need(r, "gpus") == "gpus>=2"


def test_models_named_as_alternatives_keep_the_smallest_gpu():
    from envboot.data.repo_needs.prose import sentence_statements

    text = "You need at least one NVIDIA GPU (RTX 3090/4090, A100, H100, H200, or B200)."
    mems = [st for st in sentence_statements(text, 1, "") if (st.term or "").startswith("gpu_memory")]
    assert {st.term for st in mems if "larger alternative" not in st.reading} == {"gpu_memory>=24GiB"}
    # must not fire: models named together
    text = "It was tested on A100 and H100 GPUs."
    mems = [st for st in sentence_statements(text, 1, "") if (st.term or "").startswith("gpu_memory")]
    assert not [st for st in mems if "larger alternative" in st.reading]


def test_host_memory_figures_after_their_noun(tmp_path):
    r = _write(tmp_path / "a", {"README.md": "# g\n\n## System Requirements\n\n5. Server memory must exceed `1T` to "
                                             "ensure normal model loading.\n"})
    assert _need(r, "ram") == "ram>=1TB"
    r = _write(tmp_path / "b", {"README.md": "# f\n\nBy disabling it, the RAM requirement reduces to 35GB.\n"})
    assert _need(r, "ram") == "ram>=35GB"
    # must not fire: the GPU's memory
    r = _write(tmp_path / "c", {"README.md": "# g\n\nThe GPU memory must exceed 24GB.\n"})
    assert _need(r, "ram") is None


def test_a_sample_cut_down_to_run_on_a_laptop_says_nothing_of_a_gpu():
    # (found by the false-evidence check on the held-out corpus21, the scanner's citation against its line)
    from envboot.data.repo_needs.prose import sentence_statements

    text = "We subsampled the reads to have a feasible sized sample to run on a laptop."
    assert not [st for st in sentence_statements(text, 1, "") if st.gpu]
    # must not fire: the tool runs on a laptop
    (st, *_) = sentence_statements("It runs fine on a laptop.", 1, "")
    assert st.gpu == "none"
