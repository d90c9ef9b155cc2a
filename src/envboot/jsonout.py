"""Stable JSON documents for programs (AI agents included). Field names are a public contract."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from .availability import AvailabilityAnswer
from .hardware import gpus_per_node
from .lease_request import lease_request
from .model import DataInfo, MergedView, Node, Reservation
from .planner import Option, Plan
from .properties import to_json
from .resource_types import PHYSICAL_HOST
from .timeutil import clock, humanize_age, iso_z
from .zones import ZoneSummary, zone_name

if TYPE_CHECKING:
    from .needs import Resolution

SCHEMA_VERSION = 1


def data_json(info: DataInfo, now: datetime | None = None) -> dict[str, Any]:
    now = clock(now)
    ref = info.fetched_at or info.fetched_before
    age_s = (now - ref).total_seconds() if ref else None
    return {
        "source": info.source,
        "path": info.path,
        "fetched_at": iso_z(info.fetched_at),
        "fetched_before": iso_z(info.fetched_before),
        "age_seconds": int(age_s) if age_s is not None else None,
        "age": (("≥ " if info.fetched_at is None else "") + humanize_age(age_s)) if age_s is not None else None,
        "stale_sites": list(info.stale_sites),
    }


def reservation_json(r: Reservation, show_users: bool) -> dict[str, Any]:
    out: dict[str, Any] = {
        "reservation_id": r.reservation_id,
        "lease_id": r.lease_id,
        "start": iso_z(r.start),
        "end": iso_z(r.end),
    }
    if show_users:
        out["user_name"] = r.user_name
    return out


def merged_json(view: MergedView, *, show_users: bool = False, now: datetime | None = None) -> dict[str, Any]:
    """The seed's ``lease_results_live.json``."""
    now = clock(now)
    summaries = []
    for site in view.sites:
        clusters: dict[str, list[dict[str, Any]]] = {}
        for n in view.nodes_in(site.uid):
            clusters.setdefault(n.cluster_id, []).append(
                {
                    "node_uuid": n.uid,
                    "hostname": n.hostname,
                    "node_type": n.node_type,
                    "resource_id": n.resource_id,
                    "reservable": n.reservable,
                    "in_inventory": n.in_inventory,
                    "in_blazar": n.in_blazar,
                    "su_factor": n.su_factor,
                    "reservations": [reservation_json(r, show_users) for r in n.reservations],
                }
            )
        summaries.append(
            {
                "site_id": site.uid,
                "name": site.name,
                "stale": site.uid in view.data.stale_sites,
                "clusters": [{"cluster_id": cid, "nodes": nodes} for cid, nodes in sorted(clusters.items())],
            }
        )
    return {
        "schema_version": SCHEMA_VERSION,
        "generated_at": iso_z(now.replace(microsecond=0)),
        "fetched_at": iso_z(view.data.fetched_at),
        "source": view.data.source,
        "data": data_json(view.data, now),
        "site_summaries": summaries,
        "unmatched_allocations": [
            {
                "site_id": u.site_id,
                "resource_id": u.resource_id,
                "reason": u.reason,
                "reservations": [reservation_json(r, show_users) for r in u.reservations],
            }
            for u in view.unmatched
        ],
        "stats": {
            "sites": len(view.sites),
            "nodes": len(view.nodes),
            "hosts": view.hosts_total,
            "mapped_hosts": view.mapped_hosts,
            "reservations": sum(len(n.reservations) for n in view.nodes),
            "unmatched_allocations": len(view.unmatched),
        },
    }


def node_brief(n: Node) -> dict[str, Any]:
    return {"uid": n.uid, "hostname": n.hostname, "resource_id": n.resource_id, "node_type": n.node_type}


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


def zones_json(view: MergedView, zones: list[ZoneSummary], now: datetime | None = None) -> dict[str, Any]:
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
            }
            for z in zones
        ],
        "data": data_json(view.data, now),
    }


def option_json(view: MergedView | None, rank: int, o: Option) -> dict[str, Any]:
    return {
        "rank": rank,
        "strategy": o.strategy,
        "zone": o.zone,
        "zone_name": zone_name(view, o.zone) if view is not None else o.zone,
        "start": iso_z(o.start),
        "end": iso_z(o.end),
        "amount": o.amount,
        "min_amount": o.min_amount,
        "max_amount": o.max_amount,
        "node_type": o.node_type,
        "gpus_per_node": gpus_per_node(o.nodes[0]) if o.nodes else 0,
        "resource_properties": to_json(o.query),
        "nodes": [{**node_brief(n), "su_factor": n.su_factor} for n in o.nodes],
        "free_count": o.free_count,
        "delay_minutes": o.delay_minutes,
        "su_cost": o.su_cost,
        "lease_request": lease_request(o),
        "why": o.why,
        "meets": list(o.meets),
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
