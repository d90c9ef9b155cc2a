"""Where the CLI writes: tables and messages via Rich, JSON as plain text on stdout.

``out`` and ``err`` create their Rich console on first use: a command that only prints JSON
never imports Rich (about 20 ms of every start-up).
"""

from __future__ import annotations

import json
import re
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console


class LazyConsole:
    """A Rich ``Console(**options)``, created when first used; ``.rich`` is the console itself."""

    def __init__(self, **options: Any) -> None:
        self._options = options
        self._console: Console | None = None

    @property
    def rich(self) -> Console:
        if self._console is None:
            from rich.console import Console

            self._console = Console(**self._options)
        return self._console

    def __getattr__(self, name: str) -> Any:
        return getattr(self.rich, name)


out = LazyConsole(soft_wrap=True)
err = LazyConsole(stderr=True, soft_wrap=True)


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def clean(text: object) -> str:
    """A data string made harmless for a terminal: control characters (escape sequences, newlines,
    bells) dropped."""
    return _CONTROL.sub("", str(text))


def safe(text: object) -> str:
    """A data string for Rich: control characters dropped and markup escaped (``[/bold]``,
    ``[link=...]`` print as typed). Every data string the CLI renders goes through here."""
    from rich.markup import escape

    return escape(clean(text))


def safe_doc(doc: Any) -> Any:
    """The document with every string made :func:`safe` (keys kept): what the table renderers print."""
    if isinstance(doc, str):
        return safe(doc)
    if isinstance(doc, dict):
        return {k: safe_doc(v) for k, v in doc.items()}
    if isinstance(doc, list | tuple):
        return [safe_doc(v) for v in doc]
    return doc


class _Emitted:
    """Whether this run already wrote a JSON document on stdout (then an error adds none)."""

    json = False


emitted = _Emitted()


def wants_json(argv: list[str]) -> bool:
    """``-f json`` / ``--format json`` / ``--format=json`` / ``-fjson`` among the arguments."""
    for i, a in enumerate(argv):
        if a in ("-f", "--format") and i + 1 < len(argv) and argv[i + 1] == "json":
            return True
        if a in ("--format=json", "-fjson"):
            return True
    return False


def emit_error_json(code: int, message: str) -> None:
    """Under ``-f json`` an error is also a JSON document on stdout (schema: error.schema.json)."""
    if not emitted.json:
        emit_json({"schema_version": 1, "error": {"code": code, "message": message}})


def emit_json(doc: dict) -> None:
    emitted.json = True
    sys.stdout.write(json.dumps(doc, indent=2) + "\n")
