from __future__ import annotations

import io
import shutil
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest

from envboot.core.settings import BUNDLED_SNAPSHOT

REPO = Path(__file__).resolve().parent.parent

# Variables the CLI reads; tests start from a clean slate so the caller's shell cannot leak in.
ENV_VARS = ("ZONE", "DESIRED_START", "DURATION_MIN", "AMOUNT", "RESOURCE_TYPE", "NODE_TYPE", "DRY_RUN", "ENVBOOT_DATA",
            "ENVBOOT_CLEANING_TIME", "ENVBOOT_MAX_LEASE_MINUTES", "OS_REGION_NAME", "ENVBOOT_NOW")


@pytest.fixture(scope="session", autouse=True)
def shared_corpus_scans(request, tmp_path_factory):
    """Under xdist, each corpus copy is scanned once per session, not once per worker that runs its tests."""
    if hasattr(request.config, "workerinput"):
        from .needs_corpus_score import share_scans

        share_scans(tmp_path_factory.getbasetemp().parent / "needs-corpus-scans")


@pytest.fixture(autouse=True)
def clean_env(monkeypatch, tmp_path):
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)
    # no live data unless a test makes some (read commands default to it when it exists)
    monkeypatch.setenv("ENVBOOT_LIVE_DATA", str(tmp_path / "no-live-data"))


@pytest.fixture
def bundled() -> Path:
    return BUNDLED_SNAPSHOT


@pytest.fixture
def bundled_copy(tmp_path) -> Path:
    """A writable copy of the bundled snapshot (to break files in)."""
    dest = tmp_path / "snap"
    shutil.copytree(BUNDLED_SNAPSHOT, dest)
    return dest


@dataclass
class Result:
    code: int
    out: str
    err: str


def run_main(main, argv: list[str]) -> Result:
    out, err = io.StringIO(), io.StringIO()
    code = 0
    with redirect_stdout(out), redirect_stderr(err):
        try:
            main(argv)
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    return Result(code, out.getvalue(), err.getvalue())


@pytest.fixture
def envboot():
    """Run the envboot CLI in-process: ``envboot(["zones", "-f", "json"])`` -> Result."""
    from envboot.interfaces.cli.app import main

    return lambda argv: run_main(main, argv)
