"""Validate a ``-f json`` document against its shipped JSON Schema (Draft 2020-12, formats checked)."""

from __future__ import annotations

from functools import cache
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

from envboot.interfaces import schemas

FORMAT_CHECKER = Draft202012Validator.FORMAT_CHECKER


@cache
def validator(name: str) -> Draft202012Validator:
    schema = schemas.load(name)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=FORMAT_CHECKER)


def assert_valid(doc: Any, name: str) -> Any:
    """Fail with every violation (path and message) unless ``doc`` matches schema ``name``; return ``doc``."""
    errors = list(validator(name).iter_errors(doc))
    if errors:
        lines = []
        for e in sorted(errors, key=lambda e: list(map(str, e.absolute_path)))[:20]:
            deepest = best_match(e.context) if e.context else e
            where = "/".join(map(str, deepest.absolute_path)) or "(document)"
            lines.append(f"  {where}: {deepest.message}")
        raise AssertionError(f"the document does not match schema {name!r}:\n" + "\n".join(lines))
    return doc
