"""How many instances of a flavor Blazar 18 would fit, per host, for a window. Pure (no I/O).

A transcription of ``blazar/plugins/flavor/flavor_plugin.py`` (``_query_available_hosts``,
``_get_hosts_list``, ``_max_usages``) and ``instance_plugin.filter_hosts_by_reservation``, at
Blazar's one-minute resolution. For a window ``[start, end)`` and ``c = cleaning_time``:

1. Hosts: every ``reservable`` host, whatever its zone or aggregate (the flavor plugin looks at
   neither the freepool nor availability zones).
2. A reservation holding a host is *relevant* iff ``r.start <= end + c`` and ``r.end >= start - c``
   (Blazar's SQL is CLOSED: a reservation ending exactly at the window start still counts, unlike
   ``physical:host``'s host search).
3. A host with a relevant ``physical:host`` reservation is dropped. The rest split into hosts with
   relevant reservations ("shared", first) and without ("free"), each in the database's host order.
4. A flavor with ``trait:X=required|forbidden`` keeps only hosts whose Placement resource provider
   (by ``hypervisor_hostname``) has / lacks those traits.
5. On a shared host, a relevant reservation with no cached flavor (``virtual:instance``) makes
   Blazar raise ``ReservationTypeConflict``: the WHOLE request fails, however many hosts fit.
6. The host's usage is the per-resource PEAK of its relevant reservations, each counting its whole
   ``amount`` times its flavor on every host it holds. Blazar sweeps the reservations' start/end
   events; at a tie (one ends the minute another starts) its answer depends on the database's row
   order, and envboot counts the two as overlapping (the safe side).
7. Instances on the host: the largest ``k`` with ``peak + k * request <= (total - reserved) *
   allocation_ratio`` for every requested resource (a zero request is skipped; a resource the host
   has no inventory for, or a request above ``max_unit``, gives 0).
8. The request fits iff no conflict and the hosts' instances add up to ``amount``; Blazar then
   takes instance slots host by host in the order of step 3 (packing the first hosts full).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

from envboot.kinds.flavors.model import (
    PHYSICAL_HOST,
    UNKNOWN,
    VIRTUAL_INSTANCE,
    Flavor,
    KvmHost,
    resource_request,
    trait_request,
)
from envboot.kinds.minutes import to_minute, to_minute_ceil

FREE, SHARED, HELD, TRAITS, CONFLICT, UNKNOWN_USE = "free", "shared", "held", "traits", "conflict", "unknown"
CANDIDATE = (SHARED, UNKNOWN_USE, CONFLICT, FREE)  # statuses of the hosts Blazar sizes


@dataclass(frozen=True, slots=True)
class _Use:
    start: int
    end: int
    kind: str
    usage: tuple[tuple[str, int], ...]
    reservation_id: str


@dataclass(frozen=True, slots=True)
class HostFit:
    host: KvmHost
    status: str  # free | shared | held | traits | conflict | unknown
    instances: int
    limit: str | None  # what stops one more instance: a resource class, or the reason for 0
    peak: Mapping[str, int]
    reservations: tuple[str, ...]  # the relevant reservations


@dataclass(frozen=True, slots=True)
class Fit:
    """One window: every reservable host, candidates first in Blazar's order, then the dropped ones."""

    start: int
    end: int
    flavor: Flavor
    hosts: tuple[HostFit, ...]

    @property
    def total(self) -> int:
        return sum(h.instances for h in self.hosts if h.status in CANDIDATE)

    @property
    def conflicts(self) -> tuple[HostFit, ...]:
        return tuple(h for h in self.hosts if h.status == CONFLICT)

    def fits(self, amount: int) -> bool:
        return not self.conflicts and self.total >= amount

    @property
    def usable(self) -> int:
        """Instances Blazar would grant up to: 0 when it would fail with a conflict."""
        return 0 if self.conflicts else self.total

    def pick(self, amount: int) -> tuple[tuple[KvmHost, int], ...]:
        """The hosts Blazar takes (``candidates[:amount]``) with the instances on each, in its order."""
        taken: Counter[str] = Counter()
        order: list[KvmHost] = []
        left = amount
        for h in self.hosts:
            if left <= 0 or h.status not in CANDIDATE or h.instances <= 0:
                continue
            n = min(h.instances, left)
            taken[h.host.id] += n
            order.append(h.host)
            left -= n
        return tuple((host, taken[host.id]) for host in order)


def host_order_key(host_id: str) -> tuple[int, int | str]:
    """The database's host order as envboot predicts it (as ``envboot.kinds.hosts.engine.host_order_key``):
    integer ids ascending, other ids after them."""
    return (0, int(host_id)) if host_id.isdigit() else (1, host_id)


def traits_ok(host: KvmHost, traits: Mapping[str, str]) -> bool:
    if not traits:
        return True
    if host.traits is None:
        return False
    return all((t in host.traits) == (want == "required") for t, want in traits.items())


def peak_usage(uses: Iterable[_Use]) -> dict[str, int]:
    """Blazar's ``_max_usages``: sweep start/end events, add at a start, subtract at an end, keep
    the per-resource maximum; starts sort before ends at the same minute (see rule 6)."""
    events = []
    for u in uses:
        events.append((u.start, 0, u.usage))
        events.append((u.end, 1, u.usage))
    events.sort(key=lambda e: (e[0], e[1]))
    current: dict[str, int] = defaultdict(int)
    peak: dict[str, int] = defaultdict(int)
    for _, kind, usage in events:
        for rc, n in usage:
            if kind == 0:
                current[rc] += n
                if current[rc] > peak[rc]:
                    peak[rc] = current[rc]
            else:
                current[rc] -= n
    return dict(peak)


def instances_on(host: KvmHost, request: Mapping[str, int], peak: Mapping[str, int]) -> tuple[int, str | None]:
    """``_get_hosts_list``: how many more instances fit on ``host`` above ``peak``, and what limits."""
    best: int | None = None
    limit: str | None = None
    for rc, req in request.items():
        if not req:
            continue
        inv = host.inventories.get(rc)
        if inv is None:
            return 0, f"no {rc} inventory"
        if req > inv.max_unit:
            return 0, f"{rc} {req} > max_unit {inv.max_unit}"
        room = (Fraction(inv.capacity) - peak.get(rc, 0)) / req  # exact: Blazar compares int with float
        k = max(math.floor(room), 0)
        if best is None or k < best:
            best, limit = k, rc
    return (best or 0), limit


class FlavorEngine:
    """Per-flavor queries over the reservable hosts of one zone. Build once, query many times."""

    def __init__(self, hosts: Iterable[KvmHost], cleaning_minutes: int = 0) -> None:
        if cleaning_minutes < 0:
            raise ValueError("cleaning_minutes must be >= 0")
        self.cleaning_minutes = cleaning_minutes
        self.hosts: list[KvmHost] = sorted((h for h in hosts if h.reservable), key=lambda h: host_order_key(h.id))
        self._uses: dict[str, tuple[_Use, ...]] = {
            h.id: tuple(
                _Use(to_minute(r.start), to_minute_ceil(r.end), r.resource_type, tuple(sorted(r.usage.items())),
                     r.reservation_id)
                for r in h.reservations
            )
            for h in self.hosts
        }

    # -- one window ----------------------------------------------------------------------------
    def _relevant(self, host: KvmHost, start: int, end: int) -> list[_Use]:
        c = self.cleaning_minutes
        return [u for u in self._uses[host.id] if u.start <= end + c and u.end >= start - c]

    def _host_fit(self, host: KvmHost, relevant: Sequence[_Use], request: Mapping[str, int],
                  traits: Mapping[str, str]) -> HostFit:
        ids = tuple(u.reservation_id for u in relevant)
        kinds = {u.kind for u in relevant}
        if PHYSICAL_HOST in kinds:
            return HostFit(host, HELD, 0, "held by a physical:host reservation", {}, ids)
        if not traits_ok(host, traits):
            return HostFit(host, TRAITS, 0, "traits do not match the flavor's", {}, ids)
        if VIRTUAL_INSTANCE in kinds:
            return HostFit(host, CONFLICT, 0, "a virtual:instance reservation (ReservationTypeConflict)", {}, ids)
        if UNKNOWN in kinds:
            return HostFit(host, UNKNOWN_USE, 0, "a reservation of unknown size (not in leases.json)", {}, ids)
        peak = peak_usage(relevant)
        n, limit = instances_on(host, request, peak)
        return HostFit(host, SHARED if relevant else FREE, n, limit, peak, ids)

    def fit(self, flavor: Flavor, start: int, end: int) -> Fit:
        """Every reservable host's instances of ``flavor`` for ``[start, end)`` (minutes)."""
        request, traits = resource_request(flavor), trait_request(flavor)
        fits = [self._host_fit(h, self._relevant(h, start, end), request, traits) for h in self.hosts]
        return Fit(start, end, flavor, _blazar_order(fits))

    # -- searches --------------------------------------------------------------------------------
    def _sweep(self, flavor: Flavor, lo: int, hi: int, duration: int) -> Iterable[tuple[int, int]]:
        """``(t, usable instances)`` at ``lo`` and at every start minute in ``(lo, hi]`` where the
        relevant reservations of some host change (the count is constant in between)."""
        c = self.cleaning_minutes
        request, traits = resource_request(flavor), trait_request(flavor)
        changes: dict[int, set[str]] = defaultdict(set)
        for h in self.hosts:
            for u in self._uses[h.id]:
                enter, leave = u.start - duration - c, u.end + c + 1  # relevant for starts in [enter, leave)
                for t in (enter, leave):
                    if lo < t <= hi:
                        changes[t].add(h.id)
        by_id = {h.id: h for h in self.hosts}
        state = {h.id: self._host_fit(h, self._relevant(h, lo, lo + duration), request, traits) for h in self.hosts}
        total = sum(f.instances for f in state.values() if f.status in CANDIDATE)
        conflicts = sum(1 for f in state.values() if f.status == CONFLICT)
        yield lo, 0 if conflicts else total
        for t in sorted(changes):
            for hid in changes[t]:
                old = state[hid]
                new = self._host_fit(by_id[hid], self._relevant(by_id[hid], t, t + duration), request, traits)
                state[hid] = new
                total += (new.instances if new.status in CANDIDATE else 0) - (
                    old.instances if old.status in CANDIDATE else 0)
                conflicts += (new.status == CONFLICT) - (old.status == CONFLICT)
            yield t, 0 if conflicts else total

    def earliest(self, flavor: Flavor, start: int, duration: int, amount: int, horizon: int) -> Fit | None:
        """The earliest ``t`` in ``[start, start + horizon]`` at which ``amount`` instances fit for
        ``[t, t + duration)``; ``None`` if there is none."""
        if amount < 1:
            raise ValueError("amount must be >= 1")
        for t, usable in self._sweep(flavor, start, start + horizon, duration):
            if usable >= amount:
                return self.fit(flavor, t, t + duration)
        return None

    def most(self, flavor: Flavor, start: int, duration: int, horizon: int) -> Fit:
        """The earliest start in ``[start, start + horizon]`` with the most usable instances."""
        best_t, best = start, -1
        for t, usable in self._sweep(flavor, start, start + horizon, duration):
            if usable > best:
                best_t, best = t, usable
        return self.fit(flavor, best_t, best_t + duration)


def _blazar_order(fits: list[HostFit]) -> tuple[HostFit, ...]:
    """Shared hosts (with relevant reservations) first, then free ones, then the dropped ones;
    ``fits`` is already in the database's host order."""
    group = {SHARED: 0, UNKNOWN_USE: 0, CONFLICT: 0, FREE: 1}
    return tuple(sorted(fits, key=lambda f: group.get(f.status, 2)))
