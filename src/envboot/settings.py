"""Settings read from the environment (flags override them in the CLI)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError
from .timeutil import DEFAULT_MAX_LEASE_MINUTES

BUNDLED_SNAPSHOT = Path(__file__).resolve().parent / "bundled" / "chameleon-uc"
BUNDLED_REFERENCE = Path(__file__).resolve().parent / "bundled" / "reference"  # all sites' inventory
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


def data_dir(flag: Path | None, env: dict[str, str] | None = None) -> Path:
    """``--data`` beats ``ENVBOOT_DATA``; with neither, the bundled CHI@UC snapshot."""
    env = dict(os.environ) if env is None else env
    if flag is not None:
        return flag
    if env.get("ENVBOOT_DATA"):
        return Path(env["ENVBOOT_DATA"])
    return BUNDLED_SNAPSHOT


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
