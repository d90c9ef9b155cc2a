"""The lease body and the JSON documents for ``flavor:instance``. Pure.

Body of ``POST /v1/leases`` (Blazar's flavor plugin requires the ``affinity`` key, and only null)::

    {"start_date": "2026-07-01 14:00", "end_date": "2026-07-01 18:00",
     "reservations": [{"resource_type": "flavor:instance", "flavor_id": "3", "amount": 4, "affinity": null}],
     "events": []}

Instances then launch with the flavor Blazar creates, named ``reservation:<reservation id>``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from envboot.core.timeutil import iso_z
from envboot.data.merged_json import SCHEMA_VERSION, data_json
from envboot.kinds.flavors.engine import Fit, HostFit
from envboot.kinds.flavors.model import FLAVOR_INSTANCE, RESERVATION_FLAVOR_PREFIX, Flavor, FlavorData, resource_request
from envboot.kinds.flavors.planner import FlavorOption, FlavorPlan
from envboot.kinds.lease import lease_body


def flavor_lease_request(flavor_id: str, amount: int, start: datetime, end: datetime, *,
                         name: str | None = None) -> dict[str, Any]:
    return lease_body(start, end, [flavor_reservation(flavor_id, amount)], name=name)


def flavor_reservation(flavor_id: str, amount: int) -> dict[str, Any]:
    return {"resource_type": FLAVOR_INSTANCE, "flavor_id": flavor_id, "amount": amount, "affinity": None}


def flavor_json(f: Flavor) -> dict[str, Any]:
    return {"id": f.id, "name": f.name, "vcpus": f.vcpus, "ram": f.ram, "disk": f.disk, "ephemeral": f.ephemeral,
            "extra_specs": dict(f.extra_specs), "resources": resource_request(f)}


def option_json(rank: int, o: FlavorOption) -> dict[str, Any]:
    return {
        "rank": rank,
        "strategy": o.strategy,
        "zone": o.zone,
        "start": iso_z(o.start),
        "end": iso_z(o.end),
        "delay_minutes": o.delay_minutes,
        "flavor": flavor_json(o.flavor),
        "amount": o.amount,
        "instances_fit": o.instances_fit,
        "hosts": [{"id": h.id, "hypervisor_hostname": h.hypervisor_hostname, "instances": n} for h, n in o.hosts],
        "rung": o.rung,
        "why": o.why,
        "launch_flavor": f"{RESERVATION_FLAVOR_PREFIX}<reservation id>",
        "lease_request": flavor_lease_request(o.flavor.id, o.amount, o.start, o.end),
    }


def flavor_plan_json(data: FlavorData, p: FlavorPlan, now: datetime | None = None) -> dict[str, Any]:
    r = p.request
    miss = p.near_miss
    return {
        "schema_version": SCHEMA_VERSION,
        "request": {
            "resource_type": FLAVOR_INSTANCE,
            "zone": r.zone,
            "start": iso_z(r.start),
            "end": iso_z(r.end),
            "duration_minutes": r.duration_minutes,
            "amount": r.amount,
            "flavor": flavor_json(p.flavor),
            "alt_zones": list(r.alt_zones),
            "allow_downgrade": r.allow_downgrade,
            "prefer": str(r.prefer),
            "max_delay_minutes": r.max_delay_minutes,
            "cleaning_minutes": r.cleaning_minutes,
        },
        "data": data_json(data.data, now),
        "status": p.status,
        "explanation": p.explanation,
        "warnings": list(p.warnings),
        "tried": list(p.tried),
        "near_miss": None if miss is None else {
            "zone": miss.zone, "flavor": miss.flavor, "start": iso_z(miss.start), "instances_fit": miss.instances_fit,
        },
        "options": [option_json(i, o) for i, o in enumerate(p.options, 1)],
    }


def host_fit_json(h: HostFit) -> dict[str, Any]:
    return {
        "id": h.host.id,
        "hypervisor_hostname": h.host.hypervisor_hostname,
        "status": h.status,
        "instances": h.instances,
        "limit": h.limit,
        "peak_usage": dict(h.peak),
        "capacity": {rc: inv.capacity for rc, inv in h.host.inventories.items()},
        "reservations": list(h.reservations),
    }


def flavor_availability_json(data: FlavorData, zone: str, fit: Fit, amount: int, cleaning_minutes: int,
                             warnings: list[str], now: datetime | None = None) -> dict[str, Any]:
    from envboot.kinds.minutes import from_minute

    return {
        "schema_version": SCHEMA_VERSION,
        "resource_type": FLAVOR_INSTANCE,
        "zone": zone,
        "start": iso_z(from_minute(fit.start)),
        "end": iso_z(from_minute(fit.end)),
        "duration_minutes": fit.end - fit.start,
        "cleaning_minutes": cleaning_minutes,
        "flavor": flavor_json(fit.flavor),
        "amount": amount,
        "instances_fit": fit.usable,
        "sufficient": fit.fits(amount),
        "conflict": bool(fit.conflicts),
        "hosts": [host_fit_json(h) for h in fit.hosts],
        "lease_request": flavor_lease_request(fit.flavor.id, amount, from_minute(fit.start), from_minute(fit.end)),
        "warnings": warnings,
        "data": data_json(data.data, now),
    }
