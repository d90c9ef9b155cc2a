"""``envboot refresh`` and ``envboot doctor``: fetch live data; check what is configured and reachable."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.progress import Progress, SpinnerColumn, TextColumn

from envboot.core.errors import EXIT_AUTH_CONFIG, EXIT_BLAZAR, EnvbootError
from envboot.interfaces.cli.console import emit_json, err, out
from envboot.interfaces.cli.live_options import (
    InsecureOpt,
    InventoryOpt,
    LiveDataOpt,
    OsCloudOpt,
    ZonesConfigOpt,
    live_context,
)
from envboot.interfaces.cli.options import Format, FormatOpt, ShowUsersOpt
from envboot.live.blazar_errors import classify


def refresh(
    zone: Annotated[list[str] | None, typer.Option("--zone", "-z", help="Zone(s) to refresh (default: all)")] = None,
    os_cloud: OsCloudOpt = None,
    zones_config: ZonesConfigOpt = None,
    live_data: LiveDataOpt = None,
    inventory: InventoryOpt = None,
    insecure: InsecureOpt = False,
    show_users: ShowUsersOpt = False,
    fmt: FormatOpt = Format.table,
) -> None:
    """Fetch hosts and allocations from each zone's Blazar, in parallel, into the live data directory.

    A zone that fails keeps its previous files and is marked stale. Exit code 4 if any zone failed.

    [bold]Example[/]: source CHI-UC-openrc.sh && envboot refresh && envboot plan --data ~/.local/share/envboot/live ...
    """
    ctx = live_context(os_cloud, zones_config, live_data, inventory, insecure, show_users)
    chosen = [ctx.site_of(z) for z in zone] if zone else sorted(ctx.site_map())
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), console=err.rich, transient=True) as progress:
        task = progress.add_task(f"refreshing {', '.join(chosen)} ...", total=len(chosen))
        results = ctx.refresh(chosen, on_done=lambda r: progress.advance(task))
    doc = {"data_dir": str(ctx.data_dir), "zones": [
        {"zone": r.site_id or r.zone, "ok": r.ok, "hosts": r.hosts, "reservations": r.reservations,
         "seconds": round(r.seconds, 2), "error": r.error} for r in results]}
    if fmt is Format.json:
        emit_json(doc)
    else:
        for z in doc["zones"]:
            state = "[green]ok[/]" if z["ok"] else f"[red]FAILED[/] {z['error']} (previous data kept, marked stale)"
            out.print(f"{z['zone']}: {state} {z['hosts']} hosts, {z['reservations']} reservations, {z['seconds']} s")
        out.print(f"[dim]written to {ctx.data_dir}; use --data {ctx.data_dir} (or ENVBOOT_DATA)[/]")
    if not all(r.ok for r in results):
        raise typer.Exit(EXIT_BLAZAR)


def doctor(
    os_cloud: OsCloudOpt = None,
    zones_config: ZonesConfigOpt = None,
    live_data: LiveDataOpt = None,
    inventory: InventoryOpt = None,
    insecure: InsecureOpt = False,
    fmt: FormatOpt = Format.table,
) -> None:
    """Which zones are configured, whether each authenticates and reaches Blazar. Never prints a secret.

    [bold]Example[/]: envboot doctor
    """
    ctx = live_context(os_cloud, zones_config, live_data, inventory, insecure)
    rows = []
    for ep in ctx.endpoints:
        row = {"zone": ep.zone, "cloud": ep.cloud or "(OS_* environment)", "region": ep.region, "auth": False,
               "blazar": False, "hosts": None, "problem": None}
        try:
            conn = ctx.connection_for_endpoint(ep)
            row["region"] = conn.region
            conn.session.get_token()
            row["auth"] = True
            row["hosts"] = len(conn.blazar.host.list())
            row["blazar"] = True
        except EnvbootError as exc:
            row["problem"] = str(exc)
        except Exception as exc:  # noqa: BLE001 - reported, classified, never a traceback
            c = classify(exc)
            row["problem"] = f"{c.kind}: {c.message}"
        rows.append(row)
    if fmt is Format.json:
        emit_json({"zones": rows})
    else:
        for r in rows:
            ok = "[green]ok[/]" if r["blazar"] else "[red]problem[/]"
            out.print(f"{r['zone']}: {ok} cloud {r['cloud']}, region {r['region']}, auth "
                      f"{'yes' if r['auth'] else 'no'}, Blazar hosts {r['hosts']}"
                      + (f" — {r['problem']}" if r["problem"] else ""))
    if not all(r["auth"] for r in rows):
        raise typer.Exit(EXIT_AUTH_CONFIG)
    if not all(r["blazar"] for r in rows):
        raise typer.Exit(EXIT_BLAZAR)
