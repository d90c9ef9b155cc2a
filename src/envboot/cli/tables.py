"""Rich renderings for people. Programs use ``-f json`` (see ``envboot.jsonout``)."""

from __future__ import annotations

from typing import Any

from rich import box
from rich.console import Console
from rich.table import Table

from .console import safe, safe_doc


def data_line(data: dict[str, Any]) -> str:
    """The data footer; ``data`` is the raw JSON ``data`` object (escaped here)."""
    data = safe_doc(data)
    when = (
        f"fetched {data['fetched_at']}" if data["fetched_at"]
        else f"fetched before {data['fetched_before']}" if data["fetched_before"] else "fetch time unknown"
    )
    age = f", age {data['age']}" if data["age"] else ""
    stale = f" [bold red]STALE: {', '.join(data['stale_sites'])}[/]" if data["stale_sites"] else ""
    return f"[dim]data: {data['source']} {data['path']} ({when}{age})[/]{stale}"


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
    for col in ("zone", "name", "nodes", "reservable", "mapped", "unmapped", "reservations"):
        table.add_column(col, justify="right" if col not in ("zone", "name") else "left")
    for z in doc["zones"]:
        table.add_row(z["zone"], z["name"] + (" [red](stale)[/]" if z["stale"] else ""), str(z["total_nodes"]),
                      str(z["reservable"]), str(z["mapped"]), str(z["unmapped"]), str(z["reservations"]))
    console.print(table)
    console.print(data_line(raw["data"]))


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


STRATEGY_SHORT = {"time_shift": "shift", "zone_change": "zone"}  # the table's names; JSON keeps the full ones
STATUS_STYLE = {"ok": "green", "shifted": "yellow", "zone_changed": "yellow", "downgraded": "yellow",
                "infeasible": "red"}


def print_plan(console: Console, doc: dict[str, Any]) -> None:
    raw, doc = doc, safe_doc(doc)
    r = doc["request"]
    what = r["node_type"] or (f"nodes meeting {r['needs']}" if r.get("needs") else None) or \
        r["resource_properties"] or "any reservable"
    amount = r["amount"] if r["min_amount"] == r["amount"] else f"{r['min_amount']}..{r['amount']}"
    console.print(f"request: {amount} × {what} in {r['zone']}, {r['start']} → {r['end']} "
                  f"({r['duration_minutes']} min)", highlight=False)
    style = STATUS_STYLE[doc["status"]]
    console.print(f"status: [{style}]{doc['status']}[/] — {doc['explanation']}")
    print_warnings(console, raw["warnings"])
    if doc["options"]:
        # Fits 80 columns: every column but the node type keeps its width; a long node type folds.
        table = Table(title="options", title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False, padding=(0, 1, 0, 0))
        for col in ("#", "strategy", "zone", "start (UTC)", "hosts", "node type", "delay", "SU"):
            table.add_column(col, justify="right" if col in ("#", "hosts", "SU") else "left",
                             no_wrap=col != "node type", overflow="fold", min_width=len(col))
        for o in doc["options"]:
            table.add_row(str(o["rank"]), STRATEGY_SHORT.get(o["strategy"], o["strategy"]), o["zone"],
                          o["start"][:16].replace("T", " "), f"{o['amount']}/{o['free_count']}", o["node_type"] or "-",
                          _minutes(o["delay_minutes"]).replace(" ", ""), f"{o['su_cost']:g}")
        console.print(table)
        for o in doc["options"]:
            console.print(f"  #{o['rank']} {o['why']}", highlight=False)
        top = doc["options"][0]
        console.print(f"top option's hosts: {', '.join(n['hostname'] for n in top['nodes'])}", highlight=False)
        for line in top.get("meets", ()):
            console.print(f"  meets {line}", highlight=False)
    elif doc["tried"]:
        for t in doc["tried"]:
            console.print(f"  tried {t}")
    console.print(data_line(raw["data"]))


def _minutes(m: int) -> str:
    if m == 0:
        return "0"
    days, rem = divmod(m, 1440)
    hours, minutes = divmod(rem, 60)
    return " ".join(p for p in (f"{days}d" if days else "", f"{hours}h" if hours else "",
                                f"{minutes}m" if minutes else "") if p)
