"""The JSON documents of ``physical:host`` options (a public contract: see the schemas). Pure."""

from __future__ import annotations

from typing import Any

from envboot.core.timeutil import iso_z
from envboot.domain.hardware import gpus_per_node
from envboot.domain.model import MergedView, Node
from envboot.domain.properties import to_json
from envboot.domain.zones import zone_name
from envboot.kinds.hosts.lease_body import lease_request
from envboot.kinds.hosts.planner import Option


def node_brief(n: Node) -> dict[str, Any]:
    return {"uid": n.uid, "hostname": n.hostname, "resource_id": n.resource_id, "node_type": n.node_type}


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
        "su_source": o.su_source,
        "lease_request": lease_request(o),
        "why": o.why,
        "meets": list(o.meets),
    }
