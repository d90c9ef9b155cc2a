"""Availability engine: exact, minute-resolution queries over per-node busy intervals. No I/O.

Time is an integer number of minutes since the Unix epoch (UTC), Blazar's resolution. A
reservation ``r`` blocks a window ``[start, end)`` iff ``r.start - c < end and r.end + c > start``
where ``c`` is ``cleaning_time`` (minutes): Blazar requires no reservation overlapping
``[start - c, end + c]`` and allows back-to-back leases at ``c = 0``. Each node's reservations
are widened by ``c`` and merged once, when the engine is built; every query is then a binary
search per node (window checks) or one sweep over interval events (searches).

Searches are exact: the free set for a window starting at ``t`` only gains a node when ``t``
passes the end of one of its busy intervals, so the earliest start with enough nodes is the
requested start or the end of some busy interval. Instead of testing each such candidate, the
engine turns each node's free gaps into the closed range of valid start minutes and sweeps
those ranges once, which gives counts at every start minute in one pass.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from envboot.domain.model import Node
from envboot.domain.zones import is_reservable
from envboot.kinds.minutes import EPOCH, from_minute, to_minute, to_minute_ceil  # noqa: F401 - re-exported

NodeFilter = Callable[[Node], bool]


@dataclass(frozen=True, slots=True)
class Timeline:
    """A node's busy time: merged, sorted half-open intervals ``[starts[i], ends[i])``."""

    node: Node
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    @property
    def has_allocations(self) -> bool:
        return bool(self.node.reservations)

    def is_free(self, start: int, end: int) -> bool:
        """No busy interval overlaps ``[start, end)``."""
        i = bisect_right(self.ends, start)  # first interval that ends after `start`
        return i == len(self.starts) or self.starts[i] >= end

    def valid_starts(self, lo: int, hi: int, duration: int) -> list[tuple[int, int]]:
        """Closed ranges ``[a, b]`` within ``[lo, hi]`` of starts ``t`` with ``[t, t+duration)`` free."""
        out = []
        i = bisect_right(self.ends, lo)  # gaps before interval i end at or before lo
        gap_start = self.ends[i - 1] if i > 0 else lo
        n = len(self.starts)
        while True:
            gap_end = self.starts[i] if i < n else None
            a = max(gap_start, lo)
            b = hi if gap_end is None else min(gap_end - duration, hi)
            if a <= b:
                out.append((a, b))
            if gap_end is None or gap_end > hi + duration:
                break
            gap_start = self.ends[i]
            if gap_start > hi:
                break
            i += 1
        return out


@dataclass(frozen=True, slots=True)
class Slot:
    """A window and the matching nodes free for all of it, in the order Blazar would take them."""

    start: int
    end: int
    nodes: tuple[Node, ...]

    @property
    def free_count(self) -> int:
        return len(self.nodes)

    @property
    def start_dt(self) -> datetime:
        return from_minute(self.start)

    @property
    def end_dt(self) -> datetime:
        return from_minute(self.end)


_EPOCH_ORDINAL_MINUTES = EPOCH.toordinal() * 1440


def build_timeline(node: Node, cleaning_minutes: int = 0) -> Timeline:
    # to_minute / to_minute_ceil inlined (datetimes are UTC): this runs for every reservation of a federation.
    c = cleaning_minutes
    base = _EPOCH_ORDINAL_MINUTES
    spans = []
    for r in node.reservations:
        s, e = r.start, r.end
        spans.append((
            s.toordinal() * 1440 + s.hour * 60 + s.minute - base - c,
            e.toordinal() * 1440 + e.hour * 60 + e.minute - base + (1 if e.second or e.microsecond else 0) + c,
        ))
    spans.sort()
    starts: list[int] = []
    ends: list[int] = []
    for s, e in spans:
        if e <= s and cleaning_minutes == 0:
            continue  # an empty reservation blocks nothing
        if ends and s <= ends[-1]:
            ends[-1] = max(ends[-1], e)
        else:
            starts.append(s)
            ends.append(e)
    return Timeline(node, tuple(starts), tuple(ends))


def blazar_order(timelines: Iterable[Timeline]) -> list[Timeline]:
    """The order the engine lists free hosts in: never-allocated hosts first, then by
    :func:`host_order_key`. That is the order Blazar takes hosts in when at least ``min`` free
    hosts have never been allocated; otherwise Blazar takes the allocated ones first, which
    ``planner.blazar_pick`` applies (it does not rely on this order)."""
    return sorted(timelines, key=lambda t: node_order_key(t.node))


def node_order_key(node: Node) -> tuple[bool, tuple[int, int, int | str]]:
    """:func:`blazar_order`'s key for one node (never-allocated first, then Blazar's host order)."""
    return (bool(node.reservations), host_order_key(node))


def host_order_key(node: Node) -> tuple[int, int, int | str]:
    """Blazar's database host order, as envboot predicts it.

    ``host_plugin._matching_hosts`` walks ``reservable_host_get_all_by_queries``, a query with no
    ``ORDER BY``: the table's storage order, which on Blazar 18 is the order hosts were registered
    in (measured, see docs/planner.md). Blazar's host list (``GET /v1/os-hosts``, what ``refresh``
    and ``openstack reservation host list`` write to hosts.json) comes back in that same order, so
    a node's position in it (``Node.host_index``) is the key. Without it (hand-made data), the host
    id as an INTEGER (``"9"`` before ``"10"``), ids that are not integers (UUIDs) after them."""
    if node.host_index >= 0:
        return (0, node.host_index, 0)
    rid = node.resource_id or ""
    return (1, 0, int(rid)) if rid.isdigit() else (2, 0, rid)


class AvailabilityEngine:
    """Queries over the reservable nodes of a merged view. Build once, query many times."""

    def __init__(self, nodes: Iterable[Node], cleaning_minutes: int = 0) -> None:
        if cleaning_minutes < 0:
            raise ValueError("cleaning_minutes must be >= 0")
        self.cleaning_minutes = cleaning_minutes
        #: the reservable nodes, in Blazar's order (:func:`blazar_order`)
        self.nodes: list[Node] = sorted((n for n in nodes if is_reservable(n)), key=node_order_key)
        # Timelines are built on first use: a query about one node type of one zone of a
        # federation touches a small part of it.
        self._timelines: list[Timeline | None] = [None] * len(self.nodes)
        self._by_zone: dict[str, list[int]] | None = None

    def _timeline(self, i: int) -> Timeline:
        tl = self._timelines[i]
        if tl is None:
            tl = self._timelines[i] = build_timeline(self.nodes[i], self.cleaning_minutes)
        return tl

    @property
    def timelines(self) -> list[Timeline]:
        """Every reservable node's timeline, in Blazar's order."""
        return [self._timeline(i) for i in range(len(self.nodes))]

    def zone_nodes(self, zone: str) -> list[Node]:
        """The reservable nodes of ``zone``, in Blazar's order."""
        return [self.nodes[i] for i in self._zone_index().get(zone, ())]

    def select(self, node_filter: NodeFilter | None = None, *, zone: str | None = None) -> list[Timeline]:
        """The matching timelines (of ``zone`` only, when given), in Blazar's order. Callers asking
        many questions about one set of nodes select once and pass ``selected=`` to the queries below."""
        if zone is None and node_filter is None:
            return self.timelines
        indices = range(len(self.nodes)) if zone is None else self._zone_index().get(zone, ())
        nodes = self.nodes
        return [self._timeline(i) for i in indices if node_filter is None or node_filter(nodes[i])]

    def _zone_index(self) -> dict[str, list[int]]:
        if self._by_zone is None:
            self._by_zone = defaultdict(list)
            for i, n in enumerate(self.nodes):
                self._by_zone[n.site_id].append(i)
        return self._by_zone

    def _pick(self, node_filter: NodeFilter | None, selected: Sequence[Timeline] | None) -> Sequence[Timeline]:
        return selected if selected is not None else self.select(node_filter)

    # -- window query ---------------------------------------------------------------------
    def free_at(self, start: int, end: int, node_filter: NodeFilter | None = None, *,
                selected: Sequence[Timeline] | None = None) -> Slot:
        """Matching nodes with no busy interval overlapping ``[start, end)``."""
        return Slot(start, end, tuple(t.node for t in self._pick(node_filter, selected) if t.is_free(start, end)))

    # -- searches ---------------------------------------------------------------------------
    def earliest(
        self,
        start: int,
        duration: int,
        amount: int,
        horizon: int,
        node_filter: NodeFilter | None = None,
        *,
        selected: Sequence[Timeline] | None = None,
    ) -> Slot | None:
        """Earliest ``t`` in ``[start, start + horizon]`` with >= ``amount`` matching nodes free
        for ``[t, t + duration)``; ``None`` if there is none."""
        if amount < 1:
            raise ValueError("amount must be >= 1")
        chosen = self._pick(node_filter, selected)
        if len(chosen) < amount:
            return None
        for t, count in _sweep(chosen, start, start + horizon, duration):
            if count >= amount:
                return self.free_at(t, t + duration, selected=chosen)
        return None

    def most_capacity(
        self, start: int, duration: int, horizon: int, node_filter: NodeFilter | None = None, *,
        selected: Sequence[Timeline] | None = None,
    ) -> Slot:
        """The earliest start in ``[start, start + horizon]`` at which the most matching nodes are free."""
        chosen = self._pick(node_filter, selected)
        best_t, best = start, -1
        for t, count in _sweep(chosen, start, start + horizon, duration):
            if count > best:
                best_t, best = t, count
        return self.free_at(best_t, best_t + duration, selected=chosen)

    def capacity_over_time(
        self, start: int, end: int, node_filter: NodeFilter | None = None
    ) -> dict[str, list[tuple[int, int]]]:
        """Per node type, the number of matching nodes not busy, as change points
        ``[(minute, count), ...]`` over ``[start, end)``: the count holds until the next point."""
        by_type: dict[str, list[Timeline]] = defaultdict(list)
        for t in self.select(node_filter):
            by_type[t.node.node_type].append(t)
        out: dict[str, list[tuple[int, int]]] = {}
        for node_type, tls in sorted(by_type.items()):
            delta: dict[int, int] = defaultdict(int)
            free = len(tls)
            for tl in tls:
                i = bisect_right(tl.ends, start)
                while i < len(tl.starts) and tl.starts[i] < end:
                    s, e = max(tl.starts[i], start), min(tl.ends[i], end)
                    if s == start:
                        free -= 1
                    else:
                        delta[s] -= 1
                    if e < end:
                        delta[e] += 1
                    i += 1
            points = [(start, free)]
            for minute in sorted(delta):
                free += delta[minute]
                if delta[minute]:
                    points.append((minute, free))
            out[node_type] = points
        return out


def _sweep(timelines: Sequence[Timeline], lo: int, hi: int, duration: int) -> Iterable[tuple[int, int]]:
    """Yield ``(t, free_count)`` at every start minute in ``[lo, hi]`` where the count changes
    (and at ``lo``), in time order."""
    opens: list[int] = []
    closes: list[int] = []
    for tl in timelines:
        for a, b in tl.valid_starts(lo, hi, duration):
            opens.append(a)
            closes.append(b + 1)
    opens.sort()
    closes.sort()
    count = 0
    i = j = 0
    n = len(opens)
    yielded_lo = False
    while i < n or j < n:
        t = min(opens[i] if i < n else math.inf, closes[j] if j < n else math.inf)
        if t > hi:
            break
        i_next = bisect_right(opens, t, i)
        j_next = bisect_right(closes, t, j)
        count += (i_next - i) - (j_next - j)
        i, j = i_next, j_next
        if t == lo:
            yielded_lo = True
        elif not yielded_lo:
            yield lo, 0
            yielded_lo = True
        yield int(t), count
    if not yielded_lo:
        yield lo, 0


__all__ = [
    "AvailabilityEngine",
    "NodeFilter",
    "Slot",
    "Timeline",
    "blazar_order",
    "build_timeline",
    "from_minute",
    "host_order_key",
    "node_order_key",
    "to_minute",
    "to_minute_ceil",
]
