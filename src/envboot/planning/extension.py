"""What Blazar 18 answers to a lease update (prolong, shorten, defer, advance), predicted. Pure (no I/O).

Every rule is a transcription of the installed Blazar 18.0.0 package (the sandbox's); the function
that decides is named in :attr:`Prediction.rule`. In the order ``ManagerService.update_lease``
(``blazar/manager/service.py``) applies them:

1. ``status.LeaseStatus.lease_status`` (``blazar/status.py``): the lease moves to UPDATING, which only
   a stable lease (PENDING, ACTIVE, TERMINATED, ERROR) may: ``Invalid lease status.``
2. ``_parse_lease_dates``: "now" is the wall clock truncated to the minute; an omitted date keeps
   the lease's own.
3. ``_check_for_invalid_date_inputs``, in this order: a started lease (start < now) may not move its
   start; a pending lease may not move its start before now; a lease that ended (end < now) can only
   be renamed; the new end may not be before now nor before the new start (end == start passes).
4. ``enforcement.UsageEnforcement.check_update`` -> ``MaxLeaseDurationFilter.check_update``
   (``blazar/enforcement/filters/max_lease_duration_filter.py``), when the filter is enabled: the new
   ``end - start`` in seconds may not exceed ``max_lease_duration`` (``-1``: no limit).
5. Each reservation's plugin ``update_reservation``:

   ``physical:host`` (``blazar/plugins/oshosts/host_plugin.py``):
   - ``update_reservation``: a window inside the lease's current one (start not earlier, end not
     later: a shortening, or a defer that ends no later) changes no allocation: accepted.
   - ``_allocations_to_remove``: an allocated host is dropped when it no longer matches the
     reservation's properties, or when the window grows and the host's reserved periods over the
     NEW window (``db/sqlalchemy/utils.py`` ``get_reserved_periods``, with 1 s resolution, cleaning
     time NOT applied) are anything but this lease's own ``[max(starts), min(ends)]``.
   - ``_update_allocations``: an ACTIVE reservation that would drop a host is refused (``Not enough
     hosts available``): an active lease never swaps a host. A PENDING one keeps the others and asks
     ``_matching_hosts`` for ``max - kept`` replacements, at least ``max(min - kept, 0)``, over the new
     window widened by the cleaning time on both sides (a host is a candidate when it is reservable,
     matches, and has no allocation at all or ``get_free_periods`` over the widened window is the
     whole window). Too few: ``Not enough hosts available``.

   ``flavor:instance`` (``blazar/plugins/flavor/flavor_plugin.py`` ``update_reservation``): dates
   only (Blazar 18 refuses ``flavor_id``/``amount`` changes, and ``_handle_resource_type_exception``
   refuses reservation parameters of this kind; date updates ARE supported). No shortcut: every
   update recomputes ``_query_available_hosts`` over the new window with this reservation excluded
   (cleaning time applied), and each host must still offer as many instance slots as the reservation
   holds there: hosts are never swapped, pending or active. Too few: ``Not enough hosts available``;
   a ``virtual:instance`` reservation on a candidate host: ``Conflicting reservation types found``
   (a fatal error in Blazar: the lease goes to ERROR). envboot's :mod:`envboot.kinds.flavors.engine` is the
   transcription of the slot count.

``latest_end``: the latest end (to the minute) the same Blazar would accept with the requested start:
acceptance is monotone in the end (every rule above only gets stricter as the window grows), so it
is found by bisection; ``None`` when no end is accepted or when nothing bounds it
(:attr:`Prediction.latest_end_note` says which).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import lru_cache

from envboot.domain.model import Node
from envboot.domain.properties import Query, combine, parse
from envboot.kinds.flavors.engine import CONFLICT, UNKNOWN_USE, FlavorEngine
from envboot.kinds.flavors.model import Flavor, KvmHost

ACCEPTED, REFUSED = "accepted", "refused"
STABLE = ("PENDING", "ACTIVE", "TERMINATED", "ERROR")  # blazar/status.py LeaseStatus.STABLE
ACTIVE_RESERVATION = "active"  # blazar/status.py ReservationStatus.ACTIVE

MSG_STATUS = "Invalid lease status."
MSG_STARTED = "Cannot modify the start date of already started leases"
MSG_START_PAST = "Start date must be later than current date"
MSG_ENDED = "Terminated leases can only be renamed"
MSG_END = "End date must be later than current and start date"
MSG_HOSTS = "Not enough hosts available"
MSG_TYPES = "Conflicting reservation types found"

SERVICE = "blazar/manager/service.py"
HOSTS = "blazar/plugins/oshosts/host_plugin.py"
FLAVORS = "blazar/plugins/flavor/flavor_plugin.py"
MAX_DURATION = "blazar/enforcement/filters/max_lease_duration_filter.py"

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class PredictionError(ValueError):
    """The data cannot support a prediction (a host missing from the view, a reservation of unknown size)."""


@dataclass(frozen=True, slots=True)
class HostPart:
    """A ``physical:host`` reservation of the lease (``GET /v1/leases/{id}`` + its allocations)."""

    reservation_id: str
    status: str  # Blazar reservation status: pending | active | ...
    min: int
    max: int
    hosts: tuple[str, ...]  # Blazar host ids, one per allocation
    hypervisor_properties: str = ""
    resource_properties: str = ""

    def query(self) -> Query:
        return _query(self.hypervisor_properties, self.resource_properties)


@lru_cache(maxsize=256)
def _query(hypervisor_properties: str, resource_properties: str) -> Query:
    """Both fields ANDed (``_filter_hosts_by_properties`` / ``_matching_hosts``)."""
    return combine(parse(hypervisor_properties, what="hypervisor_properties"),
                   parse(resource_properties, what="resource_properties"))


@dataclass(frozen=True, slots=True)
class InstancePart:
    """A ``flavor:instance`` reservation: its source flavor and the instance slots it holds per host."""

    reservation_id: str
    status: str
    flavor: Flavor
    slots: Mapping[str, int]  # Blazar host id -> allocation rows (instance slots) on it


@dataclass(frozen=True, slots=True)
class LeaseState:
    id: str
    status: str  # PENDING | ACTIVE | TERMINATED | ERROR | a transitional status
    start: datetime
    end: datetime
    parts: tuple[HostPart | InstancePart, ...]


@dataclass(frozen=True, slots=True)
class SiteState:
    """What Blazar holds besides the lease: every host with its reservations (this lease's included,
    at its current dates), the KVM hosts for ``flavor:instance``, and the server's settings."""

    nodes: tuple[Node, ...] = ()
    kvm_hosts: tuple[KvmHost, ...] = ()
    cleaning_minutes: int = 0  # [DEFAULT] cleaning_time
    max_lease_duration: int = -1  # seconds; [enforcement] max_lease_duration with MaxLeaseDurationFilter enabled


@dataclass(frozen=True, slots=True)
class Change:
    """The requested dates; ``None`` keeps the lease's own (as ``lease.update`` does)."""

    start: datetime | None = None
    end: datetime | None = None


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
class Prediction:
    verdict: str
    reason: str | None
    rule: str
    requested_start: datetime
    requested_end: datetime
    latest_end: datetime | None
    latest_end_note: str  # "bounded" | "unbounded" (nothing limits the end) | "none" (no end accepted)
    dropped: tuple[str, ...] = field(default_factory=tuple)

    @property
    def accepted(self) -> bool:
        return self.verdict == ACCEPTED


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


# -- the rules ------------------------------------------------------------------------------------
def _refused(reason: str, rule: str, dropped: Sequence[str] = ()) -> Verdict:
    return Verdict(REFUSED, reason, rule, tuple(dropped))


def _dates(lease: LeaseState, change: Change, now: datetime) -> tuple[int, int, int]:
    s2 = _minute(_sec(change.start if change.start is not None else lease.start))
    e2 = _minute(_sec(change.end if change.end is not None else lease.end))
    return s2, e2, _minute(_sec(now))


def verdict(lease: LeaseState, site: SiteState, change: Change, now: datetime) -> Verdict:
    """Blazar 18's answer to ``PUT /v1/leases/{id}`` with the change's dates."""
    s1, e1 = _minute(_sec(lease.start)), _minute(_sec(lease.end))
    s2, e2, t = _dates(lease, change, now)
    if lease.status not in STABLE:
        return _refused(MSG_STATUS, "blazar/status.py LeaseStatus.lease_status (only a stable lease may update)")
    rule = f"{SERVICE} _check_for_invalid_date_inputs"
    if s1 < t and s2 != s1:
        return _refused(MSG_STARTED, rule)
    if s1 > t and s2 < t:
        return _refused(MSG_START_PAST, rule)
    if e1 < t:
        return _refused(MSG_ENDED, rule)
    if e2 < t or e2 < s2:
        return _refused(MSG_END, rule)
    if site.max_lease_duration >= 0 and e2 - s2 > site.max_lease_duration:
        return _refused(f"Lease duration of {e2 - s2} seconds must be less than or equal to the maximum lease "
                        f"duration of {site.max_lease_duration} seconds.",
                        f"{MAX_DURATION} MaxLeaseDurationFilter.check_update")
    dropped: list[str] = []
    rules: list[str] = []
    for part in lease.parts:  # update_lease: each reservation's plugin, in the lease's order
        if isinstance(part, HostPart):
            v = _host_update(part, s1, e1, s2, e2, site)
        else:
            v = _instance_update(part, s2, e2, site)
        if not v.accepted:
            return v
        dropped.extend(v.dropped)
        rules.append(v.rule)
    return Verdict(ACCEPTED, None, "; ".join(rules) or f"{SERVICE} update_lease", tuple(dropped))


def _host_update(part: HostPart, s1: int, e1: int, s2: int, e2: int, site: SiteState) -> Verdict:
    if s2 >= s1 and e2 <= e1:
        return Verdict(ACCEPTED, None, f"{HOSTS} update_reservation (window inside the current one: nothing to update)")
    query = part.query()
    by_id = {n.resource_id: n for n in site.nodes if n.resource_id is not None}
    # _allocations_to_remove
    requested = {rid for rid, n in by_id.items() if query.matches(n.columns, n.capabilities)}
    removed: list[str] = []
    for host in part.hosts:
        if host not in by_id:
            raise PredictionError(f"host {host} of reservation {part.reservation_id} is not among the site's hosts")
        if host not in requested:
            removed.append(host)
            continue
        if s1 > s2 or e1 < e2:
            periods = reserved_periods(_spans(by_id[host]), s2, e2, 1)
            own = (max(s1, s2), min(e1, e2))
            if not (len(periods) == 0 or (len(periods) == 1 and periods[0] == own)):
                removed.append(host)
    kept = len(part.hosts) - len(removed)
    if kept > part.max:
        extra = [h for h in part.hosts if h not in removed][: kept - part.max]
        removed.extend(extra)
        kept = part.max
    # _update_allocations
    if removed and part.status == ACTIVE_RESERVATION:
        return _refused(MSG_HOSTS, f"{HOSTS} _update_allocations (an ACTIVE reservation may not lose a host: "
                        f"{', '.join(removed)} busy or no longer matching in the new window)", removed)
    if kept < part.max:
        need = max(part.min - kept, 0)
        found = len(matching_hosts(query, site, s2, e2))
        if found < need:
            return _refused(MSG_HOSTS, f"{HOSTS} _update_allocations/_matching_hosts (pending: {len(removed)} host(s) "
                            f"to replace, {found} free candidate(s) for the {need} needed)", removed)
    return Verdict(ACCEPTED, None, f"{HOSTS} _update_allocations", tuple(removed))


def matching_hosts(query: Query, site: SiteState, start: int, end: int) -> list[str]:
    """``_matching_hosts``' candidates (its order not needed for a verdict): reservable, matching,
    and never allocated or free over ``[start - c, end + c]``."""
    c = site.cleaning_minutes * 60
    a, b = start - c, end + c
    out = []
    for n in site.nodes:
        if n.resource_id is None or not n.reservable or not query.matches(n.columns, n.capabilities):
            continue
        spans = _spans(n)
        if not spans or free_periods(spans, a, b, b - a) == [(a, b)]:
            out.append(n.resource_id)
    return out


def _instance_update(part: InstancePart, s2: int, e2: int, site: SiteState) -> Verdict:
    hosts = [KvmHost(h.id, h.hypervisor_hostname, h.reservable, h.inventories, h.traits,
                     tuple(r for r in h.reservations if r.reservation_id != part.reservation_id))
             for h in site.kvm_hosts]  # _query_available_hosts(..., excludes=[reservation_id])
    engine = FlavorEngine(hosts, site.cleaning_minutes)
    fit = engine.fit(part.flavor, s2 // 60, e2 // 60)
    if any(h.status == UNKNOWN_USE for h in fit.hosts):
        raise PredictionError("a reservation of unknown size holds a candidate host: cannot predict the flavor check")
    if any(h.status == CONFLICT for h in fit.hosts):
        return _refused(MSG_TYPES, f"{FLAVORS} _max_usages (a virtual:instance reservation on a candidate host; "
                        "Blazar puts the lease in ERROR)")
    slots = {h.host.id: h.instances for h in fit.hosts if h.status not in ("held", "traits")}
    short = sorted(h for h, n in part.slots.items() if slots.get(h, 0) < n)
    if short:
        return _refused(MSG_HOSTS, f"{FLAVORS} update_reservation (host(s) {', '.join(short)} no longer fit this "
                        "reservation's instances in the new window; hosts are never swapped)")
    return Verdict(ACCEPTED, None, f"{FLAVORS} update_reservation")


# -- the latest end --------------------------------------------------------------------------------
def latest_end(lease: LeaseState, site: SiteState, now: datetime, start: datetime | None = None
               ) -> tuple[datetime | None, str]:
    """The latest end Blazar would accept with ``start`` (default: the lease's), to the minute:
    ``(end, "bounded")``, ``(None, "unbounded")`` or ``(None, "none")``."""
    s2 = _minute(_sec(start if start is not None else lease.start))
    t = _minute(_sec(now))

    def ok(end: int) -> bool:
        return verdict(lease, site, Change(_dt(s2), _dt(end)), _dt(t)).accepted

    # An empty window (end == start) is the one exception to monotony: get_reserved_periods answers
    # [(start, start)] for it and free_periods nothing, so it may be refused while longer ones pass.
    lo = max(s2 + 60, t)
    if not ok(lo):
        return (_dt(s2), "bounded") if s2 >= t and ok(s2) else (None, "none")
    c = site.cleaning_minutes * 60
    ends = [_minute(_sec(lease.end)), s2]
    for n in site.nodes:
        ends.extend(e for _, e in _spans(n))
    for h in site.kvm_hosts:
        ends.extend(_sec(r.end) for r in h.reservations)
    hi = _minute(max(ends)) + c + 120  # past every reservation: nothing changes after it
    if site.max_lease_duration >= 0:
        hi = min(hi, _minute(s2 + site.max_lease_duration) + 60)
        if ok(_minute(s2 + site.max_lease_duration)):
            return _dt(_minute(s2 + site.max_lease_duration)), "bounded"
    if ok(hi):
        return None, "unbounded"
    a, b = lo // 60, hi // 60  # ok(a), not ok(b)
    while b - a > 1:
        mid = (a + b) // 2
        if ok(mid * 60):
            a = mid
        else:
            b = mid
    return _dt(a * 60), "bounded"


def predict(lease: LeaseState, site: SiteState, change: Change, now: datetime) -> Prediction:
    """The verdict on ``change`` and the latest end this Blazar would accept with its start."""
    v = verdict(lease, site, change, now)
    s2, e2, _ = _dates(lease, change, now)
    latest, note = latest_end(lease, site, now, _dt(s2))
    return Prediction(v.verdict, v.reason, v.rule, _dt(s2), _dt(e2), latest, note, v.dropped)


# -- the requested changes, as python-blazarclient's lease.update builds them ----------------------
def prolong(lease: LeaseState, by: timedelta) -> Change:
    return Change(end=lease.end + by)


def shorten(lease: LeaseState, by: timedelta) -> Change:
    return Change(end=lease.end - by)


def defer(lease: LeaseState, by: timedelta, *, keep_length: bool = True) -> Change:
    """``--defer-by``: the start moves later, and the end with it (the lease keeps its length);
    ``keep_length=False`` moves the start only, as ``lease.update(defer_by=...)`` does."""
    return Change(start=lease.start + by, end=lease.end + by if keep_length else None)


def advance(lease: LeaseState, by: timedelta, *, keep_length: bool = True) -> Change:
    return Change(start=lease.start - by, end=lease.end - by if keep_length else None)
