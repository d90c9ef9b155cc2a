"""Capacity over time: per zone and node type, how many reservable nodes are free, step by step. Pure.

Everything comes from the availability engine, exact to Blazar's minute (cleaning time included):

- ``free_whole_step``: nodes with no busy interval overlapping the step ``[start, end)``, i.e. what
  ``envboot availability`` answers for that window (``AvailabilityEngine.free_at``);
- ``min_free`` / ``max_free``: the fewest and the most nodes free at any single minute inside the
  step, from the engine's change points (``AvailabilityEngine.capacity_over_time``).

``free_whole_step <= min_free``: a node busy for part of a step is free at some of its minutes but
not for the whole step.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from envboot.core.timeutil import iso_z
from envboot.data.merged_json import SCHEMA_VERSION, data_json
from envboot.domain.freshness import before_fetch_warning
from envboot.domain.model import MergedView
from envboot.domain.zones import zone_name
from envboot.kinds.hosts.engine import AvailabilityEngine, Timeline, from_minute

MAX_STEPS = 20_000  # per series: more than a year of hours; beyond it a table or page says nothing useful

SPARK = "▁▂▃▄▅▆▇█"


@dataclass(frozen=True, slots=True)
class Step:
    start: int  # minutes since the epoch
    end: int
    free_whole_step: int
    min_free: int
    max_free: int


@dataclass(frozen=True, slots=True)
class Series:
    """One zone and node type over ``[start, end)``."""

    zone: str
    node_type: str
    nodes: int  # every node of this type in the zone
    reservable: int  # the ones that can ever be free (in Blazar and reservable)
    changes: tuple[tuple[int, int], ...]  # (minute, free) change points; each count holds until the next
    steps: tuple[Step, ...]


def step_bounds(start: int, end: int, step: int) -> list[tuple[int, int]]:
    """``[start, end)`` cut into steps of ``step`` minutes; the last one ends at ``end``."""
    if step < 1:
        raise ValueError("step must be >= 1 minute")
    if end <= start:
        raise ValueError("end must be after start")
    return [(s, min(s + step, end)) for s in range(start, end, step)]


def count_steps(start: int, end: int, step: int) -> int:
    return -(-(end - start) // step)


def capacity_series(
    view: MergedView,
    engine: AvailabilityEngine,
    zones: Sequence[str],
    start: int,
    end: int,
    step: int,
    node_type: str | None = None,
) -> list[Series]:
    """Series for each zone in ``zones`` (in that order) and each node type it has (sorted), or only
    ``node_type``. Node types with no reservable node are included, at zero."""
    bounds = step_bounds(start, end, step)
    out: list[Series] = []
    for zone in zones:
        in_zone = [n for n in view.nodes if n.site_id == zone and (node_type is None or n.node_type == node_type)]
        totals: dict[str, int] = {}
        for n in in_zone:
            totals[n.node_type] = totals.get(n.node_type, 0) + 1
        timelines: dict[str, list[Timeline]] = {t: [] for t in totals}
        for tl in engine.select(lambda n, types=timelines: n.node_type in types, zone=zone):
            timelines[tl.node.node_type].append(tl)
        changes = engine.capacity_over_time(
            start, end, lambda n, z=zone: n.site_id == z and (node_type is None or n.node_type == node_type)
        )
        for t in sorted(totals):
            points = changes.get(t, [(start, 0)])
            tls = timelines[t]
            out.append(Series(zone, t, totals[t], len(tls), tuple(points),
                              tuple(_steps(bounds, points, _free_whole(tls, bounds, start, step)))))
    return out


def _free_whole(timelines: Sequence[Timeline], bounds: Sequence[tuple[int, int]], start: int, step: int) -> list[int]:
    """Per step, the timelines with no busy interval overlapping it: each busy interval blocks the
    steps it touches, counted once per node (a difference array, one pass over the intervals)."""
    k = len(bounds)
    end = bounds[-1][1]
    diff = [0] * (k + 1)
    for tl in timelines:
        last = -1  # highest step already blocked for this node
        i = bisect_right(tl.ends, start)
        while i < len(tl.starts) and tl.starts[i] < end:
            first = max(0, (tl.starts[i] - start) // step, last + 1)
            final = min(k - 1, (min(tl.ends[i], end) - 1 - start) // step)
            if first <= final:
                diff[first] += 1
                diff[final + 1] -= 1
                last = final
            i += 1
    free, blocked = [], 0
    for j in range(k):
        blocked += diff[j]
        free.append(len(timelines) - blocked)
    return free


def _steps(bounds: Sequence[tuple[int, int]], points: Sequence[tuple[int, int]], whole: Sequence[int]) -> list[Step]:
    """Min and max of the change-point function over each step (points start at ``bounds[0][0]``)."""
    out = []
    i = 0
    n = len(points)
    for j, (s, e) in enumerate(bounds):
        while i + 1 < n and points[i + 1][0] <= s:
            i += 1
        lo = hi = points[i][1]  # the count holding at s
        k = i + 1
        while k < n and points[k][0] < e:
            v = points[k][1]
            lo, hi = min(lo, v), max(hi, v)
            k += 1
        out.append(Step(s, e, whole[j], lo, hi))
    return out


def sparkline(values: Sequence[int], top: int, width: int | None = None) -> str:
    """One character per value (``·`` for zero, ``▁``..``█`` scaled to ``top``); with ``width``,
    consecutive values are grouped (each character shows the LOWEST of its group)."""
    if width is not None and len(values) > width:
        size = -(-len(values) // width)
        values = [min(values[i:i + size]) for i in range(0, len(values), size)]
    chars = []
    for v in values:
        if v <= 0 or top <= 0:
            chars.append("·")
        else:
            chars.append(SPARK[min(len(SPARK) - 1, max(0, -(-v * len(SPARK) // top) - 1))])
    return "".join(chars)


def group_size(count: int, width: int) -> int:
    """How many values each sparkline character stands for."""
    return max(1, -(-count // width))




def capacity_json(view: MergedView, series: Sequence[Series], *, zones: Sequence[str], start: int, end: int,
                  step: int, node_type: str | None, cleaning_minutes: int, now: datetime | None = None) -> dict:
    """``envboot capacity -f json`` (schema: ``schemas/capacity.schema.json``)."""
    def at(minute: int) -> str:
        return iso_z(from_minute(minute))

    return {
        "schema_version": SCHEMA_VERSION,
        "from": at(start),
        "to": at(end),
        "step_minutes": step,
        "cleaning_minutes": cleaning_minutes,
        "node_type": node_type,
        "zones": [{"zone": z, "name": zone_name(view, z)} for z in zones],
        "series": [
            {
                "zone": s.zone,
                "zone_name": zone_name(view, s.zone),
                "node_type": s.node_type,
                "nodes": s.nodes,
                "reservable": s.reservable,
                "changes": [{"at": at(m), "free": c} for m, c in s.changes],
                "steps": [
                    {"start": at(x.start), "end": at(x.end), "free_whole_step": x.free_whole_step,
                     "min_free": x.min_free, "max_free": x.max_free}
                    for x in s.steps
                ],
            }
            for s in series
        ],
        "warnings": capacity_warnings(view, start),
        "data": data_json(view.data, now),
    }


def capacity_warnings(view: MergedView, start: int) -> list[str]:
    """A range starting before the data was fetched counts nodes free that may not have been."""
    warning = before_fetch_warning(view.data, from_minute(start))
    return [warning] if warning else []


__all__ = ["MAX_STEPS", "Series", "Step", "capacity_json", "capacity_series", "count_steps", "group_size",
           "sparkline", "step_bounds"]
