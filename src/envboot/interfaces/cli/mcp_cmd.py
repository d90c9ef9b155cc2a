"""``envboot mcp``: envboot as an MCP server, over stdio (default) or streamable HTTP on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from envboot.interfaces.cli.live_options import (
    AuditOpt,
    InsecureOpt,
    InventoryOpt,
    LiveDataOpt,
    OsCloudOpt,
    WaitTimeoutOpt,
    ZonesConfigOpt,
)
from envboot.interfaces.cli.options import DataOpt
from envboot.interfaces.policy_checks import PolicyOpt, policy


def mcp(
    data: DataOpt = None,
    read_only: Annotated[bool, typer.Option("--read-only", help="Serve no tool that changes anything (no reserve, "
                                            "lease extend or delete: they are not even listed)")] = False,
    http: Annotated[int | None, typer.Option("--http", metavar="PORT", min=1, max=65535,
                                             help="Serve streamable HTTP at http://127.0.0.1:PORT/mcp instead of "
                                                  "stdio (needs a bearer token)")] = None,
    token_file: Annotated[Path | None, typer.Option("--token-file", help="Bearer token for --http (mode 600; "
                                                    "else env ENVBOOT_MCP_TOKEN)")] = None,
    plan_ttl: Annotated[int, typer.Option("--plan-ttl", envvar="ENVBOOT_MCP_PLAN_TTL", min=1, show_envvar=True,
                                          help="Seconds a plan id stays reservable")] = 300,
    wait_timeout: WaitTimeoutOpt = 300,
    os_cloud: OsCloudOpt = None,
    zones_config: ZonesConfigOpt = None,
    live_data: LiveDataOpt = None,
    inventory: InventoryOpt = None,
    insecure: InsecureOpt = False,
    audit: AuditOpt = None,
    policy_file: PolicyOpt = None,
    repo_root: Annotated[list[Path] | None, typer.Option(
        "--repo-root", metavar="DIR", help="A directory needs_from_repository may read under (repeatable; default: "
                                           "the working directory); any other path is refused")] = None,
) -> None:
    """Serve envboot to AI agents over the Model Context Protocol (docs/agents.md).

    Read tools answer from --data (default: the bundled snapshot) or, with live: true, from fresh Blazar
    data; reserve only takes a recent plan id, asks the person and goes through `envboot reserve`'s flow.

    [bold]Examples[/]:
      envboot mcp                                   # stdio, for Claude Desktop and other MCP clients
      envboot mcp --read-only --data ./live
      envboot mcp --repo-root ~/src --repo-root /data/repos  # where needs_from_repository may read
      envboot mcp --http 8765 --token-file ~/.config/envboot/mcp-token
    """
    from envboot.interfaces.mcp import ServerConfig, build_server
    from envboot.interfaces.mcp.http import read_token, serve_http

    if token_file is not None and http is None:
        raise typer.BadParameter("--token-file goes with --http PORT (stdio needs no token)", param_hint="--token-file")
    token = read_token(token_file) if http is not None else None  # refuse to start without one
    policy(policy_file)  # a bad policy file: exit 2 before serving
    config = ServerConfig(data=data, read_only=read_only, plan_ttl_s=plan_ttl, wait_timeout_s=wait_timeout,
                          os_cloud=os_cloud, zones_config=zones_config, live_data=live_data, inventory=inventory,
                          insecure=insecure, audit=audit, policy=policy_file,
                          repo_roots=tuple(repo_root or (Path.cwd(),)))
    server = build_server(config)
    if http is None:
        server.run("stdio")
    else:
        serve_http(server, http, token)
