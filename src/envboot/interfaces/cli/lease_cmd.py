"""``envboot lease list | show | wait | extend | delete``: your own leases, in one zone."""

from __future__ import annotations

import sys
import time
from typing import Annotated

import typer

from envboot.core.errors import EXIT_BLAZAR, EXIT_NO_CAPACITY, EXIT_OK
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
from envboot.interfaces.policy_checks import PolicyOpt, policy
from envboot.interfaces.policy_checks import lines as policy_lines
from envboot.live.blazar_errors import call_blazar
from envboot.live.leases import (
    Lease,
    audited_delete,
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
          policy_file: PolicyOpt = None, fmt: FormatOpt = Format.table) -> None:
    """Your project's leases in a zone. An active host lease with nothing launched on it is warned about
    from 6 h (Chameleon deletes it after 9 h), where the cloud lets envboot see its instances."""
    pol = policy(policy_file)  # a bad policy file: exit 2 before any call
    ctx = live_context(os_cloud, zones_config, live_data, inventory, insecure)
    site = ctx.site_of(zone)
    api = ctx.leases(site)
    leases = call_blazar(api.list, "lease list")
    checks, note = _idle(ctx, site, api, leases, pol)
    if fmt is Format.json:
        doc: dict = {"leases": [lease_json(x) for x in leases]}
        if checks:
            doc["policy"] = checks
        if note:
            doc["warnings"] = [note]
        emit_json(doc)
        return
    print_leases(leases, zone)
    for line in policy_lines([c for c in checks if c["outcome"] != "pass"]):
        out.print(line, highlight=False)
    if note:
        err.print(note, markup=False, highlight=False)


def _idle(ctx, site: str, api, leases: list[Lease], pol) -> tuple[list[dict], str | None]:  # noqa: ANN001
    """The idle-lease checks of the active host leases (servers from Nova, hosts from Blazar's allocations)."""
    from envboot.core.timeutil import clock
    from envboot.interfaces.policy_checks import idle_checks
    from envboot.live.instances import host_lease_instances, project_servers

    if not any(x.status == "ACTIVE" for x in leases):
        return [], None
    conn = ctx.connection_for_endpoint(ctx.endpoint(site))
    servers = project_servers(conn.session, conn.region)
    try:
        instances = host_lease_instances(api, leases, servers)
    except Exception:  # noqa: BLE001 - the allocations could not be read: the check is advice, not the listing
        instances = {x.id: None for x in leases if x.status == "ACTIVE"}
    return idle_checks(pol, leases, instances, clock())


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
    from envboot.interfaces.live_json import lease_show_json

    lease = on_lease(lambda: api.get(lease_id), f"lease show {lease_id}", lease_id, site)
    doc = lease_show_json(api, lease)
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
    if doc.get("floating_ips"):
        console.print(f"{len(doc['floating_ips'])} floating IP(s): {', '.join(clean(a) for a in doc['floating_ips'])}",
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
           or_follow_on: Annotated[bool, typer.Option(
               "--or-follow-on", help="If Blazar would refuse: book the best follow-on (a new lease from the "
               "current end) through reserve's verified, audited flow")] = False,
           policy_file: PolicyOpt = None,
           yes: YesOpt = False, zone: ZoneArg = "current", os_cloud: OsCloudOpt = None,
           zones_config: ZonesConfigOpt = None, live_data: LiveDataOpt = None, inventory: InventoryOpt = None,
           insecure: InsecureOpt = False, audit: AuditOpt = None, fmt: FormatOpt = Format.table) -> None:
    """Change a lease's dates (prolong, shorten, defer, advance), with Blazar 18's answer predicted first
    from every allocation of the zone (docs/live.md, "Extending a lease"): the verdict, Blazar's own
    message when it refuses, and the latest end it would accept. A predicted refusal is not sent
    (exit 1): the follow-on leases are listed instead (the same hosts as soon as they are free, the same
    hardware or flavor), each with the command that books it; --or-follow-on books the first. Asks first, like
    reserve (--yes: don't); recorded in the audit trail.

    [bold]Examples[/]:
      envboot lease extend LEASE_ID --max --dry-run
      envboot lease extend LEASE_ID --by 1d --dry-run -f json
      envboot lease extend LEASE_ID --by 4h --or-follow-on --yes
    """
    from envboot.core.settings import Settings
    from envboot.core.timeutil import clock, parse_time
    from envboot.interfaces.follow_on import extension_json
    from envboot.live.extension import UpdateAsk, plan_update

    chosen = [n for n, v in (("--by", by), ("--to", to), ("--defer-by", defer_by), ("--advance-by", advance_by),
                             ("--max", to_max or None)) if v]
    if len(chosen) != 1:
        raise typer.BadParameter("give exactly one of --by, --to, --defer-by, --advance-by, --max",
                                 param_hint="--by")
    if not dry_run:
        _need_terminal_or_yes(yes, f"extend lease {lease_id}")
    t = clock(now)
    rules = policy(policy_file)
    ask = UpdateAsk(by=parse_duration(by, what="--by") if by is not None else None,
                    to=parse_time(to, what="--to", now=t) if to is not None else None,
                    defer_by=parse_duration(defer_by, what="--defer-by") if defer_by is not None else None,
                    advance_by=parse_duration(advance_by, what="--advance-by") if advance_by is not None else None,
                    to_max=to_max, show_only=dry_run)
    ctx = live_context(os_cloud, zones_config, live_data, inventory, insecure)
    site = ctx.site_of(zone)
    api = ctx.leases(site)
    cleaning = Settings.from_env().cleaning_minutes
    try:
        planned = plan_update(ctx, site, lease_id, ask, now=t, cleaning_minutes=cleaning,
                              max_lease_duration=max_duration, policy=rules)
    except ValueError as exc:
        raise typer.BadParameter(f"--max: {exc} for this lease; give --by or --to", param_hint="--max") from None
    lease, kind, change, p = planned.lease, planned.kind, planned.change, planned.prediction
    doc = extension_json(planned, cleaning, dry_run=dry_run)
    line = (f"lease {clean(lease.id)} ({clean(lease.name)}) in {clean(site)}: {kind} to {iso_z(p.requested_start)} .. "
            f"{iso_z(p.requested_end)}: Blazar will {'accept' if p.accepted else 'refuse'}"
            + (f" ({clean(p.reason)})" if p.reason else "")
            + (f"; latest end it accepts: {iso_z(p.latest_end)}" if p.latest_end else
               "; nothing bounds the end" if p.latest_end_note == "unbounded" else "; it accepts no end")
            + (f"; hosts replaced: {', '.join(p.dropped)}" if p.dropped else ""))
    if not p.accepted and or_follow_on:
        _book_follow_on(ctx, planned, doc, line, cleaning, dry_run=dry_run, yes=yes, audit=audit, fmt=fmt,
                        pol=rules, policy_file=policy_file)
        return
    if dry_run or not p.accepted:
        if fmt is Format.json:
            emit_json(doc)
        else:
            _print_prediction(line, doc, planned)
        if not p.accepted:
            raise typer.Exit(EXIT_NO_CAPACITY)
        return
    if not yes:
        err.print(f"about to change {line}", markup=False, highlight=False)
        if not typer.confirm("update this lease?", default=False):
            raise typer.Exit(130)
    from envboot.live.extension import audited_update

    updated = audited_update(api, audit_log(audit), site, lease, change, p)
    doc = extension_json(planned, cleaning, dry_run=False, updated=updated)
    emit_json(doc) if fmt is Format.json else out.print(f"{clean(updated.id)} now {iso_z(updated.start)} .. "
                                                        f"{iso_z(updated.end)}", markup=False, highlight=False)


def _print_prediction(line: str, doc: dict, planned) -> None:  # noqa: ANN001
    out.print(line, markup=False, highlight=False)
    for text in policy_lines(doc["policy"]):
        out.print(text)
    p = planned.prediction
    if not p.accepted and p.requested_end > planned.lease.end:  # a refused later end: what carries on instead
        if not doc["follow_on"]:
            out.print("no follow-on offered: none fits within 7 days of the current end, or the lease holds several "
                      "reservations (book them with envboot reserve)", markup=False, highlight=False)
        for i, f in enumerate(doc["follow_on"], 1):
            out.print(f"follow-on {i} ({f['label']}): {f['start']} .. {f['end']}, {f['why']}; book it: "
                      f"{f['command']}", markup=False, highlight=False)


def _book_follow_on(ctx, planned, doc: dict, line: str, cleaning: int, *, dry_run: bool, yes: bool, audit,  # noqa: ANN001
                    fmt: Format, pol, policy_file=None) -> None:  # noqa: ANN001
    """``--or-follow-on``: the first follow-on, booked by ``reserve``'s flow (its consent, verification, audit)."""
    from envboot.interfaces.cli.reserve_cmd import render, run_reserve
    from envboot.interfaces.follow_on import follow_on_flags
    from envboot.interfaces.kinds import ReserveFlags, commands_for
    from envboot.interfaces.live_json import outcome_json

    if fmt is not Format.json:
        _print_prediction(line, doc, planned)
    if not planned.follow_ons:
        if fmt is Format.json:
            emit_json(doc)
        else:
            err.print("--or-follow-on: nothing to book", markup=False, highlight=False)
        raise typer.Exit(EXIT_NO_CAPACITY)
    best = planned.follow_ons[0]
    if fmt is not Format.json:
        out.print(f"booking follow-on 1 ({best.label}): {doc['follow_on'][0]['command']}", markup=False,
                  highlight=False)
    from dataclasses import replace

    flags = replace(follow_on_flags(best, cleaning), policy_file=policy_file)  # the SU rates of --policy too
    spec = commands_for(best.resource_type).reserve_spec(ctx, flags, ReserveFlags(dry_run))
    result, checks = run_reserve(spec, ctx, int(dry_run), yes, audit, pol)
    if fmt is Format.json:
        booked = outcome_json(result)
        if checks is not None:
            booked["policy"] = checks
        emit_json({**doc, "follow_on_booked": booked})
    else:
        render(result, fmt, None, checks)
    if result.exit_code != EXIT_OK:
        raise typer.Exit(result.exit_code)


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
