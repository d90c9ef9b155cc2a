"""Floating IPs over time: per zone and public network, how many reservable addresses are free, step by step.
Pure, whole minutes, exact to Blazar's rule (``engine``; cleaning time widens each window on both sides):

- ``free_whole_step``: addresses free for the whole step ``[start, end)`` (what a lease of that window gets);
- ``min_free`` / ``max_free``: the fewest and the most addresses free for a single minute inside the step;
- ``changes``: the exact per-minute free count as change points (``engine.free_timeline`` with duration 1).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from envboot.core.timeutil import iso_z
from envboot.kinds.floatingips.engine import free_addresses, free_timeline
from envboot.kinds.floatingips.model import FipZone
from envboot.kinds.minutes import from_minute


@dataclass(frozen=True, slots=True)
class FipStep:
    start: int
    end: int
    free_whole_step: int
    min_free: int
    max_free: int


@dataclass(frozen=True, slots=True)
class FipSeries:
    zone: str
    network_id: str
    addresses: int  # reservable addresses on the network
    changes: tuple[tuple[int, int], ...]  # (minute, free); each count holds until the next
    steps: tuple[FipStep, ...]


def fip_series(zone: FipZone, network_id: str, start: int, end: int, step: int, cleaning: int = 0) -> FipSeries:
    if step < 1 or end <= start:
        raise ValueError("need step >= 1 and end > start")
    timeline = free_timeline(zone, network_id, start, end, 1, cleaning)
    steps = []
    for s in range(start, end, step):
        e = min(s + step, end)
        inside = [n for a, b, n in timeline if a < e and b > s]
        steps.append(FipStep(s, e, len(free_addresses(zone, network_id, s, e, cleaning)), min(inside), max(inside)))
    return FipSeries(zone.zone, network_id, len(zone.on_network(network_id)),
                     tuple((a, n) for a, _b, n in timeline), tuple(steps))


def zone_series(zone: FipZone, network_id: str | None, start: int, end: int, step: int,
                cleaning: int = 0) -> list[FipSeries]:
    """One series per network of the zone with reservable addresses (or only ``network_id``)."""
    nets = [n for n in zone.networks() if zone.on_network(n) and network_id in (None, n)]
    return [fip_series(zone, n, start, end, step, cleaning) for n in nets]


def series_json(series: Sequence[FipSeries], zone_names: dict[str, str]) -> list[dict[str, Any]]:
    def at(minute: int) -> str | None:
        return iso_z(from_minute(minute))

    return [{"zone": s.zone, "zone_name": zone_names.get(s.zone, s.zone), "resource_type": "virtual:floatingip",
             "network_id": s.network_id, "addresses": s.addresses,
             "changes": [{"at": at(m), "free": n} for m, n in s.changes],
             "steps": [{"start": at(x.start), "end": at(x.end), "free_whole_step": x.free_whole_step,
                        "min_free": x.min_free, "max_free": x.max_free} for x in s.steps]} for s in series]
