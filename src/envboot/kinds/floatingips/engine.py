"""Which reservable addresses are free in a window, exactly as Blazar 18 decides it. Pure, whole minutes.

Blazar's rule (``blazar/plugins/floatingips/floatingip_plugin.py`` ``_matching_fips`` and
``blazar/db/sqlalchemy/utils.py``): the addresses of the network (``floating_network_id ==
network_id``, ``reservable``) whose reservations leave the window widened by ``cleaning_time`` on both
sides free: an address is free for [start, end) when every reservation [s, e) of it has
``e <= start - cleaning`` or ``s >= end + cleaning`` (touching is free: Blazar's event count nets a
reservation that only touches the window to zero). Every ``required_floatingips`` address must be free
(else the request is refused), then Blazar fills up to ``amount`` with, in its database order, the
addresses that were never allocated first and the previously allocated free ones after. The lease is
refused (``Not enough floating IPs available``) when fewer than ``amount`` are free.

The window's free set changes only where a reservation's end plus the cleaning time is reached (an
address becomes free) or its start minus the duration and cleaning time is passed (it becomes busy),
so the earliest fitting start is the requested one or one of those ends: :func:`earliest` tries only
those, and :func:`free_timeline` evaluates only those breakpoints.
"""

from __future__ import annotations

from collections.abc import Sequence

from envboot.kinds.floatingips.model import FipZone, FloatingIp


def address_free(ip: FloatingIp, start: int, end: int, cleaning: int = 0) -> bool:
    lo, hi = start - cleaning, end + cleaning
    return all(r.end <= lo or r.start >= hi for r in ip.reservations)


def free_addresses(zone: FipZone, network_id: str, start: int, end: int, cleaning: int = 0) -> tuple[FloatingIp, ...]:
    """The network's addresses free in [start, end), in the order Blazar takes them."""
    free = [a for a in zone.on_network(network_id) if address_free(a, start, end, cleaning)]
    return tuple([a for a in free if not a.reservations] + [a for a in free if a.reservations])


def choose(zone: FipZone, network_id: str, amount: int, required: Sequence[str], start: int, end: int,
           cleaning: int = 0) -> tuple[FloatingIp, ...] | None:
    """The addresses Blazar would reserve (required first, in its order), or None when it refuses."""
    pool = zone.on_network(network_id)
    free = free_addresses(zone, network_id, start, end, cleaning)
    wanted = set(required)
    if len(wanted) != len(required) or len(required) > amount:
        return None
    chosen = [a for a in pool if a.address in wanted and a in free]
    if len(chosen) != len(required):
        return None  # a required address is taken, not on this network, or not reservable
    rest = [a for a in free if a.address not in wanted]
    if len(chosen) + len(rest) < amount:
        return None
    return tuple(chosen + rest[: amount - len(chosen)])


def _opening_minutes(zone: FipZone, network_id: str, cleaning: int) -> list[int]:
    return sorted({r.end + cleaning for a in zone.on_network(network_id) for r in a.reservations})


def earliest(zone: FipZone, network_id: str, amount: int, required: Sequence[str], not_before: int, duration: int,
             cleaning: int = 0, horizon: int = 168 * 60) -> int | None:
    """The earliest start in [not_before, not_before + horizon] where ``amount`` addresses fit, or None."""
    candidates = [not_before] + [t for t in _opening_minutes(zone, network_id, cleaning)
                                 if not_before < t <= not_before + horizon]
    for t in candidates:
        if choose(zone, network_id, amount, required, t, t + duration, cleaning) is not None:
            return t
    return None


def free_timeline(zone: FipZone, network_id: str, start: int, end: int, duration: int = 1,
                  cleaning: int = 0) -> list[tuple[int, int, int]]:
    """Capacity over time: ``[(from, to, free)]`` steps covering [start, end): for every start minute t in
    [from, to), ``free`` addresses are free for the whole window [t, t + duration) (duration 1, cleaning 0:
    the addresses free at each minute)."""
    if end <= start:
        return []
    points = {start}
    for a in zone.on_network(network_id):
        for r in a.reservations:
            points.update((r.end + cleaning, r.start - duration - cleaning + 1))
    cuts = sorted(p for p in points if start <= p < end)
    steps: list[tuple[int, int, int]] = []
    for i, t in enumerate(cuts):
        n = len(free_addresses(zone, network_id, t, t + duration, cleaning))
        to = cuts[i + 1] if i + 1 < len(cuts) else end
        if steps and steps[-1][2] == n:
            steps[-1] = (steps[-1][0], to, n)
        else:
            steps.append((t, to, n))
    return steps
