"""The checks' typed inputs from envboot's own objects (a merged view's nodes, a plan's options), and the checks
an option gets before it is booked. Pure."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from envboot.core.errors import InputError
from envboot.domain.model import Node
from envboot.domain.resource_types import PHYSICAL_HOST
from envboot.kinds.protocol import count_of
from envboot.kinds.registry import kind_named, kind_of_option
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


def inventory_counts(nodes: Iterable[Node]) -> dict[str, int]:
    """Nodes per node type (reservable ones), as hammers counts Blazar's hosts."""
    return dict(Counter(n.node_type for n in nodes if n.reservable))


def option_span(option: Any) -> LeaseSpan:
    """The lease an option would make, as the project's leases are read (hardware: node type, flavor id or
    network id; count: the hosts asked for, Blazar's ``max``, or the instances / addresses)."""
    return _described(option)[0]


def held_spans(leases: Iterable[object], exclude: str | None = None) -> list[LeaseSpan]:
    """The project's leases (Blazar's lease list: ``id``, ``name``, ``status``, ``start``, ``end``,
    ``raw_reservations``), one span per reservation, as each reservation's kind describes it
    (``held_footprint``); a kind envboot does not know counts by its ``amount``."""
    spans = []
    for lease in leases:
        if getattr(lease, "id", None) == exclude:
            continue
        for r in getattr(lease, "raw_reservations", ()):
            rtype = str(r.get("resource_type") or "")
            try:
                fp = kind_named(rtype).held_footprint(r, lease.start, lease.end)
                hardware, count = fp.hardware, fp.count
            except InputError:
                hardware, count = None, count_of(r.get("amount"))
            spans.append(LeaseSpan(rtype, lease.start, lease.end, hardware, count, str(lease.id),
                                   str(getattr(lease, "name", "")), str(getattr(lease, "status", ""))))
    return spans




def option_charge(option: Any) -> Charge:
    return _described(option)[1]


# -- what a lease of each kind reserves, for the checks: the kind's own footprint ---------------------------
Described = tuple[LeaseSpan, Charge, str | None]  # the lease, its SU charge, the flavor (length rules by flavor)


def _kind(option: Any) -> str | None:
    try:
        return kind_of_option(option).resource_type
    except TypeError:
        return None


def _described(option: Any) -> Described:
    try:
        fp = kind_of_option(option).footprint(option)
    except TypeError:
        raise TypeError(f"no policy description for a {type(option).__name__}") from None
    hours = (fp.end - fp.start).total_seconds() / 3600
    hosts = tuple(HostCharge(node_type, factor) for node_type, factor in fp.hosts)
    return (LeaseSpan(fp.resource_type, fp.start, fp.end, fp.hardware, fp.count),
            Charge(fp.resource_type, hours, hosts=hosts, flavor=fp.rate_name, amount=0 if hosts else fp.count),
            fp.rate_name)


def option_checks(policy: Policy, option: Any, *, held: Sequence[LeaseSpan] | None,
                  inventory: Mapping[str, int], now: datetime, balance: float | None = None) -> tuple[Check, ...]:
    """The policy checks of one option before it is created, whatever its kind (found by the option's resource
    type: the kind's ``footprint``): its kind's maximum lease length and its SU cost; with ``held`` (the project's
    own leases; None when envboot did not read them) an equivalent lease, and lease stacking for hosts."""
    if _kind(option) is None:
        return ()  # a kind the checks do not know: no checks rather than wrong ones
    span, charge, flavor = _described(option)
    checks = [max_lease_length(policy, span.kind, span.start, span.end, flavor=flavor),
              su_cost(policy, charge, balance)]
    if held is not None:
        if span.kind == PHYSICAL_HOST:
            checks.append(lease_stacking(policy, held, span, inventory, now))
        checks.append(equivalent_lease(held, span))
    return tuple(checks)
