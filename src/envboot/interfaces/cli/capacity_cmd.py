"""``envboot capacity``: free nodes per zone and node type, step by step, exact to the minute."""

from __future__ import annotations

import csv
import os
import sys
from datetime import timedelta
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich import box
from rich.console import Console
from rich.table import Table

from envboot import api
from envboot.core.errors import InputError
from envboot.core.settings import Settings, data_dir
from envboot.core.suggest import did_you_mean
from envboot.core.timeutil import TIME_HELP, duration_text, floor_minute, parse_duration, parse_time
from envboot.core.timeutil import clock as read_clock
from envboot.domain.model import MergedView
from envboot.domain.zones import resolve_zone
from envboot.interfaces.cli.console import emit_json, out
from envboot.interfaces.cli.console import safe as escape  # markup escaped, control characters dropped
from envboot.interfaces.cli.options import AllocationsOpt, CleaningOpt, DataOpt, NodeTypeOpt, NowOpt, ZoneOpt
from envboot.interfaces.cli.tables import data_line
from envboot.kinds.floatingips.capacity import FipSeries, series_json, zone_series
from envboot.kinds.floatingips.loaders import FLOATINGIPS, load_fip_data
from envboot.kinds.floatingips.planner import network_of
from envboot.kinds.hosts.availability import check_node_type
from envboot.kinds.hosts.capacity import MAX_STEPS, capacity_json, capacity_series, count_steps, group_size, sparkline
from envboot.kinds.hosts.engine import to_minute

MAX_STEP_MINUTES = 366 * 24 * 60
SPARK_WIDTH = 72


class CapacityFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


AllZonesOpt = Annotated[bool, typer.Option("--all-zones", help="Every zone in the data")]
FromOpt = Annotated[
    str | None, typer.Option("--from", help=f"Start: {TIME_HELP}", show_default=False)
]
FloatingIpsOpt = Annotated[bool, typer.Option("--floating-ips", help="Also the zone's free floating IPs "
                                             "(virtual:floatingip) over time, per public network")]
NetworkOpt = Annotated[str | None, typer.Option("--network", help="With --floating-ips: only this public network "
                                                "(its id)", show_default=False)]
ToOpt = Annotated[str | None, typer.Option("--to", help="End (exclusive; default: --from + 1 day)",
                                           show_default=False)]


def capacity(
    zone: ZoneOpt = None,
    all_zones: AllZonesOpt = False,
    node_type: NodeTypeOpt = None,
    from_: FromOpt = None,
    to: ToOpt = None,
    step: Annotated[str, typer.Option("--step", help="Step length: minutes (30) or 30m, 1h, 1d")] = "1h",
    data: DataOpt = None,
    allocations: AllocationsOpt = None,
    cleaning_time: CleaningOpt = None,
    now: NowOpt = None,
    floating_ips: FloatingIpsOpt = False,
    network: NetworkOpt = None,
    fmt: Annotated[CapacityFormat, typer.Option("--format", "-f", help="table, json or csv")] = CapacityFormat.table,
) -> None:
    """Free nodes per zone and node type over time: free for the WHOLE of each step, and the fewest
    and most free at any minute inside it (exact to the minute, cleaning time included). With
    --floating-ips, the zone's free floating IPs the same way.

    [bold]Examples[/]:
      envboot capacity --zone uc --from "2025-10-30 00:00" --to "2025-10-31 00:00" --step 1h
      envboot capacity --data examples/chameleon-multisite --all-zones --from "2026-06-29 00:00" --step 1d -f csv
      envboot capacity --zone uc --from "2025-10-30 19:54" --to "2025-11-05 00:00" --step 1d --floating-ips
    """
    if network is not None and not floating_ips:
        raise InputError("--network needs --floating-ips")
    if floating_ips and fmt is CapacityFormat.csv:
        raise InputError("--floating-ips with -f csv: the CSV has the hosts' columns; use -f json or the table")
    settings = _settings(cleaning_time)
    start, end, minutes = parse_range(from_, to, step, now)
    directory = data_dir(data)
    view = api.load_view(directory, allocations_file=allocations)
    zones = select_zones(view, zone, all_zones, node_type)
    engine = api.build_engine(view, settings.cleaning_minutes)
    series = capacity_series(view, engine, zones, start, end, minutes, node_type)
    doc = capacity_json(view, series, zones=zones, start=start, end=end, step=minutes, node_type=node_type,
                        cleaning_minutes=settings.cleaning_minutes)
    fips = fip_capacity(directory, zones, network, start, end, minutes, settings.cleaning_minutes,
                        all_zones) if floating_ips else []
    doc["floating_ips"] = series_json(fips, {z["zone"]: z["name"] for z in doc["zones"]})
    if fmt is CapacityFormat.json:
        emit_json(doc)
    elif fmt is CapacityFormat.csv:
        write_csv(doc)
    else:
        print_capacity(out, doc)


def fip_capacity(directory: Path, zones: list[str], network: str | None, start: int, end: int, step: int,
                 cleaning: int, all_zones: bool) -> list[FipSeries]:
    """The zones' floating IP series (``--all-zones``: the zones that have floating IP data)."""
    data = load_fip_data(directory)
    have = {z.zone: z for z in data.zones}
    missing = [z for z in zones if z not in have]
    if missing and not all_zones:
        raise InputError(f"zone {missing[0]}: no floating IP data ({FLOATINGIPS}) in {directory}")
    out: list[FipSeries] = []
    for z in zones:
        if z in have:
            if network is not None:
                network_of(have[z], network)  # an unknown network is one line naming the zone's networks
            out.extend(zone_series(have[z], network, start, end, step, cleaning))
    return out


def _settings(cleaning: int | None) -> Settings:
    s = Settings.from_env()
    return s if cleaning is None else Settings(cleaning, s.max_lease_minutes)


def parse_range(from_: str | None, to: str | None, step: str, now: str | None = None) -> tuple[int, int, int]:
    """``--from``/``--to``/``--step`` as minutes since the epoch and a step in minutes (validated)."""
    if from_ is None:
        raise InputError("--from is required; e.g. --from '2025-10-30 00:00' or now")
    clock = read_clock(now)
    begin = floor_minute(parse_time(from_, what="--from", now=clock))
    finish = floor_minute(parse_time(to, what="--to", now=clock)) if to is not None else begin + timedelta(days=1)
    minutes = parse_duration(step, max_minutes=MAX_STEP_MINUTES, what="--step")
    start, end = to_minute(begin), to_minute(finish)
    if end <= start:
        raise InputError(f"--to must be after --from ({begin:%Y-%m-%d %H:%M}Z)")
    if count_steps(start, end, minutes) > MAX_STEPS:
        raise InputError(f"--from..--to is {count_steps(start, end, minutes)} steps of {minutes} min; "
                         f"at most {MAX_STEPS}: use a longer --step")
    return start, end, minutes


def select_zones(view: MergedView, zone: str | None, all_zones: bool, node_type: str | None) -> list[str]:
    """The zones asked for (``--zone`` or ``--all-zones``), checked against ``--node-type``."""
    if all_zones and zone:
        raise InputError("use either --zone or --all-zones, not both")
    if not all_zones:
        site = resolve_zone(view, zone, os.environ.get("OS_REGION_NAME"))
        check_node_type(view, site, node_type)
        return [site]
    zones = [s.uid for s in view.sites if view.nodes_in(s.uid)]
    if node_type is not None:
        zones = [z for z in zones if any(n.node_type == node_type for n in view.nodes_in(z))]
        if not zones:
            known = sorted({n.node_type for n in view.nodes})
            raise InputError(f"unknown node type {node_type!r}; {did_you_mean(node_type, known)}"
                             f"the data has: {', '.join(known)}")
    return zones


CSV_COLUMNS = ("zone", "node_type", "start", "end", "free_whole_step", "min_free", "max_free", "reservable", "nodes")


def write_csv(doc: dict[str, Any]) -> None:
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    for s in doc["series"]:
        for x in s["steps"]:
            w.writerow((s["zone"], s["node_type"], x["start"], x["end"], x["free_whole_step"], x["min_free"],
                        x["max_free"], s["reservable"], s["nodes"]))


def _hm(iso: str) -> str:
    return iso[:16].replace("T", " ") + "Z"


def print_capacity(console: Console, doc: dict[str, Any]) -> None:
    zones = {z["zone"]: z["name"] for z in doc["zones"]}
    head = f"{_hm(doc['from'])} → {_hm(doc['to'])}, step {duration_text(doc['step_minutes'])}"
    if doc["cleaning_minutes"]:
        head += f", cleaning time {doc['cleaning_minutes']} min"
    series = doc["series"]
    for w in doc["warnings"]:
        console.print(f"[yellow]warning:[/] {escape(w)}", highlight=False)
    if len(series) == 1:
        _print_steps(console, series[0], head)
    else:
        for zone, name in zones.items():
            rows = [s for s in series if s["zone"] == zone]
            if rows:
                _print_summary(console, zone, name, rows, head)
    console.print("free = nodes free for the whole step (what `envboot availability` answers for it); "
                  "fewest/most = at any minute inside it. Per-step figures: -f csv or -f json.", highlight=False)
    for f in doc.get("floating_ips", []):
        _print_fip_steps(console, f, head)
    console.print(data_line(doc["data"]))


def _print_summary(console: Console, zone: str, name: str, rows: list[dict[str, Any]], head: str) -> None:
    steps = len(rows[0]["steps"])
    type_width = max(len("node type"), *(len(s["node_type"]) for s in rows))
    width = max(8, min(SPARK_WIDTH, console.width - type_width - 40))  # the other columns take ~40
    per = group_size(steps, width)
    legend = "one character per step" if per == 1 else f"one character per {per} steps, the lowest"
    table = Table(title=f"capacity in {escape(zone)} ({escape(name)}), {head}", title_justify="left",
                  caption=f"sparkline: free for the whole step, {legend}; · = none free", caption_justify="left",
                  box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("node type", no_wrap=True, min_width=type_width)
    table.add_column("nodes", justify="right", no_wrap=True)
    table.add_column("free for whole step", no_wrap=True, min_width=min(steps, width))
    for col in ("free", "fewest", "most"):
        table.add_column(col, justify="right", no_wrap=True)
    for s in rows:
        whole = [x["free_whole_step"] for x in s["steps"]]
        lows = [x["min_free"] for x in s["steps"]]
        highs = [x["max_free"] for x in s["steps"]]
        table.add_row(escape(s["node_type"]), f"{s['reservable']}/{s['nodes']}",
                      sparkline(whole, s["reservable"], width), _range(min(whole), max(whole)),
                      str(min(lows)), str(max(highs)))
    console.print(table)


def _print_step_table(console: Console, title: str, steps: list[dict[str, Any]], top: int) -> None:
    """One row per step: its window, free for the whole step, fewest and most for one minute inside it."""
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False)
    for col in ("start (UTC)", "end (UTC)", "free", "fewest", "most", ""):
        table.add_column(col, justify="right" if col in ("free", "fewest", "most") else "left", no_wrap=True)
    for x in steps:
        table.add_row(_hm(x["start"]), _hm(x["end"]), str(x["free_whole_step"]), str(x["min_free"]),
                      str(x["max_free"]), sparkline([x["free_whole_step"]], top))
    console.print(table)


def _print_steps(console: Console, s: dict[str, Any], head: str) -> None:
    _print_step_table(console, f"capacity of {escape(s['node_type'])} in {escape(s['zone'])} "
                      f"({escape(s['zone_name'])}), {head}; {s['reservable']} of {s['nodes']} node(s) reservable",
                      s["steps"], s["reservable"])
    whole = [x["free_whole_step"] for x in s["steps"]]
    width = max(8, min(SPARK_WIDTH, console.width - len(s["node_type"]) - 2))
    console.print(f"{escape(s['node_type'])}: {sparkline(whole, s['reservable'], width)}", highlight=False)


def _print_fip_steps(console: Console, f: dict[str, Any], head: str) -> None:
    _print_step_table(console, f"floating IPs of network {escape(f['network_id'])} in {escape(f['zone'])} "
                      f"({escape(f['zone_name'])}), {head}; {f['addresses']} reservable", f["steps"], f["addresses"])
    console.print("free = addresses free for the whole step (what a lease of that window can get); fewest/most = "
                  "for one minute inside it; exact change points: -f json (floating_ips[].changes).", highlight=False)


def _range(lo: int, hi: int) -> str:
    return str(lo) if lo == hi else f"{lo}–{hi}"
