"""The rules added when tests/needs_corpus18 was tuned on (after it was measured, held out, and after
tests/needs_corpus19 was built and measured with the scanner frozen before this tuning), 2026-12-04 (tenth
session). Each rule with a case where it must not fire."""

from __future__ import annotations

from .repo_fixture import need_text as _need
from .repo_fixture import write_and_scan as _write

_TABLE = ("## Hardware Requirements\n\nTo get the server up and running the following minimum hardware is required:\n\n"
          "| Type | Requirements |\n|:---|:---|\n"
          "| CPU | x86_64 only. 8-core processor minimum for testing; 16-core or above required for production |\n"
          "| Memory | 32 GB minimum; 64 GB or above required for production |\n"
          "| Disk Capacity | 250 GB minimum for testing (180 GB minimum when using multiple disks); 500 GB above |\n")


def test_a_requirements_tables_host_rows(tmp_path):
    r = _write(tmp_path / "a", {"README.md": f"# HCI\n\n{_TABLE}"})
    assert [_need(r, k) for k in ("cpus", "ram", "disk")] == ["cpus>=8", "ram>=32GB", "disk>=250GB"]
    # must not fire: the same rows in a table that is no requirements table (a comparison of products)
    r = _write(tmp_path / "b", {"README.md": "# HCI\n\n" + _TABLE.replace("| Type | Requirements |",
                                                                             "| Type | Product X |")})
    assert _need(r, "ram") is None


def test_cpu_and_gpu_as_one_machines_parts_are_no_alternatives():
    from envboot.data.repo_needs.prose import sentence_statements

    for text in ("On POWER9 where CPU and GPU are connected via NVLink, CUDA9.2 is required.",
                 "We provide ways to adjust the quota of CPU and GPU memory of the memory tracer."):
        assert not [st for st in sentence_statements(text, 1, "") if st.gpu == "optional"], text
    # must not fire: a CPU or GPU run
    (st, *_) = sentence_statements("It runs on CPU or GPU.", 1, "")
    assert st.gpu == "optional"


def test_if_you_have_sufficient_gpus_presupposes_gpus():
    from envboot.data.repo_needs.prose import sentence_statements

    assert not [st for st in sentence_statements("If you have sufficient GPUs, choose flat indexing on GPUs.", 1, "")
                if st.gpu == "optional"]
    # must not fire: which GPUs you have
    (st, *_) = sentence_statements("If you are using newer NVIDIA GPUs, you may need to rebuild.", 1, "")
    assert st.gpu == "optional"
