"""``envboot plan``: parse the request, ask the planner, render the ranked options."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from envboot import api
from envboot.core.errors import EXIT_NO_CAPACITY, InputError
from envboot.core.fsutil import check_output_path
from envboot.core.settings import DEFAULT_HORIZON_HOURS, data_dir
from envboot.domain.resource_types import FLAVOR_INSTANCE, RESOURCE_TYPES, parse_resource_type
from envboot.interfaces.cli.console import emit_json, out
from envboot.interfaces.cli.options import (
    AmountOpt,
    CleaningOpt,
    DataOpt,
    DurationOpt,
    FlavorOpt,
    Format,
    FormatOpt,
    NeedsFromOpt,
    NeedsOpt,
    NodeTypeOpt,
    NowOpt,
    ResourceTypeOpt,
    StartOpt,
    ZoneOpt,
)
from envboot.interfaces.jsonout import plan_json
from envboot.interfaces.policy_checks import PolicyOpt, plan_checks, policy
from envboot.interfaces.request_flags import Flags, build_request, needs_flag, parse_flags  # noqa: F401 - re-exported
from envboot.kinds.hosts.planner import Prefer


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
    needs: NeedsOpt = None,
    needs_from: NeedsFromOpt = None,
    resource_type: ResourceTypeOpt = None,
    flavor: FlavorOpt = None,
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
    pol = policy(policy_file)
    if parse_resource_type(resource_type, allow=RESOURCE_TYPES) == FLAVOR_INSTANCE:
        from envboot.interfaces import flavor_path as flavor_cli  # KVM instances: docs/planner.md, flavor:instance

        flavor_cli.refuse_host_flags(min_amount=min_amount, node_type=node_type, needs=needs, needs_from=needs_from,
                                     resource_properties=resource_properties, downgrade_ladder=downgrade_ladder,
                                     calendar=calendar)
        code, doc = flavor_cli.plan_command(
            zone=zone, start=start, duration=duration, amount=amount, flavor=flavor, alt_zones=alt_zones,
            any_zone=any_zone, allow_downgrade=allow_downgrade, prefer=prefer, max_delay=max_delay,
            max_search_hours=max_search_hours, data=data, cleaning_time=cleaning_time, now=now,
            as_json=fmt is Format.json)
        if fmt is Format.json:
            emit_json(doc)
        raise typer.Exit(code)
    if flavor is not None:
        raise InputError("--flavor applies to --resource-type flavor:instance only")
    flags = parse_flags(zone, start, duration, amount, min_amount, node_type, resource_properties, alt_zones,
                        any_zone, allow_downgrade, downgrade_ladder, prefer, max_delay, max_search_hours, cleaning_time,
                        resource_type=resource_type, now=now, needs=needs, needs_from=needs_from)
    view = api.load_view(data_dir(data))
    request = build_request(view, flags)
    ladder = api.downgrade_ladder(view, flags.overrides) if allow_downgrade else {}
    result = api.make_plan(view, request, cleaning_minutes=flags.settings.cleaning_minutes, ladder=ladder,
                           now=flags.now)
    if calendar is not None:
        from envboot.interfaces.cli.calendar_cmd import plan_calendar  # the page's code loads only when asked for

        plan_calendar(calendar, view, result, settings=flags.settings, now=flags.now, announce=fmt is not Format.json)
    doc = plan_json(view, result)
    if result.options:
        doc["policy"] = plan_checks(pol, view.nodes, result.options[0], flags.now)
    if fmt is Format.json:
        emit_json(doc)
    else:
        from envboot.interfaces.calendar_page import option_command  # the calendar's command for an option, reused
        from envboot.interfaces.cli import tables  # Rich loads only for a table

        command = option_command(result, result.options[0], flags.settings.cleaning_minutes) if result.options else None
        tables.print_plan(out, doc, reserve_command=command, show_all=show_all)
    if not result.options:
        raise typer.Exit(EXIT_NO_CAPACITY)
