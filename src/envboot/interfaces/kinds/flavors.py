"""The ``flavor:instance`` path of ``envboot plan`` and ``envboot availability``: flags in, one
answer out. The commands in ``envboot.interfaces.cli`` call these when ``--resource-type flavor:instance``."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import Any

from envboot.core.errors import EXIT_NO_CAPACITY, EXIT_OK, InputError
from envboot.core.settings import MAX_AMOUNT, Settings, data_dir
from envboot.core.suggest import did_you_mean
from envboot.core.timeutil import clock as read_clock
from envboot.core.timeutil import floor_minute, parse_duration, parse_time, utcnow
from envboot.domain.freshness import before_fetch_warning, first_bookable_minute, window_warnings
from envboot.interfaces.request_flags import settings_with
from envboot.kinds.flavors.engine import FlavorEngine
from envboot.kinds.flavors.lease_body import flavor_availability_json, flavor_plan_json
from envboot.kinds.flavors.loaders import load_flavor_data
from envboot.kinds.flavors.model import FLAVOR_INSTANCE, FlavorData
from envboot.kinds.flavors.planner import FlavorPlan, FlavorPlanRequest, plan_flavor, resolve_flavor
from envboot.kinds.strategies import Prefer

MAX_DELAY_LIMIT = 366 * 24 * 60


def resolve_flavor_zone(data: FlavorData, zone: str | None) -> str:
    listing = ", ".join(f"{z.zone} ({z.name})" if z.name != z.zone else z.zone for z in data.zones)

    def match(text: str) -> str | None:
        key = text.strip().lower()
        return next((z.zone for z in data.zones if key in (z.zone.lower(), z.name.lower())), None)

    if zone is None or zone.strip().lower() in ("", "current"):
        region = os.environ.get("OS_REGION_NAME")
        if region:
            found = match(region)
            if found:
                return found
            raise InputError(f"zone current: OS_REGION_NAME={region!r} is not a flavor zone in the data; "
                             f"known zones: {listing}")
        if len(data.zones) == 1:
            return data.zones[0].zone
        raise InputError(f"zone current: OS_REGION_NAME is not set and the data has several zones; pass --zone, "
                         f"one of: {listing}")
    found = match(zone)
    if found is None:
        names = [n for z in data.zones for n in (z.zone, z.name)]
        raise InputError(f"unknown zone {zone!r} for flavor:instance; {did_you_mean(zone, names)}"
                         f"known zones: {listing}")
    return found


def _window(start: str | None, duration: str, settings: Settings, clock: datetime) -> tuple[datetime, int]:
    if start is None:
        raise InputError("--start is required (or set DESIRED_START); e.g. --start '2026-07-01 14:00' or now")
    when = first_bookable_minute(clock) if start.strip().lower() == "now" else floor_minute(
        parse_time(start, what="--start", now=clock))
    return when, parse_duration(duration, max_minutes=settings.max_lease_minutes, what="--duration")


def _check_amount(amount: int) -> None:
    if not 1 <= amount <= MAX_AMOUNT:
        raise InputError(f"--amount: must be between 1 and {MAX_AMOUNT}, got {amount}")


def flavor_flag(flavor: str | None) -> str:
    if flavor is None or not flavor.strip():
        raise InputError("--flavor is required with --resource-type flavor:instance (a flavor name or id, "
                         "e.g. --flavor m1.large)")
    return flavor


def plan_command(*, zone: str | None, start: str | None, duration: str, amount: int, flavor: str | None,
                 alt_zones: str | None, any_zone: bool, allow_downgrade: bool, prefer: Prefer, max_delay: str | None,
                 max_search_hours: int, data: Path | None, cleaning_time: int | None, now: str | None,
                 as_json: bool, policy_file: Path | None = None,
                 checks: bool = True) -> tuple[int, dict[str, Any]]:
    """-> (exit code, the plan document; with ``checks``, the top option's policy checks)."""
    from envboot.interfaces.policy_checks import policy

    _plan_flags(flavor, amount, prefer, cleaning_time)  # flag errors before any data is read
    pol = policy(policy_file)  # a bad policy file: exit 2 before any data is read
    clock = read_clock(now)
    _request, result, doc = plan_on(
        load_flavor_data(data_dir(data)), zone=zone, start=start, duration=duration, amount=amount, flavor=flavor,
        alt_zones=[n for n in (alt_zones or "").split(",") if n.strip()], any_zone=any_zone,
        allow_downgrade=allow_downgrade, prefer=prefer, max_delay=max_delay, max_search_hours=max_search_hours,
        cleaning_time=cleaning_time, clock=clock, policy=pol if checks else None)
    if not as_json:
        print_plan(doc)
    return (EXIT_OK if result.options else EXIT_NO_CAPACITY), doc


def plan_on(fdata: FlavorData, *, zone: str | None, start: str | None, duration: str, amount: int,
            flavor: str | None, alt_zones: list[str], any_zone: bool, allow_downgrade: bool, prefer: Prefer,
            max_delay: str | None, max_search_hours: int, cleaning_time: int | None,
            clock: datetime, policy: Any = None) -> tuple[FlavorPlanRequest, FlavorPlan, dict[str, Any]]:
    """Plan ``amount`` instances of ``flavor`` on ``fdata`` (the CLI's and the MCP server's plan):
    -> (the request, the plan, its JSON document, with the top option's policy checks when ``policy``)."""
    flavor_text, settings = _plan_flags(flavor, amount, prefer, cleaning_time)
    when, minutes = _window(start, duration, settings, clock)
    delay = (parse_duration(max_delay, max_minutes=MAX_DELAY_LIMIT, what="--max-delay")
             if max_delay is not None else max_search_hours * 60)
    site = resolve_flavor_zone(fdata, zone)
    if any_zone and alt_zones:
        raise InputError("use either --alt-zones or --any-zone, not both")
    if any_zone:
        alts = tuple(z.zone for z in fdata.zones if z.zone != site)
    else:
        alts = tuple(dict.fromkeys(u for u in (resolve_flavor_zone(fdata, n) for n in alt_zones if n.strip())
                                   if u != site))
    zones = {z.zone: z for z in fdata.zones}
    request = FlavorPlanRequest(site, when, minutes, amount, flavor_text, alts, allow_downgrade, prefer, delay,
                                not_before=first_bookable_minute(clock), cleaning_minutes=settings.cleaning_minutes)
    result = plan_flavor(zones, request)
    doc = flavor_plan_json(fdata, result, clock)
    effective = max(when, first_bookable_minute(clock))  # no option starts before it (the planner says so)
    doc["warnings"] = doc["warnings"] + [w for w in (before_fetch_warning(fdata.data, effective),)
                                         if w and w not in doc["warnings"]]
    if policy is not None and result.options:
        from envboot.interfaces.policy_checks import plan_checks

        doc["policy"] = plan_checks(policy, (), result.options[0], clock)
    return request, result, doc


def availability_command(*, zone: str | None, start: str | None, duration: str, amount: int, flavor: str | None,
                         data: Path | None, cleaning_time: int | None, now: str | None,
                         as_json: bool) -> tuple[int, dict[str, Any]]:
    flavor_text = flavor_flag(flavor)
    _check_amount(amount)
    settings = settings_with(cleaning_time)
    clock = read_clock(now)
    when, minutes = _window(start, duration, settings, clock)
    fdata = load_flavor_data(data_dir(data))
    site = resolve_flavor_zone(fdata, zone)
    z = fdata.zone(site)
    f = resolve_flavor(z, flavor_text)
    from envboot.kinds.minutes import to_minute

    t = to_minute(when)
    fit = FlavorEngine(z.hosts, settings.cleaning_minutes).fit(f, t, t + minutes)
    warnings = list(z.warnings) + window_warnings(fdata.data, when, clock)
    if fit.conflicts:
        warnings.append("a reservation without a cached flavor (virtual:instance) overlaps the window: Blazar fails "
                        "the whole request (409 Conflicting reservation types found)")
    doc = flavor_availability_json(fdata, site, fit, amount, settings.cleaning_minutes, warnings, clock)
    if not as_json:
        print_availability(doc)
    return (EXIT_OK if doc["sufficient"] else EXIT_NO_CAPACITY), doc


def reserve_spec(*, ctx, zone: str | None, start: str | None, duration: str, amount: int, flavor: str | None,
                 alt_zones: str | None, any_zone: bool, allow_downgrade: bool, prefer: Prefer, max_delay: str | None,
                 max_search_hours: int, cleaning_time: int | None, dry_run: bool, option: int | None,
                 name: str | None, retry_attempts: int, retry_refresh: bool, retry_find_earliest: bool,
                 wait_timeout: int):
    """The :class:`envboot.live.reserve.ReserveSpec` of ``envboot reserve --resource-type flavor:instance``.

    Zones are the live context's (``ctx.site_of``: a site uid, or ``current``); the flavor is resolved
    by name or id after the refresh, on the zone's fresh flavor list."""
    from envboot.live.reserve import ReserveSpec, preflight

    flavor_text, settings = _plan_flags(flavor, amount, prefer, cleaning_time)
    clock = utcnow()
    when, minutes = _window(start, duration, settings, clock)
    delay = (parse_duration(max_delay, max_minutes=MAX_DELAY_LIMIT, what="--max-delay")
             if max_delay is not None else max_search_hours * 60)
    site = ctx.site_of(zone or "current")
    if any_zone and alt_zones:
        raise InputError("use either --alt-zones or --any-zone, not both")
    names = sorted(ctx.site_map()) if any_zone else [n.strip() for n in (alt_zones or "").split(",") if n.strip()]
    alts = tuple(dict.fromkeys(u for u in (ctx.site_of(n) for n in names) if u != site))
    request = FlavorPlanRequest(site, when, minutes, amount, flavor_text, alts, allow_downgrade, prefer, delay,
                                not_before=first_bookable_minute(clock), cleaning_minutes=settings.cleaning_minutes)
    spec = ReserveSpec(request, dry_run=dry_run, option_index=option, name=name, retry_attempts=retry_attempts,
                       retry_refresh=retry_refresh, allow_shift=retry_find_earliest, wait_timeout_s=wait_timeout,
                       cleaning_minutes=settings.cleaning_minutes)
    preflight(spec, clock, settings.max_lease_minutes)
    return spec


# -- tables ------------------------------------------------------------------------------------------
def _say(text: str = "") -> None:
    from envboot.interfaces.cli.console import out

    out.print(text, markup=False, highlight=False)


def _flavor_label(f: dict[str, Any]) -> str:
    return f"{f['name']} ({f['vcpus']} vCPU, {f['ram']} MiB, {f['disk'] + f['ephemeral']} GB)"


def print_plan(doc: dict[str, Any]) -> None:
    _say(f"status: {doc['status']} — {doc['explanation']}")
    for o in doc["options"]:
        hosts = ", ".join(f"{h['hypervisor_hostname']}×{h['instances']}" for h in o["hosts"])
        _say(f"{o['rank']:>2}. {o['strategy']:<11} {o['zone']:<6} {o['start']} → {o['end']}  "
             f"{o['amount']} x {_flavor_label(o['flavor'])}  ({o['instances_fit']} fit)  hosts: {hosts}")
        _say(f"    lease flavor_id={o['lease_request']['reservations'][0]['flavor_id']}: {o['why']}")
    for w in doc["warnings"]:
        _say(f"warning: {w}")
    _policy_lines(doc)
    _data_line(doc["data"])


def _policy_lines(doc: dict[str, Any]) -> None:
    from envboot.interfaces.cli.console import out
    from envboot.interfaces.policy_checks import lines

    for line in lines(doc.get("policy") or ()):
        out.print(line, highlight=False)


def print_availability(doc: dict[str, Any]) -> None:
    verdict = "sufficient" if doc["sufficient"] else "NOT sufficient"
    _say(f"{doc['instances_fit']} x {_flavor_label(doc['flavor'])} fit in {doc['zone']} for {doc['start']} → "
         f"{doc['end']} ({verdict} for {doc['amount']})")
    for h in doc["hosts"]:
        _say(f"  {h['hypervisor_hostname']:<12} {h['status']:<8} {h['instances']:>4}  {h['limit'] or ''}")
    for w in doc["warnings"]:
        _say(f"warning: {w}")
    _data_line(doc["data"])


def _data_line(data: dict[str, Any]) -> None:
    _say(f"data: {data['source']} {data['path']}" + (f" (age {data['age']})" if data.get("age") else ""))


def _plan_flags(flavor: str | None, amount: int, prefer: Prefer, cleaning_time: int | None) -> tuple[str, Settings]:
    """The flags ``plan`` and ``reserve`` check alike, before any data is read."""
    flavor_text = flavor_flag(flavor)
    _check_amount(amount)
    if prefer is Prefer.cheapest:
        raise InputError("--prefer cheapest: envboot has no SU rate for KVM instances; use soonest, same-zone or "
                         "same-hardware")
    return flavor_text, settings_with(cleaning_time)


class FlavorCommands:
    """``flavor:instance`` (KVM instances of a flavor) in the commands."""

    resource_type = FLAVOR_INSTANCE
    owns = frozenset({"flavor"})
    takes = "--flavor NAME|ID and --amount"

    def plan(self, f, *, checks: bool = True) -> tuple[int, dict[str, Any]]:
        return plan_command(zone=f.zone, start=f.start, duration=f.duration, amount=f.amount, flavor=f.flavor,
                            alt_zones=f.alt_zones, any_zone=f.any_zone, allow_downgrade=f.allow_downgrade,
                            prefer=f.prefer, max_delay=f.max_delay, max_search_hours=f.max_search_hours, data=f.data,
                            cleaning_time=f.cleaning_time, now=f.now, as_json=f.as_json, policy_file=f.policy_file,
                            checks=checks)

    def availability(self, f) -> tuple[int, dict[str, Any]]:
        return availability_command(zone=f.zone, start=f.start, duration=f.duration, amount=f.amount, flavor=f.flavor,
                                    data=f.data, cleaning_time=f.cleaning_time, now=f.now, as_json=f.as_json)

    def reserve_spec(self, ctx, f, r):
        flavor_flag(f.flavor)  # bad input first
        return reserve_spec(ctx=ctx, zone=f.zone, start=f.start, duration=f.duration, amount=f.amount,
                            flavor=f.flavor, alt_zones=f.alt_zones, any_zone=f.any_zone,
                            allow_downgrade=f.allow_downgrade, prefer=f.prefer, max_delay=f.max_delay,
                            max_search_hours=f.max_search_hours, cleaning_time=f.cleaning_time, dry_run=r.dry_run,
                            option=r.option, name=r.name, retry_attempts=r.retry_attempts,
                            retry_refresh=r.retry_refresh, retry_find_earliest=r.allow_shift,
                            wait_timeout=r.wait_timeout)

    def seed(self, f, *, output: Path, find_earliest: bool) -> tuple[int, dict[str, Any] | None]:
        """The window's answer; with ``find_earliest``, the plan (the earliest window when it is short)."""
        if find_earliest:
            return self.plan(f, checks=False)  # the seed's document, as the seed had it: no policy checks
        return self.availability(f)

    def companion(self, f, primary):
        return None  # no reservation of this kind rides along in another kind's lease


COMMANDS = FlavorCommands()
