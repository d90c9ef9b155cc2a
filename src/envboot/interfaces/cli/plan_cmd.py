"""``envboot plan``: parse the request, ask the planner, render the ranked options."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from envboot.core.fsutil import check_output_path
from envboot.core.settings import DEFAULT_HORIZON_HOURS
from envboot.interfaces.cli.console import emit_json
from envboot.interfaces.cli.options import (
    AmountOpt,
    CleaningOpt,
    DataOpt,
    DurationOpt,
    FlavorOpt,
    FloatingIpsOpt,
    Format,
    FormatOpt,
    HostsOpt,
    NeedsFromOpt,
    NeedsOpt,
    NetworkOpt,
    NodeTypeOpt,
    NowOpt,
    ResourceTypeOpt,
    StartOpt,
    ZoneOpt,
)
from envboot.interfaces.kinds import CommandFlags, check_flags, commands_for
from envboot.interfaces.policy_checks import PolicyOpt, policy
from envboot.interfaces.request_flags import Flags, build_request, needs_flag, parse_flags  # noqa: F401 - re-exported
from envboot.kinds.strategies import Prefer


def plan(
    zone: ZoneOpt = None,
    start: StartOpt = None,
    duration: DurationOpt = "60",
    amount: AmountOpt = 1,
    min_amount: Annotated[
        int | None, typer.Option("--min-amount", help="Accept as few as this many nodes (Blazar's min; "
                                 "default: --amount)", show_default=False)
    ] = None,
    node_type: NodeTypeOpt = None,
    hosts: HostsOpt = None,
    needs: NeedsOpt = None,
    needs_from: NeedsFromOpt = None,
    resource_type: ResourceTypeOpt = None,
    flavor: FlavorOpt = None,
    floating_ips: FloatingIpsOpt = None,
    network: NetworkOpt = None,
    resource_properties: Annotated[
        str | None, typer.Option("--resource-properties", "-p",
                                 help='Blazar expression, e.g. \'["==", "$gpu.gpu_count", "4"]\'')
    ] = None,
    alt_zones: Annotated[
        str | None, typer.Option("--alt-zones", help="Zones to fall back to, comma-separated: tacc,nu")
    ] = None,
    any_zone: Annotated[bool, typer.Option("--any-zone", help="Fall back to every other zone in the data")] = False,
    allow_downgrade: Annotated[
        bool, typer.Option("--allow-downgrade", help="Fall back to other node types (the downgrade ladder)")
    ] = False,
    downgrade_ladder: Annotated[
        Path | None, typer.Option("--downgrade-ladder", envvar="ENVBOOT_DOWNGRADE_LADDER", show_envvar=True,
                                  help="TOML/JSON file overriding the default ladder (see docs/planner.md)")
    ] = None,
    prefer: Annotated[Prefer, typer.Option("--prefer", help="How to rank the options")] = Prefer.soonest,
    max_delay: Annotated[
        str | None, typer.Option("--max-delay", help="How far a shifted window may move, e.g. 6h, 2d "
                                 "(default: --max-search-hours)", show_default=False)
    ] = None,
    max_search_hours: Annotated[
        int, typer.Option("--max-search-hours", min=1, help="Search horizon in hours")
    ] = DEFAULT_HORIZON_HOURS,
    data: DataOpt = None,
    cleaning_time: CleaningOpt = None,
    now: NowOpt = None,
    fmt: FormatOpt = Format.table,
    calendar: Annotated[Path | None, typer.Option(
        "--calendar", help="Also write an HTML calendar with the options drawn on it (docs/calendar.md)",
        show_default=False)] = None,
    show_all: Annotated[bool, typer.Option(
        "--all", help="Show every option (by default the table shows the top ones that fit a 24-line screen)")] = False,
    policy_file: PolicyOpt = None,
) -> None:
    """Ranked options for a reservation: base, time shift, zone change, upgrade, downgrade, each explained.

    Exit code 0 when some option meets the request, 1 when none does.

    [bold]Examples[/]:
      envboot plan --zone uc --start "2025-10-30 20:00" --duration 2h --amount 5 -t gpu_rtx_6000
      envboot plan --zone uc --start now --duration 1d -n 2 -t gpu_a100_pcie --allow-downgrade -f json
    """
    if calendar is not None:
        check_output_path(calendar, "--calendar")
    policy(policy_file)  # a bad policy file is exit 2 before any data is read
    flags = CommandFlags(zone, start, duration, amount, min_amount, node_type, needs, needs_from, flavor,
                         resource_properties, alt_zones, any_zone, allow_downgrade, downgrade_ladder, prefer, max_delay,
                         max_search_hours, data, None, cleaning_time, now, calendar, show_all,
                         floating_ips=floating_ips, network=network, as_json=fmt is Format.json,
                         policy_file=policy_file, hosts=hosts)
    commands = commands_for(resource_type)  # the kind's own flags, answer and table (interfaces/kinds)
    check_flags(commands, flags)
    code, doc = commands.plan(flags)
    if fmt is Format.json:
        emit_json(doc)
    if code:
        raise typer.Exit(code)
