"""``physical:host``'s follow-on leases: when Blazar would refuse to prolong a host reservation, a new
lease that carries on from its end — on the same hosts as soon as they are all free again, or on any
hosts of the same hardware (node type) — found with the exact availability engine. Pure."""

from __future__ import annotations

from datetime import datetime

from envboot.domain.resource_types import PHYSICAL_HOST
from envboot.kinds.hosts.engine import AvailabilityEngine
from envboot.kinds.minutes import from_minute, to_minute
from envboot.kinds.updates import FollowOn, SiteState, follow_on_why

SAME_HOSTS = "same hosts"
SAME_HARDWARE = "same hardware"


def host_follow_ons(hosts: tuple[str, ...], site: SiteState, zone: str, after: datetime, minutes: int,
                    horizon_minutes: int) -> tuple[FollowOn, ...]:
    """The follow-ons of a reservation holding Blazar hosts ``hosts`` (ids): each starts at the earliest
    minute >= ``after`` (the lease's end, or the first minute Blazar accepts) within the horizon at which
    its hosts are free for ``minutes``, cleaning time included (``site.cleaning_minutes``)."""
    by_id = {n.resource_id: n for n in site.nodes if n.resource_id is not None}
    held = [by_id[h] for h in hosts if h in by_id]
    if not held or minutes < 1:
        return ()
    engine = AvailabilityEngine(site.nodes, site.cleaning_minutes)
    start = to_minute(after)
    out: list[FollowOn] = []
    uids = frozenset(n.uid for n in held)
    same = engine.earliest(start, minutes, len(held), horizon_minutes, lambda n: n.uid in uids)
    if same is not None:
        out.append(FollowOn(
            SAME_HOSTS, PHYSICAL_HOST, zone, from_minute(same.start), from_minute(same.end), len(held),
            hosts=tuple(n.hostname for n in held),
            why=follow_on_why("the same hosts are all free", from_minute(same.start), from_minute(start))))
    types = {n.node_type for n in held}
    if len(types) == 1 and (node_type := types.pop()):
        other = engine.earliest(start, minutes, len(held), horizon_minutes, lambda n: n.node_type == node_type)
        if other is not None:
            free = [n.hostname for n in other.nodes]
            out.append(FollowOn(
                SAME_HARDWARE, PHYSICAL_HOST, zone, from_minute(other.start), from_minute(other.end), len(held),
                node_type=node_type, expected=tuple(free),
                why=follow_on_why(f"{len(free)} {node_type} host(s) are free", from_minute(other.start),
                                  from_minute(start))))
    return tuple(out)

