"""Whole minutes since the epoch: the unit every kind's exact engine counts in (Blazar's minute). Pure."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def to_minute(value: datetime) -> int:
    """Floor an aware datetime to whole minutes since the epoch."""
    return math.floor((value - EPOCH).total_seconds() / 60)


def to_minute_ceil(value: datetime) -> int:
    return math.ceil((value - EPOCH).total_seconds() / 60)


def from_minute(minute: int) -> datetime:
    return EPOCH + timedelta(minutes=minute)
