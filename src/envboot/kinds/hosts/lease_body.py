"""The exact body of Blazar's ``POST /v1/leases`` for a plan option (see blazar-facts §2). Pure."""

from __future__ import annotations

import json
from typing import Any

from envboot.core.timeutil import blazar_date
from envboot.domain.properties import to_json
from envboot.domain.resource_types import PHYSICAL_HOST
from envboot.kinds.hosts.planner import Option


def lease_request(option: Option, *, name: str | None = None, pin_nodes: bool = False) -> dict[str, Any]:
    """``physical:host`` reservation(s): by the option's expression with Blazar's min/max, or with
    ``pin_nodes`` one reservation per chosen host (``["==", "$uid", uid]``; there is no ``or``)."""
    if pin_nodes:
        reservations = [_reservation(1, 1, json.dumps(["==", "$uid", n.uid])) for n in option.nodes]
    else:
        reservations = [_reservation(option.min_amount, option.max_amount, to_json(option.query))]
    body: dict[str, Any] = {
        "start_date": blazar_date(option.start),
        "end_date": blazar_date(option.end),
        "reservations": reservations,
        "events": [],
    }
    if name is not None:
        body = {"name": name, **body}
    return body


def _reservation(min_hosts: int, max_hosts: int, resource_properties: str) -> dict[str, Any]:
    return {
        "resource_type": PHYSICAL_HOST,
        "min": min_hosts,
        "max": max_hosts,
        "hypervisor_properties": "",
        "resource_properties": resource_properties,
    }
