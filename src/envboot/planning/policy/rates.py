"""A policy's host SU rate table as the host planner takes it (``kinds.hosts.su.HostRates``): each rate with
its source named, so an option's SU column and the policy check ``su_cost`` give one figure. Pure."""

from __future__ import annotations

from envboot.kinds.hosts.su import HostRates, Rate
from envboot.planning.policy.model import Policy


def host_rates(policy: Policy) -> HostRates:
    """SU per host-hour for node types whose hosts carry no Blazar su_factor, as ``su_estimate`` prices them."""
    table = policy.su_rates
    types = {t: Rate(r.rate, rate_source(policy, r.source, "rate table")) for t, r in table.node_types.items()}
    default = Rate(table.default_node.rate,
                   rate_source(policy, table.default_node.source, "default rate (node type not in the rate table)"))
    return HostRates(types, default)


def rate_source(policy: Policy, key: str, what: str) -> str:
    """``policy su-rates-2025-08 rate table: <url>`` (the source's key in ``[sources]``, its URL when it has one)."""
    src = policy.sources.get(key)
    where = src.url or src.title if src is not None else ""
    return f"policy {key} {what}" + (f": {where}" if where else "")
