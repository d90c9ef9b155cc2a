"""JSON documents of the live path: a lease as Blazar has it, and the outcome of a reservation.

Shared by the CLI (``envboot lease ...``, ``envboot reserve -f json``) and the MCP server.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from envboot.core.timeutil import iso_z
from envboot.data.merged_json import SCHEMA_VERSION
from envboot.kinds.protocol import Allocated
from envboot.kinds.registry import kind_named, kinds
from envboot.live.leases import Lease

if TYPE_CHECKING:
    from envboot.live.reserve import Outcome


def lease_json(lease: Lease) -> dict:
    doc = {"id": lease.id, "name": lease.name, "status": lease.status, "start": iso_z(lease.start),
           "end": iso_z(lease.end), "reservations": list(lease.reservation_ids)}
    for kind in kinds():  # what each kind shows of its reservations (a flavor lease: the flavor to launch with)
        mine = [r for r in lease.raw_reservations if r.get("resource_type") == kind.resource_type]
        if mine:
            doc.update(kind.reservation_fields(mine))
    return doc


def lease_show_json(api: Any, lease: Lease) -> dict:
    """``lease show``: the lease, the hosts Blazar allocated to it, and what each kind allocated besides (a
    floating IP reservation's addresses)."""
    from envboot.live.blazar_errors import call_blazar
    from envboot.live.leases import lease_hosts

    doc = lease_json(lease)
    doc["hosts"] = call_blazar(lambda: lease_hosts(api, lease), f"lease show {lease.id}: allocations")
    for kind in kinds():
        mine = [r for r in lease.raw_reservations if r.get("resource_type") == kind.resource_type]
        if mine:
            doc.update(call_blazar(lambda k=kind, m=mine: k.allocated_fields(api.blazar, m),
                                   f"lease show {lease.id}: {kind.resource_type} allocations"))
    return doc


def outcome_json(o: Outcome) -> dict:
    kind = kind_named(o.resource_type)
    allocated = Allocated(tuple(o.hosts), launch_flavor=o.launch_flavor, addresses=tuple(o.addresses))
    doc = {
        "schema_version": SCHEMA_VERSION, **kind.outcome_fields(allocated), "result": o.result,
        "exit_code": o.exit_code, "message": o.message, "intent_id": o.intent_id, "lease_name": o.lease_name,
        "lease_id": o.lease_id, "status": o.status, "hosts": o.hosts, "attempts": o.attempts, "lease_request": o.body,
        "option": None if o.option is None else kind.option_json(o.option, 1), "warnings": list(o.warnings),
    }
    if o.addresses and "addresses" not in doc:  # companion floating IPs of a host (or instance) lease
        doc["floating_ips"] = list(o.addresses)
    if o.parts and doc["option"] is not None:  # the companion parts of the option booked
        doc["option"]["floating_ips"] = [k.option_json(p, 1) for k, p in o.parts]
    return doc
