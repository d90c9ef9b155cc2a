"""JSON documents of the live path: a lease as Blazar has it, and the outcome of a reservation.

Shared by the CLI (``envboot lease ...``, ``envboot reserve -f json``) and the MCP server.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from envboot.core.timeutil import iso_z
from envboot.domain.resource_types import FLAVOR_INSTANCE
from envboot.interfaces.jsonout import SCHEMA_VERSION, option_json
from envboot.live.leases import Lease

if TYPE_CHECKING:
    from envboot.live.reserve import Outcome


def lease_json(lease: Lease) -> dict:
    doc = {"id": lease.id, "name": lease.name, "status": lease.status, "start": iso_z(lease.start),
           "end": iso_z(lease.end), "reservations": list(lease.reservation_ids)}
    launch = launch_flavors(lease)
    if launch:  # a flavor:instance lease: the flavor its instances launch on
        doc["launch_flavor"] = launch[0] if len(launch) == 1 else ", ".join(launch)
    return doc


def launch_flavors(lease: Lease) -> list[str]:
    """``reservation:<reservation id>`` for each ``flavor:instance`` reservation: the Nova flavor Blazar
    creates for it (its id is the reservation id), the one to launch the reserved instances with."""
    return [f"reservation:{r.get('id')}" for r in lease.raw_reservations
            if r.get("resource_type") == "flavor:instance"]


def outcome_json(o: Outcome) -> dict:
    if o.resource_type == FLAVOR_INSTANCE:
        from envboot.kinds.flavors.lease_body import option_json as flavor_option_json

        return {
            "schema_version": SCHEMA_VERSION, "resource_type": FLAVOR_INSTANCE, "result": o.result,
            "exit_code": o.exit_code, "message": o.message, "intent_id": o.intent_id, "lease_name": o.lease_name,
            "lease_id": o.lease_id, "status": o.status, "hosts": o.hosts, "launch_flavor": o.launch_flavor,
            "attempts": o.attempts, "lease_request": o.body,
            "option": None if o.option is None else flavor_option_json(1, o.option),
        }
    return {
        "schema_version": SCHEMA_VERSION, "result": o.result, "exit_code": o.exit_code, "message": o.message,
        "intent_id": o.intent_id, "lease_name": o.lease_name, "lease_id": o.lease_id, "status": o.status,
        "hosts": o.hosts, "attempts": o.attempts, "lease_request": o.body,
        "option": None if o.option is None else option_json(None, 1, o.option),
    }
