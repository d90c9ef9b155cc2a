"""Time and duration parsing. Everything is UTC and, where Blazar is, exact to the minute."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from .errors import InputError

DEFAULT_MAX_LEASE_MINUTES = 7 * 24 * 60  # Chameleon's maximum lease: 7 days (604800 s)
BLAZAR_DATE_FORMAT = "%Y-%m-%d %H:%M"

_DURATION_RE = re.compile(r"^\s*(\d+)\s*([mhd]?)\s*$", re.IGNORECASE)
_UNIT_MINUTES = {"": 1, "m": 1, "h": 60, "d": 24 * 60}


def utcnow() -> datetime:
    return datetime.now(UTC)


def parse_time(text: str, *, what: str = "time", now: datetime | None = None) -> datetime:
    """Parse a user-given time into an aware UTC datetime.

    Accepts ``YYYY-MM-DD HH:MM``, ISO 8601 with or without seconds, with fractions, with ``Z``
    or an offset, and ``now``. A time without a zone is UTC.
    """
    if not isinstance(text, str):
        raise InputError(f"{what}: expected a time string, got {type(text).__name__}")
    raw = text.strip()
    if raw.lower() == "now":
        return now or utcnow()
    if len(raw) > 64 or not raw:
        raise InputError(f"{what}: cannot parse {_shorten(text)!r}; use 'YYYY-MM-DD HH:MM' (UTC) or ISO 8601")
    candidate = raw[:-1] + "+00:00" if raw[-1:] in ("Z", "z") else raw
    try:
        value = datetime.fromisoformat(candidate)
    except ValueError:
        raise InputError(
            f"{what}: cannot parse {_shorten(text)!r}; use 'YYYY-MM-DD HH:MM' (UTC) or ISO 8601"
        ) from None
    if "T" not in candidate.upper() and " " not in candidate and len(candidate) <= 10:
        raise InputError(f"{what}: {_shorten(text)!r} has no time of day; use 'YYYY-MM-DD HH:MM'")
    return to_utc(value)


def to_utc(value: datetime) -> datetime:
    """Naive -> UTC; aware -> converted to UTC."""
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def parse_api_time(text: object, *, where: str) -> datetime:
    """Parse a date as Blazar prints it (naive UTC, microseconds) or any ISO 8601 form."""
    if type(text) is str and len(text) in (19, 26) and text[10] in "T ":
        try:  # fast path: Blazar's naive UTC form, the bulk of every allocation list
            return datetime.fromisoformat(text + "+00:00")
        except ValueError:
            pass
    if not isinstance(text, str):
        raise InputError(f"{where}: expected a date string, got {_shorten(text)!r}")
    raw = text.strip()
    candidate = raw[:-1] + "+00:00" if raw[-1:] in ("Z", "z") else raw
    try:
        return to_utc(datetime.fromisoformat(candidate))
    except ValueError:
        raise InputError(f"{where}: invalid date {_shorten(text)!r}") from None


def parse_duration(text: str | int, *, max_minutes: int = DEFAULT_MAX_LEASE_MINUTES, what: str = "duration") -> int:
    """Minutes from ``120``, ``90m``, ``2h`` or ``1d``; 1 minute .. ``max_minutes``."""
    if isinstance(text, bool):
        raise InputError(f"{what}: expected minutes or 90m/2h/1d, got {text!r}")
    if isinstance(text, int):
        minutes = text
    else:
        m = _DURATION_RE.match(str(text)) if len(str(text)) <= 32 else None
        if not m:
            raise InputError(f"{what}: cannot parse {_shorten(text)!r}; use minutes (120) or 90m, 2h, 1d")
        minutes = int(m.group(1)) * _UNIT_MINUTES[m.group(2).lower()]
    if minutes < 1:
        raise InputError(f"{what}: must be at least 1 minute, got {text!r}")
    if minutes > max_minutes:
        raise InputError(
            f"{what}: {minutes} min is longer than the maximum lease of {max_minutes} min "
            f"({max_minutes / 1440:g} days)"
        )
    return minutes


def floor_minute(value: datetime) -> datetime:
    return value.replace(second=0, microsecond=0)


def iso_z(value: datetime | None) -> str | None:
    """UTC ``YYYY-MM-DDTHH:MM:SSZ`` (microseconds kept only when non-zero)."""
    if value is None:
        return None
    value = to_utc(value)
    fmt = "%Y-%m-%dT%H:%M:%S.%fZ" if value.microsecond else "%Y-%m-%dT%H:%M:%SZ"
    return value.strftime(fmt)


def blazar_date(value: datetime) -> str:
    """The strict format Blazar's lease API takes (UTC, minute resolution)."""
    return to_utc(value).strftime(BLAZAR_DATE_FORMAT)


def humanize_age(seconds: float) -> str:
    seconds = int(seconds)
    sign = "-" if seconds < 0 else ""
    seconds = abs(seconds)
    days, rem = divmod(seconds, 86400)
    hours, rem = divmod(rem, 3600)
    minutes = rem // 60
    if days:
        return f"{sign}{days}d {hours}h"
    if hours:
        return f"{sign}{hours}h {minutes}m"
    return f"{sign}{minutes}m"


def _shorten(value: object, limit: int = 60) -> str:
    text = str(value)
    return text if len(text) <= limit else text[:limit] + "…"
