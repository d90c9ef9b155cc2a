"""envboot's command line: parse arguments, call the library, render. Nothing more."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from .. import api
from ..availability import AvailabilityQuery, check_node_type
from ..errors import EXIT_BAD_INPUT, EXIT_NO_CAPACITY, EnvbootError, InputError
from ..jsonout import availability_json, zones_json
from ..model import MergedView
from ..settings import MAX_AMOUNT, Settings, data_dir
from ..timeutil import parse_duration, parse_time
from ..zones import resolve_zone, summarize_zones
from . import live_cmd, plan_cmd, reserve_cmd, tables
from .audit_cmd import audit_app
from .console import emit_json, err, out
from .lease_cmd import lease_app
from .options import (
    AllocationsOpt,
    AmountOpt,
    CleaningOpt,
    DataOpt,
    DurationOpt,
    Format,
    FormatOpt,
    NodeTypeOpt,
    ShowUsersOpt,
    StartOpt,
    ZoneOpt,
)
from .sandbox_cmd import sandbox_app

app = typer.Typer(
    name="envboot",
    help="Find, plan and reserve bare-metal capacity on Chameleon Cloud (OpenStack Blazar).",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)
def settings_with(cleaning: int | None) -> Settings:
    s = Settings.from_env()
    return s if cleaning is None else Settings(cleaning, s.max_lease_minutes)


@app.command()
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
    view = api.load_view(data_dir(data), allocations_file=allocations)
    doc = api.write_merged(view, output, show_users=show_users)
    if fmt is Format.json:
        emit_json({"output": str(output), "stats": doc["stats"], "data": doc["data"]})
    else:
        tables.print_merge(out, doc, str(output))


@app.command()
def availability(
    zone: ZoneOpt = None,
    start: StartOpt = None,
    duration: DurationOpt = "60",
    amount: AmountOpt = 1,
    node_type: NodeTypeOpt = None,
    data: DataOpt = None,
    allocations: AllocationsOpt = None,
    cleaning_time: CleaningOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Which reservable nodes of a zone are free for the whole window [start, start+duration).

    Exit code 0 when at least --amount nodes are free, 1 when fewer are.

    [bold]Example[/]: envboot availability --zone uc --start "2025-10-30 20:00" --duration 60 -f json
    """
    settings = settings_with(cleaning_time)
    view = api.load_view(data_dir(data), allocations_file=allocations)
    query = availability_query(view, settings, zone, start, duration, amount, node_type)
    doc = availability_json(view, api.availability(view, query, settings.cleaning_minutes))
    if fmt is Format.json:
        emit_json(doc)
    else:
        tables.print_availability(out, doc)
    if not doc["sufficient"]:
        raise typer.Exit(EXIT_NO_CAPACITY)


def availability_query(
    view: MergedView,
    settings: Settings,
    zone: str | None,
    start: str | None,
    duration: str,
    amount: int,
    node_type: str | None,
) -> AvailabilityQuery:
    """Turn the window flags into a validated query (one clear error per bad flag)."""
    if start is None:
        raise InputError("--start is required (or set DESIRED_START); e.g. --start '2025-10-30 20:00' or now")
    when = parse_time(start, what="--start")
    minutes = parse_duration(duration, max_minutes=settings.max_lease_minutes, what="--duration")
    if not 1 <= amount <= MAX_AMOUNT:
        raise InputError(f"--amount: must be between 1 and {MAX_AMOUNT}, got {amount}")
    site = resolve_zone(view, zone, os.environ.get("OS_REGION_NAME"))
    check_node_type(view, site, node_type)
    return AvailabilityQuery(site, when, minutes, amount, node_type)


@app.command()
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


app.command()(plan_cmd.plan)
app.command()(reserve_cmd.reserve)
app.command()(live_cmd.refresh)
app.command()(live_cmd.doctor)
app.command("auth-check")(live_cmd.doctor)
app.add_typer(lease_app, name="lease")
app.add_typer(audit_app, name="audit")
app.add_typer(sandbox_app, name="sandbox")


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point."""
    run_app(app, argv, prog_name="envboot")


def run_app(typer_app: typer.Typer, argv: list[str] | None, prog_name: str) -> None:
    """Run a Typer app: on failure one line on stderr and a documented exit code, never a traceback."""
    try:
        rc = typer_app(args=argv, standalone_mode=False, prog_name=prog_name)
    except EnvbootError as exc:
        err.print(f"{prog_name}: error: {exc}", markup=False, highlight=False)
        sys.exit(exc.exit_code)
    except typer.Abort:
        err.print(f"{prog_name}: aborted", markup=False)
        sys.exit(130)
    except typer.TyperException as exc:
        err.print(f"{prog_name}: error: {' '.join(exc.format_message().split())} (see --help)", markup=False,
                  highlight=False)
        sys.exit(exc.exit_code if exc.exit_code else EXIT_BAD_INPUT)
    except KeyboardInterrupt:
        err.print(f"{prog_name}: interrupted", markup=False)
        sys.exit(130)
    sys.exit(rc if isinstance(rc, int) else 0)
