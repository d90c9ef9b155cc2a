"""Option types shared by commands (flags override the seed's environment variables)."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer


class Format(str, Enum):
    table = "table"
    json = "json"


DataOpt = Annotated[
    Path | None,
    typer.Option("--data", "-d", help="Data directory [env: ENVBOOT_DATA; default: bundled CHI@UC snapshot]",
                 show_default=False),
]
AllocationsOpt = Annotated[
    Path | None,
    typer.Option("--allocations", help="Use this allocations file instead of DATA/allocations.json"),
]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="table for people, json for programs")]
ZoneOpt = Annotated[
    str | None,
    typer.Option("--zone", "-z", envvar="ZONE",
                 help="Site uid (uc), site name (CHI@UC) or 'current' (OS_REGION_NAME) [env: ZONE]",
                 show_envvar=False),
]
StartOpt = Annotated[
    str | None,
    typer.Option("--start", "-s", envvar="DESIRED_START",
                 help="'YYYY-MM-DD HH:MM' (UTC), ISO 8601 or 'now' [env: DESIRED_START]", show_envvar=False),
]
DurationOpt = Annotated[
    str,
    typer.Option("--duration", envvar="DURATION_MIN",
                 help="Minutes (120) or 90m, 2h, 1d [env: DURATION_MIN]", show_envvar=False),
]
AmountOpt = Annotated[
    int, typer.Option("--amount", "-n", envvar="AMOUNT", help="Nodes wanted [env: AMOUNT]", show_envvar=False)
]
NodeTypeOpt = Annotated[
    str | None,
    typer.Option("--node-type", "--resource-type", "-t", envvar="RESOURCE_TYPE",
                 help="Node type, e.g. gpu_rtx_6000 [env: RESOURCE_TYPE]", show_envvar=False),
]
CleaningOpt = Annotated[
    int | None,
    typer.Option("--cleaning-time", min=0,
                 help="Blazar's cleaning_time in minutes, padding each reservation [env: ENVBOOT_CLEANING_TIME; "
                      "default 0]", show_default=False),
]
ShowUsersOpt = Annotated[
    bool, typer.Option("--show-users", help="Include other users' names from Blazar (personal data)")
]
