"""``envboot calendar``: write one self-contained HTML calendar (capacity lanes, a row per node,
optionally a plan drawn on it). Also used by ``envboot plan --calendar FILE``."""

from __future__ import annotations

import argparse
import os
import shlex
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer

from envboot import api
from envboot.core.errors import InputError
from envboot.core.fsutil import check_output_path
from envboot.core.settings import DEFAULT_HORIZON_HOURS, MAX_AMOUNT, Settings, data_dir
from envboot.core.suggest import did_you_mean
from envboot.core.timeutil import clock as read_clock
from envboot.core.timeutil import floor_minute, iso_z, parse_duration, parse_time, utcnow
from envboot.domain.freshness import first_bookable_minute
from envboot.domain.model import MergedView
from envboot.domain.properties import parse as parse_properties
from envboot.domain.zones import resolve_zone
from envboot.interfaces.calendar_page import calendar_model, page_title, render_html, write_calendar
from envboot.interfaces.cli.capacity_cmd import AllZonesOpt, NetworkOpt, fip_capacity, select_zones
from envboot.interfaces.cli.console import clean, emit_json, out
from envboot.interfaces.cli.options import AllocationsOpt, CleaningOpt, DataOpt, Format, FormatOpt, NowOpt, ZoneOpt
from envboot.interfaces.jsonout import SCHEMA_VERSION, data_json
from envboot.kinds.floatingips.capacity import FipSeries
from envboot.kinds.hosts.engine import from_minute, to_minute
from envboot.kinds.hosts.planner import Plan, PlanRequest, Prefer

MAX_RANGE_DAYS = 366
DEFAULT_DAYS = 30


def calendar(
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML file to write")] = Path("calendar.html"),
    zone: ZoneOpt = None,
    all_zones: AllZonesOpt = False,
    from_: Annotated[str | None, typer.Option(
        "--from", help="Range start (default: 00:00Z of the day the data was fetched)", show_default=False)] = None,
    to: Annotated[str | None, typer.Option("--to", help=f"Range end (default: --from + {DEFAULT_DAYS} days)",
                                           show_default=False)] = None,
    request: Annotated[str | None, typer.Option(
        "--request", help="Draw a plan on the page: plan flags, e.g. \"-n 3 -t compute_skylake --duration 2h\" "
        "(--start defaults to --from, --zone to the calendar's zone)", show_default=False)] = None,
    data: DataOpt = None,
    allocations: AllocationsOpt = None,
    cleaning_time: CleaningOpt = None,
    now: NowOpt = None,
    floating_ips: Annotated[bool, typer.Option("--floating-ips", help="Also a lane per zone and public network "
                                               "with its free floating IPs (virtual:floatingip)")] = False,
    network: NetworkOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Write a self-contained HTML calendar: capacity lanes, a row per node with its reservations,
    zoom and filters; with --request, the planner's options drawn on it; with --floating-ips, a lane
    of free floating IPs per zone. Works offline.

    [bold]Examples[/]:
      envboot calendar -o calendar.html --zone uc --request "-n 3 -t compute_skylake --duration 2h"
      envboot calendar --data examples/chameleon-multisite --all-zones -o multisite.html
      envboot calendar --zone uc --floating-ips -o calendar.html
    """
    check_output_path(output, "--output")
    if network is not None and not floating_ips:
        raise InputError("--network needs --floating-ips")
    settings = _settings(cleaning_time)
    clock = read_clock(now)
    directory = data_dir(data)
    view = api.load_view(directory, allocations_file=allocations)
    zones = select_zones(view, zone, all_zones, None)
    start, end = calendar_range(view, from_, to, clock)
    fips = fip_capacity(directory, zones, network, start, end, end - start, settings.cleaning_minutes,
                        all_zones) if floating_ips else []
    plan = None
    if request is not None:
        req = parse_request(view, request, zones=zones, default_start=start, now=clock, settings=settings)
        plan = api.make_plan(view, req, cleaning_minutes=settings.cleaning_minutes)
    doc = write_page(output, view, zones=zones, start=start, end=end, now=clock, settings=settings, plan=plan,
                     fip_lanes=fips)
    if fmt is Format.json:
        emit_json(doc)
    else:
        print_summary(doc)


def _settings(cleaning: int | None) -> Settings:
    s = Settings.from_env()
    return s if cleaning is None else Settings(cleaning, s.max_lease_minutes)


def calendar_range(view: MergedView, from_: str | None, to: str | None, now: datetime) -> tuple[int, int]:
    """``[start, end)`` in minutes: by default the 30 days from 00:00Z of the day the data was fetched."""
    if from_ is not None:
        begin = floor_minute(parse_time(from_, what="--from", now=now))
    else:
        ref = view.data.fetched_at or view.data.fetched_before or now
        begin = ref.replace(hour=0, minute=0, second=0, microsecond=0)
    finish = floor_minute(parse_time(to, what="--to", now=now)) if to is not None else begin + timedelta(
        days=DEFAULT_DAYS)
    if finish <= begin:
        raise InputError(f"--to must be after --from ({begin:%Y-%m-%d %H:%M}Z)")
    if finish - begin > timedelta(days=MAX_RANGE_DAYS):
        raise InputError(f"--from..--to spans more than {MAX_RANGE_DAYS} days; a calendar that long is unreadable")
    return to_minute(begin), to_minute(finish)


class _RequestParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise InputError(f"--request: {message}")

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        raise InputError(f"--request: {message or 'cannot parse'}")


def _request_parser() -> _RequestParser:
    p = _RequestParser(prog="--request", add_help=False, allow_abbrev=False)
    p.add_argument("-z", "--zone")
    p.add_argument("-s", "--start")
    p.add_argument("--duration", default="60")
    p.add_argument("-n", "--amount", type=int, default=1)
    p.add_argument("--min-amount", type=int)
    p.add_argument("-t", "--node-type")
    p.add_argument("-p", "--resource-properties")
    p.add_argument("--alt-zones")
    p.add_argument("--any-zone", action="store_true")
    p.add_argument("--allow-downgrade", action="store_true")
    p.add_argument("--prefer", choices=[p.value for p in Prefer], default=Prefer.soonest.value)
    p.add_argument("--max-delay")
    p.add_argument("--max-search-hours", type=int, default=DEFAULT_HORIZON_HOURS)
    return p


def parse_request(view: MergedView, text: str, *, zones: list[str], default_start: int, now: datetime,
                  settings: Settings) -> PlanRequest:
    """``--request "-n 3 -t compute_skylake --duration 2h"`` as ``envboot plan`` would read those flags."""
    try:
        argv = shlex.split(text)
    except ValueError as exc:
        raise InputError(f"--request: {exc}") from None
    a = _request_parser().parse_args(argv)
    properties = parse_properties(a.resource_properties or "", what="--request -p")
    if a.start is None:
        when = from_minute(default_start)
    elif a.start.strip().lower() == "now":
        when = first_bookable_minute(now)
    else:
        when = floor_minute(parse_time(a.start, what="--request --start", now=now))
    minutes = parse_duration(a.duration, max_minutes=settings.max_lease_minutes, what="--request --duration")
    if not 1 <= a.amount <= MAX_AMOUNT:
        raise InputError(f"--request --amount: must be between 1 and {MAX_AMOUNT}, got {a.amount}")
    low = a.amount if a.min_amount is None else a.min_amount
    if not 1 <= low <= a.amount:
        raise InputError(f"--request --min-amount: must be between 1 and --amount ({a.amount}), got {low}")
    if a.max_search_hours < 1:
        raise InputError("--request --max-search-hours: must be at least 1")
    delay = (parse_duration(a.max_delay, max_minutes=366 * 1440, what="--request --max-delay")
             if a.max_delay is not None else a.max_search_hours * 60)
    if a.zone is not None:
        site = resolve_zone(view, a.zone)
    elif len(zones) == 1:
        site = zones[0]
    else:
        site = resolve_zone(view, None, os.environ.get("OS_REGION_NAME"))
    if a.node_type is not None:
        known = sorted({n.node_type for n in view.nodes})
        if a.node_type not in known:
            raise InputError(f"--request: unknown node type {a.node_type!r}; {did_you_mean(a.node_type, known)}"
                             f"the data has: {', '.join(known)}")
    if a.any_zone and a.alt_zones:
        raise InputError("--request: use either --alt-zones or --any-zone, not both")
    if a.any_zone:
        alternatives = tuple(s for s in view.site_ids() if s != site and view.nodes_in(s))
    else:
        alternatives = tuple(dict.fromkeys(
            z for z in (resolve_zone(view, x.strip()) for x in (a.alt_zones or "").split(",") if x.strip())
            if z != site))
    from envboot.planning.policy import load_policy
    from envboot.planning.policy.rates import host_rates

    return PlanRequest(site, when, minutes, a.amount, low, a.node_type, properties, alternatives, a.allow_downgrade,
                       Prefer(a.prefer), delay, not_before=first_bookable_minute(now),
                       su_rates=host_rates(load_policy(None)))  # --prefer cheapest ranks as `plan` does


def write_page(path: Path, view: MergedView, *, zones: list[str], start: int, end: int, now: datetime,
               settings: Settings, plan: Plan | None, fip_lanes: Sequence[FipSeries] = ()) -> dict[str, Any]:
    """Build, render and atomically write the page; the summary document ``-f json`` prints."""
    engine = api.build_engine(view, settings.cleaning_minutes)
    model = calendar_model(view, zones=zones, start=start, end=end, now=now, generated_at=utcnow(),
                           cleaning_minutes=settings.cleaning_minutes, max_lease_minutes=settings.max_lease_minutes,
                           plan=plan, engine=engine, fip_lanes=fip_lanes)
    html = render_html(model, page_title(view, zones))
    write_calendar(path, html)
    fit = model["plan"]["fit"] if model["plan"] else None
    return {
        "schema_version": SCHEMA_VERSION,
        "output": str(path),
        "bytes": len(html.encode("utf-8")),
        "zones": list(zones),
        "from": model["from"],
        "to": model["to"],
        "now": iso_z(now),
        "nodes": len(model["nodes"]),
        "reservations": len(model["bars"]),
        "floating_ip_lanes": len(model["fip_lanes"]),
        "plan": None if plan is None else {
            "status": plan.status,
            "explanation": plan.explanation,
            "options": len(plan.options),
            "earliest_fit": None if fit is None else {"start": fit["start_iso"], "end": fit["end_iso"],
                                                       "rank": fit["rank"], "in_range": fit["in_range"]},
        },
        "data": data_json(view.data),
    }


def print_summary(doc: dict[str, Any]) -> None:
    zones = ", ".join(doc["zones"])
    lanes = f", {doc['floating_ip_lanes']} floating IP lane(s)" if doc["floating_ip_lanes"] else ""
    out.print(clean(f"wrote {doc['output']} ({doc['bytes'] / 1024:.0f} KiB): {doc['nodes']} nodes, "
                    f"{doc['reservations']} reservation bar(s){lanes}, {zones}, {doc['from']} → {doc['to']}"),
              markup=False, highlight=False)
    p = doc["plan"]
    if p is not None:
        fit = p["earliest_fit"]
        where = "" if fit is None else (f"; earliest fit {fit['start']} (plan #{fit['rank']})"
                                        + ("" if fit["in_range"] else ", outside the calendar's range"))
        out.print(clean(f"plan: {p['status']} — {p['explanation']}{where}"), markup=False, highlight=False)


def plan_calendar(path: Path, view: MergedView, plan: Plan, *, settings: Settings, now: datetime,
                  announce: bool) -> dict[str, Any]:
    """``envboot plan --calendar FILE``: the plan's zones, from 00:00Z of the requested day for
    30 days (longer if an option ends later), with the options drawn."""
    req = plan.request
    zones = list(dict.fromkeys([req.zone, *req.alt_zones, *(o.zone for o in plan.options)]))
    start = to_minute(req.start.replace(hour=0, minute=0, second=0, microsecond=0))
    last = max([to_minute(o.end) for o in plan.options], default=start)
    end = max(start + DEFAULT_DAYS * 1440, -(-last // 1440) * 1440)
    end = min(end, start + MAX_RANGE_DAYS * 1440)
    doc = write_page(path, view, zones=zones, start=start, end=end, now=now, settings=settings, plan=plan)
    if announce:
        print_summary(doc)
    return doc
