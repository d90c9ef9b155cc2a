"""Settings read from the environment (flags override them in the CLI)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from envboot.core.errors import InputError
from envboot.core.timeutil import DEFAULT_MAX_LEASE_MINUTES

BUNDLED_SNAPSHOT = Path(__file__).resolve().parent.parent / "bundled" / "chameleon-uc"
BUNDLED_REFERENCE = Path(__file__).resolve().parent.parent / "bundled" / "reference"  # all sites' inventory
DEFAULT_HORIZON_HOURS = 168
MAX_AMOUNT = 100_000  # more nodes than any federation has: a typo, not a request


@dataclass(frozen=True, slots=True)
class Settings:
    cleaning_minutes: int = 0
    max_lease_minutes: int = DEFAULT_MAX_LEASE_MINUTES

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Settings:
        env = dict(os.environ) if env is None else env
        return cls(
            cleaning_minutes=_int_env(env, "ENVBOOT_CLEANING_TIME", 0, minimum=0),
            max_lease_minutes=_int_env(env, "ENVBOOT_MAX_LEASE_MINUTES", DEFAULT_MAX_LEASE_MINUTES, minimum=1),
        )


def live_data_dir(env: dict[str, str] | None = None) -> Path:
    """Where ``envboot refresh`` writes: ``ENVBOOT_LIVE_DATA`` or ``<user data dir>/envboot/live``."""
    env = dict(os.environ) if env is None else env
    if env.get("ENVBOOT_LIVE_DATA"):
        return Path(env["ENVBOOT_LIVE_DATA"])
    import platformdirs

    return Path(platformdirs.user_data_dir("envboot")) / "live"


def has_live_data(directory: Path) -> bool:
    """``envboot refresh`` wrote at least one zone there (a ``<zone>/meta.json``)."""
    try:
        return any(directory.glob("*/meta.json"))
    except OSError:
        return False


def data_dir(flag: Path | None, env: dict[str, str] | None = None) -> Path:
    """``--data`` beats ``ENVBOOT_DATA``; with neither, the live data ``envboot refresh`` wrote (the live
    data directory) when there is some, else the bundled CHI@UC snapshot. Answers name the data they used."""
    env = dict(os.environ) if env is None else env
    if flag is not None:
        return flag
    if env.get("ENVBOOT_DATA"):
        return Path(env["ENVBOOT_DATA"])
    live = live_data_dir(env)
    return live if has_live_data(live) else BUNDLED_SNAPSHOT


def _int_env(env: dict[str, str], name: str, default: int, *, minimum: int) -> int:
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise InputError(f"{name}={raw!r}: expected a whole number") from None
    if value < minimum:
        raise InputError(f"{name}={raw!r}: must be >= {minimum}")
    return value
