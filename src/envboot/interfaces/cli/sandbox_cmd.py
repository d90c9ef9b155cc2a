"""``envboot sandbox up | down | status | env``: the real Blazar on this machine."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from envboot.core.settings import BUNDLED_SNAPSHOT
from envboot.core.timeutil import parse_time
from envboot.interfaces.cli.console import emit_json, err, out
from envboot.sandbox import from_snapshot, runtime, seed_cache

sandbox_app = typer.Typer(
    help="Run the REAL OpenStack Blazar 18 locally (fake Keystone/Nova/Placement), seeded from a snapshot.",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)

NameOpt = Annotated[str, typer.Option("--name", help="Sandbox name: several can run side by side")]


def _home(name: str) -> Path:
    return runtime.default_home(name)


@sandbox_app.command()
def up(
    snapshot: Annotated[Path, typer.Option("--snapshot", help="Snapshot to seed from (one site)")] = BUNDLED_SNAPSHOT,
    port: Annotated[int | None, typer.Option("--port", help="Blazar's port (default: a free one)")] = None,
    at: Annotated[str | None, typer.Option("--at", help="Map the snapshot's fetch time to this time "
                                           "(default: now)")] = None,
    name: NameOpt = "default",
    no_seed: Annotated[bool, typer.Option("--no-seed", help="Start empty: no hosts, no leases")] = False,
    cleaning_time: Annotated[int, typer.Option("--cleaning-time", min=0, help="Blazar's cleaning_time, minutes")] = 0,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Replay the snapshot through Blazar's API even "
                                           "when the cached seeded database holds it (then cache it anew)")] = False,
) -> None:
    """Start a sandbox on 127.0.0.1 and seed it: one Blazar host per reservable node, the snapshot's
    leases replayed (shifted so its fetch time is now). A second start from the same snapshot restores
    the cached seeded database (shifted to the new now, checked host by host) instead of replaying.

    [bold]Example[/]: envboot sandbox up && eval "$(envboot sandbox env)" && openstack reservation lease list
    """
    when = parse_time(at, what="--at") if at else None
    plan = None if no_seed else from_snapshot.plan_from_snapshot(snapshot, when)
    region = plan.region if plan else "CHI@UC"
    if not plan:
        with err.status("starting the sandbox ..."):
            info = runtime.up(_home(name), region=region, port=port, name=name, cleaning_time=cleaning_time,
                              on_progress=lambda msg: err.print(msg, markup=False))
        _started(info, name)
    else:
        info, result = _seed_with_progress(plan, snapshot, name, port, cleaning_time, not no_cache)
        how = (f"restored from the cached seeded database ({seed_cache.cache_root()}) and checked host by host:"
               if result.from_cache else "seeded")
        err.print(f"{how} {result.hosts} hosts, {result.leases} leases, {result.reservations} reservations in "
                  f"{result.seconds:.0f} s (shift {plan.shift}; {plan.skipped_over} already over, "
                  f"{plan.adjusted} overlapping renewals started at the previous end)", markup=False)
        err.print(f"replay vs snapshot: {result.differences()}", markup=False, highlight=False)
    err.print(f'use it: eval "$(envboot sandbox env --name {name})"   |   stop: envboot sandbox down --name {name}',
              markup=False, highlight=False)


def _started(info, name: str) -> None:  # noqa: ANN001
    err.print(f"sandbox {name}: Blazar {info.blazar_url}, Keystone {info.auth_url}, region {info.region}",
              markup=False, highlight=False)


def _seed_with_progress(plan, snapshot: Path, name: str, port, cleaning_time: int, use_cache: bool):  # noqa: ANN001, ANN202
    """seed_cache.up_seeded with a Rich progress bar per stage: hosts, then leases (done / total), then the
    check (a restore from the cache shows the check only)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    labels = {"hosts": "creating hosts", "leases": "replaying leases", "check": "checking allocations"}
    with Progress(TextColumn("{task.description:<22}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err.rich, transient=False) as bar:
        tasks: dict[str, int] = {}

        def report(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                tasks[stage] = bar.add_task(labels.get(stage, stage), total=total)
            bar.update(tasks[stage], completed=done, total=total)

        info, result = seed_cache.up_seeded(_home(name), plan, snapshot, name=name, port=port,
                                            cleaning_time=cleaning_time, use_cache=use_cache,
                                            on_progress=lambda msg: bar.console.print(msg, markup=False),
                                            on_seed_progress=report)
    _started(info, name)
    return info, result


@sandbox_app.command()
def down(name: NameOpt = "default") -> None:
    """Stop the sandbox's processes (only those it started) and remove its state."""
    stopped = runtime.down(_home(name))
    err.print(f"sandbox {name}: stopped {len(stopped)} process(es)", markup=False)


@sandbox_app.command()
def status(name: NameOpt = "default", fmt: Annotated[str, typer.Option("--format", "-f")] = "table") -> None:
    """What runs, where, and where the logs are. A sandbox that is not running is an answer (exit 0)."""
    st = runtime.describe(_home(name), name)
    if fmt == "json":
        emit_json({k: v for k, v in st.items() if k != "venv"})
        return
    if "blazar_url" not in st:
        out.print(f"sandbox {name}: [red]not running[/] (nothing in {st['home']}); start it with: "
                  f"envboot sandbox up --name {name}", highlight=False)
        return
    state = "[green]running[/]" if st["running"] else "[red]not running[/]"
    out.print(f"sandbox {name}: {state}  region {st['region']}  cleaning_time {st.get('cleaning_time', 0)} min",
              highlight=False)
    out.print(f"  Blazar   {st['blazar_url']}  pid {st['blazar_pid']}", highlight=False)
    out.print(f"  Keystone {st['auth_url']}  pid {st['fake_pid']}", highlight=False)
    out.print(f"  logs     {', '.join(st['logs'])}", highlight=False)
    out.print(f"  clouds   {st['clouds_yaml']} (cloud {runtime.CLOUD_NAME})", highlight=False)


@sandbox_app.command()
def env(
    name: NameOpt = "default",
    user: Annotated[str, typer.Option("--user", help="demo (a project member) or admin")] = "demo",
) -> None:
    """Print `export OS_...` lines: the same environment a Chameleon user's OpenRC file sets.

    [bold]Example[/]: eval "$(envboot sandbox env)"
    """
    if user not in runtime.USERS:
        raise typer.BadParameter(f"--user must be one of {', '.join(runtime.USERS)}")
    for line in runtime.env_lines(runtime.load(_home(name)), user):
        print(line)
