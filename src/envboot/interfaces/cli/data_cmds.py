"""The commands that answer from files: ``merge``, ``availability``, ``zones``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from envboot import api
from envboot.core.fsutil import check_output_path
from envboot.core.settings import data_dir
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
    FloatingIpsOpt,
    Format,
    FormatOpt,
    NeedsOpt,
    NetworkOpt,
    NodeTypeOpt,
    NowOpt,
    ResourceTypeOpt,
    ShowUsersOpt,
    StartOpt,
    ZoneOpt,
)
from envboot.interfaces.fip_zones import floating_ip_summaries
from envboot.interfaces.jsonout import zones_json
from envboot.interfaces.kinds import CommandFlags, check_flags, commands_for


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
    floating_ips: FloatingIpsOpt = None,
    network: NetworkOpt = None,
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
    flags = CommandFlags(zone, start, duration, amount, node_type=node_type, needs=needs, flavor=flavor, data=data,
                         allocations=allocations, cleaning_time=cleaning_time, now=now, floating_ips=floating_ips,
                         network=network, as_json=fmt is Format.json)
    commands = commands_for(resource_type)  # the kind's own flags, answer and table (interfaces/kinds)
    check_flags(commands, flags)
    code, doc = commands.availability(flags)
    if fmt is Format.json:
        emit_json(doc)
    if code:
        raise typer.Exit(code)


def zones(data: DataOpt = None, allocations: AllocationsOpt = None, fmt: FormatOpt = Format.table) -> None:
    """Each zone with its total, reservable, mapped and unmapped node counts, and its floating IPs
    (reservable addresses, free at the data's time / all).

    [bold]Example[/]: envboot zones -f json
    """
    directory = data_dir(data)
    view = api.load_view(directory, allocations_file=allocations)
    doc = zones_json(view, summarize_zones(view), floating_ips=floating_ip_summaries(view, directory))
    if fmt is Format.json:
        emit_json(doc)
    else:
        tables.print_zones(out, doc)
