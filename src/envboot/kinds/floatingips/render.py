"""The floating IP kind's answers as table rows and JSON documents (plain data; the interfaces draw them)."""

from __future__ import annotations

from typing import Any

from envboot.core.timeutil import iso_z
from envboot.kinds.floatingips.engine import free_addresses, free_timeline
from envboot.kinds.floatingips.model import FipZone
from envboot.kinds.floatingips.planner import FipOption, FipPlan
from envboot.kinds.minutes import from_minute, to_minute

OPTION_COLUMNS = ("#", "strategy", "zone", "start", "end", "floating IPs", "free", "addresses (predicted)", "why")
TIMELINE_COLUMNS = ("from", "to", "free floating IPs")


def option_rows(plan: FipPlan) -> list[tuple[str, ...]]:
    return [(str(i), o.strategy, o.zone, iso_z(o.start) or "", iso_z(o.end) or "", str(o.amount), str(len(o.free)),
             ", ".join(o.addresses), o.why) for i, o in enumerate(plan.options, 1)]


def option_json(o: FipOption) -> dict[str, Any]:
    return {"strategy": o.strategy, "zone": o.zone, "start": iso_z(o.start), "end": iso_z(o.end),
            "resource_type": "virtual:floatingip", "amount": o.amount, "network_id": o.network_id,
            "required_floatingips": list(o.required), "addresses": list(o.addresses), "free": list(o.free),
            "delay_minutes": o.delay_minutes, "why": o.why}


def plan_json(plan: FipPlan) -> dict[str, Any]:
    r = plan.request
    return {"request": {"zone": r.zone, "start": iso_z(r.start), "duration_minutes": r.duration_minutes,
                        "amount": r.amount, "network_id": r.network_id, "required_floatingips": list(r.required)},
            "status": plan.status, "explanation": plan.explanation, "options": [option_json(o) for o in plan.options],
            "tried": list(plan.tried), "warnings": list(plan.warnings)}


def timeline_rows(zone: FipZone, network_id: str, start, end, duration: int = 1,  # noqa: ANN001
                  cleaning: int = 0) -> list[tuple[str, str, str]]:
    """Capacity over time: how many addresses are free for a ``duration``-minute window starting in each step."""
    return [(iso_z(from_minute(a)) or "", iso_z(from_minute(b)) or "", str(n))
            for a, b, n in free_timeline(zone, network_id, to_minute(start), to_minute(end), duration, cleaning)]


def zone_summary_json(zone: FipZone, at: int) -> dict[str, Any]:
    """What ``envboot zones`` says of the zone's pool at minute ``at`` (the data's time): its networks, its
    reservable addresses, how many are free for that minute and how many a reservation holds (free and
    reserved are null when the allocations are unknown)."""
    reservable = [a for a in zone.addresses if a.reservable]
    free = sum(len(free_addresses(zone, net, at, at + 1)) for net in zone.networks())
    known = zone.allocations_known
    return {"at": iso_z(from_minute(at)), "networks": list(zone.networks()), "addresses": len(reservable),
            "free": free if known else None, "reserved": len(reservable) - free if known else None,
            "allocations_known": known}


def zone_json(zone: FipZone) -> dict[str, Any]:
    """The zone's pool: every address, its network and its reservations (no other user's names)."""
    return {"zone": zone.zone, "networks": list(zone.networks()),
            "floating_ips": [{"address": a.address, "network_id": a.network_id, "reservable": a.reservable,
                              "reservations": [{"reservation_id": r.reservation_id, "lease_id": r.lease_id,
                                                "start": iso_z(from_minute(r.start)), "end": iso_z(from_minute(r.end))}
                                               for r in a.reservations]} for a in zone.addresses]}
