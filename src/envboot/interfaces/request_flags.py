"""User-given request strings (CLI flags, MCP tool arguments) turned into validated requests.

Shared by every front end — the CLI commands, the seed shim and the MCP server — so each gives the same
one-line error for the same bad value. Validation that needs no data runs first (fail fast); what
needs the data (zones, node types) runs against the merged view.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from envboot.core.errors import InputError
from envboot.core.settings import MAX_AMOUNT, Settings
from envboot.core.suggest import did_you_mean
from envboot.core.timeutil import clock as read_clock
from envboot.core.timeutil import floor_minute, parse_duration, parse_time, utcnow
from envboot.data.sources.ladder_file import load_ladder
from envboot.domain.freshness import first_bookable_minute
from envboot.domain.model import MergedView
from envboot.domain.needs_origin import NeedsOrigin, repository_label
from envboot.domain.properties import Query
from envboot.domain.properties import parse as parse_properties
from envboot.domain.resource_types import parse_resource_type
from envboot.domain.zones import resolve_zone
from envboot.kinds.hosts.availability import AvailabilityQuery, check_node_type
from envboot.kinds.hosts.planner import PlanRequest, Prefer
from envboot.kinds.hosts.su import HostRates

MAX_DELAY_LIMIT = 366 * 24 * 60


def settings_with(cleaning: int | None) -> Settings:
    s = Settings.from_env()
    return s if cleaning is None else Settings(cleaning, s.max_lease_minutes)


def availability_query(
    view: MergedView,
    settings: Settings,
    zone: str | None,
    start: str | None,
    duration: str,
    amount: int,
    node_type: str | None,
    now: str | datetime | None = None,
) -> AvailabilityQuery:
    """Turn the window flags into a validated query (one clear error per bad flag)."""
    if start is None:
        raise InputError("--start is required (or set DESIRED_START); e.g. --start '2025-10-30 20:00' or now")
    when = parse_time(start, what="--start", now=read_clock(now))
    minutes = parse_duration(duration, max_minutes=settings.max_lease_minutes, what="--duration")
    if not 1 <= amount <= MAX_AMOUNT:
        raise InputError(f"--amount: must be between 1 and {MAX_AMOUNT}, got {amount}")
    site = resolve_zone(view, zone, os.environ.get("OS_REGION_NAME"))
    check_node_type(view, site, node_type)
    return AvailabilityQuery(site, when, minutes, amount, node_type)


@dataclass(frozen=True)
class Flags:
    """The request flags shared by `plan` and `reserve`, validated (before any data is read)."""

    zone: str | None
    when: datetime
    minutes: int
    amount: int
    low: int
    node_type: str | None
    properties: Query
    alt_zones: str | None
    any_zone: bool
    allow_downgrade: bool
    overrides: dict | None
    prefer: Prefer
    delay: int
    settings: Settings
    now: datetime  # the clock (or --now when replaying a snapshot): no option starts before it
    needs: str | None = None  # canonical hardware needs (--needs / --needs-from)
    needs_origin: NeedsOrigin | None = None  # person (--needs) | repository (--needs-from); the MCP sets the rest
    needs_repository: str | None = None  # --needs-from: the directory, relative to the working directory
    hosts: tuple[str, ...] = ()  # --hosts: exactly these hosts (uid or hostname), pinned


def parse_hosts(hosts: str | None, amount: int, needs: str | None) -> tuple[str, ...]:
    """``--hosts a,b``: the hosts named, each once; as many as ``--amount`` at least."""
    if hosts is None:
        return ()
    named = tuple(dict.fromkeys(h.strip() for h in hosts.split(",") if h.strip()))
    if not named:
        raise InputError("--hosts: empty; give host uids or names, comma-separated, e.g. --hosts P3-CPU-009,P3-CPU-010")
    if needs is not None:
        raise InputError("use either --hosts or --needs/--needs-from: the hosts are named")
    if amount > len(named):
        raise InputError(f"--amount {amount}: more than the {len(named)} host(s) --hosts names")
    return named


def parse_flags(zone, start, duration, amount, min_amount, node_type, resource_properties, alt_zones, any_zone,
                allow_downgrade, downgrade_ladder, prefer, max_delay, max_search_hours, cleaning_time,
                *, for_reserve: bool = False, resource_type: str | None = None, now: str | None = None,
                needs: str | None = None, needs_from: Path | None = None, hosts: str | None = None) -> Flags:
    parse_resource_type(resource_type)  # physical:host; anything else is one clear error
    needs_text, origin, repository = needs_with_origin(needs, needs_from, node_type)
    properties = parse_properties(resource_properties or "", what="--resource-properties")  # first: fail fast
    env = Settings.from_env()
    settings = env if cleaning_time is None else Settings(cleaning_time, env.max_lease_minutes)
    # reserve books on the real Blazar, whose clock is the wall clock; every other command uses envboot's
    # "now" (--now / ENVBOOT_NOW / the wall clock), read in one place (timeutil.clock)
    clock = utcnow() if for_reserve else read_clock(now)
    if start is None:
        raise InputError("--start is required (or set DESIRED_START); e.g. --start '2025-10-30 20:00' or now")
    if for_reserve and start.strip().lower() == "now":
        when = floor_minute(clock) + timedelta(minutes=2)  # Blazar wants a start after the current minute
    elif start.strip().lower() == "now":
        when = first_bookable_minute(clock)
    else:
        when = floor_minute(parse_time(start, what="--start", now=clock))
    minutes = parse_duration(duration, max_minutes=settings.max_lease_minutes, what="--duration")
    if not 1 <= amount <= MAX_AMOUNT:
        raise InputError(f"--amount: must be between 1 and {MAX_AMOUNT}, got {amount}")
    low = amount if min_amount is None else min_amount
    if not 1 <= low <= amount:
        raise InputError(f"--min-amount: must be between 1 and --amount ({amount}), got {low}")
    delay = (parse_duration(max_delay, max_minutes=MAX_DELAY_LIMIT, what="--max-delay")
             if max_delay is not None else max_search_hours * 60)
    overrides = load_ladder(downgrade_ladder) if downgrade_ladder is not None else None
    named = parse_hosts(hosts, amount, needs_text)
    return Flags(zone, when, minutes, amount, low, node_type, properties, alt_zones, any_zone, allow_downgrade,
                 overrides, prefer, delay, settings, clock, needs_text, origin, repository, named)


def needs_flag(needs: str | None, needs_from: Path | None, node_type: str | None) -> str | None:
    """``--needs`` / ``--needs-from`` as one canonical needs string (validated), or ``None``."""
    return needs_with_origin(needs, needs_from, node_type)[0]


def needs_with_origin(needs: str | None, needs_from: Path | None,
                      node_type: str | None) -> tuple[str | None, NeedsOrigin | None, str | None]:
    """``--needs`` / ``--needs-from`` as (canonical needs string, where it came from, the repository read):
    typed needs are the person's; ``--needs-from DIR`` the repository's, DIR relative to the working
    directory (the root an MCP server reads under by default). ``(None, None, None)`` for no needs."""
    if needs is None and needs_from is None:
        return None, None, None
    if needs is not None and needs_from is not None:
        raise InputError("use either --needs or --needs-from, not both")
    if node_type is not None:
        raise InputError("use either --node-type or --needs/--needs-from: needs select the node types themselves")
    from envboot.domain.needs import parse as parse_needs

    if needs_from is not None:
        from envboot.data.repo_needs import scan

        found = scan(needs_from)
        if not found.text:
            raise InputError(f"--needs-from {needs_from}: no hardware needs found there; state them with --needs")
        needs = found.text
    parsed = parse_needs(needs, what="--needs")
    if not parsed:
        raise InputError("--needs: empty; e.g. --needs 'gpus>=2 gpu_memory>=40GB'")
    if needs_from is not None:
        return parsed.text(), NeedsOrigin.repository, repository_label(needs_from, (Path.cwd(),))
    return parsed.text(), NeedsOrigin.person, None


def build_request(view: MergedView, f: Flags, su_rates: HostRates | None = None) -> PlanRequest:
    """The host request of ``f``; ``su_rates`` (the policy's table, ``planning.policy.rates``) prices the hosts
    without a Blazar su_factor."""
    site = resolve_zone(view, f.zone, os.environ.get("OS_REGION_NAME"))
    alternatives = _alt_zones(view, site, f.alt_zones, f.any_zone)
    _check_node_types(view, f.node_type, f.overrides)
    _check_hosts(view, site, f.hosts)
    return PlanRequest(site, f.when, f.minutes, f.amount, f.low, f.node_type, f.properties, alternatives,
                       f.allow_downgrade, f.prefer, f.delay, not_before=first_bookable_minute(f.now), needs=f.needs,
                       needs_origin=f.needs_origin if f.needs else None,
                       needs_repository=f.needs_repository if f.needs else None, hosts=f.hosts,
                       su_rates=su_rates)


def _check_hosts(view: MergedView, site: str, hosts: tuple[str, ...]) -> None:
    known = {k: n for n in view.nodes_in(site) for k in (n.uid, n.hostname)}
    for h in hosts:
        if h not in known:
            raise InputError(f"--hosts: no host {h!r} in {site}; {did_you_mean(h, sorted(known))}"
                             "give a uid or a hostname from `envboot availability` or `lease show`")


def _alt_zones(view: MergedView, site: str, alt_zones: str | None, any_zone: bool) -> tuple[str, ...]:
    if any_zone and alt_zones:
        raise InputError("use either --alt-zones or --any-zone, not both")
    if any_zone:
        return tuple(s for s in view.site_ids() if s != site and view.nodes_in(s))
    if not alt_zones:
        return ()
    resolved = []
    for name in alt_zones.split(","):
        if name.strip():
            uid = resolve_zone(view, name.strip())
            if uid != site and uid not in resolved:
                resolved.append(uid)
    return tuple(resolved)


def _check_node_types(view: MergedView, node_type: str | None, overrides: dict | None) -> None:
    known = sorted({n.node_type for n in view.nodes})
    named = ([node_type] if node_type else []) + [t for rungs in (overrides or {}).values() for t in rungs]
    for t in named:
        if t not in known:
            raise InputError(f"unknown node type {t!r}; {did_you_mean(t, known)}the data has: {', '.join(known)}")
