"""Blazar's own virtual environment: created on first use under the user's cache directory,
pinned (Blazar pins the whole oslo stack, which must not meet envboot's own dependencies)."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import platformdirs

from ..errors import EnvbootError

PINS = ("blazar==18.0.0", "python-blazarclient==4.6.0", "python-openstackclient==10.5.0")
CONSTRAINTS = Path(__file__).resolve().parent / "constraints.txt"
MARKER = ".envboot-complete"


def venv_dir(env: dict[str, str] | None = None) -> Path:
    env = dict(os.environ) if env is None else env
    if env.get("ENVBOOT_SANDBOX_VENV"):
        return Path(env["ENVBOOT_SANDBOX_VENV"])
    return Path(platformdirs.user_cache_dir("envboot")) / "blazar-18.0.0-py311"


def python(venv: Path) -> Path:
    return venv / "bin" / "python"


def openstack_cli(venv: Path) -> Path:
    return venv / "bin" / "openstack"


def ensure(venv: Path | None = None, *, on_progress=None) -> Path:
    """The venv's path, installing it first if it is missing or incomplete (about 30 s, once)."""
    venv = venv or venv_dir()
    marker = venv / MARKER
    if marker.exists() and marker.read_text().strip() == _fingerprint():
        return venv
    venv.parent.mkdir(parents=True, exist_ok=True)
    from filelock import FileLock

    with FileLock(str(venv) + ".lock"):  # two processes (test workers, sandboxes) may ask at once: one installs
        if marker.exists() and marker.read_text().strip() == _fingerprint():
            return venv
        return _install(venv, on_progress)


def _install(venv: Path, on_progress) -> Path:
    if venv.exists():
        shutil.rmtree(venv)
    venv.parent.mkdir(parents=True, exist_ok=True)
    if on_progress:
        on_progress(f"installing Blazar 18 into {venv} (once, about 30 s)")
    _run([sys.executable, "-m", "venv", str(venv)], "create the virtual environment")
    _run([str(python(venv)), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *PINS,
          "-c", str(CONSTRAINTS)], "install Blazar (is PyPI reachable?)")
    (venv / MARKER).write_text(_fingerprint() + "\n")
    return venv


def _fingerprint() -> str:
    return " ".join(PINS) + " " + hashlib.sha256(CONSTRAINTS.read_bytes()).hexdigest()[:16]


def _run(argv: list[str], what: str) -> None:
    result = subprocess.run(argv, capture_output=True, text=True)
    if result.returncode != 0:
        tail = " | ".join(line for line in result.stderr.strip().splitlines()[-3:] if line.strip())
        raise EnvbootError(f"sandbox: could not {what}: {tail[:400]}")
