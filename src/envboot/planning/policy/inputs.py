"""The checks' typed inputs from envboot's own objects (a merged view's nodes, a plan's options), and the checks
an option gets before it is booked. Pure."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime

from envboot.domain.model import Node
from envboot.domain.resource_types import FLAVOR_INSTANCE, PHYSICAL_HOST
from envboot.kinds.flavors.planner import FlavorOption
from envboot.kinds.hosts.planner import Option
from envboot.planning.policy.checks import (
    Charge,
    Check,
    HostCharge,
    LeaseSpan,
    equivalent_lease,
    lease_stacking,
    max_lease_length,
    su_cost,
)
from envboot.planning.policy.model import Policy


def host_charges(nodes: Iterable[Node]) -> tuple[HostCharge, ...]:
    """Each node's Blazar ``su_factor`` when its host carries one (merge defaults a missing one to 1.0:
    here it stays None, so the policy's rate table prices it)."""
    return tuple(HostCharge(n.node_type, n.su_factor if (n.capabilities.get("su_factor") or "") != "" else None)
                 for n in nodes)


def inventory_counts(nodes: Iterable[Node]) -> dict[str, int]:
    """Nodes per node type (reservable ones), as hammers counts Blazar's hosts."""
    return dict(Counter(n.node_type for n in nodes if n.reservable))


def option_span(option: Option | FlavorOption) -> LeaseSpan:
    """The lease an option would make, as the project's leases are read (hardware: node type or flavor id;
    count: the hosts asked for, Blazar's ``max``)."""
    if isinstance(option, FlavorOption):
        return LeaseSpan(FLAVOR_INSTANCE, option.start, option.end, option.flavor.id, option.amount)
    return LeaseSpan(PHYSICAL_HOST, option.start, option.end, option.node_type, option.max_amount)


def held_spans(leases: Iterable[object], exclude: str | None = None) -> list[LeaseSpan]:
    """The project's leases (Blazar's lease list: ``id``, ``name``, ``status``, ``start``, ``end``,
    ``raw_reservations``), one span per reservation. A host reservation's hardware is the node type its
    ``resource_properties`` pins (``["==", "$node_type", X]``, alone or in an ``and``), else None."""
    spans = []
    for lease in leases:
        if getattr(lease, "id", None) == exclude:
            continue
        for r in getattr(lease, "raw_reservations", ()):
            kind = str(r.get("resource_type") or "")
            if kind == PHYSICAL_HOST:
                hardware, count = _node_type(r.get("resource_properties")), _int(r.get("max"))
            elif kind == FLAVOR_INSTANCE:
                hardware, count = str(r.get("flavor_id") or "") or None, _int(r.get("amount"))
            else:
                hardware, count = str(r.get("network_id") or "") or None, _int(r.get("amount"))
            spans.append(LeaseSpan(kind, lease.start, lease.end, hardware, count, str(lease.id),
                                   str(getattr(lease, "name", "")), str(getattr(lease, "status", ""))))
    return spans


def _int(value: object) -> int:
    try:
        return int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0


def _node_type(properties: object) -> str | None:
    try:
        expr = json.loads(properties) if isinstance(properties, str) and properties else properties
    except ValueError:
        return None
    if isinstance(expr, list) and len(expr) == 3 and expr[0] == "==" and expr[1] == "$node_type":
        return str(expr[2])
    if isinstance(expr, list) and expr and expr[0] == "and":
        found = {t for t in (_node_type(e) for e in expr[1:]) if t}
        return found.pop() if len(found) == 1 else None
    return None


def option_charge(option: Option | FlavorOption) -> Charge:
    hours = (option.end - option.start).total_seconds() / 3600
    if isinstance(option, FlavorOption):
        return Charge(FLAVOR_INSTANCE, hours, flavor=option.flavor.name, amount=option.amount)
    return Charge(PHYSICAL_HOST, hours, hosts=host_charges(option.nodes))


def option_checks(policy: Policy, option: Option | FlavorOption, *, held: Sequence[LeaseSpan] | None,
                  inventory: Mapping[str, int], now: datetime, balance: float | None = None) -> tuple[Check, ...]:
    """The policy checks of one option before it is created. ``held``: the project's own leases (None when
    envboot did not read them: stacking and equivalence are then not checked)."""
    if not isinstance(option, Option | FlavorOption):
        return ()  # a kind the checks do not know yet (floating IPs alone): no checks rather than wrong ones
    span = option_span(option)
    flavor = option.flavor.name if isinstance(option, FlavorOption) else None
    checks = [max_lease_length(policy, span.kind, span.start, span.end, flavor=flavor),
              su_cost(policy, option_charge(option), balance)]
    if held is not None:
        if span.kind == PHYSICAL_HOST:
            checks.append(lease_stacking(policy, held, span, inventory, now))
        checks.append(equivalent_lease(held, span))
    return tuple(checks)
