"""``physical:host``'s part of a lease update: Blazar 18's ``host_plugin.py`` ``update_reservation``,
``_update_allocations`` and ``_matching_hosts``, transcribed (the order and the rules:
``envboot.planning.extension``). Pure."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from envboot.domain.properties import Query, combine, parse
from envboot.kinds.updates import (
    ACCEPTED,
    ACTIVE_RESERVATION,
    HOSTS,
    MSG_HOSTS,
    FollowOn,
    PredictionError,
    SiteState,
    Verdict,
    _spans,
    free_periods,
    refused,
    reserved_periods,
)


@dataclass(frozen=True, slots=True)
class HostPart:
    """A ``physical:host`` reservation of the lease (``GET /v1/leases/{id}`` + its allocations)."""

    reservation_id: str
    status: str  # Blazar reservation status: pending | active | ...
    min: int
    max: int
    hosts: tuple[str, ...]  # Blazar host ids, one per allocation
    hypervisor_properties: str = ""
    resource_properties: str = ""

    def query(self) -> Query:
        return _query(self.hypervisor_properties, self.resource_properties)

    def update(self, s1: int, e1: int, s2: int, e2: int, site: SiteState) -> Verdict:
        """Blazar's answer for this reservation when its lease moves from [s1, e1) to [s2, e2) (seconds)."""
        return _host_update(self, s1, e1, s2, e2, site)

    def follow_ons(self, site: SiteState, zone: str, after: datetime, minutes: int,
                   horizon_minutes: int) -> tuple[FollowOn, ...]:
        """New leases carrying on from ``after`` for ``minutes``: the same hosts, or the same hardware."""
        from envboot.kinds.hosts.follow_on import host_follow_ons

        return host_follow_ons(self.hosts, site, zone, after, minutes, horizon_minutes)


def host_part(reservation: dict[str, Any], holding: list[str]) -> HostPart:
    """The reservation as ``GET /v1/leases/{id}`` gives it, with the Blazar host ids its allocations hold."""
    r = reservation
    return HostPart(str(r.get("id")), str(r.get("status") or ""), int(r.get("min") or 1), int(r.get("max") or 1),
                    tuple(dict.fromkeys(holding)), r.get("hypervisor_properties") or "",
                    r.get("resource_properties") or "")


@lru_cache(maxsize=256)
def _query(hypervisor_properties: str, resource_properties: str) -> Query:
    """Both fields ANDed (``_filter_hosts_by_properties`` / ``_matching_hosts``)."""
    return combine(parse(hypervisor_properties, what="hypervisor_properties"),
                   parse(resource_properties, what="resource_properties"))


def _host_update(part: HostPart, s1: int, e1: int, s2: int, e2: int, site: SiteState) -> Verdict:
    if s2 >= s1 and e2 <= e1:
        return Verdict(ACCEPTED, None, f"{HOSTS} update_reservation (window inside the current one: nothing to update)")
    query = part.query()
    by_id = {n.resource_id: n for n in site.nodes if n.resource_id is not None}
    # _allocations_to_remove
    requested = {rid for rid, n in by_id.items() if query.matches(n.columns, n.capabilities)}
    removed: list[str] = []
    for host in part.hosts:
        if host not in by_id:
            raise PredictionError(f"host {host} of reservation {part.reservation_id} is not among the site's hosts")
        if host not in requested:
            removed.append(host)
            continue
        if s1 > s2 or e1 < e2:
            periods = reserved_periods(_spans(by_id[host]), s2, e2, 1)
            own = (max(s1, s2), min(e1, e2))
            if not (len(periods) == 0 or (len(periods) == 1 and periods[0] == own)):
                removed.append(host)
    kept = len(part.hosts) - len(removed)
    if kept > part.max:
        extra = [h for h in part.hosts if h not in removed][: kept - part.max]
        removed.extend(extra)
        kept = part.max
    # _update_allocations
    if removed and part.status == ACTIVE_RESERVATION:
        return refused(MSG_HOSTS, f"{HOSTS} _update_allocations (an ACTIVE reservation may not lose a host: "
                        f"{', '.join(removed)} busy or no longer matching in the new window)", removed)
    if kept < part.max:
        need = max(part.min - kept, 0)
        found = len(matching_hosts(query, site, s2, e2))
        if found < need:
            return refused(MSG_HOSTS, f"{HOSTS} _update_allocations/_matching_hosts (pending: {len(removed)} host(s) "
                            f"to replace, {found} free candidate(s) for the {need} needed)", removed)
    return Verdict(ACCEPTED, None, f"{HOSTS} _update_allocations", tuple(removed))


def matching_hosts(query: Query, site: SiteState, start: int, end: int) -> list[str]:
    """``_matching_hosts``' candidates (its order not needed for a verdict): reservable, matching,
    and never allocated or free over ``[start - c, end + c]``."""
    c = site.cleaning_minutes * 60
    a, b = start - c, end + c
    out = []
    for n in site.nodes:
        if n.resource_id is None or not n.reservable or not query.matches(n.columns, n.capabilities):
            continue
        spans = _spans(n)
        if not spans or free_periods(spans, a, b, b - a) == [(a, b)]:
            out.append(n.resource_id)
    return out


