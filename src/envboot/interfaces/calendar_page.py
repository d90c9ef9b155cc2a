"""The calendar page: one self-contained HTML file (data, script and style inlined; no network).

Like Chameleon's Host Calendar: a row per node, grouped by zone / cluster / node type, with each
reservation as a bar; above it, capacity lanes (free nodes per node type per zone, exact change
points from the engine); optionally a plan's options drawn on it. Other users are anonymous: the
page carries reservation and lease ids, never user names.

Pure apart from reading the vendored assets (``calendar_assets/``) and :func:`write_calendar`.
Times in the page model are minutes relative to ``origin`` (the range start, minutes since the epoch).
"""

from __future__ import annotations

import json
import shlex
from collections.abc import Sequence
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any

from envboot.core.fsutil import atomic_write_text, check_output_path
from envboot.core.timeutil import blazar_date, duration_text, iso_z
from envboot.domain.freshness import first_bookable_minute
from envboot.domain.model import MergedView, Node
from envboot.domain.properties import to_json
from envboot.domain.zones import is_reservable, zone_name
from envboot.kinds.floatingips.capacity import FipSeries
from envboot.kinds.hosts.engine import AvailabilityEngine, build_timeline, from_minute, to_minute, to_minute_ceil
from envboot.kinds.hosts.planner import Option, Plan

PAGE_VERSION = 1
ZOOMS = {"day": 1440, "week": 7 * 1440, "month": 30 * 1440}
ASSETS = ("calendar.css", "calendar.js")

# node status in the page: why a row is greyed
OK, NOT_RESERVABLE, NOT_IN_BLAZAR = "ok", "not_reservable", "not_in_blazar"
REASONS = {
    NOT_RESERVABLE: "not reservable: Blazar has the host with reservable=false",
    NOT_IN_BLAZAR: "unknown to Blazar: in the hardware inventory only, cannot be reserved",
}


def node_pin(node: Node) -> str:
    """The Blazar expression that matches exactly this host (as ``reserve --pin-nodes`` does)."""
    if "uid" in node.capabilities or node.in_inventory:
        return json.dumps(["==", "$uid", node.uid])
    return json.dumps(["==", "$hypervisor_hostname", node.columns.get("hypervisor_hostname", node.uid)])


def reserve_command(node: Node, start: int, duration: int, cleaning_minutes: int = 0) -> str:
    """The exact ``envboot reserve`` command for ``node`` over ``[start, start + duration)`` (minutes)."""
    parts = ["envboot", "reserve", "--zone", node.site_id, "--start", blazar_date(from_minute(start)),
             "--duration", duration_text(duration), "-n", "1", "--node-type", node.node_type,
             "-p", node_pin(node)]
    if cleaning_minutes:
        parts += ["--cleaning-time", str(cleaning_minutes)]
    parts += ["--dry-run", "0"]
    return shlex.join(parts)


def option_command(plan: Plan, option: Option, cleaning_minutes: int = 0) -> str:
    """The exact ``envboot reserve`` command for a plan option (its zone, window, hardware, min/max)."""
    minutes = int((option.end - option.start).total_seconds() // 60)
    parts = ["envboot", "reserve", "--zone", option.zone, "--start", blazar_date(option.start),
             "--duration", duration_text(minutes), "-n", str(option.max_amount)]
    if option.min_amount != option.max_amount:
        parts += ["--min-amount", str(option.min_amount)]
    if option.node_type:
        parts += ["--node-type", option.node_type]
    if plan.request.hosts:
        parts += ["--hosts", ",".join(plan.request.hosts)]
    extra = to_json(plan.request.properties)
    if extra:
        parts += ["-p", extra]
    if cleaning_minutes:
        parts += ["--cleaning-time", str(cleaning_minutes)]
    parts += ["--dry-run", "0"]
    return shlex.join(parts)


def node_status(node: Node) -> str:
    if not node.in_blazar:
        return NOT_IN_BLAZAR
    return OK if is_reservable(node) else NOT_RESERVABLE


def node_notes(node: Node) -> list[str]:
    notes = []
    if node.in_blazar and not node.in_inventory:
        notes.append("not in the hardware inventory (Blazar host only)")
    if node.stale:
        notes.append("this site's live data is stale (its last refresh failed)")
    return notes


def calendar_model(
    view: MergedView,
    *,
    zones: Sequence[str],
    start: int,
    end: int,
    now: datetime,
    generated_at: datetime,
    cleaning_minutes: int = 0,
    max_lease_minutes: int = 7 * 1440,
    plan: Plan | None = None,
    engine: AvailabilityEngine | None = None,
    fip_lanes: Sequence[FipSeries] = (),
) -> dict[str, Any]:
    """Everything the page shows, as compact JSON (times in minutes relative to ``start``). ``fip_lanes``: the
    floating IP kind's series (``kinds/floatingips/capacity``) over [start, end), one lane each."""
    if end <= start:
        raise ValueError("end must be after start")
    engine = engine or AvailabilityEngine(view.nodes, cleaning_minutes)
    site_order = {s.uid: i for i, s in enumerate(view.sites)}
    zone_list = sorted(zones, key=lambda z: site_order.get(z, len(site_order)))
    zset = set(zone_list)
    nodes = sorted((n for n in view.nodes if n.site_id in zset),
                   key=lambda n: (site_order.get(n.site_id, 0), n.cluster_id, n.node_type, n.hostname, n.uid))
    types = sorted({n.node_type for n in nodes})
    clusters = sorted({n.cluster_id for n in nodes})
    zi = {z: i for i, z in enumerate(zone_list)}
    ti = {t: i for i, t in enumerate(types)}
    ci = {c: i for i, c in enumerate(clusters)}
    index = {n.uid + "\0" + n.site_id: i for i, n in enumerate(nodes)}
    bookable = to_minute(first_bookable_minute(now))

    node_rows, bars, gaps = [], [], []
    for i, n in enumerate(nodes):
        status = node_status(n)
        node_rows.append([n.uid, n.hostname, zi[n.site_id], ci[n.cluster_id], ti[n.node_type], status,
                          REASONS.get(status, ""), "; ".join(node_notes(n))])
        for r in n.reservations:
            s, e = to_minute(r.start), to_minute_ceil(r.end)
            if s < end and e > start:
                bars.append([i, s - start, e - start, r.reservation_id, r.lease_id])
        if status == OK:
            tl = build_timeline(n, cleaning_minutes)
            cursor = start
            for s, e in zip(tl.starts, tl.ends, strict=True):
                if e <= cursor:
                    continue
                if s >= end:
                    break
                if s > cursor:
                    gaps.append(_gap(i, n, cursor, s, start, bookable, cleaning_minutes, max_lease_minutes))
                cursor = max(cursor, e)
            if cursor < end:
                gaps.append(_gap(i, n, cursor, end, start, bookable, cleaning_minutes, max_lease_minutes))

    lanes = []
    for z in zone_list:
        in_zone = [n for n in nodes if n.site_id == z]
        changes = engine.capacity_over_time(start, end, lambda n, z=z: n.site_id == z)
        for t in sorted({n.node_type for n in in_zone}):
            of_type = [n for n in in_zone if n.node_type == t]
            points = changes.get(t, [(start, 0)])
            lanes.append([zi[z], ti[t], sum(1 for n in of_type if is_reservable(n)), len(of_type),
                          [v for m, c in points for v in (m - start, c)]])

    data = view.data
    fetched = data.fetched_at or data.fetched_before
    fetch_label = (f"fetched {iso_z(data.fetched_at)}" if data.fetched_at
                   else f"fetched before {iso_z(data.fetched_before)}" if data.fetched_before else "fetch time unknown")
    model: dict[str, Any] = {
        "v": PAGE_VERSION,
        "origin": start,
        "origin_iso": iso_z(from_minute(start)),
        "length": end - start,
        "from": iso_z(from_minute(start)),
        "to": iso_z(from_minute(end)),
        "now": to_minute(now) - start,
        "now_iso": iso_z(now.replace(second=0, microsecond=0)),
        "generated_at": iso_z(generated_at.replace(microsecond=0)),
        "fetch": {"label": fetch_label, "at": (to_minute(fetched) - start) if fetched else None,
                  "exact": data.fetched_at is not None},
        "data": {"source": data.source, "stale_sites": list(data.stale_sites)},
        "cleaning": cleaning_minutes,
        "zooms": ZOOMS,
        "zones": [[z, zone_name(view, z)] for z in zone_list],
        "types": types,
        "clusters": clusters,
        "nodes": node_rows,
        "bars": bars,
        "gaps": gaps,
        "lanes": lanes,
        "fip_lanes": [[zi[f.zone], f.network_id, f.addresses, [v for m, c in f.changes for v in (m - start, c)]]
                      for f in fip_lanes if f.zone in zi],
        "plan": _plan_model(plan, index, start, end, cleaning_minutes) if plan is not None else None,
    }
    model["view"] = _initial_view(model)
    return model


def _gap(i: int, node: Node, s: int, e: int, origin: int, bookable: int, cleaning: int, max_lease: int) -> list:
    """A free gap ``[s, e)`` (absolute minutes) and the command reserving it (from its start, or from
    the first bookable minute if the gap spans now; at most the maximum lease)."""
    notes = []
    first = s
    if s < bookable < e:
        first = bookable
        notes.append("starts at the first minute Blazar accepts (the gap began in the past)")
    elif e <= bookable:
        notes.append("in the past: Blazar refuses a start before now")
    duration = e - first
    if duration > max_lease:
        duration = max_lease
        notes.append(f"the gap is longer than the maximum lease: its first {duration_text(max_lease)}")
    return [i, s - origin, e - origin, reserve_command(node, first, duration, cleaning), "; ".join(notes)]


def _plan_model(plan: Plan, index: dict[str, int], start: int, end: int, cleaning: int) -> dict[str, Any]:
    req = plan.request
    options = []
    for rank, o in enumerate(plan.options, 1):
        s, e = to_minute(o.start), to_minute(o.end)
        options.append({
            "rank": rank, "strategy": o.strategy, "zone": o.zone, "node_type": o.node_type,
            "start": s - start, "end": e - start, "start_iso": iso_z(o.start), "end_iso": iso_z(o.end),
            "amount": o.amount, "free_count": o.free_count, "why": o.why,
            "nodes": [index.get(n.uid + "\0" + n.site_id, -1) for n in o.nodes],
            "hostnames": [n.hostname for n in o.nodes],
            "command": option_command(plan, o, cleaning),
            "in_range": s < end and e > start,
        })
    fits = [o for o in options if o["strategy"] in ("base", "time_shift")]
    fit = min(fits, key=lambda o: o["start"]) if fits else None
    amount = str(req.amount) if req.min_amount == req.amount else f"{req.min_amount}..{req.amount}"
    return {
        "request": {"zone": req.zone, "start": to_minute(req.start) - start, "start_iso": iso_z(req.start),
                    "end_iso": iso_z(req.end), "duration_minutes": req.duration_minutes, "amount": amount,
                    "node_type": req.node_type, "resource_properties": to_json(req.query_for(req.node_type))},
        "status": plan.status,
        "explanation": plan.explanation,
        "warnings": list(plan.warnings),
        "options": options,
        "fit": None if fit is None else {"rank": fit["rank"], "start": fit["start"], "start_iso": fit["start_iso"],
                                         "end_iso": fit["end_iso"], "in_range": fit["in_range"]},
    }


def _initial_view(model: dict[str, Any]) -> dict[str, Any]:
    """Week zoom, from the day of the plan's request (or of now, or of the range start)."""
    length = model["length"]
    plan = model["plan"]
    anchor = 0
    if plan is not None:
        anchor = plan["request"]["start"]
        if plan["fit"] is not None:
            anchor = min(anchor, plan["fit"]["start"])
    elif 0 <= model["now"] < length:
        anchor = model["now"]
    day = ((model["origin"] + anchor) // 1440) * 1440 - model["origin"]
    return {"zoom": "week", "start": max(0, min(day, length - ZOOMS["week"]))}


def asset(name: str) -> str:
    return resources.files("envboot.interfaces").joinpath("calendar_assets", name).read_text(encoding="utf-8")


def _script_json(model: dict[str, Any]) -> str:
    """JSON safe inside a <script> element: no '<' at all (so no '</script>' or '<!--')."""
    return json.dumps(model, separators=(",", ":"), ensure_ascii=False).replace("<", "\\u003c")


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def render_html(model: dict[str, Any], title: str) -> str:
    """The page: the model as JSON, the vendored style and script inlined. Works from a file:// URL,
    offline; the script draws everything from the JSON."""
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n"
        f"<title>{_esc(title)}</title>\n<style>\n{asset('calendar.css')}\n</style>\n</head>\n"
        f"<body data-ready=\"0\">\n<noscript>This calendar draws itself with JavaScript; "
        f"the data is in the calendar-data element of this file.</noscript>\n"
        f"<script type=\"application/json\" id=\"calendar-data\">{_script_json(model)}</script>\n"
        f"<script>\n{asset('calendar.js')}\n</script>\n</body>\n</html>\n"
    )


def write_calendar(path: Path, html: str) -> None:
    """Atomically, mode 0600: the page holds every reservation and lease id, like the merged view."""
    check_output_path(path)
    atomic_write_text(path, html, mode=0o600)


def page_title(view: MergedView, zones: Sequence[str]) -> str:
    names = ", ".join(zone_name(view, z) for z in zones)
    return f"envboot calendar: {names}"


__all__ = [
    "REASONS",
    "ZOOMS",
    "calendar_model",
    "duration_text",
    "node_pin",
    "option_command",
    "page_title",
    "render_html",
    "reserve_command",
    "write_calendar",
]
