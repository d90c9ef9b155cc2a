"""A lease: one window, one or more reservations of any kinds (Blazar's ``POST /v1/leases`` body). Pure."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from envboot.core.timeutil import blazar_date


def lease_body(start: datetime, end: datetime, reservations: Sequence[dict[str, Any]], *,
               name: str | None = None) -> dict[str, Any]:
    """``{"name"?, "start_date", "end_date", "reservations", "events": []}`` (blazar-facts §2)."""
    body: dict[str, Any] = {"start_date": blazar_date(start), "end_date": blazar_date(end),
                            "reservations": list(reservations), "events": []}
    return {"name": name, **body} if name is not None else body
