"""Time and duration parsing. Everything is UTC and, where Blazar is, exact to the minute."""

from __future__ import annotations

import os
import re
from datetime import UTC, datetime, timedelta

from envboot.core.errors import InputError

DEFAULT_MAX_LEASE_MINUTES = 7 * 24 * 60  # Chameleon's maximum lease: 7 days (604800 s)
BLAZAR_DATE_FORMAT = "%Y-%m-%d %H:%M"

# Times outside these bounds are refused (exit 2): Blazar stores dates in MySQL DATETIME columns
# (years 1000..9999) and refuses a start in the past, so nothing before 1970 or after 9000 is a real
# request, and window arithmetic (start + duration + search horizon) stays far from datetime's year 9999.
MIN_TIME = datetime(1970, 1, 1, tzinfo=UTC)
MAX_TIME = datetime(9000, 1, 1, tzinfo=UTC)
TIME_BOUNDS = "1970-01-01 .. 9000-01-01 UTC"

_UNIT_MINUTES = {
    "w": 7 * 24 * 60, "week": 7 * 24 * 60, "weeks": 7 * 24 * 60,
    "d": 24 * 60, "day": 24 * 60, "days": 24 * 60,
    "h": 60, "hr": 60, "hrs": 60, "hour": 60, "hours": 60,
    "m": 1, "min": 1, "mins": 1, "minute": 1, "minutes": 1,
}
_PART_RE = re.compile(r"(\d+(?:\.\d+)?|\.\d+)\s*([a-z]+)", re.IGNORECASE | re.ASCII)
_DURATION_RE = re.compile(r"^(?:\s*(?:\d+(?:\.\d+)?|\.\d+)\s*[a-z]+)+\s*$", re.IGNORECASE | re.ASCII)
_CLOCK_RE = re.compile(r"^(?:(today|tomorrow)\s+)?(\d{1,2}):(\d{2})$", re.IGNORECASE | re.ASCII)
_RELATIVE_RE = re.compile(r"^(?:now\s*)?([+-])\s*(.+)$", re.IGNORECASE)
TIME_HELP = ("'YYYY-MM-DD HH:MM' (UTC), ISO 8601, now, now+2h, +30m, today 18:00, tomorrow 10:00, "
             "or 20:00 (the next one)")
DURATION_HELP = "minutes (120) or 90m, 90min, 2h, 1.5h, 1h30m, 1d, 1w"


def utcnow() -> datetime:
    """The wall clock. Only :func:`clock` (envboot's "now") and records of real events read it."""
    return datetime.now(UTC)


def clock(now: str | datetime | None = None) -> datetime:
    """envboot's "now", read in this one place: ``--now`` (given here), else ``ENVBOOT_NOW``, else the
    wall clock. Every command and MCP tool takes "now" from here, so a replay answers as of that time."""
    if isinstance(now, datetime):
        return to_utc(now)
    text = now if now is not None and now.strip() else os.environ.get("ENVBOOT_NOW", "")
    if not text.strip():
        return utcnow()
    return parse_time(text, what="--now" if now is not None else "ENVBOOT_NOW", now=utcnow())


def check_bounds(value: datetime, *, what: str, text: object = None) -> datetime:
    if not MIN_TIME <= value <= MAX_TIME:
        shown = _shorten(text) if text is not None else iso_z(value)
        raise InputError(f"{what}: {shown!r} is outside the times Blazar accepts ({TIME_BOUNDS})")
    return value


def parse_time(text: str, *, what: str = "time", now: datetime | None = None) -> datetime:
    """Parse a user-given time into an aware UTC datetime.

    Accepts ``YYYY-MM-DD HH:MM``, ISO 8601 with or without seconds, with fractions, with ``Z``
    or an offset; and, relative to ``now`` (default: :func:`clock`): ``now``, ``now+2h``, ``+30m``,
    ``now-1d``, ``today 18:00``, ``tomorrow 10:00`` and a bare ``20:00`` (the next 20:00 from now).
    A time without a zone is UTC. Times outside :data:`TIME_BOUNDS` are refused.
    """
    if not isinstance(text, str):
        raise InputError(f"{what}: expected a time string, got {type(text).__name__}")
    raw = " ".join(text.split())
    bad = f"{what}: cannot parse {_shorten(text)!r}; use {TIME_HELP}"
    if len(raw) > 64 or not raw:
        raise InputError(bad)
    lowered = raw.lower()
    if lowered == "now" or _RELATIVE_RE.match(raw) or _CLOCK_RE.match(raw):
        base = to_utc(now) if now is not None else clock()
        return check_bounds(_relative(raw, lowered, base, what=what, bad=bad), what=what, text=text)
    candidate = raw[:-1] + "+00:00" if raw[-1:] in ("Z", "z") else raw
    try:
        value = datetime.fromisoformat(candidate)
    except ValueError:
        raise InputError(bad) from None
    if "T" not in candidate.upper() and " " not in candidate and len(candidate) <= 10:
        raise InputError(f"{what}: {_shorten(text)!r} has no time of day; use 'YYYY-MM-DD HH:MM'")
    try:
        return check_bounds(to_utc(value), what=what, text=text)
    except OverflowError:
        raise InputError(f"{what}: {_shorten(text)!r} is outside the times Blazar accepts ({TIME_BOUNDS})") from None


def _relative(raw: str, lowered: str, base: datetime, *, what: str, bad: str) -> datetime:
    if lowered == "now":
        return base
    rel = _RELATIVE_RE.match(raw)
    if rel:
        minutes = _duration_minutes(rel.group(2), what=what)
        if minutes is None:
            raise InputError(bad)
        try:
            return base + timedelta(minutes=minutes if rel.group(1) == "+" else -minutes)
        except OverflowError:
            raise InputError(f"{what}: {_shorten(raw)!r} is outside the times Blazar accepts ({TIME_BOUNDS})") from None
    m = _CLOCK_RE.match(raw)
    assert m is not None
    hour, minute = int(m.group(2)), int(m.group(3))
    if hour > 23 or minute > 59:
        raise InputError(bad)
    day = base.replace(hour=hour, minute=minute, second=0, microsecond=0)
    word = (m.group(1) or "").lower()
    if word == "tomorrow":
        return day + timedelta(days=1)
    if word == "" and day < base:  # a bare HH:MM is the next one
        return day + timedelta(days=1)
    return day


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


def _duration_minutes(text: str, *, what: str) -> int | None:
    """Whole minutes from ``120``, ``90m``, ``90min``, ``2h``, ``1.5h``, ``1h30m``, ``1d``, ``1w``; None if
    it is not a duration."""
    raw = text.strip()
    if len(raw) > 32 or not raw:
        return None
    if raw.isascii() and raw.isdigit():
        return int(raw)
    if not _DURATION_RE.match(raw):
        return None
    total = 0.0
    for number, unit in _PART_RE.findall(raw):
        factor = _UNIT_MINUTES.get(unit.lower())
        if factor is None:
            return None
        total += float(number) * factor
    if abs(total - round(total)) > 1e-6:
        raise InputError(f"{what}: {_shorten(text)!r} is {total:g} minutes; Blazar counts whole minutes")
    return int(round(total))


def parse_duration(text: str | int, *, max_minutes: int = DEFAULT_MAX_LEASE_MINUTES, what: str = "duration") -> int:
    """Minutes from ``120``, ``90m``, ``90min``, ``2h``, ``1.5h``, ``1h30m``, ``1d`` or ``1w``;
    1 minute .. ``max_minutes``."""
    if isinstance(text, bool):
        raise InputError(f"{what}: expected {DURATION_HELP}, got {text!r}")
    if isinstance(text, int):
        minutes = text
    else:
        parsed = _duration_minutes(str(text), what=what)
        if parsed is None:
            raise InputError(f"{what}: cannot parse {_shorten(text)!r}; use {DURATION_HELP}")
        minutes = parsed
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
    value = to_utc(value).replace(tzinfo=None)  # isoformat pads the year to 4 digits (strftime does not)
    return value.isoformat(timespec="microseconds" if value.microsecond else "seconds") + "Z"


def duration_text(minutes: int) -> str:
    """A duration as ``envboot`` parses it: ``1d``, ``2h`` or ``90m``."""
    if minutes % 1440 == 0:
        return f"{minutes // 1440}d"
    if minutes % 60 == 0:
        return f"{minutes // 60}h"
    return f"{minutes}m"


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
