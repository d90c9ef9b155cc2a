"""Options shared by the commands that talk to Blazar (refresh, reserve, lease, audit, doctor)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from envboot.live.audit import AuditLog, default_audit_path
from envboot.live.context import LiveContext

OsCloudOpt = Annotated[str | None, typer.Option("--os-cloud", envvar="OS_CLOUD", show_envvar=True,
                                                help="clouds.yaml entry (default: OS_* variables of an OpenRC file)")]
ZonesConfigOpt = Annotated[Path | None, typer.Option("--zones-config", envvar="ENVBOOT_CONFIG", show_envvar=True,
                                                     help="TOML mapping zones to clouds/regions (docs/live.md)")]
LiveDataOpt = Annotated[Path | None, typer.Option("--live-data", envvar="ENVBOOT_LIVE_DATA", show_envvar=True,
                                                  help="Where refreshed data is written (default: user data dir)")]
InventoryOpt = Annotated[Path | None, typer.Option("--inventory", help="Reference inventory directory "
                                                   "(default: the bundled inventory of all Chameleon sites)")]
InsecureOpt = Annotated[bool, typer.Option("--insecure", help="Do not verify TLS certificates (as the openstack CLI)")]
WaitTimeoutOpt = Annotated[int, typer.Option(
    "--wait-timeout", min=1, help="Seconds reserve waits for the lease to leave CREATING (and to start, if it "
    "starts within this time)")]
AuditOpt = Annotated[Path | None, typer.Option("--audit", envvar="ENVBOOT_AUDIT", show_envvar=True,
                                               help="Audit trail file (JSON lines, mode 0600)")]


def audit_log(path: Path | None) -> AuditLog:
    return AuditLog(path or default_audit_path())


def live_context(os_cloud: str | None, zones_config: Path | None, live_data: Path | None, inventory: Path | None,
                 insecure: bool, show_users: bool = False) -> LiveContext:
    return LiveContext.create(live_data, inventory, zones_config, os_cloud, insecure=insecure or None,
                              keep_user_names=show_users)
