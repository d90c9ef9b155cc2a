"""Pinned virtual environments of their own (Blazar's, python-chi's): created on first use under the
user's cache directory, complete once a marker holds the pins' fingerprint, installed by one process
at a time (test workers and sandboxes may ask at once)."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from envboot.core.errors import EnvbootError

MARKER = ".envboot-complete"


def python(venv: Path) -> Path:
    return venv / "bin" / "python"


def fingerprint(pins: tuple[str, ...], constraints: Path) -> str:
    return " ".join(pins) + " " + hashlib.sha256(constraints.read_bytes()).hexdigest()[:16]


def ensure_venv(venv: Path, pins: tuple[str, ...], constraints: Path, what: str,
                on_progress: Callable[[str], None] | None = None, *, about: str = "") -> Path:
    """``venv``, installing ``pins`` (under ``constraints``) first if it is missing or incomplete."""
    marker, wanted = venv / MARKER, fingerprint(pins, constraints)
    if marker.exists() and marker.read_text().strip() == wanted:
        return venv
    venv.parent.mkdir(parents=True, exist_ok=True)
    from filelock import FileLock

    with FileLock(str(venv) + ".lock"):
        if marker.exists() and marker.read_text().strip() == wanted:  # another process just installed it
            return venv
        if venv.exists():
            shutil.rmtree(venv)
        if on_progress:
            on_progress(f"installing {what} into {venv} (once{', ' + about if about else ''})")
        run_checked([sys.executable, "-m", "venv", str(venv)], f"create {what}'s virtual environment")
        run_checked([str(python(venv)), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *pins,
                     "-c", str(constraints)], f"install {what} (is PyPI reachable?)")
        marker.write_text(wanted + "\n")
    return venv


def run_checked(argv: list[str], what: str) -> None:
    result = subprocess.run(argv, capture_output=True, text=True)
    if result.returncode != 0:
        tail = " | ".join(line for line in result.stderr.strip().splitlines()[-3:] if line.strip())
        raise EnvbootError(f"sandbox: could not {what}: {tail[:400]}")
