"""JSON Schemas (Draft 2020-12) of every ``-f json`` document, shipped with the package.

One ``<name>.schema.json`` per document: a command's name (``plan``), its path joined by ``-``
(``lease-list``, ``audit-reconcile``, ``sandbox-status``), ``integrate_and_plan`` for the seed
shim and ``lease_results_live`` for the merged view file. ``envboot schema NAME`` prints one.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

SUFFIX = ".schema.json"

# Commands whose document is another command's (the key is the command path joined by "-").
ALIASES = {"auth-check": "doctor", "lease-show": "lease", "lease-wait": "lease"}


def names() -> list[str]:
    """Every shipped schema's name, sorted."""
    return sorted(p.name[: -len(SUFFIX)] for p in resources.files(__name__).iterdir() if p.name.endswith(SUFFIX))


def resolve(name: str) -> str:
    """The schema name for a schema name, a command path (``lease show``, ``lease-show``) or an alias."""
    key = "-".join(name.split())
    return ALIASES.get(key, key)


def load(name: str) -> dict[str, Any]:
    """The schema ``name`` (see :func:`resolve`) as a dict; KeyError naming the known ones if there is none."""
    key = resolve(name)
    if key not in names():
        raise KeyError(f"no JSON schema {name!r}; known: {', '.join(names())}")
    return json.loads(resources.files(__name__).joinpath(key + SUFFIX).read_text(encoding="utf-8"))
