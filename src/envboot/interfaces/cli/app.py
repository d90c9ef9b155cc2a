"""envboot's command line: parse arguments, call the library, render. Nothing more.

Start-up is lazy: ``main`` imports only the module of the command being run (``envboot plan``
never imports the sandbox, the live path or the MCP server), and ``--version`` imports nothing
but this file. ``app`` (every command, for ``--help`` and introspection) is built on first use.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

HELP = "Find, plan and reserve bare-metal capacity on Chameleon Cloud (OpenStack Blazar)."

# name -> (module, attribute, kind): "command" is a function, "group" a Typer sub-app. In --help order.
COMMANDS: dict[str, tuple[str, str, str]] = {
    "merge": ("envboot.interfaces.cli.data_cmds", "merge", "command"),
    "availability": ("envboot.interfaces.cli.data_cmds", "availability", "command"),
    "zones": ("envboot.interfaces.cli.data_cmds", "zones", "command"),
    "plan": ("envboot.interfaces.cli.plan_cmd", "plan", "command"),
    "needs": ("envboot.interfaces.cli.needs_cmd", "needs", "command"),
    "capacity": ("envboot.interfaces.cli.capacity_cmd", "capacity", "command"),
    "calendar": ("envboot.interfaces.cli.calendar_cmd", "calendar", "command"),
    "reserve": ("envboot.interfaces.cli.reserve_cmd", "reserve", "command"),
    "refresh": ("envboot.interfaces.cli.live_cmd", "refresh", "command"),
    "doctor": ("envboot.interfaces.cli.live_cmd", "doctor", "command"),
    "auth-check": ("envboot.interfaces.cli.live_cmd", "doctor", "command"),
    "lease": ("envboot.interfaces.cli.lease_cmd", "lease_app", "group"),
    "audit": ("envboot.interfaces.cli.audit_cmd", "audit_app", "group"),
    "sandbox": ("envboot.interfaces.cli.sandbox_cmd", "sandbox_app", "group"),
    "mcp": ("envboot.interfaces.cli.mcp_cmd", "mcp", "command"),
    "schema": ("envboot.interfaces.cli.schema_cmd", "schema", "command"),
}


def version() -> str:
    from envboot import __version__

    return __version__


def build_app(names: list[str] | None = None) -> Any:
    """A Typer app with the named commands (all when ``None``), importing only their modules."""
    import typer

    app = typer.Typer(
        name="envboot", help=HELP, no_args_is_help=True, pretty_exceptions_enable=False, rich_markup_mode="rich",
        context_settings={"help_option_names": ["-h", "--help"]},
    )

    @app.callback()
    def _root(
        show_version: bool = typer.Option(False, "--version", "-V", is_eager=True, help="Print the version and exit"),
    ) -> None:
        """Find, plan and reserve bare-metal capacity on Chameleon Cloud (OpenStack Blazar)."""
        if show_version:
            sys.stdout.write(f"envboot {version()}\n")
            raise typer.Exit(0)

    for name in names if names is not None else list(COMMANDS):
        module, attr, kind = COMMANDS[name]
        target = getattr(importlib.import_module(module), attr)
        if kind == "group":
            app.add_typer(target, name=name)
        else:
            app.command(name)(target)
    return app


def _command_named(argv: list[str]) -> str | None:
    """The command ``argv`` runs, when it is a known one and comes first (envboot has no global options)."""
    return argv[0] if argv and argv[0] in COMMANDS else None


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point."""
    args = sys.argv[1:] if argv is None else list(argv)
    if args in (["--version"], ["-V"]):
        sys.stdout.write(f"envboot {version()}\n")
        sys.exit(0)
    from envboot.interfaces.cli.run import run_app

    name = _command_named(args)
    run_app(build_app([name] if name else None), args, prog_name="envboot")


def __getattr__(name: str) -> Any:  # PEP 562: the whole app, and names other modules import from here
    if name == "app":
        return build_app()
    if name == "run_app":
        from envboot.interfaces.cli.run import run_app

        return run_app
    if name in ("availability_query", "settings_with"):
        from envboot.interfaces import request_flags

        return getattr(request_flags, name)
    raise AttributeError(name)
