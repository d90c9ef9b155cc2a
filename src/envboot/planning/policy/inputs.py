"""The checks' typed inputs from envboot's own objects (a merged view's nodes, a plan's options), and the checks
an option gets before it is booked. Pure."""

from __future__ import annotations

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
    if isinstance(option, FlavorOption):
        return LeaseSpan(FLAVOR_INSTANCE, option.start, option.end, option.flavor.name, option.amount)
    return LeaseSpan(PHYSICAL_HOST, option.start, option.end, option.node_type, option.amount)


def option_charge(option: Option | FlavorOption) -> Charge:
    hours = (option.end - option.start).total_seconds() / 3600
    if isinstance(option, FlavorOption):
        return Charge(FLAVOR_INSTANCE, hours, flavor=option.flavor.name, amount=option.amount)
    return Charge(PHYSICAL_HOST, hours, hosts=host_charges(option.nodes))


def option_checks(policy: Policy, option: Option | FlavorOption, *, held: Sequence[LeaseSpan] | None,
                  inventory: Mapping[str, int], now: datetime, balance: float | None = None) -> tuple[Check, ...]:
    """The policy checks of one option before it is created. ``held``: the project's own leases (None when
    envboot did not read them: stacking and equivalence are then not checked)."""
    span = option_span(option)
    flavor = option.flavor.name if isinstance(option, FlavorOption) else None
    checks = [max_lease_length(policy, span.kind, span.start, span.end, flavor=flavor),
              su_cost(policy, option_charge(option), balance)]
    if held is not None:
        if span.kind == PHYSICAL_HOST:
            checks.append(lease_stacking(policy, held, span, inventory, now))
        checks.append(equivalent_lease(held, span))
    return tuple(checks)
