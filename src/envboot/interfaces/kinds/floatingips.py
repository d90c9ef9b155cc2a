"""``virtual:floatingip`` in the commands: alone (``--resource-type virtual:floatingip --amount N``), and as
the companion of a lease of another kind (``--floating-ips N [--network ID]``: the addresses in the same
lease and window, the way python-chi's ``add_node_reservation`` + ``add_fip_reservation`` make one)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from envboot.core.errors import EXIT_NO_CAPACITY, EXIT_OK, InputError
from envboot.core.settings import MAX_AMOUNT, data_dir
from envboot.core.timeutil import clock as read_clock
from envboot.core.timeutil import floor_minute, iso_z, parse_duration, parse_time, utcnow
from envboot.data.merged_json import SCHEMA_VERSION, data_json
from envboot.domain.freshness import first_bookable_minute, window_warnings
from envboot.interfaces.kinds import CommandFlags, ReserveFlags
from envboot.interfaces.request_flags import settings_with
from envboot.kinds.floatingips.engine import free_addresses
from envboot.kinds.floatingips.loaders import load_fip_data
from envboot.kinds.floatingips.model import FLOATINGIP, FipData
from envboot.kinds.floatingips.planner import FipRequest, network_of, plan_fips
from envboot.kinds.floatingips.render import option_rows, plan_json
from envboot.kinds.minutes import to_minute


def _say(text: str = "") -> None:
    from envboot.interfaces.cli.console import out, safe

    out.print(safe(text), markup=False, highlight=False)


def _window(f: CommandFlags, clock) -> tuple[Any, int]:
    settings = settings_with(f.cleaning_time)
    if f.start is None:
        raise InputError("--start is required; e.g. --start '2026-07-01 14:00' or now")
    when = first_bookable_minute(clock) if f.start.strip().lower() == "now" else floor_minute(
        parse_time(f.start, what="--start", now=clock))
    return when, parse_duration(f.duration, max_minutes=settings.max_lease_minutes, what="--duration")


def _amount(n: int, what: str = "--amount") -> int:
    if not 1 <= n <= MAX_AMOUNT:
        raise InputError(f"{what}: must be between 1 and {MAX_AMOUNT}, got {n}")
    return n


def _zone(data: FipData, zone: str | None) -> str:
    names = [z.zone for z in data.zones]
    if zone is None or zone.strip().lower() in ("", "current"):
        if len(names) == 1:
            return names[0]
        raise InputError(f"zone: pass --zone, one of: {', '.join(names) or 'none (no floating IP data)'}")
    if zone not in names:
        raise InputError(f"unknown zone {zone!r} for floating IPs; zones with floating IP data: "
                         f"{', '.join(names) or 'none'}")
    return zone


class FloatingIpCommands:
    resource_type = FLOATINGIP
    owns = frozenset()
    takes = "--amount (and --network ID on a site with several public networks)"

    # -- as the companion of another kind's lease ----------------------------------------------------
    def companion(self, f: CommandFlags, primary: Any) -> FipRequest | None:
        """``--floating-ips N``: the floating IP part of ``primary``'s lease (same zone, window, fallbacks)."""
        if not f.floating_ips:
            if f.network is not None:
                raise InputError("--network applies to floating IPs: add --floating-ips N")
            return None
        request = FipRequest(primary.zone, primary.start, primary.duration_minutes,
                             _amount(f.floating_ips, "--floating-ips"), f.network,
                             alt_zones=tuple(getattr(primary, "alt_zones", ())),
                             max_delay_minutes=getattr(primary, "max_delay_minutes", 168 * 60))
        return request

    # -- alone -------------------------------------------------------------------------------------
    def _request(self, data: FipData, f: CommandFlags, clock) -> FipRequest:
        when, minutes = _window(f, clock)
        zone = _zone(data, f.zone)
        alts = tuple(z.strip() for z in (f.alt_zones or "").split(",") if z.strip() and z.strip() != zone)
        if f.any_zone:
            alts = tuple(z.zone for z in data.zones if z.zone != zone)
        delay = (parse_duration(f.max_delay, max_minutes=366 * 24 * 60, what="--max-delay")
                 if f.max_delay is not None else f.max_search_hours * 60)
        return FipRequest(zone, when, minutes, _amount(f.amount), f.network, alt_zones=alts,
                          max_delay_minutes=delay, not_before=first_bookable_minute(clock))

    def plan(self, f: CommandFlags, *, checks: bool = True) -> tuple[int, dict[str, Any]]:
        from envboot.interfaces.policy_checks import lines, plan_checks, policy

        pol = policy(f.policy_file)  # a bad policy file: exit 2 before any data is read
        clock = read_clock(f.now)
        data = load_fip_data(data_dir(f.data))
        request = self._request(data, f, clock)
        settings = settings_with(f.cleaning_time)
        result = plan_fips(data, request, settings.cleaning_minutes)
        doc = {"schema_version": SCHEMA_VERSION, "resource_type": FLOATINGIP, **plan_json(result),
               "data": data_json(data.data, clock)}
        doc["options"] = [{"rank": i, **o} for i, o in enumerate(doc["options"], 1)]
        if checks and result.options:
            doc["policy"] = plan_checks(pol, (), result.options[0], clock)
        if not f.as_json:
            from envboot.interfaces.cli.console import out

            _say(f"status: {doc['status']} — {doc['explanation']}")
            for row in option_rows(result):
                _say("  ".join(row))
            for w in doc["warnings"]:
                _say(f"warning: {w}")
            for line in lines(doc.get("policy") or ()):
                out.print(line, highlight=False)
        return (EXIT_OK if result.options else EXIT_NO_CAPACITY), doc

    def availability(self, f: CommandFlags) -> tuple[int, dict[str, Any]]:
        clock = read_clock(f.now)
        data = load_fip_data(data_dir(f.data))
        when, minutes = _window(f, clock)
        zone = data.zone(_zone(data, f.zone))
        net = network_of(zone, f.network)
        settings = settings_with(f.cleaning_time)
        s = to_minute(when)
        free = [a.address for a in free_addresses(zone, net, s, s + minutes, settings.cleaning_minutes)]
        doc = {"schema_version": SCHEMA_VERSION, "resource_type": FLOATINGIP, "zone": zone.zone, "network_id": net,
               "start": iso_z(when), "duration_minutes": minutes, "amount": f.amount, "free": free,
               "sufficient": len(free) >= f.amount, "warnings": window_warnings(data.data, when, clock),
               "data": data_json(data.data, clock)}
        if not f.as_json:
            verdict = "sufficient" if doc["sufficient"] else "NOT sufficient"
            _say(f"{len(free)} floating IP(s) of network {net} free in {zone.zone} for {doc['start']} + {minutes} min "
                 f"({verdict} for {f.amount}): {', '.join(free) or '-'}")
            for w in doc["warnings"]:
                _say(f"warning: {w}")
        return (EXIT_OK if doc["sufficient"] else EXIT_NO_CAPACITY), doc

    def reserve_spec(self, ctx: Any, f: CommandFlags, r: ReserveFlags) -> Any:
        from envboot.live.reserve import ReserveSpec, preflight

        clock = utcnow()
        when, minutes = _window(f, clock)
        site = ctx.site_of(f.zone or "current")
        request = FipRequest(site, when, minutes, _amount(f.amount), f.network,
                             not_before=first_bookable_minute(clock))
        settings = settings_with(f.cleaning_time)
        spec = ReserveSpec(request, dry_run=r.dry_run, option_index=r.option, name=r.name,
                           retry_attempts=r.retry_attempts, retry_refresh=r.retry_refresh, allow_shift=r.allow_shift,
                           wait_timeout_s=r.wait_timeout, cleaning_minutes=settings.cleaning_minutes)
        preflight(spec, clock, settings.max_lease_minutes)
        return spec

    def seed(self, f: CommandFlags, *, output: Path, find_earliest: bool) -> tuple[int, dict[str, Any] | None]:
        return self.plan(f, checks=False) if find_earliest else self.availability(f)  # the seed's document


COMMANDS = FloatingIpCommands()
