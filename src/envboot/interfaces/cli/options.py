"""Option types shared by commands (flags override the seed's environment variables)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer


class Format(StrEnum):
    table = "table"
    json = "json"


DataOpt = Annotated[
    Path | None,
    typer.Option("--data", "-d", help="Data directory (env ENVBOOT_DATA; default: the bundled CHI@UC snapshot)",
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
                 help="Site uid (uc), site name (CHI@UC) or 'current' (OS_REGION_NAME)",
                 show_envvar=True),
]
StartOpt = Annotated[
    str | None,
    typer.Option("--start", "-s", envvar="DESIRED_START",
                 help="'YYYY-MM-DD HH:MM' (UTC), ISO 8601, now, now+2h, +30m, 'today 18:00', "
                      "'tomorrow 10:00' or 20:00 (the next one); relative to --now", show_envvar=True),
]
DurationOpt = Annotated[
    str,
    typer.Option("--duration", envvar="DURATION_MIN",
                 help="Minutes (120) or 90m, 90min, 2h, 1.5h, 1h30m, 1d, 1w", show_envvar=True),
]
AmountOpt = Annotated[
    int, typer.Option("--amount", "-n", envvar="AMOUNT", help="Nodes wanted", show_envvar=True)
]
NodeTypeOpt = Annotated[
    str | None,
    typer.Option("--node-type", "-t", envvar="NODE_TYPE",
                 help="Node type, e.g. gpu_rtx_6000 (see `envboot zones`)", show_envvar=True),
]
HostsOpt = Annotated[
    str | None,
    typer.Option("--hosts", help="Exactly these hosts (uids or hostnames, comma-separated), one pinned "
                 "reservation each; e.g. the hosts of a lease that cannot be extended", show_default=False),
]
ResourceTypeOpt = Annotated[
    str | None,
    typer.Option("--resource-type", envvar="RESOURCE_TYPE",
                 help="Blazar resource type: physical:host (bare metal, the default) or flavor:instance",
                 show_envvar=True, show_default=False),
]
FlavorOpt = Annotated[
    str | None, typer.Option("--flavor", help="flavor:instance only: the flavor's name or id, e.g. m1.large")
]
FloatingIpsOpt = Annotated[
    int | None, typer.Option("--floating-ips", min=1, help="Also reserve this many floating IPs (public addresses) "
                             "in the same lease and window (virtual:floatingip)", show_default=False)
]
NetworkOpt = Annotated[
    str | None, typer.Option("--network", help="The public network of the floating IPs (a site with several)",
                             show_default=False)
]
CleaningOpt = Annotated[
    int | None,
    typer.Option("--cleaning-time", min=0,
                 help="Blazar's cleaning_time in minutes, padding each reservation (env "
                      "ENVBOOT_CLEANING_TIME; default 0)", show_default=False),
]
ShowUsersOpt = Annotated[
    bool, typer.Option("--show-users", help="Include other users' names from Blazar (personal data)")
]
NowOpt = Annotated[
    str | None,
    typer.Option("--now", envvar="ENVBOOT_NOW", show_envvar=True, show_default=False,
                 help="Answer as if it were this time, e.g. to replay a snapshot (default: the clock)"),
]
NeedsOpt = Annotated[
    str | None,
    typer.Option("--needs", envvar="ENVBOOT_NEEDS", show_envvar=True, show_default=False,
                 help="Hardware needs instead of a node type, e.g. 'gpus>=2 gpu_memory>=40GB ram>=256GB' "
                      "(docs/needs.md)"),
]
NeedsFromOpt = Annotated[
    Path | None,
    typer.Option("--needs-from", show_default=False,
                 help="Read the hardware needs from a repository (as `envboot needs PATH` does)"),
]
