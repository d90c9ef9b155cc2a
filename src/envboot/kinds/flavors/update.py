"""``flavor:instance``'s part of a lease update: Blazar 18's ``flavor_plugin.py`` ``update_reservation``,
transcribed (the order and rules: ``envboot.planning.extension``). Pure."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from envboot.kinds.flavors.engine import CONFLICT, UNKNOWN_USE, FlavorEngine
from envboot.kinds.flavors.loaders import flavor_from_cached
from envboot.kinds.flavors.model import Flavor, KvmHost
from envboot.kinds.updates import (
    ACCEPTED,
    FLAVORS,
    MSG_HOSTS,
    MSG_TYPES,
    FollowOn,
    PredictionError,
    SiteState,
    Verdict,
    refused,
)


@dataclass(frozen=True, slots=True)
class InstancePart:
    """A ``flavor:instance`` reservation: its source flavor and the instance slots it holds per host."""

    reservation_id: str
    status: str
    flavor: Flavor
    slots: Mapping[str, int]  # Blazar host id -> allocation rows (instance slots) on it

    def update(self, s1: int, e1: int, s2: int, e2: int, site: SiteState) -> Verdict:
        """Blazar's answer for this reservation when its lease moves to [s2, e2) (seconds)."""
        return _instance_update(self, s2, e2, site)

    def follow_ons(self, site: SiteState, zone: str, after: datetime, minutes: int,
                   horizon_minutes: int) -> tuple[FollowOn, ...]:
        """A new lease of the same flavor and instance count from ``after`` for ``minutes``."""
        from envboot.kinds.flavors.follow_on import instance_follow_ons

        return instance_follow_ons(self.flavor, sum(self.slots.values()), site, zone, after, minutes, horizon_minutes)


def instance_part(reservation: dict[str, Any], holding: list[str], lease_id: str) -> InstancePart:
    """The reservation as Blazar gives it, with the instance slots (allocation rows) it holds per host."""
    rid = str(reservation.get("id"))
    flavor = flavor_from_cached(reservation.get("resource_properties") or "", f"lease {lease_id} reservation {rid}")
    if flavor is None:
        raise PredictionError(f"lease {lease_id}: reservation {rid} has no cached flavor: cannot predict it")
    return InstancePart(rid, str(reservation.get("status") or ""), flavor, Counter(holding))


def _instance_update(part: InstancePart, s2: int, e2: int, site: SiteState) -> Verdict:
    hosts = [KvmHost(h.id, h.hypervisor_hostname, h.reservable, h.inventories, h.traits,
                     tuple(r for r in h.reservations if r.reservation_id != part.reservation_id))
             for h in site.kvm_hosts]  # _query_available_hosts(..., excludes=[reservation_id])
    engine = FlavorEngine(hosts, site.cleaning_minutes)
    fit = engine.fit(part.flavor, s2 // 60, e2 // 60)
    if any(h.status == UNKNOWN_USE for h in fit.hosts):
        raise PredictionError("a reservation of unknown size holds a candidate host: cannot predict the flavor check")
    if any(h.status == CONFLICT for h in fit.hosts):
        return refused(MSG_TYPES, f"{FLAVORS} _max_usages (a virtual:instance reservation on a candidate host; "
                        "Blazar puts the lease in ERROR)")
    slots = {h.host.id: h.instances for h in fit.hosts if h.status not in ("held", "traits")}
    short = sorted(h for h, n in part.slots.items() if slots.get(h, 0) < n)
    if short:
        return refused(MSG_HOSTS, f"{FLAVORS} update_reservation (host(s) {', '.join(short)} no longer fit this "
                        "reservation's instances in the new window; hosts are never swapped)")
    return Verdict(ACCEPTED, None, f"{FLAVORS} update_reservation")


