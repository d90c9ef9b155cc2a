"""python-chi's own virtual environment (Chameleon's client, used to prove the sandbox with it):
created on first use under the user's cache directory, every package pinned.

python-chi 1.2.10 needs ``chameleon-blazarclient`` (Chameleon's fork of python-blazarclient, which
installs the same ``blazarclient`` module) but does not declare it; with the upstream client,
``host.list_allocations`` is missing. The two cannot share envboot's environment (envboot uses the
upstream client), hence a venv of its own, like Blazar's (``blazar_venv``).
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import platformdirs

from envboot.core.errors import EnvbootError
from envboot.sandbox.venvs import MARKER, ensure_venv, python  # noqa: F401 - re-exported

PINS = ("python-chi==1.2.10", "chameleon-blazarclient==3.6.5")
CONSTRAINTS = Path(__file__).resolve().parent / "pychi-constraints.txt"
DRIVER = Path(__file__).resolve().parent / "pychi_driver.py"


def venv_dir(env: dict[str, str] | None = None) -> Path:
    env = dict(os.environ) if env is None else env
    if env.get("ENVBOOT_PYCHI_VENV"):
        return Path(env["ENVBOOT_PYCHI_VENV"])
    return Path(platformdirs.user_cache_dir("envboot")) / "python-chi-1.2.10-py311"


def ensure(venv: Path | None = None, *, on_progress=None) -> Path:
    """The venv's path, installing it first if it is missing or incomplete (about 40 s, 500 MB, once)."""
    return ensure_venv(venv or venv_dir(), PINS, CONSTRAINTS, "python-chi 1.2.10", on_progress,
                       about="about 40 s")


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
