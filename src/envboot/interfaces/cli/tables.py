"""Rich renderings for people. Programs use ``-f json`` (see ``envboot.interfaces.jsonout``)."""

from __future__ import annotations

import io
from typing import Any

from rich import box
from rich.console import Console
from rich.table import Table

from envboot.interfaces.cli.console import clean, safe, safe_doc
from envboot.kinds.hosts.su import short_source


def data_line(data: dict[str, Any]) -> str:
    """The data footer; ``data`` is the raw JSON ``data`` object (escaped here). Live data (what ``envboot
    refresh`` wrote, read by default once there is some) says how long ago it was refreshed, by envboot's
    clock: ``data: live (refreshed 5 min ago, 2025-10-30 19:54Z) …/live``."""
    data = safe_doc(data)
    stale = f" [bold red]STALE: {', '.join(data['stale_sites'])}[/]" if data["stale_sites"] else ""
    if data["source"] == "live":
        at = f", {data['fetched_at'][:16].replace('T', ' ')}Z" if data["fetched_at"] else ""
        when = "refresh time unknown" if data.get("age_seconds") is None else f"refreshed {_ago(data['age_seconds'])}"
        return f"[dim]data: live ({when}{at}) {data['path']}[/]{stale}"
    when = (
        f"fetched {data['fetched_at']}" if data["fetched_at"]
        else f"fetched before {data['fetched_before']}" if data["fetched_before"] else "fetch time unknown"
    )
    age = f", age {data['age']}" if data["age"] else ""
    return f"[dim]data: {data['source']} {data['path']} ({when}{age})[/]{stale}"


def _ago(seconds: int) -> str:
    """``5 min ago``, ``2 h 5 min ago``, ``3 days 1 h ago``; ``2 min after now`` for data from after --now."""
    s = abs(int(seconds))
    if s < 60:
        return "under a minute ago" if seconds >= 0 else "under a minute after now"
    days, hours, minutes = s // 86400, s % 86400 // 3600, s % 3600 // 60
    parts = ([f"{days} day{'s' if days > 1 else ''}"] + ([f"{hours} h"] if hours else []) if days
             else ([f"{hours} h"] if hours else []) + ([f"{minutes} min"] if minutes else []))
    return " ".join(parts) + (" ago" if seconds >= 0 else " after now")


def print_availability(console: Console, doc: dict[str, Any]) -> None:
    raw, doc = doc, safe_doc(doc)
    if doc["node_type"]:
        what = f"{doc['node_type']} node(s)"
    elif doc.get("needs"):
        what = f"reservable node(s) meeting {doc['needs']},"
    else:
        what = "reservable node(s)"
    title = (f"{doc['zone_name']}: {doc['available_nodes']} free {what} {doc['start']} → {doc['end']} "
             f"({doc['duration_minutes']} min)")
    table = Table(title=title, title_justify="left")
    for col in ("#", "hostname", "node type", "resource id", "uid"):
        table.add_column(col)
    for i, n in enumerate(doc["nodes"], 1):
        table.add_row(str(i), n["hostname"], n["node_type"], n["resource_id"] or "", n["uid"])
    console.print(table)
    for part in doc.get("floating_ips", ()):
        got = part["option"]
        free = f"{len(got['free'])} free, likely {', '.join(got['addresses'])}" if got else "too few free"
        console.print(f"floating IPs: wanted {part['amount']} in the same window: {safe(free)}")
    verdict = "[green]sufficient[/]" if doc["sufficient"] else "[red]NOT sufficient[/]"
    console.print(f"wanted {doc['amount']}: {verdict}")
    print_warnings(console, raw.get("warnings", ()))
    console.print(data_line(raw["data"]))


def print_warnings(console: Console, warnings) -> None:
    for w in warnings:
        console.print(f"[yellow]warning:[/] {safe(w)}")


def print_zones(console: Console, doc: dict[str, Any]) -> None:
    raw, doc = doc, safe_doc(doc)
    table = Table(title="zones", title_justify="left")
    fips = any(z.get("floating_ips") for z in doc["zones"])
    for col in ("zone", "name", "nodes", "reservable", "mapped", "unmapped", "reservations",
                *(("floating IPs", "networks") if fips else ())):
        table.add_column(col, justify="right" if col not in ("zone", "name") else "left")
    for z in doc["zones"]:
        table.add_row(z["zone"], z["name"] + (" [red](stale)[/]" if z["stale"] else ""), str(z["total_nodes"]),
                      str(z["reservable"]), str(z["mapped"]), str(z["unmapped"]), str(z["reservations"]),
                      *(_fip_cells(z.get("floating_ips")) if fips else ()))
    console.print(table)
    at = next((z["floating_ips"]["at"] for z in doc["zones"] if z.get("floating_ips")), None)
    if at:
        unknown = any(z.get("floating_ips") and not z["floating_ips"]["allocations_known"] for z in doc["zones"])
        console.print(f"floating IPs: free/reservable addresses at {at[:16].replace('T', ' ')}Z (the data's time)"
                      + ("; ?: reservations unknown (no floatingip_allocations.json)" if unknown else ""),
                      highlight=False)
    console.print(data_line(raw["data"]))


def _fip_cells(f: dict[str, Any] | None) -> tuple[str, str]:
    if not f:
        return "-", "-"
    if not f["allocations_known"]:
        return f"?/{f['addresses']}", str(len(f["networks"]))
    return f"{f['free']}/{f['addresses']}", str(len(f["networks"]))


def print_merge(console: Console, doc: dict[str, Any], path: str) -> None:
    raw, doc, path = doc, safe_doc(doc), safe(path)
    s = doc["stats"]
    console.print(
        f"wrote {path}: {s['sites']} site(s), {s['nodes']} nodes, {s['hosts']} hosts, "
        f"{s['mapped_hosts']} mapped, {s['reservations']} reservations, "
        f"{s['unmatched_allocations']} unmatched allocation(s)"
    )
    console.print(data_line(raw["data"]))


def print_earliest(console: Console, doc: dict[str, Any] | None, horizon_hours: int) -> None:
    if doc is None:
        console.print(f"[red]no window with enough nodes within {horizon_hours} h[/]")
        return
    doc = safe_doc(doc)
    hosts = ", ".join(n["hostname"] for n in doc["nodes"])
    console.print(f"[green]earliest window:[/] {doc['start']} → {doc['end']}, {doc['free_count']} free; "
                  f"Blazar would take {hosts}")
    console.print(doc["why"])


STATUS_STYLE = {"ok": "green", "shifted": "yellow", "zone_changed": "yellow", "upgraded": "yellow",
                "downgraded": "yellow", "infeasible": "red"}
SCREEN_LINES = 24  # a plan table fits a 24-line terminal unless --all


def print_plan(console: Console, doc: dict[str, Any], *, reserve_command: str | None = None,
               show_all: bool = False, max_lines: int = SCREEN_LINES) -> None:
    """The plan for people: the request, the status, then as many of the top options as fit
    ``max_lines`` at the console's width (all of them with ``show_all``), each option's own reason
    (what all of them share is said once, on the status line), and the command that books the top one.
    Strategy names are the JSON's."""
    options = doc["options"]
    counts = [len(options)] if show_all or not options else range(len(options), 0, -1)
    for shown in counts:
        lines = _plan_lines(doc, shown, reserve_command)
        if shown == 1 or _height(console, lines) <= max_lines:
            break
    for text, markup in lines:
        console.print(text, markup=markup, highlight=False, soft_wrap=False)  # wrap at word boundaries


def _height(console: Console, lines: list[tuple[Any, bool]]) -> int:
    probe = Console(width=console.width, file=io.StringIO(), color_system=None, force_terminal=False)
    with probe.capture() as captured:
        for text, markup in lines:
            probe.print(text, markup=markup, highlight=False, soft_wrap=False)
    return len(captured.get().splitlines())


def _plan_lines(doc: dict[str, Any], shown: int, reserve_command: str | None) -> list[tuple[Any, bool]]:
    r = doc["request"]
    what = r["node_type"] or (f"nodes meeting {r['needs']}" if r.get("needs") else None) or \
        r["resource_properties"] or "any reservable"
    amount = r["amount"] if r["min_amount"] == r["amount"] else f"{r['min_amount']}..{r['amount']}"
    start, end = r["start"][:16].replace("T", " "), r["end"][:16].replace("T", " ")
    end = end[11:] if end[:10] == start[:10] else end  # the same day: the end's time only
    out: list[tuple[Any, bool]] = [(clean(f"request: {amount} × {what} in {r['zone']}, {start} → {end} UTC "
                                          f"({r['duration_minutes']} min)"), False)]
    options = doc["options"]
    # With --needs every reason ends "<type> meets <needs>": the request line says it once.
    shared, reasons = _shared_reason([o["why"].replace(f"; {o['node_type']} meets {r['needs']}", "", 1)
                                      if r.get("needs") else o["why"] for o in options])
    style = STATUS_STYLE[doc["status"]]
    out.append((f"status: [{style}]{doc['status']}[/] — {safe(shared if options else doc['explanation'])}", True))
    out += [(f"[yellow]warning:[/] {safe(w)}", True) for w in doc["warnings"]]
    if options:
        gpus = any(o.get("gpus_per_node") for o in options)
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, padding=(0, 1, 0, 0))
        cols = ["#", "strategy", "zone", "start (UTC)", "hosts", *(["GPUs"] if gpus else []), "node type", "SU"]
        for col in cols:
            table.add_column(col, justify="right" if col in ("#", "hosts", "GPUs", "SU") else "left",
                             no_wrap=col != "node type", overflow="fold", min_width=len(col))
        for o in options[:shown]:
            row = [str(o["rank"]), o["strategy"], o["zone"], o["start"][:16].replace("T", " "),
                   f"{o['amount']}/{o['free_count']}", *([str(o.get("gpus_per_node", 0))] if gpus else []),
                   o["node_type"] or "-", "?" if o["su_cost"] is None else f"{o['su_cost']:g}"]
            table.add_row(*(safe(c) for c in row))
        out.append((table, True))
        if (line := _su_sources(options[:shown], doc.get("policy") or ())) is not None:
            out.append((line, True))
        out += [(f"  #{o['rank']} {safe(why)}", True) for o, why in zip(options[:shown], reasons[:shown], strict=True)
                if why]
        top = options[0]
        out.append((f"top option's hosts: {safe(', '.join(n['hostname'] for n in top['nodes']))}", True))
        for part in top.get("floating_ips", ()):
            out.append((f"top option's floating IPs: {part['amount']} of network {safe(part['network_id'])} "
                        f"(likely {safe(', '.join(part['addresses']))}), in the same lease", True))
        out += [(f"  meets {safe(line)}", True) for line in top.get("meets", ())]
        if reserve_command:
            out.append((clean(f"book it: {reserve_command}"), False))
        if shown < len(options):
            out.append((f"{len(options) - shown} more: --all or -f json", False))
    else:
        out += [(f"  tried {safe(t)}", True) for t in doc["tried"]]
    if doc.get("policy"):
        from envboot.interfaces.policy_checks import lines as policy_lines

        out += [(line, True) for line in policy_lines(doc["policy"])]
    out.append((data_line(doc["data"]), True))
    return out


def _su_sources(options: list[dict[str, Any]], checks: Any) -> str | None:
    """Where the SU column's figures come from (``su_source``, without its URL: that is in ``-f json``), when
    the su_cost policy line, which prices the top option the same way and names its rates, does not say it
    for all of them: ``SU: #1 #2 policy su-rates-2025-08 rate table; #3 blazar su_factor``."""
    by: dict[str, list[str]] = {}
    for o in options:
        source = short_source(o.get("su_source") or "unknown")
        by.setdefault(source, []).append(f"#{o['rank']}")
    if len(by) == 1 and any(c.get("check") == "su_cost" for c in checks):
        return None
    return "SU: " + "; ".join(f"{' '.join(ranks)} {safe(source)}" for source, ranks in by.items())


def _shared_reason(whys: list[str]) -> tuple[str, list[str]]:
    """The first clause (up to "; ") all reasons share, and each reason without it."""
    if not whys:
        return "", []
    head = whys[0].split("; ", 1)[0]
    if all(w == head or w.startswith(head + "; ") for w in whys):
        return head, [w[len(head) + 2:] if w != head else "" for w in whys]
    return whys[0], [w if k else (w[len(whys[0]) + 2:] if w != whys[0] else "") for k, w in enumerate(whys)]


def _minutes(m: int) -> str:
    if m == 0:
        return "0"
    days, rem = divmod(m, 1440)
    hours, minutes = divmod(rem, 60)
    return " ".join(p for p in (f"{days}d" if days else "", f"{hours}h" if hours else "",
                                f"{minutes}m" if minutes else "") if p)
