"""The seed's command line (``integrate_and_plan.py``), kept working as a thin shim.

Same flags and environment variables as the seed: ``--refresh``, ``--zone`` (ZONE),
``--list-zones``, ``--start`` (DESIRED_START), ``--duration`` (DURATION_MIN), ``--resource-type``
(RESOURCE_TYPE: Blazar's resource type, ``physical:host`` by default, or ``flavor:instance`` with
``--flavor NAME|ID``: KVM instances), ``--node-type`` / ``-t``
(NODE_TYPE), ``--amount`` (AMOUNT), ``--dry-run`` (DRY_RUN), ``--find-earliest``,
``--max-search-hours``. Each run merges the data into ``lease_results_live.json`` (as the seed
did) and answers for the requested window; ``--find-earliest`` searches the exact earliest window
(minute resolution) when the requested one is short.
"""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import Annotated

import typer

from envboot import api
from envboot.core.settings import DEFAULT_HORIZON_HOURS, data_dir
from envboot.domain.zones import summarize_zones
from envboot.interfaces.cli import tables
from envboot.interfaces.cli.console import emit_json, err, out
from envboot.interfaces.cli.options import (
    AmountOpt,
    DataOpt,
    DurationOpt,
    FlavorOpt,
    Format,
    FormatOpt,
    NeedsOpt,
    NodeTypeOpt,
    NowOpt,
    ResourceTypeOpt,
    StartOpt,
    ZoneOpt,
)
from envboot.interfaces.cli.plan_cmd import needs_flag
from envboot.interfaces.fip_zones import floating_ip_summaries
from envboot.interfaces.jsonout import zones_json
from envboot.interfaces.kinds import CommandFlags, check_flags, commands_for

seed_app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


@seed_app.command()
def integrate_and_plan(
    zone: ZoneOpt = None,
    start: StartOpt = None,
    duration: DurationOpt = "60",
    amount: AmountOpt = 1,
    resource_type: ResourceTypeOpt = None,
    flavor: FlavorOpt = None,
    node_type: NodeTypeOpt = None,
    needs: NeedsOpt = None,
    dry_run: Annotated[
        int, typer.Option("--dry-run", envvar="DRY_RUN", min=0, max=1,
                          help="1: plan only (default); 0: create the lease", show_envvar=True)
    ] = 1,
    refresh: Annotated[bool, typer.Option("--refresh", help="Fetch live data from Blazar first")] = False,
    list_zones: Annotated[bool, typer.Option("--list-zones", help="List zones and exit")] = False,
    find_earliest: Annotated[
        bool, typer.Option("--find-earliest", help="If the window is short, find the earliest one that fits")
    ] = False,
    max_search_hours: Annotated[
        int, typer.Option("--max-search-hours", min=1, help="How far --find-earliest looks ahead")
    ] = DEFAULT_HORIZON_HOURS,
    retry_attempts: Annotated[int, typer.Option("--retry-attempts", min=0, help="With --dry-run 0")] = 3,
    retry_refresh: Annotated[bool, typer.Option("--retry-refresh/--no-retry-refresh")] = True,
    data: DataOpt = None,
    now: NowOpt = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="Merged view to write")] = Path(
        "lease_results_live.json"
    ),
    fmt: FormatOpt = Format.table,
) -> None:
    """Seed-compatible entry point: merge, then check (and optionally search) availability.

    Example: ./integrate_and_plan.py --zone uc --start "2025-10-30 20:00" --duration 60 --amount 2
    """
    # Blazar's resource type, as in the seed (physical:host by default; flavor:instance: KVM instances)
    flags = CommandFlags(zone, start, duration, amount, node_type=node_type, needs=needs, flavor=flavor,
                         max_search_hours=max_search_hours, data=data, now=now, list_zones=list_zones,
                         as_json=fmt is Format.json)
    commands = commands_for(resource_type)  # the kind's own flags and answer (interfaces/kinds)
    check_flags(commands, flags)
    if dry_run == 0:
        _reserve_like_the_seed(flags, resource_type, find_earliest, retry_attempts, retry_refresh, fmt)
        return
    if refresh:
        flags = replace(flags, data=_refresh_like_the_seed(data))
    if list_zones:
        directory = data_dir(flags.data)
        view = api.load_view(directory)
        doc = zones_json(view, summarize_zones(view), floating_ips=floating_ip_summaries(view, directory))
        emit_json(doc) if fmt is Format.json else tables.print_zones(out, doc)
        return
    code, doc = commands.seed(flags, output=output, find_earliest=find_earliest)
    if fmt is Format.json:
        emit_json(doc)
    if code:
        raise typer.Exit(code)


def main(argv: list[str] | None = None) -> None:
    from envboot.interfaces.cli.run import run_app

    run_app(seed_app, argv, prog_name=os.path.basename(sys.argv[0]) or "integrate_and_plan.py")


def _refresh_like_the_seed(data: Path | None) -> Path:
    """``--refresh``: fetch live data (OS_* environment) and answer from it."""
    from envboot.interfaces.cli.live_options import live_context

    ctx = live_context(None, None, data, None, False)
    for r in ctx.refresh():
        state = "ok" if r.ok else f"FAILED ({r.error}); previous data kept, marked stale"
        err.print(f"refresh {r.site_id or r.zone}: {state}, {r.hosts} hosts, {r.reservations} reservations",
                  markup=False, highlight=False)
    return ctx.data_dir


def _seed_command(rank: int) -> str:
    """The shim takes no --option: its way to book the earliest later window is --find-earliest."""
    import shlex

    args = [a for a in sys.argv[1:] if a != "--find-earliest"]
    shim = shlex.join([sys.argv[0] or "./integrate_and_plan.py", *args, "--find-earliest"])
    return f"{shim}  (the shim books the earliest window that fits; envboot reserve --option {rank} books this one)"


def _reserve_like_the_seed(flags: CommandFlags, resource_type, find_earliest, retry_attempts, retry_refresh,
                           fmt) -> None:
    """``--dry-run 0``: the seed created the lease; envboot's reserve does it, verified and audited."""
    from envboot.interfaces.cli import reserve_cmd
    from envboot.interfaces.cli.reserve_cmd import reserve

    reserve_cmd.command_for = _seed_command  # the shim books a later window only with --find-earliest
    reserve(zone=flags.zone, start=flags.start, duration=flags.duration, amount=flags.amount,
            node_type=flags.node_type, needs=needs_flag(flags.needs, None, flags.node_type),
            resource_type=resource_type, flavor=flags.flavor, dry_run=0, yes=True, retry_attempts=retry_attempts,
            retry_refresh=retry_refresh, retry_find_earliest=find_earliest, max_search_hours=flags.max_search_hours,
            fmt=fmt)
