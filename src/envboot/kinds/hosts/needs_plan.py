"""Planning from hardware needs: every node type that meets them, planned and ranked together. Pure.

``envboot.domain.needs.resolve`` turns needs into the (zone, node type, exact Blazar expression) triples
that select exactly the matching nodes; each is planned like a ``--node-type`` request in its zone
(the requested zone's types first, then the alternative zones'), and all options are ranked by the
request's ``--prefer``. Each option carries why its hardware meets each need.
"""

from __future__ import annotations

from dataclasses import replace

from envboot.domain.needs import Resolution
from envboot.domain.properties import combine
from envboot.kinds.hosts.engine import AvailabilityEngine
from envboot.kinds.hosts.planner import ZONE_CHANGE, NearMiss, Option, Plan, PlanRequest, plan, rank_options


def plan_for_needs(engine: AvailabilityEngine, request: PlanRequest, resolution: Resolution) -> Plan:
    zones = (request.zone, *request.alt_zones)
    options: list[Option] = []
    tried: list[str] = []
    warnings: list[str] = []
    near: NearMiss | None = None
    types = [t for z in zones for t in resolution.selectable(z)]
    for t in (t for t in resolution.types if t.zone in zones and not t.selectable):
        warnings.append(f"{t.node_type} in {t.zone}: {t.note}")
    if not types:
        elsewhere = sorted({t.zone for t in resolution.selectable()} - set(zones))
        hint = f"; it is met in {', '.join(elsewhere)} (try --any-zone)" if elsewhere else f" ({resolution.closest()})"
        tried.append(f"needs: no node type in {', '.join(zones)} meets {request.needs} and can be selected "
                     f"exactly{hint}")
    for t in types:
        assert t.query is not None
        sub = replace(request, zone=t.zone, alt_zones=(), node_type=t.node_type,
                      properties=combine(t.query, request.properties), allow_downgrade=False, needs=None)
        result = plan(engine, sub, {})
        label = f"{t.node_type} in {t.zone}"
        tried.extend(f"{label}: {x}" for x in result.tried)
        warnings.extend(w for w in result.warnings if w not in warnings)
        for o in result.options:
            strategy = ZONE_CHANGE if t.zone != request.zone else o.strategy
            why = f"{o.why}; {t.node_type} meets {request.needs}" + (f" ({t.note})" if t.mixed else "")
            options.append(replace(o, strategy=strategy, why=why, meets=t.why))
        miss = result.near_miss
        if miss is not None and (near is None or miss.free_count > near.free_count):
            near = miss
    ranked = rank_options(request, options)
    return Plan(request, ranked, tuple(tried), tuple(warnings), None if ranked else near)
