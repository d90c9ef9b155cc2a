"""Run a Typer app the envboot way: one line on stderr and a documented exit code, never a traceback."""

from __future__ import annotations

import re
import sys

import typer

from envboot.core.errors import EXIT_BAD_INPUT, EnvbootError
from envboot.interfaces.cli.console import clean, emit_error_json, emitted, err, wants_json


def _did_you_mean(message: str) -> str:
    """Click's "(Possible options: --a, --b)" said the envboot way: "did you mean --a, --b?"."""
    return re.sub(r"\s*\(Possible options: ([^)]*)\)", r"; did you mean \1?", message).replace(
        " Did you mean ", "; did you mean ")


def run_app(typer_app: typer.Typer, argv: list[str] | None, prog_name: str) -> None:
    as_json = wants_json(list(sys.argv[1:] if argv is None else argv))
    emitted.json = False

    def fail(message: str, code: int) -> None:
        err.print(f"{prog_name}: error: {message}", markup=False, highlight=False)
        if as_json:
            emit_error_json(code, message)
        sys.exit(code)

    try:
        rc = typer_app(args=argv, standalone_mode=False, prog_name=prog_name)
    except EnvbootError as exc:
        fail(clean(exc), exc.exit_code)
    except typer.Abort:
        err.print(f"{prog_name}: aborted", markup=False)
        sys.exit(130)
    except typer.TyperException as exc:
        fail(f"{_did_you_mean(clean(' '.join(exc.format_message().split())))} (see --help)",
             exc.exit_code if exc.exit_code else EXIT_BAD_INPUT)
    except KeyboardInterrupt:
        err.print(f"{prog_name}: interrupted", markup=False)
        sys.exit(130)
    sys.exit(rc if isinstance(rc, int) else 0)
