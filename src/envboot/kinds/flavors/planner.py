"""Options for a ``flavor:instance`` request, ranked and explained. Pure (no I/O).

Blazar takes a ``flavor:instance`` reservation all or nothing (``amount`` instances; there is no
min/max), so the strategies are:
- ``base``: the requested zone, flavor and window;
- ``time_shift``: the earliest start (to the minute, within ``max_delay``) in the same zone;
- ``zone_change``: the flavor of the same NAME in another zone (flavor ids are per site), at the
  requested time, else that zone's earliest window;
- ``downgrade`` (opt-in): a smaller flavor at the requested time, in the requested zone then the
  alternatives. Smaller = the same trait requirements and no more of any resource Blazar counts
  (VCPU, PCPU, MEMORY_MB, DISK_GB, ``resources:*``), less of at least one; closest first.
Fallbacks are computed only when the base request does not fit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from envboot.core.errors import InputError
from envboot.core.suggest import did_you_mean
from envboot.kinds.flavors.engine import Fit, FlavorEngine
from envboot.kinds.flavors.model import (
    RESERVATION_FLAVOR_PREFIX,
    Flavor,
    FlavorZone,
    KvmHost,
    check_requestable,
    resource_request,
)
from envboot.kinds.flavors.model import trait_request as traits_of
from envboot.kinds.minutes import from_minute, to_minute
from envboot.kinds.strategies import BASE, DOWNGRADE, STATUS_OF, TIME_SHIFT, ZONE_CHANGE, Prefer


@dataclass(frozen=True, slots=True)
class FlavorPlanRequest:
    zone: str  # resolved site uid
    start: datetime  # aware UTC, whole minute
    duration_minutes: int
    amount: int
    flavor: str  # name or id, as the user gave it
    alt_zones: tuple[str, ...] = ()
    allow_downgrade: bool = False
    prefer: Prefer = Prefer.soonest
    max_delay_minutes: int = 168 * 60
    not_before: datetime | None = None
    cleaning_minutes: int = 0

    def __post_init__(self) -> None:
        if self.amount < 1 or self.duration_minutes < 1 or self.max_delay_minutes < 0:
            raise ValueError("need amount >= 1, duration >= 1 minute and max_delay >= 0")

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.duration_minutes)


@dataclass(frozen=True, slots=True)
class FlavorOption:
    strategy: str
    zone: str
    start: datetime
    end: datetime
    flavor: Flavor
    amount: int
    instances_fit: int  # instances of the flavor that fit in the zone for the whole window
    hosts: tuple[tuple[KvmHost, int], ...]  # where Blazar would put them, in its order
    delay_minutes: int
    why: str
    rung: int = 0  # 0: the requested flavor; k: the k-th smaller flavor


@dataclass(frozen=True, slots=True)
class FlavorNearMiss:
    zone: str
    flavor: str
    start: datetime
    instances_fit: int


@dataclass(frozen=True, slots=True)
class FlavorPlan:
    request: FlavorPlanRequest
    flavor: Flavor
    options: tuple[FlavorOption, ...]
    tried: tuple[str, ...]
    warnings: tuple[str, ...]
    near_miss: FlavorNearMiss | None

    @property
    def status(self) -> str:
        return STATUS_OF[self.options[0].strategy] if self.options else "infeasible"

    @property
    def explanation(self) -> str:
        if self.options:
            return self.options[0].why
        miss = self.near_miss
        best = (f" Best near miss: {miss.instances_fit} of {self.request.amount} {miss.flavor} in {miss.zone} "
                f"from {miss.start:%Y-%m-%d %H:%M}Z." if miss else "")
        return f"No option meets the request. Tried: {'; '.join(self.tried)}.{best}"


def resolve_flavor(zone: FlavorZone, text: str) -> Flavor:
    """The flavor named ``text`` (an id, else a name) in ``zone``, or one clear error."""
    key = text.strip()
    if key.startswith(RESERVATION_FLAVOR_PREFIX):
        raise InputError(f"--flavor {key!r} is the flavor of an existing reservation; name the flavor to reserve")
    by_id = [f for f in zone.flavors if f.id == key]
    found = by_id or [f for f in zone.flavors if f.name == key]
    if len(found) > 1:
        raise InputError(f"--flavor {key!r}: {len(found)} flavors in {zone.zone} have that name "
                         f"(ids {', '.join(f.id for f in found)}); pass the id")
    if not found:
        names = [f.name for f in zone.flavors if not f.name.startswith(RESERVATION_FLAVOR_PREFIX)]
        listing = ", ".join(names[:20]) + (", ..." if len(names) > 20 else "")
        raise InputError(f"--flavor {key!r}: no such flavor in {zone.zone}; {did_you_mean(key, names)}"
                         f"known: {listing or 'none'}")
    check_requestable(found[0], where=f"--flavor {key}")
    return found[0]


def smaller_flavors(zone: FlavorZone, flavor: Flavor) -> tuple[Flavor, ...]:
    """The downgrade ladder of ``flavor`` in ``zone``: closest (largest) first."""
    want = resource_request(flavor)
    traits = traits_of(flavor)
    out = []
    for g in zone.flavors:
        if g.id == flavor.id or g.name.startswith(RESERVATION_FLAVOR_PREFIX):
            continue
        try:
            req = resource_request(g)
            if traits_of(g) != traits or not any(v > 0 for v in req.values()):
                continue
        except InputError:
            continue
        keys = set(req) | set(want)
        if all(req.get(k, 0) <= want.get(k, 0) for k in keys) and any(req.get(k, 0) < want.get(k, 0) for k in keys):
            out.append(g)

    def closeness(g: Flavor) -> tuple:
        r = resource_request(g)
        return (*(-r.get(k, 0) for k in ("PCPU", "VCPU", "MEMORY_MB", "DISK_GB")), g.name, g.id)

    return tuple(sorted(out, key=closeness))


def plan_flavor(zones: Mapping[str, FlavorZone], request: FlavorPlanRequest) -> FlavorPlan:
    return _Planner(zones, request).run()


class _Planner:
    def __init__(self, zones: Mapping[str, FlavorZone], req: FlavorPlanRequest) -> None:
        self.zones = zones
        self.req = req
        self.requested = to_minute(req.start)
        self.start = max(self.requested, to_minute(req.not_before)) if req.not_before else self.requested
        self.duration = req.duration_minutes
        self.engines = {z: FlavorEngine(zones[z].hosts, req.cleaning_minutes) for z in (req.zone, *req.alt_zones)}
        self.flavor = resolve_flavor(zones[req.zone], req.flavor)
        self.tried: list[str] = []
        self.warnings: list[str] = [w for z in (req.zone, *req.alt_zones) for w in zones[z].warnings]

    def at(self, minute: int) -> str:
        return f"{from_minute(minute):%Y-%m-%d %H:%M}Z"

    def same_name(self, zone: str) -> Flavor | None:
        found = [f for f in self.zones[zone].flavors if f.name == self.flavor.name]
        return found[0] if len(found) == 1 else None

    def window(self, zone: str, flavor: Flavor) -> Fit:
        return self.engines[zone].fit(flavor, self.start, self.start + self.duration)

    def earliest(self, zone: str, flavor: Flavor) -> Fit | None:
        return self.engines[zone].earliest(flavor, self.start, self.duration, self.req.amount,
                                           self.req.max_delay_minutes)

    def option(self, strategy: str, zone: str, fit: Fit, why: str, rung: int = 0) -> FlavorOption:
        return FlavorOption(strategy, zone, from_minute(fit.start), from_minute(fit.end), fit.flavor, self.req.amount,
                            fit.usable, fit.pick(self.req.amount), fit.start - self.requested, why, rung)

    def conflict_warning(self, zone: str, fit: Fit) -> None:
        if fit.conflicts:
            hosts = ", ".join(h.host.hypervisor_hostname for h in fit.conflicts[:3])
            self.warnings.append(
                f"in {zone} a reservation without a cached flavor (virtual:instance) overlaps the window on {hosts}: "
                "Blazar's flavor plugin fails the whole request there (409 Conflicting reservation types found)")

    def run(self) -> FlavorPlan:
        req = self.req
        f = self.flavor
        what = f"{req.amount} x {f.name}"
        base = self.window(req.zone, f)
        self.conflict_warning(req.zone, base)
        if self.start > self.requested:
            past = (f"the requested start {self.at(self.requested)} is in the past; no option starts before "
                    f"{self.at(self.start)}, the first minute Blazar accepts")
            self.warnings.append(past)
            self.tried.append(f"base: {past}")
            if base.fits(req.amount):
                why = f"{past}; {base.usable} {f.name} fit then"
                return self.finish([self.option(TIME_SHIFT, req.zone, base, why)])
        elif base.fits(req.amount):
            why = f"{base.usable} {f.name} fit in {req.zone} at {self.at(self.start)}"
            return self.finish([self.option(BASE, req.zone, base, why)])
        short = f"only {base.usable} of {what} fit in {req.zone} at {self.at(self.start)}"
        self.tried.append(f"base: {short}")
        options: list[FlavorOption] = []
        later = self.earliest(req.zone, f)
        if later is None:
            self.tried.append(f"time_shift: no window with {what} in {req.zone} within {req.max_delay_minutes // 60} h")
        else:
            options.append(self.option(TIME_SHIFT, req.zone, later,
                                       f"{short}; {later.usable} fit from {self.at(later.start)}"))
        for zone in req.alt_zones:
            g = self.same_name(zone)
            if g is None:
                self.tried.append(f"zone_change: {zone} has no flavor named {f.name}")
                continue
            fit = self.window(zone, g)
            if fit.fits(req.amount):
                options.append(self.option(ZONE_CHANGE, zone, fit, f"{short}; {fit.usable} fit in {zone} at the "
                                           "requested time"))
                continue
            shifted = self.earliest(zone, g)
            if shifted is None:
                self.tried.append(f"zone_change: {zone} fits {fit.usable} and has no window with {req.amount} within "
                                  f"{req.max_delay_minutes // 60} h")
                continue
            options.append(self.option(ZONE_CHANGE, zone, shifted,
                                       f"{short}; {shifted.usable} fit in {zone} from {self.at(shifted.start)}"))
        if req.allow_downgrade:
            options += self.downgrade(short)
        return self.finish(options)

    def downgrade(self, short: str) -> list[FlavorOption]:
        out = []
        any_ladder = False
        for zone in (self.req.zone, *self.req.alt_zones):
            g = self.flavor if zone == self.req.zone else self.same_name(zone)
            if g is None:
                continue
            for rung, smaller in enumerate(smaller_flavors(self.zones[zone], g), 1):
                any_ladder = True
                fit = self.window(zone, smaller)
                if fit.fits(self.req.amount):
                    where = "" if zone == self.req.zone else f" in {zone}"
                    out.append(self.option(DOWNGRADE, zone, fit, f"{short}; {fit.usable} {smaller.name} fit{where} at "
                                           "the requested time", rung))
        if not any_ladder:
            self.tried.append(f"downgrade: no smaller flavor than {self.flavor.name} with the same traits")
        elif not out:
            self.tried.append(f"downgrade: no smaller flavor fits {self.req.amount} at the requested time")
        return out

    def finish(self, options: list[FlavorOption]) -> FlavorPlan:
        ranked = tuple(sorted(options, key=_rank_key(self.req)))
        return FlavorPlan(self.req, self.flavor, ranked, tuple(self.tried), tuple(self.warnings),
                          None if ranked else self.near_miss())

    def near_miss(self) -> FlavorNearMiss | None:
        best: FlavorNearMiss | None = None
        for zone in (self.req.zone, *self.req.alt_zones):
            g = self.flavor if zone == self.req.zone else self.same_name(zone)
            if g is None:
                continue
            fit = self.engines[zone].most(g, self.start, self.duration, self.req.max_delay_minutes)
            if best is None or fit.usable > best.instances_fit:
                best = FlavorNearMiss(zone, g.name, from_minute(fit.start), fit.usable)
        return best


def _rank_key(req: FlavorPlanRequest) -> Callable[[FlavorOption], tuple]:
    def key(o: FlavorOption) -> tuple:
        other_zone = o.zone != req.zone
        order = (BASE, TIME_SHIFT, ZONE_CHANGE, DOWNGRADE).index(o.strategy)
        if req.prefer is Prefer.same_zone:
            head: tuple = (other_zone, o.delay_minutes, o.rung)
        elif req.prefer is Prefer.same_hardware:
            head = (o.rung, o.delay_minutes, other_zone)
        else:  # soonest (cheapest is refused for flavors: envboot has no SU rate for KVM instances)
            head = (o.delay_minutes, o.rung, other_zone)
        return (*head, order, o.zone, o.flavor.name)

    return key
