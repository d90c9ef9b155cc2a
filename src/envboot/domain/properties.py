"""Blazar's property language (``resource_properties`` / ``hypervisor_properties``), parsed and
evaluated the way Blazar 18 does it. Pure.

Verified against openstack/blazar:
- ``blazar/utils/plugins.py`` ``convert_requirements``: a leaf is ``[op, "$key", "value"]`` with
  ``op`` in ``== = != >= <= > <`` (``=`` becomes ``==``), ``$key`` at least one character after
  ``$``, and ``value`` a NON-EMPTY string (a number is "Malformed requirements");
  ``["and", e1, e2, ...]`` needs at least one clause and keeps only ``convert_requirements(e)[0]``
  of each clause, so a nested ``and`` keeps just its first clause; ``[]`` (and ``""``, which the
  host plugin skips) mean no filter; anything else, ``or`` included, is malformed.
- ``blazar/db/sqlalchemy/api.py`` ``host_get_all_by_queries``: each ``"key op value"`` (split on
  the first two spaces) compares a ComputeHost COLUMN in SQL when ``key`` is one, otherwise the
  extra capability's value AS A PYTHON STRING (``"100" < "48"`` is true); hosts without the
  capability never match (for ``!=`` too); a key no host has raises (Blazar answers 500).
- ``blazar/plugins/oshosts/host_plugin.py`` ``_matching_hosts``: both properties fields are
  ANDed and only ``reservable`` hosts count (envboot's engine applies that filter separately).

Column comparisons: envboot holds column values as strings; numeric columns (``vcpus``,
``memory_mb``, ``local_gb``, ``hypervisor_version``, ``id``) compare as numbers when both sides
are numbers, as SQL would; a missing column is SQL NULL and matches nothing (``"null"`` as the
value tests for NULL, as Blazar maps it to ``None``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from envboot.core.errors import InputError

OPERATORS = ("==", "=", "!=", ">=", "<=", ">", "<")
HOST_COLUMNS = frozenset({
    "id", "vcpus", "cpu_info", "hypervisor_type", "hypervisor_version", "hypervisor_hostname", "service_name",
    "memory_mb", "local_gb", "status", "availability_zone", "trust_id", "reservable", "disabled",
})
NUMERIC_COLUMNS = frozenset({"id", "vcpus", "memory_mb", "local_gb", "hypervisor_version"})
MAX_TEXT = 64 * 1024
MAX_DEPTH = 32
_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
_COMPARE = {
    "==": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
    ">=": lambda a, b: a >= b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    "<": lambda a, b: a < b,
}


class PropertyError(InputError):
    """A malformed expression: Blazar would answer 400 Malformed requirements."""


@dataclass(frozen=True, slots=True)
class Condition:
    op: str  # normalised: "=" is stored as "=="
    key: str  # without the "$"
    value: str

    def to_list(self) -> list[str]:
        return [self.op, f"${self.key}", self.value]

    def matches(self, columns: Mapping[str, str], capabilities: Mapping[str, str]) -> bool:
        compare = _COMPARE[self.op]
        if self.key in HOST_COLUMNS:
            have = columns.get(self.key)
            if self.value == "null":
                return (have is None) if self.op == "==" else (have is not None) if self.op == "!=" else False
            if have is None:
                return False  # SQL NULL compares false
            if self.key in NUMERIC_COLUMNS and _NUMBER.match(have) and _NUMBER.match(self.value):
                return compare(float(have), float(self.value))
            return compare(have, self.value)
        have = capabilities.get(self.key)
        return have is not None and compare(have, self.value)


@dataclass(frozen=True, slots=True)
class Query:
    """An ANDed list of conditions, as Blazar evaluates it; ``source`` is what the user wrote."""

    conditions: tuple[Condition, ...]
    source: str = ""
    warnings: tuple[str, ...] = ()

    def matches(self, columns: Mapping[str, str], capabilities: Mapping[str, str]) -> bool:
        return all(c.matches(columns, capabilities) for c in self.conditions)

    def is_empty(self) -> bool:
        return not self.conditions

    def key_names(self) -> set[str]:
        return {c.key for c in self.conditions}


EMPTY = Query(())


def parse(expr: str | list | None, *, what: str = "--resource-properties") -> Query:
    """Parse JSON text (or an already decoded list); ``None``, ``""`` and ``[]`` mean no filter."""
    if expr is None:
        return EMPTY
    source = expr if isinstance(expr, str) else _dumps(expr, what)
    if isinstance(expr, str):
        if not expr.strip():
            return EMPTY
        if len(expr) > MAX_TEXT:
            raise PropertyError(f"{what}: expression longer than {MAX_TEXT} characters")
        try:
            expr = json.loads(expr)
        except (ValueError, RecursionError):
            raise PropertyError(f"{what}: not valid JSON: {_short(source)}; e.g. "
                                '\'["==", "$node_type", "compute_skylake"]\'') from None
    warnings: list[str] = []
    conditions = _convert(expr, what, warnings, 0)
    for c in conditions:
        if c.op not in ("==", "!=") and c.key not in HOST_COLUMNS and _NUMBER.match(c.value):
            warnings.append(
                f"{what}: ${c.key} {c.op} \"{c.value}\" compares STRINGS in Blazar (\"100\" < \"48\"); "
                "numbers of different lengths will not compare as numbers"
            )
    return Query(tuple(conditions), source, tuple(warnings))


def _convert(expr: object, what: str, warnings: list[str], depth: int) -> list[Condition]:
    if depth > MAX_DEPTH:
        raise PropertyError(f"{what}: expression nested deeper than {MAX_DEPTH} levels")
    if not isinstance(expr, list):
        raise PropertyError(f"{what}: expected a JSON list like [\"==\", \"$key\", \"value\"], got {_short(expr)}")
    if not expr:
        return []
    head = expr[0]
    if len(expr) == 3 and isinstance(head, str) and head in OPERATORS:
        return [_leaf(expr, what)]
    if head == "and":
        if len(expr) < 2:
            raise PropertyError(f"{what}: \"and\" needs at least one clause: {_short(expr)}")
        out = []
        for clause in expr[1:]:
            converted = _convert(clause, what, warnings, depth + 1)
            if not converted:
                raise PropertyError(f"{what}: empty clause inside \"and\": {_short(expr)}")
            if len(converted) > 1:
                warnings.append(f"{what}: Blazar keeps only the first clause of a nested \"and\" "
                                f"({_short(clause)}); the others are ignored")
            out.append(converted[0])
        return out
    if head == "or":
        raise PropertyError(f"{what}: Blazar has no \"or\"; make one reservation per alternative")
    if isinstance(head, str) and head not in OPERATORS:
        raise PropertyError(f"{what}: unknown operator {head!r}; use one of {' '.join(OPERATORS)} or \"and\"")
    raise PropertyError(f"{what}: malformed expression {_short(expr)}; a leaf is [op, \"$key\", \"value\"]")


def _leaf(expr: list, what: str) -> Condition:
    op, key, value = expr
    if not isinstance(key, str) or len(key) < 2 or not key.startswith("$"):
        raise PropertyError(f"{what}: the key must be a string like \"$node_type\", got {_short(key)}")
    if not isinstance(value, str):
        raise PropertyError(f"{what}: the value must be a JSON string (write \"{_short(value)}\" in quotes)")
    if not value:
        raise PropertyError(f"{what}: empty value for {key}")
    if " " in key[1:]:
        raise PropertyError(f"{what}: a key cannot contain spaces: {_short(key)}")
    return Condition("==" if op == "=" else op, key[1:], value)


def node_type_expression(node_type: str) -> Query:
    cond = Condition("==", "node_type", node_type)
    return Query((cond,), json.dumps(cond.to_list()))


def combine(*queries: Query) -> Query:
    """AND of several queries (duplicate conditions dropped), as one lease expression."""
    seen: list[Condition] = []
    warnings: list[str] = []
    for q in queries:
        for c in q.conditions:
            if c not in seen:
                seen.append(c)
        warnings.extend(w for w in q.warnings if w not in warnings)
    query = Query(tuple(seen), "", tuple(warnings))
    return Query(query.conditions, to_json(query), query.warnings)


def to_json(query: Query) -> str:
    """The exact string for a lease request: ``""``, one leaf, or ``["and", leaf, ...]``."""
    if not query.conditions:
        return ""
    if len(query.conditions) == 1:
        return json.dumps(query.conditions[0].to_list())
    return json.dumps(["and", *(c.to_list() for c in query.conditions)])


def unknown_keys(query: Query, known_keys: Iterable[str]) -> list[str]:
    """Capability keys no host has: Blazar fails such a request (500) instead of matching nothing."""
    known = set(known_keys) | HOST_COLUMNS
    return sorted(k for k in query.key_names() if k not in known)


def _dumps(value: object, what: str) -> str:
    try:
        return json.dumps(value)
    except (TypeError, ValueError, RecursionError):
        raise PropertyError(f"{what}: not a JSON expression") from None


def _short(value: object, limit: int = 80) -> str:
    try:
        text = value if isinstance(value, str) else json.dumps(value)
    except (TypeError, ValueError, RecursionError):
        text = repr(value)
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[:limit] + "…"
