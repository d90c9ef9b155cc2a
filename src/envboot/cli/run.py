"""Run a Typer app the envboot way: one line on stderr and a documented exit code, never a traceback."""

from __future__ import annotations

import sys

import typer

from ..errors import EXIT_BAD_INPUT, EnvbootError
from .console import clean, err


def run_app(typer_app: typer.Typer, argv: list[str] | None, prog_name: str) -> None:
    try:
        rc = typer_app(args=argv, standalone_mode=False, prog_name=prog_name)
    except EnvbootError as exc:
        err.print(f"{prog_name}: error: {clean(exc)}", markup=False, highlight=False)
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
