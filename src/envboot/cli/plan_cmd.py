"""``envboot plan``: parse the request, ask the planner, render the ranked options."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Annotated

import typer

from .. import api
from ..errors import EXIT_NO_CAPACITY, InputError
from ..jsonout import plan_json
from ..model import MergedView
from ..planner import PlanRequest, Prefer
from ..properties import Query
from ..properties import parse as parse_properties
from ..settings import DEFAULT_HORIZON_HOURS, MAX_AMOUNT, Settings, data_dir
from ..sources.ladder_file import load_ladder
from ..timeutil import floor_minute, parse_duration, parse_time, utcnow
from ..zones import resolve_zone
from . import tables
from .console import emit_json, out
from .options import (
    AmountOpt,
    CleaningOpt,
    DataOpt,
    DurationOpt,
    Format,
    FormatOpt,
    NodeTypeOpt,
    StartOpt,
    ZoneOpt,
)

MAX_DELAY_LIMIT = 366 * 24 * 60


def plan(
    zone: ZoneOpt = None,
    start: StartOpt = None,
    duration: DurationOpt = "60",
    amount: AmountOpt = 1,
    min_amount: Annotated[
        int | None, typer.Option("--min-amount", help="Accept as few as this many nodes (Blazar's min; "
                                 "default: --amount)", show_default=False)
    ] = None,
    node_type: NodeTypeOpt = None,
    resource_properties: Annotated[
        str | None, typer.Option("--resource-properties", "-p",
                                 help='Blazar expression, e.g. \'["==", "$gpu.gpu_count", "4"]\'')
    ] = None,
    alt_zones: Annotated[
        str | None, typer.Option("--alt-zones", help="Zones to fall back to, comma-separated: tacc,nu")
    ] = None,
    any_zone: Annotated[bool, typer.Option("--any-zone", help="Fall back to every other zone in the data")] = False,
    allow_downgrade: Annotated[
        bool, typer.Option("--allow-downgrade", help="Fall back to other node types (the downgrade ladder)")
    ] = False,
    downgrade_ladder: Annotated[
        Path | None, typer.Option("--downgrade-ladder", envvar="ENVBOOT_DOWNGRADE_LADDER", show_envvar=True,
                                  help="TOML/JSON file overriding the default ladder (see docs/planner.md)")
    ] = None,
    prefer: Annotated[Prefer, typer.Option("--prefer", help="How to rank the options")] = Prefer.soonest,
    max_delay: Annotated[
        str | None, typer.Option("--max-delay", help="How far a shifted window may move, e.g. 6h, 2d "
                                 "(default: --max-search-hours)", show_default=False)
    ] = None,
    max_search_hours: Annotated[
        int, typer.Option("--max-search-hours", min=1, help="Search horizon in hours")
    ] = DEFAULT_HORIZON_HOURS,
    data: DataOpt = None,
    cleaning_time: CleaningOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Ranked options for a reservation: base, time shift, zone change, downgrade, each explained.

    Exit code 0 when some option meets the request, 1 when none does.

    [bold]Examples[/]:
      envboot plan --zone uc --start "2025-10-30 20:00" --duration 2h --amount 5 -t gpu_rtx_6000
      envboot plan --zone uc --start now --duration 1d -n 2 -t gpu_a100_pcie --allow-downgrade -f json
    """
    flags = parse_flags(zone, start, duration, amount, min_amount, node_type, resource_properties, alt_zones,
                        any_zone, allow_downgrade, downgrade_ladder, prefer, max_delay, max_search_hours, cleaning_time)
    view = api.load_view(data_dir(data))
    request = build_request(view, flags)
    ladder = api.downgrade_ladder(view, flags.overrides) if allow_downgrade else {}
    result = api.make_plan(view, request, cleaning_minutes=flags.settings.cleaning_minutes, ladder=ladder)
    doc = plan_json(view, result)
    if fmt is Format.json:
        emit_json(doc)
    else:
        tables.print_plan(out, doc)
    if not result.options:
        raise typer.Exit(EXIT_NO_CAPACITY)


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


def parse_flags(zone, start, duration, amount, min_amount, node_type, resource_properties, alt_zones, any_zone,
                allow_downgrade, downgrade_ladder, prefer, max_delay, max_search_hours, cleaning_time,
                *, for_reserve: bool = False) -> Flags:
    properties = parse_properties(resource_properties or "", what="--resource-properties")  # first: fail fast
    env = Settings.from_env()
    settings = env if cleaning_time is None else Settings(cleaning_time, env.max_lease_minutes)
    if start is None:
        raise InputError("--start is required (or set DESIRED_START); e.g. --start '2025-10-30 20:00' or now")
    if for_reserve and start.strip().lower() == "now":
        when = floor_minute(utcnow()) + timedelta(minutes=2)  # Blazar wants a start after the current minute
    else:
        when = floor_minute(parse_time(start, what="--start"))
    minutes = parse_duration(duration, max_minutes=settings.max_lease_minutes, what="--duration")
    if not 1 <= amount <= MAX_AMOUNT:
        raise InputError(f"--amount: must be between 1 and {MAX_AMOUNT}, got {amount}")
    low = amount if min_amount is None else min_amount
    if not 1 <= low <= amount:
        raise InputError(f"--min-amount: must be between 1 and --amount ({amount}), got {low}")
    delay = (parse_duration(max_delay, max_minutes=MAX_DELAY_LIMIT, what="--max-delay")
             if max_delay is not None else max_search_hours * 60)
    overrides = load_ladder(downgrade_ladder) if downgrade_ladder is not None else None
    return Flags(zone, when, minutes, amount, low, node_type, properties, alt_zones, any_zone, allow_downgrade,
                 overrides, prefer, delay, settings)


def build_request(view: MergedView, f: Flags) -> PlanRequest:
    site = resolve_zone(view, f.zone, os.environ.get("OS_REGION_NAME"))
    alternatives = _alt_zones(view, site, f.alt_zones, f.any_zone)
    _check_node_types(view, f.node_type, f.overrides)
    return PlanRequest(site, f.when, f.minutes, f.amount, f.low, f.node_type, f.properties, alternatives,
                       f.allow_downgrade, f.prefer, f.delay)


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
            raise InputError(f"unknown node type {t!r}; the data has: {', '.join(known)}")
