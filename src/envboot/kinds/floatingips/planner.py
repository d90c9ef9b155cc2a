"""Options for a floating IP request, ranked and explained. Pure (no I/O).

Blazar takes a ``virtual:floatingip`` reservation all or nothing (``amount`` addresses of one network,
``required_floatingips`` among them), so the strategies are ``base`` (the requested zone and window),
``time_shift`` (the earliest start, to the minute, within ``max_delay`` in the same zone) and
``zone_change`` (another zone's public network: the same window, else its earliest). Fallbacks are
computed only when the base request does not fit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from envboot.core.errors import InputError
from envboot.kinds.floatingips.engine import choose, earliest, free_addresses
from envboot.kinds.floatingips.model import FipData, FipZone
from envboot.kinds.minutes import from_minute, to_minute
from envboot.kinds.strategies import BASE, STATUS_OF, TIME_SHIFT, ZONE_CHANGE


@dataclass(frozen=True, slots=True)
class FipRequest:
    zone: str  # resolved site uid
    start: datetime  # aware UTC, whole minute
    duration_minutes: int
    amount: int
    network_id: str | None = None  # None: the zone's only public network with reservable addresses
    required: tuple[str, ...] = ()  # required_floatingips: these addresses, the rest any
    alt_zones: tuple[str, ...] = ()
    max_delay_minutes: int = 168 * 60
    not_before: datetime | None = None

    def __post_init__(self) -> None:
        if self.amount < 1 or self.duration_minutes < 1 or self.max_delay_minutes < 0:
            raise ValueError("need amount >= 1, duration >= 1 minute and max_delay >= 0")
        if len(self.required) > self.amount:
            # Blazar's own refusal (TooLongFloatingIPs), before any capacity check
            raise InputError(f"required floating IPs: {len(self.required)} given for amount {self.amount}; the amount "
                             "must be equal to or longer than the list of required floating IPs")

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.duration_minutes)


@dataclass(frozen=True, slots=True)
class FipOption:
    strategy: str
    zone: str
    start: datetime
    end: datetime
    amount: int
    network_id: str
    required: tuple[str, ...]
    addresses: tuple[str, ...]  # the ones Blazar would take, in its order
    free: tuple[str, ...]  # every address of the network free for the whole window
    delay_minutes: int
    why: str


@dataclass(frozen=True, slots=True)
class FipPlan:
    request: FipRequest
    options: tuple[FipOption, ...]
    tried: tuple[str, ...]
    warnings: tuple[str, ...] = ()

    @property
    def status(self) -> str:
        return STATUS_OF[self.options[0].strategy] if self.options else "infeasible"

    @property
    def explanation(self) -> str:
        if self.options:
            return self.options[0].why
        return f"No option meets the request. Tried: {'; '.join(self.tried)}."


def network_of(zone: FipZone, network_id: str | None) -> str:
    """The public network a request means in ``zone`` (``InputError`` naming the choices when unclear)."""
    networks = [n for n in zone.networks() if zone.on_network(n)]
    if network_id is not None:
        if network_id not in zone.networks():
            raise InputError(f"--network {network_id}: zone {zone.zone} has no reservable floating IPs on it; its "
                             f"networks: {', '.join(networks) or 'none'}")
        return network_id
    if not networks:
        raise InputError(f"zone {zone.zone}: no reservable floating IPs (Blazar's floating IP list is empty)")
    if len(networks) > 1:
        raise InputError(f"zone {zone.zone} has {len(networks)} public networks with reservable floating IPs "
                         f"({', '.join(networks)}); pass --network")
    return networks[0]


def fit(zone: FipZone, network_id: str, amount: int, required: tuple[str, ...], start: datetime, end: datetime,
        cleaning: int, strategy: str = BASE, delay: int = 0, why: str = "") -> FipOption | None:
    s, e = to_minute(start), to_minute(end)
    chosen = choose(zone, network_id, amount, required, s, e, cleaning)
    if chosen is None:
        return None
    free = tuple(a.address for a in free_addresses(zone, network_id, s, e, cleaning))
    text = why or f"{amount} of the {len(free)} free floating IP(s) of {zone.zone}'s network {network_id[:8]}"
    return FipOption(strategy, zone.zone, start, end, amount, network_id, required,
                     tuple(a.address for a in chosen), free, delay, text)


def earliest_start(zone: FipZone, network_id: str, amount: int, required: tuple[str, ...], not_before: datetime,
                   duration: int, cleaning: int, horizon: int) -> datetime | None:
    t = earliest(zone, network_id, amount, required, to_minute(not_before), duration, cleaning, horizon)
    return None if t is None else from_minute(t)


def plan_fips(data: FipData, request: FipRequest, cleaning: int = 0) -> FipPlan:
    try:
        zone = data.zone(request.zone)
    except KeyError:
        raise InputError(f"zone {request.zone}: no floating IP data (floatingips.json) after refresh") from None
    network = network_of(zone, request.network_id)
    start = max(request.start, request.not_before) if request.not_before else request.start
    tried: list[str] = []
    length = timedelta(minutes=request.duration_minutes)
    base = fit(zone, network, request.amount, request.required, start, start + length, cleaning)
    delay0 = int((start - request.start).total_seconds() // 60)
    if base is not None and delay0 == 0:
        return FipPlan(request, (base,), (f"{BASE}: fits",))
    n_free = len(free_addresses(zone, network, to_minute(request.start), to_minute(request.end), cleaning))
    tried.append(f"{BASE}: {n_free} of {request.amount} free in {request.zone}")
    options: list[FipOption] = []
    t = earliest_start(zone, network, request.amount, request.required, start, request.duration_minutes, cleaning,
                       max(0, request.max_delay_minutes - delay0))
    if t is not None:
        delay = int((t - request.start).total_seconds() // 60)
        o = fit(zone, network, request.amount, request.required, t, t + timedelta(minutes=request.duration_minutes),
                cleaning, TIME_SHIFT if delay else BASE, delay,
                f"{request.amount} floating IP(s) free in {request.zone} from {t:%Y-%m-%d %H:%M}Z"
                + (f", {delay} min later than asked" if delay else ""))
        if o is not None:
            options.append(o)
    else:
        tried.append(f"{TIME_SHIFT}: none within {request.max_delay_minutes} min")
    for alt in request.alt_zones:
        try:
            z = data.zone(alt)
            net = network_of(z, None)
        except (KeyError, InputError) as exc:
            tried.append(f"{ZONE_CHANGE} {alt}: {exc}")
            continue
        t = earliest_start(z, net, request.amount, (), start, request.duration_minutes, cleaning,
                           max(0, request.max_delay_minutes - delay0))
        if t is None:
            tried.append(f"{ZONE_CHANGE} {alt}: none within {request.max_delay_minutes} min")
            continue
        delay = int((t - request.start).total_seconds() // 60)
        o = fit(z, net, request.amount, (), t, t + timedelta(minutes=request.duration_minutes), cleaning, ZONE_CHANGE,
                delay, f"{request.amount} floating IP(s) free in {alt} from {t:%Y-%m-%d %H:%M}Z")
        if o is not None:
            options.append(o)
    options.sort(key=lambda o: (o.delay_minutes, o.strategy != BASE and o.strategy != TIME_SHIFT))
    return FipPlan(request, tuple(options), tuple(tried))
