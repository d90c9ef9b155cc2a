"""``envboot schema [NAME]``: print the JSON Schema of a ``-f json`` document, or list them."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from envboot.core.errors import InputError
from envboot.interfaces import schemas
from envboot.interfaces.cli.console import out


def schema(
    name: Annotated[str | None, typer.Argument(help="A schema (plan, lease-list, ...) or a command ('lease show'); "
                                               "none: list them", show_default=False)] = None,
) -> None:
    """Print the JSON Schema (Draft 2020-12) of a command's -f json output; with no NAME, list the schemas.

    [bold]Examples[/]: envboot schema   |   envboot schema plan > plan.schema.json   |   envboot schema "lease show"
    """
    if name is None:
        for key in schemas.names():
            out.print(f"{key:<20} {schemas.load(key).get('title', '')}", markup=False, highlight=False)
        return
    try:
        doc = schemas.load(name)
    except KeyError as exc:
        raise InputError(exc.args[0]) from None
    sys.stdout.write(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
