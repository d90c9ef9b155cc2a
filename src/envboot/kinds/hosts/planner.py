"""The planner: options for a reservation request, ranked and explained. Pure (no I/O).

Strategies, each predicting what Blazar would accept (its host filter, reservable hosts only,
cleaning time, all-or-nothing between ``min`` and ``max`` hosts, the hosts it takes in its order: see ``blazar_pick``):
- ``base``: the requested zone and window with the full amount;
- ``time_shift``: the earliest window (to the minute) in the same zone within ``max_delay``;
- ``zone_change``: the requested window in another zone, else that zone's earliest window;
- ``downgrade``: other node types from the downgrade ladder in the requested window (in the
  requested zone, then in the alternative zones) that give something up (each option's reason
  says what: fewer GPUs per node, less GPU memory, ...), and fewer nodes, only within
  ``min_amount..amount`` (Blazar's min/max), for the requested type;
- ``upgrade``: a node type of the ladder that gives nothing up (``downgrade.compare``).
With ``min_amount < amount``, time shift and zone change offer both the earliest window with all
``amount`` hosts and, when it is earlier, the earliest with at least ``min_amount`` (how many the
lease would get is in its reason); Blazar takes any count in between.
Fallbacks are computed only when the base request cannot be met in full.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from envboot.domain.hardware import HardwareProfile
from envboot.domain.model import Node
from envboot.domain.needs_origin import NeedsOrigin
from envboot.domain.properties import Query, combine, node_type_expression, to_json, unknown_keys
from envboot.kinds.hosts.downgrade import compare
from envboot.kinds.hosts.engine import AvailabilityEngine, Slot, Timeline, from_minute, host_order_key, to_minute
from envboot.kinds.hosts.su import HostRates, su_cost
from envboot.kinds.strategies import (  # noqa: F401 - re-exported
    BASE,
    DOWNGRADE,
    STATUS_OF,
    STRATEGIES,
    TIME_SHIFT,
    UPGRADE,
    ZONE_CHANGE,
    Prefer,
)


@dataclass(frozen=True, slots=True)
class PlanRequest:
    zone: str  # resolved site uid
    start: datetime  # aware UTC, whole minute
    duration_minutes: int
    amount: int
    min_amount: int
    node_type: str | None = None
    properties: Query = field(default_factory=lambda: Query((), "", ()))
    alt_zones: tuple[str, ...] = ()
    allow_downgrade: bool = False
    prefer: Prefer = Prefer.soonest
    max_delay_minutes: int = 168 * 60
    not_before: datetime | None = None  # the first start Blazar accepts (the clock): no option starts earlier
    needs: str | None = None  # hardware needs (envboot.domain.needs); api.make_plan plans over every type meeting them
    needs_origin: NeedsOrigin | None = None  # where the needs came from (person/repository/agent-corrected)
    needs_repository: str | None = None  # repository/agent-corrected: the repository, relative to its root
    hosts: tuple[str, ...] = ()  # --hosts: only these hosts (uid or hostname) are candidates; the lease pins them
    su_rates: HostRates | None = None  # SU rates of hosts without a su_factor (the policy's table); None: unknown

    def __post_init__(self) -> None:
        if not 1 <= self.min_amount <= self.amount:
            raise ValueError(f"need 1 <= min_amount <= amount, got {self.min_amount}..{self.amount}")
        if self.duration_minutes < 1 or self.max_delay_minutes < 0:
            raise ValueError("duration must be >= 1 minute and max_delay >= 0")
        if self.needs_origin is not None and not isinstance(self.needs_origin, NeedsOrigin):
            raise ValueError(f"needs_origin must be a NeedsOrigin, got {self.needs_origin!r}")

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.duration_minutes)

    def query_for(self, node_type: str | None) -> Query:
        """The expression a lease would send for ``node_type`` plus the user's properties."""
        if node_type is None:
            return self.properties
        return combine(node_type_expression(node_type), self.properties)


@dataclass(frozen=True, slots=True)
class Option:
    strategy: str
    zone: str
    start: datetime
    end: datetime
    amount: int  # hosts the lease would get
    min_amount: int
    max_amount: int
    node_type: str | None
    query: Query
    nodes: tuple[Node, ...]  # the hosts Blazar would most likely take, in its order
    free_count: int  # matching hosts free for the whole window
    delay_minutes: int
    su_cost: float | None  # None: a host's rate is unknown (no su_factor, no rate table)
    why: str
    rung: int = 0  # 0: the requested hardware; k: the k-th fallback of the downgrade ladder
    meets: tuple[str, ...] = ()  # with --needs: why this option's hardware meets each need
    su_source: str = "unknown"  # where su_cost's rates come from (kinds/hosts/su.py)
    pinned: bool = False  # the request named its hosts (--hosts): the lease pins each one

    @property
    def hours(self) -> float:
        return (self.end - self.start).total_seconds() / 3600


@dataclass(frozen=True, slots=True)
class NearMiss:
    zone: str
    node_type: str | None
    start: datetime
    free_count: int


@dataclass(frozen=True, slots=True)
class Plan:
    request: PlanRequest
    options: tuple[Option, ...]
    tried: tuple[str, ...]
    warnings: tuple[str, ...]
    near_miss: NearMiss | None

    @property
    def status(self) -> str:
        return STATUS_OF[self.options[0].strategy] if self.options else "infeasible"

    @property
    def explanation(self) -> str:
        if self.options:
            return self.options[0].why
        tried = "; ".join(self.tried)
        miss = self.near_miss
        best = (
            f" Best near miss: {miss.free_count} of {self.request.amount} {miss.node_type or 'matching'} node(s) "
            f"free in {miss.zone} from {miss.start:%Y-%m-%d %H:%M}Z."
            if miss else ""
        )
        return f"No option meets the request. Tried: {tried}.{best}"


def plan(
    engine: AvailabilityEngine,
    request: PlanRequest,
    ladder: Mapping[str, Sequence[str]] | None = None,
    hardware: Mapping[str, HardwareProfile] | None = None,
) -> Plan:
    """``hardware`` (the node types' profiles) labels each ladder rung an upgrade or a downgrade and
    says what a downgrade gives up; without it every rung is a downgrade."""
    return _Planner(engine, request, ladder or {}, hardware or {}).run()


class _Planner:
    def __init__(self, engine: AvailabilityEngine, request: PlanRequest, ladder: Mapping[str, Sequence[str]],
                 hardware: Mapping[str, HardwareProfile]):
        self.engine = engine
        self.req = request
        self.ladder = ladder
        self.hardware = hardware
        self.requested = to_minute(request.start)
        self.start = max(self.requested, to_minute(request.not_before)) if request.not_before else self.requested
        self.duration = request.duration_minutes
        self.tried: list[str] = []
        self.warnings: list[str] = list(request.properties.warnings)
        self._selections: dict[tuple[str, str | None], list[Timeline]] = {}

    # -- helpers -----------------------------------------------------------------------------
    def matching(self, zone: str, node_type: str | None) -> list[Timeline]:
        """The reservable hosts of ``zone`` Blazar's host filter would consider, in its order."""
        key = (zone, node_type)
        if key not in self._selections:
            query = self.req.query_for(node_type)
            named = frozenset(self.req.hosts)
            self._selections[key] = self.engine.select(
                lambda n: query.matches(n.columns, n.capabilities) and (not named or n.uid in named
                                                                        or n.hostname in named), zone=zone)
        return self._selections[key]

    def window(self, zone: str, node_type: str | None) -> Slot:
        return self.engine.free_at(self.start, self.start + self.duration, selected=self.matching(zone, node_type))

    def earliest(self, zone: str, node_type: str | None, amount: int) -> Slot | None:
        return self.engine.earliest(self.start, self.duration, amount, self.req.max_delay_minutes,
                                    selected=self.matching(zone, node_type))

    def option(self, strategy: str, zone: str, node_type: str | None, slot: Slot, why: str, rung: int = 0) -> Option:
        nodes = blazar_pick(slot.nodes, self.req.min_amount, self.req.amount)
        amount = len(nodes)
        if amount < self.req.amount and "would get" not in why:
            why += (f"; the lease (min {self.req.min_amount}, max {self.req.amount}) would get {amount} of "
                    f"{self.req.amount}: Blazar takes only never-allocated hosts when at least min are free")
        cost, source = su_cost(self.duration / 60, ((n.node_type, n.su_factor) for n in nodes), self.req.su_rates)
        return Option(
            strategy=strategy, zone=zone, start=from_minute(slot.start), end=from_minute(slot.end),
            amount=amount, min_amount=self.req.min_amount, max_amount=self.req.amount, node_type=node_type,
            query=self.req.query_for(node_type), nodes=nodes, free_count=slot.free_count,
            delay_minutes=slot.start - self.requested, su_cost=cost, why=why, rung=rung,
            su_source=source, pinned=bool(self.req.hosts),
        )

    def label(self, node_type: str | None) -> str:
        return node_type or "matching"

    def at(self, minute: int) -> str:
        return f"{from_minute(minute):%Y-%m-%d %H:%M}Z"

    # -- strategies --------------------------------------------------------------------------
    def run(self) -> Plan:
        req = self.req
        zones_checked = (req.zone, *req.alt_zones)
        stale = [z for z in zones_checked if any(n.stale for n in self.engine.zone_nodes(z)[:1])]
        if stale:
            self.warnings.append(f"data for {', '.join(stale)} is stale (its last refresh failed)")
        expression = to_json(req.query_for(req.node_type)) or "the request"
        unmatched = []
        for zone in zones_checked:
            missing = []
            if not req.properties.is_empty():
                known = {k for n in self.engine.zone_nodes(zone) for k in n.capabilities}
                missing = unknown_keys(req.properties, known)
            if missing:
                self.warnings.append(f"no host in {zone} has capability {', '.join(missing)}: Blazar would refuse "
                                     "the request there (500) rather than match nothing")
            elif not self.matching(zone, req.node_type):
                unmatched.append(zone)
        if unmatched:  # one line for all the zones, not one each
            self.warnings.append(f"no reservable host in {', '.join(unmatched)} matches {expression}")
        base = self.window(req.zone, req.node_type)
        what = f"{req.amount} {self.label(req.node_type)}"
        if self.start > self.requested:
            past = (f"the requested start {self.at(self.requested)} is in the past; no option starts before "
                    f"{self.at(self.start)}, the first minute Blazar accepts")
            self.warnings.append(past)
            self.tried.append(f"base: {past}")
            if base.free_count >= req.amount:
                why = f"{past}; {base.free_count} {self.label(req.node_type)} node(s) free in {req.zone} then"
                return self.finish([self.option(TIME_SHIFT, req.zone, req.node_type, base, why)])
        elif base.free_count >= req.amount:
            why = f"{base.free_count} {self.label(req.node_type)} node(s) free in {req.zone} at {self.at(self.start)}"
            return self.finish([self.option(BASE, req.zone, req.node_type, base, why)])
        short = f"only {base.free_count} of {what} free in {req.zone} at {self.at(self.start)}"
        self.tried.append(f"base: {short}")
        options: list[Option] = []
        options += self.time_shift(short)
        options += self.zone_change(short)
        options += self.fewer_nodes(base, short)
        if req.allow_downgrade:
            options += self.other_hardware(short)
        return self.finish(options)

    def time_shift(self, short: str) -> list[Option]:
        req = self.req
        full, partial = self.later_windows(req.zone, req.node_type)
        out = []
        if full is None:
            self.tried.append(f"time_shift: no window with {req.amount} free in {req.zone} within "
                              f"{req.max_delay_minutes // 60} h")
        else:
            why = f"{short}; {full.free_count} free from {self.at(full.start)}"
            out.append(self.option(TIME_SHIFT, req.zone, req.node_type, full, why))
        if partial is not None and partial.start > self.start:  # at the start itself: fewer_nodes
            out.append(self.partial_option(TIME_SHIFT, req.zone, partial, f"{short}; "))
        return out

    def later_windows(self, zone: str, node_type: str | None) -> tuple[Slot | None, Slot | None]:
        """The earliest window with all ``amount`` hosts free, and — when ``min_amount < amount`` — the
        earliest with at least ``min_amount`` free if it starts before that (Blazar takes any count in
        min..max, so every count between is covered by one of the two)."""
        req = self.req
        full = self.earliest(zone, node_type, req.amount)
        if req.min_amount >= req.amount:
            return full, None
        partial = self.earliest(zone, node_type, req.min_amount)
        if partial is None or (full is not None and partial.start >= full.start):
            return full, None
        return full, partial

    def partial_option(self, strategy: str, zone: str, slot: Slot, prefix: str) -> Option:
        """An option with fewer than ``amount`` hosts (at least ``min_amount``): its reason says how many."""
        req = self.req
        got = len(blazar_pick(slot.nodes, req.min_amount, req.amount))
        where = "" if zone == req.zone else f" in {zone}"
        why = (f"{prefix}the lease (min {req.min_amount}, max {req.amount}) would get {got} of {req.amount}: "
               f"{slot.free_count} free{where} from {self.at(slot.start)}")
        return self.option(strategy, zone, req.node_type, slot, why)

    def zone_change(self, short: str) -> list[Option]:
        req = self.req
        out = []
        for zone in req.alt_zones:
            slot = self.window(zone, req.node_type)
            if slot.free_count >= req.amount:
                why = f"{short}; {slot.free_count} free in {zone} at the requested time"
                out.append(self.option(ZONE_CHANGE, zone, req.node_type, slot, why))
                continue
            full, partial = self.later_windows(zone, req.node_type)
            if full is None:
                self.tried.append(f"zone_change: {zone} has {slot.free_count} free and no window with "
                                  f"{req.amount} within {req.max_delay_minutes // 60} h")
            else:
                why = f"{short}; {full.free_count} free in {zone} from {self.at(full.start)}"
                out.append(self.option(ZONE_CHANGE, zone, req.node_type, full, why))
            if partial is not None:
                out.append(self.partial_option(ZONE_CHANGE, zone, partial, f"{short}; "))
        return out

    def fewer_nodes(self, base: Slot, short: str) -> list[Option]:
        req = self.req
        if req.min_amount >= req.amount:
            return []
        if base.free_count >= req.min_amount:
            return [self.partial_option(DOWNGRADE, req.zone, base, f"{short}; ")]
        self.tried.append(f"fewer nodes: {base.free_count} free, below --min-amount {req.min_amount}")
        return []

    def other_hardware(self, short: str) -> list[Option]:
        req = self.req
        if req.node_type is None:
            self.tried.append("downgrade: needs --node-type to know which hardware to replace")
            return []
        rungs = tuple(self.ladder.get(req.node_type, ()))
        if not rungs:
            self.tried.append(f"downgrade: the ladder has no fallback for {req.node_type}")
            return []
        out = []
        for zone in (req.zone, *req.alt_zones):
            for rung, alt in enumerate(rungs, 1):
                slot = self.window(zone, alt)
                if slot.free_count >= req.min_amount and slot.free_count > 0:
                    where = "" if zone == req.zone else f" in {zone}"
                    strategy, change = self.hardware_change(req.node_type, alt)
                    why = f"{short}; {slot.free_count} {alt} free{where} at the requested time{change}"
                    out.append(self.option(strategy, zone, alt, slot, why, rung))
        if not out:
            self.tried.append(f"downgrade: none of {', '.join(rungs)} has {req.min_amount} free at the requested time")
        return out

    def hardware_change(self, want: str, have: str) -> tuple[str, str]:
        """(strategy, reason suffix) of replacing ``want`` by ``have``: an upgrade gives nothing up."""
        a, b = self.hardware.get(want), self.hardware.get(have)
        if a is None or b is None:
            return DOWNGRADE, ""
        c = compare(a, b)
        if c.upgrade:
            more = f": {', '.join(c.gains)}" if c.gains else ": the same hardware"
            return UPGRADE, f"; an upgrade, nothing given up{more}"
        return DOWNGRADE, f"; a downgrade: {', '.join(c.gives_up)}"

    # -- ranking -----------------------------------------------------------------------------
    def finish(self, options: list[Option]) -> Plan:
        ranked = tuple(sorted(options, key=_rank_key(self.req)))
        near = None if ranked else self.near_miss()
        return Plan(self.req, ranked, tuple(self.tried), tuple(self.warnings), near)

    def near_miss(self) -> NearMiss | None:
        best: NearMiss | None = None
        for zone in (self.req.zone, *self.req.alt_zones):
            chosen = self.matching(zone, self.req.node_type)
            if not chosen:
                continue
            slot = self.engine.most_capacity(self.start, self.duration, self.req.max_delay_minutes, selected=chosen)
            if best is None or slot.free_count > best.free_count:
                best = NearMiss(zone, self.req.node_type, from_minute(slot.start), slot.free_count)
        return best


def blazar_pick(free: Sequence[Node], min_hosts: int, max_hosts: int) -> tuple[Node, ...]:
    """The hosts Blazar 18 takes among the free ones, in its order (``host_plugin._matching_hosts``).

    The free hosts split into those with no allocation at all (``not_allocated``) and those that
    have some (``allocated``), each in the database's host order (``engine.host_order_key``). If at
    least ``min`` hosts have never been allocated, Blazar takes ``not_allocated[:max]`` — those
    ONLY, even when more hosts are free; otherwise ``(allocated + not_allocated)[:max]``, the
    previously allocated hosts FIRST. No shuffle (``randomize_host_selection`` defaults to false).
    The caller checks that at least ``min`` hosts are free."""
    ordered = sorted(free, key=host_order_key)
    never = [n for n in ordered if not n.reservations]
    if len(never) >= min_hosts:
        return tuple(never[:max_hosts])
    allocated = [n for n in ordered if n.reservations]
    return tuple((allocated + never)[:max_hosts])


def rank_options(req: PlanRequest, options: Sequence[Option]) -> tuple[Option, ...]:
    """``options`` in the order ``req.prefer`` asks for (the planner's own ranking)."""
    return tuple(sorted(options, key=_rank_key(req)))


def _rank_key(req: PlanRequest) -> Callable[[Option], tuple]:
    def key(o: Option) -> tuple:
        other_zone = o.zone != req.zone
        other_hw = o.rung  # 0 = requested hardware, then the ladder's order
        shortfall = req.amount - o.amount
        strategy_order = STRATEGIES.index(o.strategy)
        cost = math.inf if o.su_cost is None else o.su_cost  # an unknown cost ranks after every known one
        if req.prefer is Prefer.same_zone:
            head: tuple = (other_zone, o.delay_minutes, other_hw, shortfall)
        elif req.prefer is Prefer.same_hardware:
            head = (other_hw, shortfall, o.delay_minutes, other_zone)
        elif req.prefer is Prefer.cheapest:
            head = (shortfall, cost, o.delay_minutes, other_zone, other_hw)
        else:
            head = (o.delay_minutes, shortfall, other_hw, other_zone)
        return (*head, strategy_order, cost, o.zone, o.node_type or "")

    return key


