"""What every kind's lease-update rules share: ``envboot.planning.extension`` predicts Blazar 18's answer to a
lease update, and each kind predicts its own reservations' part (``kinds/hosts/update.py``,
``kinds/flavors/update.py``, as Blazar asks each plugin's ``update_reservation``). Here: the verdict,
the site's state and Blazar's period arithmetic (``blazar/db/sqlalchemy/utils.py``). Pure."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from envboot.domain.model import Node
from envboot.kinds.flavors.model import KvmHost

ACCEPTED, REFUSED = "accepted", "refused"
ACTIVE_RESERVATION = "active"  # blazar/status.py ReservationStatus.ACTIVE
MSG_HOSTS = "Not enough hosts available"
MSG_TYPES = "Conflicting reservation types found"
HOSTS = "blazar/plugins/oshosts/host_plugin.py"
FLAVORS = "blazar/plugins/flavor/flavor_plugin.py"

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class PredictionError(ValueError):
    """The data cannot support a prediction (a host missing from the view, a reservation of unknown size)."""


@dataclass(frozen=True, slots=True)
class SiteState:
    """What Blazar holds besides the lease: every host with its reservations (this lease's included,
    at its current dates), the KVM hosts for ``flavor:instance``, and the server's settings."""

    nodes: tuple[Node, ...] = ()
    kvm_hosts: tuple[KvmHost, ...] = ()
    cleaning_minutes: int = 0  # [DEFAULT] cleaning_time
    max_lease_duration: int = -1  # seconds; [enforcement] max_lease_duration with MaxLeaseDurationFilter enabled


@dataclass(frozen=True, slots=True)
class Verdict:
    verdict: str  # accepted | refused
    reason: str | None  # Blazar's own message when refused
    rule: str  # "<file> <function>" that decides
    dropped: tuple[str, ...] = ()  # hosts a pending reservation would lose (replaced by others)

    @property
    def accepted(self) -> bool:
        return self.verdict == ACCEPTED


@dataclass(frozen=True, slots=True)
class FollowOn:
    """A new lease that carries on where a refused extension would have: a kind's offer (its hosts by name,
    or its hardware), the exact window, and why. ``hosts``: exactly these (pinned); ``node_type``: any of
    that hardware; ``flavor``: instances of that flavor (``expected``: the hosts that would take it now)."""

    label: str  # e.g. "same hosts" | "same hardware"
    resource_type: str
    zone: str
    start: datetime
    end: datetime
    amount: int
    hosts: tuple[str, ...] = ()
    node_type: str | None = None
    flavor: str | None = None  # flavor:instance: the flavor's id
    expected: tuple[str, ...] = ()
    why: str = ""

    @property
    def minutes(self) -> int:
        return int((self.end - self.start).total_seconds() // 60)


def follow_on_why(what: str, at: datetime, after: datetime) -> str:
    """``"<what> from 2026-12-10 15:00Z, 180 min after 12:00Z"`` (the delay left out when there is none)."""
    late = int((at - after).total_seconds() // 60)
    return f"{what} from {at:%Y-%m-%d %H:%M}Z" + (f", {late} min after {after:%H:%M}Z" if late else "")


# -- time in seconds since the epoch (Blazar's dates are naive UTC, whole minutes) ------------------
def _sec(value: datetime) -> int:
    return math.floor((value - _EPOCH).total_seconds())


def _dt(seconds: int) -> datetime:
    return _EPOCH + timedelta(seconds=seconds)


def _minute(seconds: int) -> int:
    return seconds - seconds % 60


def minute_of(value: datetime) -> datetime:
    """A date as Blazar stores it: ``%Y-%m-%d %H:%M`` (seconds dropped)."""
    return _dt(_minute(_sec(value)))


# -- blazar/db/sqlalchemy/utils.py, transcribed (seconds instead of datetimes) ----------------------
def _spans(node: Node) -> list[tuple[int, int]]:
    """``_get_leases_from_host_id``: the leases holding the host (one row per lease: the ORM query
    returns Lease entities, uniqued); Blazar's dates are whole minutes."""
    seen: dict[str, tuple[int, int]] = {}
    for r in node.reservations:
        seen.setdefault(r.lease_id, (_minute(_sec(r.start)), _minute(_sec(r.end))))
    return list(seen.values())


def reserved_periods(spans: Iterable[tuple[int, int]], start: int, end: int, duration: int) -> list[tuple[int, int]]:
    """``get_reserved_periods`` (``_get_events``, ``_find_reserved_periods``, ``_merge_periods``)."""
    if end - start < duration:
        return [(start, end)]
    events: dict[int, int] = {}
    for s, e in spans:
        if not (start <= e and s <= end):  # the SQL filter: closed borders
            continue
        lo, hi = max(s, start), min(e, end)
        events[lo] = events.get(lo, 0) + 1
        events[hi] = events.get(hi, 0) - 1
    found: list[tuple[int, int]] = []
    used, reserved_start = 0, None
    for d in sorted(events):
        used += events[d]
        if reserved_start is None and used + 1 > 1:
            reserved_start = d
        elif reserved_start is not None and used + 1 <= 1:
            found.append((reserved_start, d))
            reserved_start = None
    return _merge_periods(found, start, end, duration)


def _merge_periods(periods: list[tuple[int, int]], start: int, end: int, duration: int) -> list[tuple[int, int]]:
    reserved_start: int | None = None
    reserved_end: int | None = None
    previous: tuple[int, int] | None = None
    merged: list[tuple[int, int]] = []
    for period in periods:
        if reserved_start is None:
            reserved_start = period[0]
        if previous is not None and period[0] - previous[1] >= duration:
            reserved_end = previous[1]
            merged.append((reserved_start, reserved_end))
            reserved_start = period[0]
        reserved_end = period[1]
        previous = period
    if previous is not None and end - previous[1] < duration:
        merged.append((reserved_start, end))  # type: ignore[arg-type]
    elif previous is not None:
        merged.append((reserved_start, previous[1]))  # type: ignore[arg-type]
    if merged and merged[0][0] - start < duration:
        merged[0] = (start, merged[0][1])
    return merged


def free_periods(spans: Iterable[tuple[int, int]], start: int, end: int, duration: int) -> list[tuple[int, int]]:
    """``get_free_periods``."""
    reserved = reserved_periods(spans, start, end, duration)
    free: list[tuple[int, int]] = []
    previous = (start, start)
    if reserved:
        for period in reserved:
            free.append((previous[1], period[0]))
            previous = period
        free.append((previous[1], end))
        if free[0][0] == free[0][1]:
            del free[0]
        if free and free[-1][0] == free[-1][1]:
            del free[-1]
    elif start != end and start + duration <= end:
        free.append((start, end))
    return free


def refused(reason: str, rule: str, dropped: Sequence[str] = ()) -> Verdict:
    return Verdict(REFUSED, reason, rule, tuple(dropped))


