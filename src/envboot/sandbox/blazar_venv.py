"""Blazar's own virtual environment: created on first use under the user's cache directory,
pinned (Blazar pins the whole oslo stack, which must not meet envboot's own dependencies)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from envboot.sandbox.venvs import MARKER, ensure_venv, python  # noqa: F401 - re-exported

PINS = ("blazar==18.0.0", "python-blazarclient==4.5.0", "python-openstackclient==10.5.0")
CONSTRAINTS = Path(__file__).resolve().parent / "constraints.txt"


def venv_dir(env: dict[str, str] | None = None) -> Path:
    env = dict(os.environ) if env is None else env
    if env.get("ENVBOOT_SANDBOX_VENV"):
        return Path(env["ENVBOOT_SANDBOX_VENV"])
    # named by its pins: a checkout with other pins gets a venv of its own instead of reinstalling this one
    return Path(platformdirs.user_cache_dir("envboot")) / "blazar-18.0.0-blazarclient-4.5.0-py311"


def openstack_cli(venv: Path) -> Path:
    return venv / "bin" / "openstack"


def ensure(venv: Path | None = None, *, on_progress=None) -> Path:
    """The venv's path, installing it first if it is missing or incomplete (about 30 s, once)."""
    return ensure_venv(venv or venv_dir(), PINS, CONSTRAINTS, "Blazar 18", on_progress, about="about 30 s")
