"""The SU cost of a host option: one figure, whoever shows it (plan/reserve tables, plan JSON, MCP, consent).

A host's rate is its Blazar ``su_factor`` when Blazar (or the data) carries one; else the rate a policy file's
table gives its node type (``HostRates``, built by ``planning.policy.rates`` from the policy, since a kind
does not read policies); else it is unknown. The policy check ``su_cost`` prices a host the same way. Pure.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

BLAZAR = "blazar su_factor"
UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Rate:
    rate: float  # SU per host-hour
    source: str  # where the figure comes from, e.g. "policy su-rates-2025-08 rate table: <url>"


@dataclass(frozen=True, slots=True)
class HostRates:
    """SU per host-hour by node type, for hosts with no ``su_factor``; ``default``: a type not in the table."""

    node_types: Mapping[str, Rate] = field(default_factory=dict)
    default: Rate | None = None

    def of(self, node_type: str) -> Rate | None:
        return self.node_types.get(node_type, self.default)


def host_rate(node_type: str, su_factor: float | None, rates: HostRates | None) -> Rate | None:
    """A host's rate: Blazar's su_factor when known, else the rate table's, else None (unknown)."""
    if su_factor is not None:
        return Rate(su_factor, BLAZAR)
    return rates.of(node_type) if rates is not None else None


def su_cost(hours: float, hosts: Iterable[tuple[str, float | None]], rates: HostRates | None
            ) -> tuple[float | None, str]:
    """(SU for ``hours`` on ``hosts`` (node type, su_factor), where the rates come from); the cost is None
    when a host's rate is unknown. Sources are named once each, in the hosts' order, joined by ``" + "``."""
    found = [host_rate(t, f, rates) for t, f in hosts]
    sources = list(dict.fromkeys(r.source if r is not None else UNKNOWN for r in found))
    if any(r is None for r in found):
        return None, " + ".join(sources)
    return round(hours * sum(r.rate for r in found if r is not None), 4), " + ".join(sources) or UNKNOWN


def short_source(source: str) -> str:
    """``source`` without its URLs (``policy su-rates-2025-08 rate table``), for a line a person reads."""
    return " + ".join(part.split(": ", 1)[0] for part in (source or UNKNOWN).split(" + "))


def su_text(cost: float | None) -> str:
    """``64 SU``, or ``SU unknown`` when a host's rate is not known."""
    return "SU unknown" if cost is None else f"{cost:g} SU"
