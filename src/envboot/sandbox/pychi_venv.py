"""python-chi's own virtual environment (Chameleon's client, used to prove the sandbox with it):
created on first use under the user's cache directory, every package pinned.

python-chi 1.2.10 needs ``chameleon-blazarclient`` (Chameleon's fork of python-blazarclient, which
installs the same ``blazarclient`` module) but does not declare it; with the upstream client,
``host.list_allocations`` is missing. The two cannot share envboot's environment (envboot uses the
upstream client), hence a venv of its own, like Blazar's (``blazar_venv``).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import platformdirs

from ..errors import EnvbootError
from .blazar_venv import _run

PINS = ("python-chi==1.2.10", "chameleon-blazarclient==3.6.5")
CONSTRAINTS = Path(__file__).resolve().parent / "pychi-constraints.txt"
DRIVER = Path(__file__).resolve().parent / "pychi_driver.py"
MARKER = ".envboot-complete"


def venv_dir(env: dict[str, str] | None = None) -> Path:
    env = dict(os.environ) if env is None else env
    if env.get("ENVBOOT_PYCHI_VENV"):
        return Path(env["ENVBOOT_PYCHI_VENV"])
    return Path(platformdirs.user_cache_dir("envboot")) / "python-chi-1.2.10-py311"


def python(venv: Path) -> Path:
    return venv / "bin" / "python"


def ensure(venv: Path | None = None, *, on_progress=None) -> Path:
    """The venv's path, installing it first if it is missing or incomplete (about 40 s, 500 MB, once)."""
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
        on_progress(f"installing python-chi 1.2.10 into {venv} (once, about 40 s)")
    _run([sys.executable, "-m", "venv", str(venv)], "create python-chi's virtual environment")
    _run([str(python(venv)), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *PINS,
          "-c", str(CONSTRAINTS)], "install python-chi (is PyPI reachable?)")
    (venv / MARKER).write_text(_fingerprint() + "\n")
    return venv


def run(venv: Path, env: dict[str, str], steps: list[dict], timeout: float = 120) -> list[dict]:
    """Run ``steps`` through python-chi (``pychi_driver.py`` in its venv); one JSON result per step.

    ``env`` is the whole environment (the ``OS_*`` variables of an OpenRC file). A failed step is
    returned as ``{"error": ...}`` by the driver; a driver that crashes raises here."""
    import json

    result = subprocess.run([str(python(venv)), str(DRIVER)], input=json.dumps(steps), env=env,
                            capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0:
        raise EnvbootError(f"python-chi driver exited {result.returncode}: {result.stderr.strip()[-2000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def _fingerprint() -> str:
    return " ".join(PINS) + " " + hashlib.sha256(CONSTRAINTS.read_bytes()).hexdigest()[:16]
