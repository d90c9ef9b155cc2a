"""``envboot lease list | show | wait | extend | delete``: your own leases, in one zone."""

from __future__ import annotations

import time
from typing import Annotated

import typer

from ..errors import EXIT_BLAZAR
from ..live.blazar_errors import call_blazar
from ..live_json import lease_json
from ..timeutil import iso_z, parse_duration
from .console import emit_json, out
from .live_options import InsecureOpt, InventoryOpt, LiveDataOpt, OsCloudOpt, ZonesConfigOpt, live_context
from .options import Format, FormatOpt

lease_app = typer.Typer(help="Your own leases: list, show, wait, extend, delete.", no_args_is_help=True,
                        context_settings={"help_option_names": ["-h", "--help"]})
ZoneArg = Annotated[str, typer.Option("--zone", "-z", envvar="ZONE", help="Zone (default: current)")]


def _api(zone, os_cloud, zones_config, live_data, inventory, insecure):
    ctx = live_context(os_cloud, zones_config, live_data, inventory, insecure)
    return ctx.leases(ctx.site_of(zone))


@lease_app.command("list")
def list_(zone: ZoneArg = "current", os_cloud: OsCloudOpt = None, zones_config: ZonesConfigOpt = None,
          live_data: LiveDataOpt = None, inventory: InventoryOpt = None, insecure: InsecureOpt = False,
          fmt: FormatOpt = Format.table) -> None:
    """Your project's leases in a zone."""
    api = _api(zone, os_cloud, zones_config, live_data, inventory, insecure)
    leases = call_blazar(api.list, "lease list")
    if fmt is Format.json:
        emit_json({"leases": [lease_json(x) for x in leases]})
        return
    if not leases:
        out.print(f"no leases in zone {zone} for your project", markup=False, highlight=False)
        return
    from rich.table import Table

    table = Table(title=f"{len(leases)} lease(s) in zone {zone}", title_justify="left")
    for col in ("id", "name", "status", "start (UTC)", "end (UTC)"):
        table.add_column(col, overflow="fold")
    for x in leases:
        table.add_row(x.id, x.name, x.status, iso_z(x.start), iso_z(x.end))
    out.print(table)


@lease_app.command()
def show(lease_id: str, zone: ZoneArg = "current", os_cloud: OsCloudOpt = None, zones_config: ZonesConfigOpt = None,
         live_data: LiveDataOpt = None, inventory: InventoryOpt = None, insecure: InsecureOpt = False,
         fmt: FormatOpt = Format.table) -> None:
    """One lease, by id."""
    api = _api(zone, os_cloud, zones_config, live_data, inventory, insecure)
    lease = call_blazar(lambda: api.get(lease_id), f"lease show {lease_id}")
    doc = lease_json(lease)
    emit_json(doc) if fmt is Format.json else out.print_json(data=doc)
    if fmt is not Format.json and "launch_flavor" in doc:
        out.print(f"launch instances with flavor {doc['launch_flavor']}", markup=False, highlight=False)


@lease_app.command()
def wait(lease_id: str, timeout: Annotated[int, typer.Option("--timeout", min=1)] = 300, zone: ZoneArg = "current",
         os_cloud: OsCloudOpt = None, zones_config: ZonesConfigOpt = None, live_data: LiveDataOpt = None,
         inventory: InventoryOpt = None, insecure: InsecureOpt = False, fmt: FormatOpt = Format.table) -> None:
    """Wait until the lease leaves CREATING/STARTING/UPDATING. Exit 4 if it ends in ERROR."""
    api = _api(zone, os_cloud, zones_config, live_data, inventory, insecure)
    deadline = time.monotonic() + timeout
    lease = call_blazar(lambda: api.get(lease_id), f"lease wait {lease_id}")
    while not lease.settled and time.monotonic() < deadline:
        time.sleep(1)
        lease = call_blazar(lambda: api.get(lease_id), f"lease wait {lease_id}")
    emit_json(lease_json(lease)) if fmt is Format.json else out.print(f"{lease.id} {lease.status}")
    if lease.status == "ERROR" or not lease.settled:
        raise typer.Exit(EXIT_BLAZAR)


@lease_app.command()
def extend(lease_id: str, by: Annotated[str, typer.Option("--by", help="e.g. 2h, 90m, 1d")],
           zone: ZoneArg = "current", os_cloud: OsCloudOpt = None, zones_config: ZonesConfigOpt = None,
           live_data: LiveDataOpt = None, inventory: InventoryOpt = None, insecure: InsecureOpt = False,
           fmt: FormatOpt = Format.table) -> None:
    """Move the lease's end later (Chameleon: only within 48 h of its current end)."""
    minutes = parse_duration(by, what="--by")
    api = _api(zone, os_cloud, zones_config, live_data, inventory, insecure)
    lease = call_blazar(lambda: api.extend(lease_id, minutes), f"lease extend {lease_id}")
    emit_json(lease_json(lease)) if fmt is Format.json else out.print(f"{lease.id} now ends {iso_z(lease.end)}")


@lease_app.command()
def delete(lease_id: str, yes: Annotated[bool, typer.Option("--yes", "-y")] = False,
           wait_gone: Annotated[bool, typer.Option("--wait", help="Wait until it is gone")] = False,
           missing_ok: Annotated[bool, typer.Option("--missing-ok", help="A lease already gone is fine")] = False,
           zone: ZoneArg = "current", os_cloud: OsCloudOpt = None, zones_config: ZonesConfigOpt = None,
           live_data: LiveDataOpt = None, inventory: InventoryOpt = None, insecure: InsecureOpt = False) -> None:
    """Delete a lease."""
    if not yes and not typer.confirm(f"delete lease {lease_id}?", default=False):
        raise typer.Exit(130)
    api = _api(zone, os_cloud, zones_config, live_data, inventory, insecure)
    done = call_blazar(lambda: api.delete(lease_id) or True, f"lease delete {lease_id}", missing_ok=missing_ok)
    if done and wait_gone:
        for _ in range(60):
            if call_blazar(lambda: api.get(lease_id), "lease get", missing_ok=True) is None:
                break
            time.sleep(1)
    out.print(f"{lease_id}: {'deleted' if done else 'already gone'}", markup=False)
