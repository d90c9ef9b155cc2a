"""``envboot reserve``: refresh, plan, and (with ``--dry-run 0``) create, verify and audit a lease."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from ..errors import EXIT_OK, InputError
from ..live_json import outcome_json
from ..planner import Prefer
from ..reserve import Outcome, Reserver, ReserveSpec, preflight
from ..resource_types import FLAVOR_INSTANCE, RESOURCE_TYPES, parse_resource_type
from ..settings import DEFAULT_HORIZON_HOURS
from ..timeutil import utcnow
from .console import emit_json, err, out
from .live_options import (
    AuditOpt,
    InsecureOpt,
    InventoryOpt,
    LiveDataOpt,
    OsCloudOpt,
    WaitTimeoutOpt,
    ZonesConfigOpt,
    audit_log,
    live_context,
)
from .options import (
    AmountOpt,
    CleaningOpt,
    DurationOpt,
    FlavorOpt,
    Format,
    FormatOpt,
    NeedsFromOpt,
    NeedsOpt,
    NodeTypeOpt,
    ResourceTypeOpt,
    StartOpt,
    ZoneOpt,
)
from .plan_cmd import build_request, parse_flags


def reserve(
    zone: ZoneOpt = None,
    start: StartOpt = None,
    duration: DurationOpt = "60",
    amount: AmountOpt = 1,
    min_amount: Annotated[int | None, typer.Option("--min-amount", help="Blazar's min (default: --amount)",
                                                   show_default=False)] = None,
    node_type: NodeTypeOpt = None,
    needs: NeedsOpt = None,
    needs_from: NeedsFromOpt = None,
    resource_type: ResourceTypeOpt = None,
    flavor: FlavorOpt = None,
    resource_properties: Annotated[str | None, typer.Option("--resource-properties", "-p")] = None,
    alt_zones: Annotated[str | None, typer.Option("--alt-zones")] = None,
    any_zone: Annotated[bool, typer.Option("--any-zone")] = False,
    allow_downgrade: Annotated[bool, typer.Option("--allow-downgrade")] = False,
    downgrade_ladder: Annotated[Path | None, typer.Option("--downgrade-ladder")] = None,
    prefer: Annotated[Prefer, typer.Option("--prefer")] = Prefer.soonest,
    max_delay: Annotated[str | None, typer.Option("--max-delay")] = None,
    max_search_hours: Annotated[int, typer.Option("--max-search-hours", min=1)] = DEFAULT_HORIZON_HOURS,
    dry_run: Annotated[int, typer.Option("--dry-run", envvar="DRY_RUN", min=0, max=1, show_envvar=True,
                                         help="1: plan and show the lease request (default); 0: create it")] = 1,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation (non-interactive use)")] = False,
    option: Annotated[int | None, typer.Option("--option", min=1, help="Take the plan's N-th option")] = None,
    pin_nodes: Annotated[bool, typer.Option("--pin-nodes", help="Reserve exactly the planned hosts")] = False,
    name: Annotated[str | None, typer.Option("--name", help="Lease name prefix (an intent id is appended)")] = None,
    retry_attempts: Annotated[int, typer.Option("--retry-attempts", min=0)] = 3,
    retry_refresh: Annotated[bool, typer.Option("--retry-refresh/--no-retry-refresh")] = True,
    retry_find_earliest: Annotated[bool, typer.Option("--retry-find-earliest/--no-retry-find-earliest")] = True,
    wait_timeout: WaitTimeoutOpt = 300,
    cleaning_time: CleaningOpt = None,
    os_cloud: OsCloudOpt = None,
    zones_config: ZonesConfigOpt = None,
    live_data: LiveDataOpt = None,
    inventory: InventoryOpt = None,
    insecure: InsecureOpt = False,
    audit: AuditOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Reserve bare metal (or KVM instances): refresh, plan, create the lease, wait, verify, audit. Never two
    leases per intent.

    Exit codes: 0 done, 1 no capacity, 2 bad input, 3 auth/config, 4 Blazar error, 5 verification failed.

    [bold]Examples[/]:
      envboot reserve --zone current --start now --duration 2h -n 2 -t gpu_rtx_6000            # dry run
      envboot reserve --zone current --start now --duration 2h -n 2 -t gpu_rtx_6000 --dry-run 0 --yes
      envboot reserve --zone kvm --resource-type flavor:instance --flavor m1.large -n 4 --start now --duration 2h
    """
    if parse_resource_type(resource_type, allow=RESOURCE_TYPES) == FLAVOR_INSTANCE:
        from ..flavors import cli as flavor_cli

        flavor_cli.refuse_host_flags(min_amount=min_amount, node_type=node_type, needs=needs, needs_from=needs_from,
                                     resource_properties=resource_properties, downgrade_ladder=downgrade_ladder,
                                     pin_nodes=pin_nodes)
        flavor_cli.flavor_flag(flavor)  # bad input first, before any credentials are needed
        ctx = live_context(os_cloud, zones_config, live_data, inventory, insecure)
        spec = flavor_cli.reserve_spec(
            ctx=ctx, zone=zone, start=start,
            duration=duration, amount=amount, flavor=flavor, alt_zones=alt_zones, any_zone=any_zone,
            allow_downgrade=allow_downgrade, prefer=prefer, max_delay=max_delay, max_search_hours=max_search_hours,
            cleaning_time=cleaning_time, dry_run=bool(dry_run), option=option, name=name,
            retry_attempts=retry_attempts, retry_refresh=retry_refresh, retry_find_earliest=retry_find_earliest,
            wait_timeout=wait_timeout)
        _run(spec, ctx, dry_run, yes, audit, fmt)
        return
    if flavor is not None:
        raise InputError("--flavor applies to --resource-type flavor:instance only")
    flags = parse_flags(zone, start, duration, amount, min_amount, node_type, resource_properties, alt_zones,
                        any_zone, allow_downgrade, downgrade_ladder, prefer, max_delay, max_search_hours,
                        cleaning_time, for_reserve=True, resource_type=resource_type, needs=needs,
                        needs_from=needs_from)
    ctx = live_context(os_cloud, zones_config, live_data, inventory, insecure)
    request = build_request(ctx.view(require_live=False), flags)  # names only: reserve refreshes first
    spec = ReserveSpec(request, dry_run=bool(dry_run), option_index=option, pin_nodes=pin_nodes, name=name,
                       retry_attempts=retry_attempts, retry_refresh=retry_refresh,
                       retry_find_earliest=retry_find_earliest, wait_timeout_s=wait_timeout,
                       cleaning_minutes=flags.settings.cleaning_minutes)
    preflight(spec, utcnow(), flags.settings.max_lease_minutes)
    _run(spec, ctx, dry_run, yes, audit, fmt)


def _run(spec, ctx, dry_run: int, yes: bool, audit, fmt: Format) -> None:
    confirm = None if (yes or dry_run or not sys.stdin.isatty()) else _confirm
    if not dry_run and not yes and not sys.stdin.isatty():
        raise typer.BadParameter("creating a lease without a terminal needs --yes", param_hint="--yes")
    reserver = Reserver(ctx, audit_log(audit), on_event=lambda m: err.print(m, markup=False, highlight=False),
                        confirm=confirm)
    result = reserver.reserve(spec)
    render(result, fmt)
    if result.exit_code != EXIT_OK:
        raise typer.Exit(result.exit_code)


def _confirm(option, body) -> bool:
    if hasattr(option, "flavor"):
        err.print(f"about to reserve {option.amount} x {option.flavor.name} in {option.zone}, "
                  f"{option.start:%Y-%m-%d %H:%M}Z → {option.end:%Y-%m-%d %H:%M}Z: {option.why}", markup=False)
        return typer.confirm("create this lease?", default=False)
    err.print(f"about to reserve {option.amount} host(s) in {option.zone}, {option.start:%Y-%m-%d %H:%M}Z → "
              f"{option.end:%Y-%m-%d %H:%M}Z ({option.su_cost:g} SU): {option.why}", markup=False)
    return typer.confirm("create this lease?", default=False)


def render(o: Outcome, fmt: Format) -> None:
    if fmt is Format.json:
        emit_json(outcome_json(o))
        return
    style = {"success": "green", "dry_run": "cyan"}.get(o.result, "red")
    out.print(f"[{style}]{o.result}[/]: {escape(o.message)}")
    if o.body is not None and o.result == "dry_run":
        import json

        out.print("lease request:", json.dumps(o.body), markup=False, highlight=False)
    if o.lease_id:
        out.print(f"lease {o.lease_name} id {o.lease_id} status {o.status}; hosts: {', '.join(o.hosts) or '-'}",
                  markup=False, highlight=False)
    if o.launch_flavor:
        out.print(f"launch instances with flavor {o.launch_flavor}", markup=False, highlight=False)
