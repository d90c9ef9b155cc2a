"""The commands that answer from files: ``merge``, ``availability``, ``zones``."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Annotated

import typer

from envboot import api
from envboot.core.errors import EXIT_NO_CAPACITY, InputError
from envboot.core.fsutil import check_output_path
from envboot.core.settings import data_dir
from envboot.core.timeutil import clock as read_clock
from envboot.domain.resource_types import FLAVOR_INSTANCE, RESOURCE_TYPES, parse_resource_type
from envboot.domain.zones import summarize_zones
from envboot.interfaces.cli import tables
from envboot.interfaces.cli.console import emit_json, out
from envboot.interfaces.cli.options import (
    AllocationsOpt,
    AmountOpt,
    CleaningOpt,
    DataOpt,
    DurationOpt,
    FlavorOpt,
    Format,
    FormatOpt,
    NeedsOpt,
    NodeTypeOpt,
    NowOpt,
    ResourceTypeOpt,
    ShowUsersOpt,
    StartOpt,
    ZoneOpt,
)
from envboot.interfaces.jsonout import availability_json, zones_json
from envboot.interfaces.request_flags import availability_query, needs_flag, settings_with


def merge(
    data: DataOpt = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="Where to write the merged view")] = Path(
        "lease_results_live.json"
    ),
    allocations: AllocationsOpt = None,
    show_users: ShowUsersOpt = False,
    fmt: FormatOpt = Format.table,
) -> None:
    """Merge Blazar allocations with the hardware inventory into lease_results_live.json.

    [bold]Example[/]: envboot merge --data examples/chameleon-uc -o lease_results_live.json
    """
    check_output_path(output, "--output")
    view = api.load_view(data_dir(data), allocations_file=allocations)
    doc = api.write_merged(view, output, show_users=show_users)
    if fmt is Format.json:
        emit_json({"output": str(output), "stats": doc["stats"], "data": doc["data"]})
    else:
        tables.print_merge(out, doc, str(output))


def availability(
    zone: ZoneOpt = None,
    start: StartOpt = None,
    duration: DurationOpt = "60",
    amount: AmountOpt = 1,
    node_type: NodeTypeOpt = None,
    needs: NeedsOpt = None,
    resource_type: ResourceTypeOpt = None,
    flavor: FlavorOpt = None,
    data: DataOpt = None,
    allocations: AllocationsOpt = None,
    cleaning_time: CleaningOpt = None,
    now: NowOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Which reservable nodes of a zone are free for the whole window [start, start+duration).

    Exit code 0 when at least --amount nodes are free, 1 when fewer are.

    [bold]Example[/]: envboot availability --zone uc --start "2025-10-30 20:00" --duration 60 -f json
    """
    if parse_resource_type(resource_type, allow=RESOURCE_TYPES) == FLAVOR_INSTANCE:
        from envboot.interfaces import flavor_path as flavor_cli  # KVM instances: docs/planner.md, flavor:instance

        flavor_cli.refuse_host_flags(node_type=node_type, needs=needs, allocations=allocations)
        code, doc = flavor_cli.availability_command(
            zone=zone, start=start, duration=duration, amount=amount, flavor=flavor, data=data,
            cleaning_time=cleaning_time, now=now, as_json=fmt is Format.json)
        if fmt is Format.json:
            emit_json(doc)
        raise typer.Exit(code)
    if flavor is not None:
        raise InputError("--flavor applies to --resource-type flavor:instance only")
    needs_text = needs_flag(needs, None, node_type)
    settings = settings_with(cleaning_time)
    view = api.load_view(data_dir(data), allocations_file=allocations)
    clock = read_clock(now)
    query = replace(availability_query(view, settings, zone, start, duration, amount, node_type, clock),
                    needs=needs_text)
    doc = availability_json(view, api.availability(view, query, settings.cleaning_minutes, now=clock), clock)
    if fmt is Format.json:
        emit_json(doc)
    else:
        tables.print_availability(out, doc)
    if not doc["sufficient"]:
        raise typer.Exit(EXIT_NO_CAPACITY)


def zones(data: DataOpt = None, allocations: AllocationsOpt = None, fmt: FormatOpt = Format.table) -> None:
    """Each zone with its total, reservable, mapped and unmapped node counts.

    [bold]Example[/]: envboot zones -f json
    """
    view = api.load_view(data_dir(data), allocations_file=allocations)
    doc = zones_json(view, summarize_zones(view))
    if fmt is Format.json:
        emit_json(doc)
    else:
        tables.print_zones(out, doc)
