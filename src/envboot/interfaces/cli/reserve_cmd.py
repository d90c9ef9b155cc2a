"""``envboot reserve``: refresh, plan, and (with ``--dry-run 0``) create, verify and audit a lease."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from envboot.core.errors import EXIT_OK
from envboot.core.settings import DEFAULT_HORIZON_HOURS
from envboot.core.timeutil import utcnow
from envboot.interfaces.cli.audit_notes import audit_warnings
from envboot.interfaces.cli.console import emit_json, err, out
from envboot.interfaces.cli.live_options import (
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
from envboot.interfaces.cli.options import (
    AmountOpt,
    CleaningOpt,
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
    ResourceTypeOpt,
    StartOpt,
    ZoneOpt,
)
from envboot.interfaces.kinds import CommandFlags, ReserveFlags, check_flags, commands_for
from envboot.interfaces.live_json import outcome_json
from envboot.interfaces.policy_checks import PolicyOpt, policy, reserve_checks
from envboot.interfaces.policy_checks import lines as policy_lines
from envboot.kinds.strategies import Prefer
from envboot.live.reserve import Outcome, Reserver
from envboot.planning.policy import Policy


def reserve(
    typer_ctx: typer.Context = None,  # type: ignore[assignment]  # None when the seed shim calls it
    zone: ZoneOpt = None,
    start: StartOpt = None,
    duration: DurationOpt = "60",
    amount: AmountOpt = 1,
    min_amount: Annotated[int | None, typer.Option("--min-amount", help="Blazar's min (default: --amount)",
                                                   show_default=False)] = None,
    node_type: NodeTypeOpt = None,
    hosts: HostsOpt = None,
    needs: NeedsOpt = None,
    needs_from: NeedsFromOpt = None,
    resource_type: ResourceTypeOpt = None,
    flavor: FlavorOpt = None,
    floating_ips: FloatingIpsOpt = None,
    network: NetworkOpt = None,
    resource_properties: Annotated[str | None, typer.Option("--resource-properties", "-p")] = None,
    alt_zones: Annotated[str | None, typer.Option("--alt-zones")] = None,
    any_zone: Annotated[bool, typer.Option("--any-zone", help="Other zones may be booked")] = False,
    allow_downgrade: Annotated[bool, typer.Option("--allow-downgrade",
                                                  help="Fallback hardware (the ladder) may be booked")] = False,
    allow_shift: Annotated[bool, typer.Option("--allow-shift", help="A later start than --start may be booked "
                                              "(the earliest window that fits), also after a refusal")] = False,
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
    retry_find_earliest: Annotated[bool, typer.Option("--retry-find-earliest/--no-retry-find-earliest",
                                                      help="Same as --allow-shift (the default is no shift)")] = False,
    wait_timeout: WaitTimeoutOpt = 300,
    cleaning_time: CleaningOpt = None,
    os_cloud: OsCloudOpt = None,
    zones_config: ZonesConfigOpt = None,
    live_data: LiveDataOpt = None,
    inventory: InventoryOpt = None,
    insecure: InsecureOpt = False,
    audit: AuditOpt = None,
    fmt: FormatOpt = Format.table,
    policy_file: PolicyOpt = None,
) -> None:
    """Reserve bare metal (or KVM instances): refresh, plan, create the lease, wait, verify, audit. Never two
    leases per intent.

    Books the requested window only (with --min-amount, possibly fewer hosts in it); a later start needs
    --allow-shift, another zone --alt-zones/--any-zone, other hardware --allow-downgrade, or --option N to
    take one numbered option of the plan. Otherwise it exits 1, listing the options and the command that
    books each.

    Exit codes: 0 done, 1 no capacity, 2 bad input, 3 auth/config, 4 Blazar error, 5 verification failed.

    [bold]Examples[/]:
      envboot reserve --zone current --start now --duration 2h -n 2 -t gpu_rtx_6000            # dry run
      envboot reserve --zone current --start now --duration 2h -n 2 -t gpu_rtx_6000 --dry-run 0 --yes
      envboot reserve --zone kvm --resource-type flavor:instance --flavor m1.large -n 4 --start now --duration 2h
    """
    # the policy checks (not for the seed shim, which keeps the seed's document): a bad file is exit 2 first
    pol = policy(policy_file) if typer_ctx is not None else None
    flags = CommandFlags(zone, start, duration, amount, min_amount, node_type, needs, needs_from, flavor,
                         resource_properties, alt_zones, any_zone, allow_downgrade, downgrade_ladder, prefer, max_delay,
                         max_search_hours, cleaning_time=cleaning_time, pin_nodes=pin_nodes, hosts=hosts,
                         floating_ips=floating_ips, network=network, policy_file=policy_file)
    commands = commands_for(resource_type)  # the kind's own flags and request (interfaces/kinds)
    check_flags(commands, flags)
    ctx = live_context(os_cloud, zones_config, live_data, inventory, insecure)
    spec = commands.reserve_spec(ctx, flags, ReserveFlags(
        bool(dry_run), option, name, retry_attempts, retry_refresh, allow_shift or retry_find_earliest, wait_timeout))
    _run(spec, ctx, dry_run, yes, audit, fmt, typer_ctx, pol)


def _run(spec, ctx, dry_run: int, yes: bool, audit, fmt: Format, command: typer.Context | None = None,
         pol: Policy | None = None) -> None:
    result, checks = run_reserve(spec, ctx, dry_run, yes, audit, pol)
    render(result, fmt, command, checks)
    if result.exit_code != EXIT_OK:
        raise typer.Exit(result.exit_code)


def run_reserve(spec, ctx, dry_run: int, yes: bool, audit, pol: Policy | None = None
                ) -> tuple[Outcome, list[dict] | None]:
    """The reserve flow for ``spec`` (consent at a terminal unless ``yes``), with its policy checks; renders nothing."""
    confirm = None if (yes or dry_run or not sys.stdin.isatty()) else _confirm
    say = lambda m: err.print(m, markup=False, highlight=False)  # noqa: E731
    if confirm is not None and pol is not None:
        def confirm(what, option, body, _ask=confirm) -> bool:  # the checks (an equivalent lease...) before consent
            for line in policy_lines(reserve_checks(pol, ctx, option, utcnow(), say=say)):
                err.print(line)
            return _ask(what, option, body)
    if not dry_run and not yes and not sys.stdin.isatty():
        raise typer.BadParameter("creating a lease without a terminal needs --yes", param_hint="--yes")
    progress = WaitProgress(err.rich)
    reserver = Reserver(ctx, audit_log(audit), on_event=lambda m: err.print(m, markup=False, highlight=False),
                        confirm=confirm, waiting=progress)
    try:
        result = reserver.reserve(spec)
    finally:
        progress(None, 0.0)
    audit_warnings(reserver.audit, result)
    checks = None
    if pol is not None and result.option is not None:
        checks = reserve_checks(pol, ctx, result.option, utcnow(), created=result.lease_id, say=say)
    return result, checks


def _confirm(what: str, option, body) -> bool:
    err.print(f"about to reserve {what} in {option.zone}, {option.start:%Y-%m-%d %H:%M}Z → "
              f"{option.end:%Y-%m-%d %H:%M}Z: {option.why}", markup=False)
    return typer.confirm("create this lease?", default=False)


class WaitProgress:
    """A Rich status on stderr while ``reserve`` waits for the lease to start: only when stderr is a
    terminal (a pipe, a log or CI stays quiet)."""

    def __init__(self, console) -> None:
        self.console = console
        self.status = None

    def __call__(self, lease, remaining_s: float) -> None:
        if lease is None:
            if self.status is not None:
                self.status.stop()
                self.status = None
            return
        if not self.console.is_terminal:
            return
        start = f"{lease.start:%Y-%m-%d %H:%M}Z"
        text = escape(f"waiting for lease {lease.id}: {lease.status}, starts {start} (gives up in {remaining_s:.0f} s)")
        if self.status is None:
            self.status = self.console.status(text)
            self.status.start()
        else:
            self.status.update(text)


command_for: Callable[[int], str] | None = None  # the seed shim's own command for an option (see seed_compat)


def option_command(rank: int, ctx: typer.Context | None = None) -> str:
    """The command that books option ``rank``: this one as typed (its command-line options), ``--option RANK``."""
    import shlex

    args: list[str] = []
    for p in ctx.command.params if ctx is not None else ():
        if not p.opts or not p.opts[0].startswith("-") or p.name == "option":
            continue
        source = ctx.get_parameter_source(p.name)
        if getattr(source, "name", None) != "COMMANDLINE":
            continue
        value = ctx.params.get(p.name)
        if getattr(p, "is_flag", False):
            flag = p.opts[0] if value else (p.secondary_opts or [None])[0]
            args += [flag] if flag else []
        elif value is not None:
            args += [p.opts[0], str(getattr(value, "value", value))]
    return shlex.join(["envboot", "reserve", *args, "--option", str(rank)])


def render(o: Outcome, fmt: Format, ctx: typer.Context | None = None, checks: list[dict] | None = None) -> None:
    command = command_for or (lambda rank: option_command(rank, ctx))
    commands = {i: command(i) for i, _ in o.needs_consent}
    if fmt is Format.json:
        doc = outcome_json(o)
        if checks is not None:
            doc["policy"] = checks
        if commands:
            doc["message"] += "\n" + "\n".join(f"  option {i}: {c}" for i, c in commands.items())
        emit_json(doc)
        if commands:
            err.print(doc["message"], markup=False, highlight=False)
        return
    style = {"success": "green", "dry_run": "cyan"}.get(o.result, "red")
    out.print(f"[{style}]{o.result}[/]: {escape(o.message)}")
    for i, c in commands.items():
        out.print(f"  option {i}: {c}", markup=False, highlight=False)
    if o.body is not None and o.result == "dry_run":
        import json

        out.print("lease request:", json.dumps(o.body), markup=False, highlight=False)
    if o.lease_id:
        out.print(f"lease {o.lease_name} id {o.lease_id} status {o.status}; hosts: {', '.join(o.hosts) or '-'}",
                  markup=False, highlight=False)
    if o.launch_flavor:
        out.print(f"launch instances with flavor {o.launch_flavor}", markup=False, highlight=False)
    for line in policy_lines(checks or ()):
        out.print(line, highlight=False)
