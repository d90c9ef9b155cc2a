"""What an answer must say about time: a window in the past, or before the data was fetched. Pure.

Blazar's allocation list holds only reservations that had not ended when it was fetched, so any
window that starts before the fetch time is answered from incomplete data; and Blazar refuses a
start before the current minute. Neither may pass without a word.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from envboot.domain.model import DataInfo


def first_bookable_minute(now: datetime) -> datetime:
    """The earliest start Blazar accepts: after the current minute (it truncates now to the minute)."""
    return now.replace(second=0, microsecond=0) + timedelta(minutes=1)


# live data younger than this (by the clock: --now/ENVBOOT_NOW or the wall clock) answers without a word. A
# snapshot (or synthetic data) never does: it cannot know what happened after it was taken (issue 17).
LIVE_FRESH = timedelta(minutes=15)
REFRESH = "envboot refresh"


def window_warnings(data: DataInfo, start: datetime, now: datetime) -> list[str]:
    """Warnings for an answer about a window starting at ``start``, given the data and the clock."""
    return [w for w in (past_warning(start, now), before_fetch_warning(data, start), stale_warning(data, start, now))
            if w]


def _age(delta: timedelta) -> str:
    minutes = max(int(delta.total_seconds() // 60), 0)
    days = minutes // (24 * 60)
    if days >= 2:
        return f"{days} days"
    return f"{minutes // 60} h {minutes % 60} min" if minutes >= 60 else f"{minutes} min"


def stale_warning(data: DataInfo, start: datetime, now: datetime) -> str | None:
    """A window after the data's fetch time answered from data older than LIVE_FRESH (by the clock), which
    cannot know the leases made since: names the data, its age and the command that refreshes it."""
    ref = data.fetched_at or data.fetched_before
    if ref is None or start < ref:  # before the fetch: before_fetch_warning says it
        return None
    if data.source == "live" and now - ref <= LIVE_FRESH:
        return None
    fetched = f"fetched {ref:%Y-%m-%d %H:%M}Z" if data.fetched_at else f"fetched before {ref:%Y-%m-%d %H:%M}Z"
    return (f"answered from {data.source} data {data.path} {fetched} ({_age(now - ref)} old): leases "
            f"made or ended since are not in it; refresh it with: {REFRESH}")


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
