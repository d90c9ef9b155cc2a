"""The exact body of Blazar's ``POST /v1/leases`` for a plan option (see blazar-facts §2). Pure."""

from __future__ import annotations

import json
from typing import Any

from envboot.domain.properties import to_json
from envboot.domain.resource_types import PHYSICAL_HOST
from envboot.kinds.hosts.planner import Option
from envboot.kinds.lease import lease_body


def lease_request(option: Option, *, name: str | None = None, pin_nodes: bool = False) -> dict[str, Any]:
    """The whole lease body of a ``physical:host`` option (see :func:`lease_reservations`)."""
    return lease_body(option.start, option.end, lease_reservations(option, pin_nodes=pin_nodes), name=name)


def lease_reservations(option: Option, *, pin_nodes: bool = False) -> list[dict[str, Any]]:
    """``physical:host`` reservation(s): by the option's expression with Blazar's min/max, or with
    ``pin_nodes`` (or an option whose request named its hosts) one reservation per chosen host
    (``["==", "$uid", uid]``; there is no ``or``)."""
    if pin_nodes or option.pinned:
        return [_reservation(1, 1, json.dumps(["==", "$uid", n.uid])) for n in option.nodes]
    return [_reservation(option.min_amount, option.max_amount, to_json(option.query))]


def _reservation(min_hosts: int, max_hosts: int, resource_properties: str) -> dict[str, Any]:
    return {
        "resource_type": PHYSICAL_HOST,
        "min": min_hosts,
        "max": max_hosts,
        "hypervisor_properties": "",
        "resource_properties": resource_properties,
    }
