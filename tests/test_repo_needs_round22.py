"""The rules added when tests/needs_corpus22 was tuned on (after it was measured, held out; tests/needs_corpus23 was
measured with the scanner frozen before this tuning), 2026-12-06 (eleventh session). Each rule with a case where it
must not fire."""

from __future__ import annotations

from .repo_fixture import need_text as _need
from .repo_fixture import write_and_scan as _write


def test_an_optional_acceleration_is_no_gpu_requirement(tmp_path):
    readme = ("# m\n\nPrebuilt binaries: Metal on Apple Silicon; CUDA or CPU on Linux. Optional cuTile acceleration "
              "requires NVIDIA's separately installed `tileiras` tool.\n")
    r = _write(tmp_path / "a", {"README.md": readme})
    assert r.gpu == "optional"
    # must not fire: a requirement
    r = _write(tmp_path / "b", {"README.md": "# m\n\nInference requires an NVIDIA GPU.\n"})
    assert r.gpu == "required"


def test_a_translated_readme_is_read_in_the_original(tmp_path):
    files = {"README.md": "# a\n\nRun a 70B model on a single 4GB GPU card.\n",
             "README_ja.md": "# a\n\n2xA100 40GBでテストしましたが、上記のスクリプトはシームレスに動作します。\n"}
    r = _write(tmp_path / "a", files)
    assert _need(r, "gpus") == "gpus>=1"
    # must not fire: a translation alone is the repository's README
    r = _write(tmp_path / "b", {"README_ja.md": files["README_ja.md"]})
    assert _need(r, "gpus") == "gpus>=2"
