"""``envboot lease list | show | wait | extend | delete``: your own leases, in one zone."""

from __future__ import annotations

import sys
import time
from datetime import timedelta
from typing import Annotated

import typer

from envboot.core.errors import EXIT_BLAZAR, EXIT_NO_CAPACITY
from envboot.core.timeutil import iso_z, parse_duration
from envboot.interfaces.cli.console import clean, emit_json, err, out, safe
from envboot.interfaces.cli.live_options import (
    AuditOpt,
    InsecureOpt,
    InventoryOpt,
    LiveDataOpt,
    OsCloudOpt,
    ZonesConfigOpt,
    audit_log,
    live_context,
)
from envboot.interfaces.cli.options import Format, FormatOpt
from envboot.interfaces.live_json import lease_json
from envboot.live.blazar_errors import call_blazar
from envboot.live.leases import (
    Lease,
    audited_delete,
    lease_hosts,
    lease_instances,
    on_lease,
)

lease_app = typer.Typer(help="Your own leases: list, show, wait, extend, delete.", no_args_is_help=True,
                        context_settings={"help_option_names": ["-h", "--help"]})
ZoneArg = Annotated[str, typer.Option("--zone", "-z", envvar="ZONE", help="Zone (default: current)")]
YesOpt = Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation (needed without a terminal)")]


def _zone_api(zone, os_cloud, zones_config, live_data, inventory, insecure):
    ctx = live_context(os_cloud, zones_config, live_data, inventory, insecure)
    site = ctx.site_of(zone)
    return ctx.leases(site), site


def _need_terminal_or_yes(yes: bool, what: str) -> None:
    """Like ``reserve``: a change to a lease is confirmed at a terminal, or asked for with ``--yes``."""
    if not yes and not sys.stdin.isatty():
        raise typer.BadParameter(f"without a terminal, pass --yes to {what}", param_hint="--yes")


@lease_app.command("list")
def list_(zone: ZoneArg = "current", os_cloud: OsCloudOpt = None, zones_config: ZonesConfigOpt = None,
          live_data: LiveDataOpt = None, inventory: InventoryOpt = None, insecure: InsecureOpt = False,
          fmt: FormatOpt = Format.table) -> None:
    """Your project's leases in a zone."""
    api, _ = _zone_api(zone, os_cloud, zones_config, live_data, inventory, insecure)
    leases = call_blazar(api.list, "lease list")
    if fmt is Format.json:
        emit_json({"leases": [lease_json(x) for x in leases]})
        return
    print_leases(leases, zone)


def print_leases(leases: list[Lease], zone: str, console=out) -> None:  # noqa: ANN001
    """The ``lease list`` table."""
    if not leases:
        console.print(f"no leases in zone {clean(zone)} for your project", markup=False, highlight=False)
        return
    from rich.table import Table

    table = Table(title=f"{len(leases)} lease(s) in zone {safe(zone)}", title_justify="left")
    width = max(len(clean(x.id)) for x in leases)
    table.add_column("id", no_wrap=True, min_width=width)  # ids are copied: never wrapped
    for col in ("name", "status", "start (UTC)", "end (UTC)"):
        table.add_column(col, overflow="fold")
    for x in leases:
        table.add_row(safe(x.id), safe(x.name), safe(x.status), iso_z(x.start), iso_z(x.end))  # Blazar's strings
    console.print(table)


@lease_app.command()
def show(lease_id: str, zone: ZoneArg = "current", os_cloud: OsCloudOpt = None, zones_config: ZonesConfigOpt = None,
         live_data: LiveDataOpt = None, inventory: InventoryOpt = None, insecure: InsecureOpt = False,
         fmt: FormatOpt = Format.table) -> None:
    """One lease, by id, with the hosts Blazar allocated to it (and, for instances, how many)."""
    api, site = _zone_api(zone, os_cloud, zones_config, live_data, inventory, insecure)
    lease = on_lease(lambda: api.get(lease_id), f"lease show {lease_id}", lease_id, site)
    doc = lease_json(lease)
    doc["hosts"] = call_blazar(lambda: lease_hosts(api, lease), f"lease show {lease_id}: allocations")
    instances = lease_instances(lease)
    if instances is not None:
        doc["instances"] = instances
    emit_json(doc) if fmt is Format.json else print_lease(doc)


def print_lease(doc: dict, console=out) -> None:  # noqa: ANN001
    """The ``lease show`` table output: the lease document, then its hosts (and instances) and flavor."""
    import json
    import re

    from rich.highlighter import JSONHighlighter

    text = json.dumps(doc, indent=2, ensure_ascii=False)  # C0 controls come out as \u escapes; C1 too, here:
    text = re.sub(r"[\x7f-\x9f]", lambda m: f"\\u{ord(m.group()):04x}", text)
    console.print(JSONHighlighter()(text), soft_wrap=True)
    instances = doc.get("instances")
    held = f"{instances} instance(s) on " if instances is not None else ""
    hosts = ", ".join(clean(h) for h in doc["hosts"])
    console.print(f"{held}{len(doc['hosts'])} host(s): {hosts or '(none allocated)'}",
                  markup=False, highlight=False)
    if "launch_flavor" in doc:
        console.print(f"launch instances with flavor {clean(doc['launch_flavor'])}", markup=False, highlight=False)


def print_status(lease: Lease, console=out) -> None:  # noqa: ANN001
    """The ``lease wait`` line."""
    console.print(f"{clean(lease.id)} {clean(lease.status)}", markup=False, highlight=False)


@lease_app.command()
def wait(lease_id: str, timeout: Annotated[int, typer.Option("--timeout", min=1)] = 300, zone: ZoneArg = "current",
         os_cloud: OsCloudOpt = None, zones_config: ZonesConfigOpt = None, live_data: LiveDataOpt = None,
         inventory: InventoryOpt = None, insecure: InsecureOpt = False, fmt: FormatOpt = Format.table) -> None:
    """Wait until the lease leaves CREATING/STARTING/UPDATING. Exit 4 if it ends in ERROR."""
    api, site = _zone_api(zone, os_cloud, zones_config, live_data, inventory, insecure)
    deadline = time.monotonic() + timeout
    lease = on_lease(lambda: api.get(lease_id), f"lease wait {lease_id}", lease_id, site)
    while not lease.settled and time.monotonic() < deadline:
        time.sleep(1)
        lease = on_lease(lambda: api.get(lease_id), f"lease wait {lease_id}", lease_id, site)
    emit_json(lease_json(lease)) if fmt is Format.json else print_status(lease)
    if lease.status == "ERROR" or not lease.settled:
        raise typer.Exit(EXIT_BLAZAR)


@lease_app.command()
def extend(lease_id: str,
           by: Annotated[str | None, typer.Option("--by", help="Prolong by a duration, e.g. 2h, 90m, 1d")] = None,
           to: Annotated[str | None, typer.Option("--to", help="New end (earlier than the end: shorten)")] = None,
           defer_by: Annotated[str | None, typer.Option("--defer-by", help="Pending: start and end later")] = None,
           advance_by: Annotated[str | None, typer.Option("--advance-by", help="Pending: both earlier")] = None,
           to_max: Annotated[bool, typer.Option("--max", help="To the latest end this Blazar accepts")] = False,
           dry_run: Annotated[bool, typer.Option("--dry-run", help="Predict Blazar's answer; change nothing")] = False,
           now: Annotated[str | None, typer.Option("--now", help="envboot's clock (ENVBOOT_NOW)")] = None,
           max_duration: Annotated[int, typer.Option(
               "--blazar-max-lease-duration", envvar="ENVBOOT_BLAZAR_MAX_LEASE_DURATION", min=-1,
               help="This Blazar's MaxLeaseDurationFilter limit, seconds (-1: not enabled)")] = -1,
           yes: YesOpt = False, zone: ZoneArg = "current", os_cloud: OsCloudOpt = None,
           zones_config: ZonesConfigOpt = None, live_data: LiveDataOpt = None, inventory: InventoryOpt = None,
           insecure: InsecureOpt = False, audit: AuditOpt = None, fmt: FormatOpt = Format.table) -> None:
    """Change a lease's dates (prolong, shorten, defer, advance), with Blazar 18's answer predicted first
    from every allocation of the zone (docs/live.md, "Extending a lease"): the verdict, Blazar's own
    message when it refuses, and the latest end it would accept. A predicted refusal is not sent
    (exit 1). Asks first, like reserve (--yes: don't); recorded in the audit trail."""
    from envboot.core.settings import Settings
    from envboot.core.timeutil import clock, parse_time
    from envboot.live.extension import CannotPredict, has_instances, prediction_json, read_lease
    from envboot.planning import extension as ext

    chosen = [n for n, v in (("--by", by), ("--to", to), ("--defer-by", defer_by), ("--advance-by", advance_by),
                             ("--max", to_max or None)) if v]
    if len(chosen) != 1:
        raise typer.BadParameter("give exactly one of --by, --to, --defer-by, --advance-by, --max",
                                 param_hint="--by")
    if not dry_run:
        _need_terminal_or_yes(yes, f"extend lease {lease_id}")
    t = clock(now)
    ctx = live_context(os_cloud, zones_config, live_data, inventory, insecure)
    site = ctx.site_of(zone)
    api = ctx.leases(site)
    cleaning = Settings.from_env().cleaning_minutes
    live = read_lease(api, site, lease_id, cleaning_minutes=cleaning, max_lease_duration=max_duration)
    if has_instances(live.lease):  # flavor:instance: the KVM hosts' inventories come from a refresh
        from envboot.kinds.flavors.loaders import load_flavor_data

        ctx.refresh([site])
        zone_data = next((z for z in load_flavor_data(ctx.data_dir).zones if z.zone == site), None)
        if zone_data is None:
            raise CannotPredict(f"lease {lease_id}: {site} has no flavor data after refresh (not a KVM zone?)", 4)
        kvm = zone_data.hosts
        live = read_lease(api, site, lease_id, cleaning_minutes=cleaning, max_lease_duration=max_duration,
                          kvm_hosts=kvm)
    lease, state = live.lease, live.state
    if by is not None:
        kind, change = "prolong", ext.prolong(state, timedelta(minutes=parse_duration(by, what="--by")))
    elif to is not None:
        end = parse_time(to, what="--to", now=t)
        kind, change = ("shorten" if end < lease.end else "prolong"), ext.Change(end=end)
    elif defer_by is not None:
        kind, change = "defer", ext.defer(state, timedelta(minutes=parse_duration(defer_by, what="--defer-by")))
    elif advance_by is not None:
        kind, change = "advance", ext.advance(state, timedelta(minutes=parse_duration(advance_by,
                                                                                      what="--advance-by")))
    else:
        try:
            latest, note = ext.latest_end(state, live.site, t)
        except ext.PredictionError as exc:
            raise CannotPredict(f"lease extend {lease_id}: cannot predict Blazar's answer: {exc}", 4) from None
        if latest is None and not dry_run:
            raise typer.BadParameter(f"--max: {'no end is accepted' if note == 'none' else 'nothing bounds the end'}"
                                     " for this lease; give --by or --to", param_hint="--max")
        kind, change = "max", ext.Change(end=latest or lease.end)
    try:
        p = ext.predict(state, live.site, change, t)
    except ext.PredictionError as exc:
        raise CannotPredict(f"lease extend {lease_id}: cannot predict Blazar's answer: {exc}", 4) from None
    doc = prediction_json(p, lease, kind, dry_run=dry_run)
    line = (f"lease {clean(lease.id)} ({clean(lease.name)}) in {clean(site)}: {kind} to {iso_z(p.requested_start)} .. "
            f"{iso_z(p.requested_end)}: Blazar will {'accept' if p.accepted else 'refuse'}"
            + (f" ({clean(p.reason)})" if p.reason else "")
            + (f"; latest end it accepts: {iso_z(p.latest_end)}" if p.latest_end else
               "; nothing bounds the end" if p.latest_end_note == "unbounded" else "; it accepts no end")
            + (f"; hosts replaced: {', '.join(p.dropped)}" if p.dropped else ""))
    if dry_run or not p.accepted:
        emit_json(doc) if fmt is Format.json else out.print(line, markup=False, highlight=False)
        if not p.accepted:
            raise typer.Exit(EXIT_NO_CAPACITY)
        return
    if not yes:
        err.print(f"about to change {line}", markup=False, highlight=False)
        if not typer.confirm("update this lease?", default=False):
            raise typer.Exit(130)
    from envboot.live.extension import audited_update

    updated = audited_update(api, audit_log(audit), site, lease, change, p)
    doc = prediction_json(p, lease, kind, dry_run=False, updated=updated)
    emit_json(doc) if fmt is Format.json else out.print(f"{clean(updated.id)} now {iso_z(updated.start)} .. "
                                                        f"{iso_z(updated.end)}", markup=False, highlight=False)


@lease_app.command()
def delete(lease_id: str, yes: YesOpt = False,
           wait_gone: Annotated[bool, typer.Option("--wait", help="Wait until it is gone")] = False,
           missing_ok: Annotated[bool, typer.Option("--missing-ok", help="A lease already gone is fine")] = False,
           zone: ZoneArg = "current", os_cloud: OsCloudOpt = None, zones_config: ZonesConfigOpt = None,
           live_data: LiveDataOpt = None, inventory: InventoryOpt = None, insecure: InsecureOpt = False,
           audit: AuditOpt = None) -> None:
    """Delete a lease (asks first; --yes: don't). Recorded in the audit trail."""
    _need_terminal_or_yes(yes, f"delete lease {lease_id}")
    if not yes and not typer.confirm(f"delete lease {lease_id}?", default=False):
        raise typer.Exit(130)
    api, site = _zone_api(zone, os_cloud, zones_config, live_data, inventory, insecure)
    done = audited_delete(api, audit_log(audit), site, lease_id, missing_ok=missing_ok)
    if done and wait_gone:
        for _ in range(60):
            if call_blazar(lambda: api.get(lease_id), "lease get", missing_ok=True) is None:
                break
            time.sleep(1)
    out.print(f"{clean(lease_id)}: {'deleted' if done else 'already gone'}", markup=False, highlight=False)
