"""What an answer must say about time: a window in the past, or before the data was fetched. Pure.

Blazar's allocation list holds only reservations that had not ended when it was fetched, so any
window that starts before the fetch time is answered from incomplete data; and Blazar refuses a
start before the current minute. Neither may pass without a word.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from .model import DataInfo


def first_bookable_minute(now: datetime) -> datetime:
    """The earliest start Blazar accepts: after the current minute (it truncates now to the minute)."""
    return now.replace(second=0, microsecond=0) + timedelta(minutes=1)


def window_warnings(data: DataInfo, start: datetime, now: datetime) -> list[str]:
    """Warnings for an answer about a window starting at ``start``, given the data and the clock."""
    return [w for w in (past_warning(start, now), before_fetch_warning(data, start)) if w]


def past_warning(start: datetime, now: datetime) -> str | None:
    if start >= first_bookable_minute(now):
        return None
    return (f"the window starts in the past ({start:%Y-%m-%d %H:%M}Z; now is {now:%Y-%m-%d %H:%M}Z): "
            "Blazar will not accept a lease starting then")


def before_fetch_warning(data: DataInfo, start: datetime) -> str | None:
    if data.fetched_at is not None:
        ref, when = data.fetched_at, f"starts before the data was fetched ({data.fetched_at:%Y-%m-%d %H:%M}Z)"
    elif data.fetched_before is not None:
        ref = data.fetched_before
        when = f"may start before the data was fetched (some time before {ref:%Y-%m-%d %H:%M}Z)"
    else:
        return None
    if start >= ref:
        return None
    return (f"the window {when}: reservations that had ended by then are not in it, so nodes may be counted "
            "free that were not")


def data_warnings(data: DataInfo) -> list[str]:
    """Warnings about the data itself (independent of the window)."""
    return [f"node types in {site} come from Blazar's host capabilities (no hardware inventory for that site)"
            for site in data.types_from_blazar] + list(data.inventory_conflicts)
