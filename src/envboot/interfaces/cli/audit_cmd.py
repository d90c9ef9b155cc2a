"""``envboot audit`` (read the trail) and ``envboot audit reconcile`` (resolve dangling intents)."""

from __future__ import annotations

from typing import Annotated

import typer

from envboot.core.timeutil import iso_z, parse_time
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
from envboot.live.audit import group_by_intent, lease_ops_without_intent
from envboot.live.reserve import Reserver

audit_app = typer.Typer(help="The reservation audit trail.", invoke_without_command=True,
                        context_settings={"help_option_names": ["-h", "--help"]})


@audit_app.callback()
def show(ctx: typer.Context, lease: Annotated[str | None, typer.Option("--lease", help="Only this lease id")] = None,
         since: Annotated[str | None, typer.Option("--since", help="Only records at or after this time")] = None,
         audit: AuditOpt = None, fmt: FormatOpt = Format.table) -> None:
    """Read the audit trail: one line per intent with its outcome."""
    if ctx.invoked_subcommand is not None:
        return
    log = audit_log(audit)
    after = parse_time(since, what="--since") if since else None
    records = log.records()
    for w in log.warnings:
        err.print(f"warning: {clean(w)}", markup=False, highlight=False)
    rows = []
    for st in group_by_intent(records):
        recs = [r for r in st.records if after is None or r.ts >= after]
        if not recs:
            continue
        outcome = st.outcome
        lease_id = outcome.data.get("lease_id") if outcome else None
        if lease and lease_id != lease:
            continue
        rows.append({"intent_id": st.intent_id, "lease_name": st.lease_name, "zone": st.intent.data.get("zone"),
                     "started": iso_z(st.intent.ts), "result": st.result,
                     "lease_id": lease_id, "hosts": outcome.data.get("hosts") if outcome else None,
                     "records": [{"ts": iso_z(r.ts), "event": r.event, **r.data} for r in recs]})
    ops = [{"ts": iso_z(r.ts), "event": r.event, **r.data} for r in lease_ops_without_intent(records)
           if (after is None or r.ts >= after) and (lease is None or r.data.get("lease_id") == lease)]
    if fmt is Format.json:
        emit_json({"audit_file": str(log.path), "intents": rows, "lease_ops": ops, "warnings": list(log.warnings)})
        return
    for r in rows:  # every field as the file has it: control characters dropped, markup not interpreted
        hosts = ", ".join(str(h) for h in r["hosts"] or [])
        out.print(clean(f"{r['started']} {r['intent_id']} {r['lease_name']} {r['zone']}: {r['result']} "
                        f"{r['lease_id'] or ''} {hosts}"), markup=False, highlight=False)
    for o in ops:
        out.print(clean(f"{o['ts']} {o['event']} {o.get('lease_id')} {o.get('zone')}: {o.get('result')}"),
                  markup=False, highlight=False)
    out.print(f"[dim]{len(rows)} intent(s)" + (f", {len(ops)} lease change(s) of leases made elsewhere" if ops else "")
              + f" in {safe(log.path)}[/]")


@audit_app.command()
def reconcile(os_cloud: OsCloudOpt = None, zones_config: ZonesConfigOpt = None, live_data: LiveDataOpt = None,
              inventory: InventoryOpt = None, insecure: InsecureOpt = False, audit: AuditOpt = None,
              fmt: FormatOpt = Format.table) -> None:
    """Resolve intents with no recorded outcome by looking their lease up by name. Creates nothing."""
    ctx = live_context(os_cloud, zones_config, live_data, inventory, insecure)
    log = audit_log(audit)
    resolved = Reserver(ctx, log).reconcile()
    for w in log.warnings:  # torn lines the reading skipped (fenced, kept as evidence)
        err.print(f"warning: {clean(w)}", markup=False, highlight=False)
    if fmt is Format.json:
        emit_json({"resolved": resolved, "warnings": list(log.warnings)})
        return
    for r in resolved:
        out.print(clean(f"{r['intent_id']}: {r['result']} {r.get('lease_id') or ''}"), markup=False, highlight=False)
    out.print(f"{len(resolved)} dangling intent(s) resolved")
