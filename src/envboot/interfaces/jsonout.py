"""Stable JSON documents for programs (AI agents included). Field names are a public contract."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any

from envboot.core.timeutil import iso_z
from envboot.data.merged_json import SCHEMA_VERSION, data_json, merged_json, reservation_json  # noqa: F401
from envboot.domain.model import MergedView
from envboot.domain.properties import to_json
from envboot.domain.resource_types import PHYSICAL_HOST
from envboot.domain.zones import ZoneSummary, zone_name
from envboot.kinds.hosts.availability import AvailabilityAnswer
from envboot.kinds.hosts.documents import node_brief, option_json  # noqa: F401 - re-exported
from envboot.kinds.hosts.planner import Plan

if TYPE_CHECKING:
    from envboot.domain.needs import Resolution

def availability_json(view: MergedView, answer: AvailabilityAnswer, now: datetime | None = None) -> dict[str, Any]:
    q = answer.query
    return {
        "schema_version": SCHEMA_VERSION,
        "zone": q.zone,
        "zone_name": zone_name(view, q.zone),
        "resource_type": PHYSICAL_HOST,
        "start": iso_z(q.start),
        "end": iso_z(q.end),
        "duration_minutes": q.duration_minutes,
        "node_type": q.node_type,
        "needs": q.needs,
        "available_nodes": len(answer.nodes),
        "amount": q.amount,
        "sufficient": answer.sufficient,
        "nodes": [node_brief(n) for n in answer.nodes],
        "warnings": list(answer.warnings),
        "data": data_json(view.data, now),
    }


def zones_json(view: MergedView, zones: list[ZoneSummary], now: datetime | None = None,
               floating_ips: Mapping[str, dict[str, Any]] | None = None) -> dict[str, Any]:
    """``floating_ips``: zone -> the floating IP kind's summary (``interfaces/fip_zones``); a zone without one
    gets null."""
    fips = floating_ips or {}
    return {
        "schema_version": SCHEMA_VERSION,
        "zones": [
            {
                "zone": z.site_id,
                "name": z.name,
                "total_nodes": z.nodes,
                "reservable": z.reservable,
                "mapped": z.mapped,
                "unmapped": z.unmapped_inventory + z.unmapped_hosts,
                "unmapped_inventory_nodes": z.unmapped_inventory,
                "unmapped_blazar_hosts": z.unmapped_hosts,
                "reservations": z.reservations,
                "stale": z.stale,
                "floating_ips": fips.get(z.site_id),
            }
            for z in zones
        ],
        "data": data_json(view.data, now),
    }


def plan_json(view: MergedView, p: Plan, now: datetime | None = None) -> dict[str, Any]:
    r = p.request
    miss = p.near_miss
    return {
        "schema_version": SCHEMA_VERSION,
        "request": {
            "resource_type": PHYSICAL_HOST,
            "zone": r.zone,
            "start": iso_z(r.start),
            "end": iso_z(r.end),
            "duration_minutes": r.duration_minutes,
            "amount": r.amount,
            "min_amount": r.min_amount,
            "node_type": r.node_type,
            "needs": r.needs,
            "resource_properties": to_json(r.query_for(r.node_type)),
            "alt_zones": list(r.alt_zones),
            "allow_downgrade": r.allow_downgrade,
            "prefer": str(r.prefer),
            "max_delay_minutes": r.max_delay_minutes,
        },
        "data": data_json(view.data, now),
        "status": p.status,
        "explanation": p.explanation,
        "warnings": list(p.warnings),
        "tried": list(p.tried),
        "near_miss": None if miss is None else {
            "zone": miss.zone, "node_type": miss.node_type, "start": iso_z(miss.start), "free_count": miss.free_count,
        },
        "options": [option_json(view, i, o) for i, o in enumerate(p.options, 1)],
    }


def resolution_json(res: Resolution) -> dict[str, Any]:
    return {
        "zones": list(res.zones),
        "ok": res.ok,
        "types": [
            {"zone": t.zone, "node_type": t.node_type, "nodes": t.nodes, "matching": len(t.matching),
             "matching_hosts": list(t.matching), "reservable": t.reservable, "mixed": t.mixed,
             "selectable": t.selectable, "resource_properties": t.resource_properties, "why": list(t.why),
             "note": t.note, "rank": rank, "fit": fit}
            for rank, (t, fit) in enumerate(res.ranked(), 1)
        ],
        "closest": None if res.ok else res.closest(),
    }
