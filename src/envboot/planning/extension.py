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

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from envboot.domain.freshness import first_bookable_minute
from envboot.kinds.flavors.update import InstancePart
from envboot.kinds.hosts.update import HostPart, matching_hosts
from envboot.kinds.updates import (
    ACCEPTED,
    ACTIVE_RESERVATION,
    FLAVORS,
    HOSTS,
    MSG_HOSTS,
    MSG_TYPES,
    REFUSED,
    FollowOn,
    PredictionError,
    SiteState,
    Verdict,
    _dt,
    _minute,
    _sec,
    _spans,
    free_periods,
    minute_of,
    refused,
    reserved_periods,
)

STABLE = ("PENDING", "ACTIVE", "TERMINATED", "ERROR")  # blazar/status.py LeaseStatus.STABLE

MSG_STATUS = "Invalid lease status."
MSG_STARTED = "Cannot modify the start date of already started leases"
MSG_START_PAST = "Start date must be later than current date"
MSG_ENDED = "Terminated leases can only be renamed"
MSG_END = "End date must be later than current and start date"

SERVICE = "blazar/manager/service.py"
MAX_DURATION = "blazar/enforcement/filters/max_lease_duration_filter.py"



@dataclass(frozen=True, slots=True)
class LeaseState:
    id: str
    status: str  # PENDING | ACTIVE | TERMINATED | ERROR | a transitional status
    start: datetime
    end: datetime
    parts: tuple[HostPart | InstancePart, ...]


@dataclass(frozen=True, slots=True)
class Change:
    """The requested dates; ``None`` keeps the lease's own (as ``lease.update`` does)."""

    start: datetime | None = None
    end: datetime | None = None


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


# -- the rules ------------------------------------------------------------------------------------
def _dates(lease: LeaseState, change: Change, now: datetime) -> tuple[int, int, int]:
    s2 = _minute(_sec(change.start if change.start is not None else lease.start))
    e2 = _minute(_sec(change.end if change.end is not None else lease.end))
    return s2, e2, _minute(_sec(now))


def verdict(lease: LeaseState, site: SiteState, change: Change, now: datetime) -> Verdict:
    """Blazar 18's answer to ``PUT /v1/leases/{id}`` with the change's dates."""
    s1, e1 = _minute(_sec(lease.start)), _minute(_sec(lease.end))
    s2, e2, t = _dates(lease, change, now)
    if lease.status not in STABLE:
        return refused(MSG_STATUS, "blazar/status.py LeaseStatus.lease_status (only a stable lease may update)")
    rule = f"{SERVICE} _check_for_invalid_date_inputs"
    if s1 < t and s2 != s1:
        return refused(MSG_STARTED, rule)
    if s1 > t and s2 < t:
        return refused(MSG_START_PAST, rule)
    if e1 < t:
        return refused(MSG_ENDED, rule)
    if e2 < t or e2 < s2:
        return refused(MSG_END, rule)
    if site.max_lease_duration >= 0 and e2 - s2 > site.max_lease_duration:
        return refused(f"Lease duration of {e2 - s2} seconds must be less than or equal to the maximum lease "
                        f"duration of {site.max_lease_duration} seconds.",
                        f"{MAX_DURATION} MaxLeaseDurationFilter.check_update")
    dropped: list[str] = []
    rules: list[str] = []
    for part in lease.parts:  # update_lease: each reservation's plugin, in the lease's order
        v = part.update(s1, e1, s2, e2, site)  # the kind's own rule: kinds/<kind>/update.py
        if not v.accepted:
            return v
        dropped.extend(v.dropped)
        rules.append(v.rule)
    return Verdict(ACCEPTED, None, "; ".join(rules) or f"{SERVICE} update_lease", tuple(dropped))


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


# -- when refused: a new lease carrying on from the end ----------------------------------------------
FOLLOW_ON_HORIZON_MINUTES = 7 * 24 * 60


def follow_ons(lease: LeaseState, site: SiteState, p: Prediction, zone: str, now: datetime,
               horizon_minutes: int = FOLLOW_ON_HORIZON_MINUTES) -> tuple[FollowOn, ...]:
    """When ``p`` refuses to move the end later: new leases for the time asked beyond the current end,
    from that end (or the first minute Blazar accepts, if later), each kind offering its own (the same
    hosts, the same hardware), earliest first (a tie: the kind's order). A lease of several
    reservations gets none (one new lease would have to match them all)."""
    end = minute_of(lease.end)
    minutes = int((p.requested_end - end).total_seconds() // 60)
    if p.accepted or minutes < 1 or len(lease.parts) != 1:
        return ()
    after = max(end, first_bookable_minute(now))
    found = lease.parts[0].follow_ons(site, zone, after, minutes, horizon_minutes)
    return tuple(sorted(found, key=lambda f: f.start))


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


__all__ = ["ACCEPTED", "ACTIVE_RESERVATION", "FLAVORS", "HOSTS", "MSG_HOSTS", "MSG_TYPES", "REFUSED", "Change",
           "FollowOn", "follow_ons",
           "HostPart", "InstancePart", "LeaseState", "Prediction", "PredictionError", "SiteState", "Verdict", "advance",
           "defer", "free_periods", "latest_end", "matching_hosts", "minute_of", "predict", "prolong",
           "reserved_periods", "shorten", "verdict"]
