"""The availability question: which reservable nodes of a zone are free for a window."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from envboot.core.errors import InputError
from envboot.core.suggest import did_you_mean
from envboot.domain.model import MergedView, Node
from envboot.kinds.hosts.engine import AvailabilityEngine, NodeFilter, from_minute, to_minute


@dataclass(frozen=True, slots=True)
class AvailabilityQuery:
    zone: str  # site uid (already resolved)
    start: datetime
    duration_minutes: int
    amount: int = 1
    node_type: str | None = None
    needs: str | None = None  # hardware needs (envboot.domain.needs): only nodes meeting them, as Blazar selects

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.duration_minutes)


@dataclass(frozen=True, slots=True)
class AvailabilityAnswer:
    query: AvailabilityQuery
    nodes: tuple[Node, ...]  # free nodes, in the order Blazar would take them
    warnings: tuple[str, ...] = ()  # what the answer must say (a past window, data fetched later, ...)

    @property
    def sufficient(self) -> bool:
        return len(self.nodes) >= self.query.amount


def zone_filter(zone: str, node_type: str | None = None) -> NodeFilter:
    if node_type is None:
        return lambda n: n.site_id == zone
    return lambda n: n.site_id == zone and n.node_type == node_type


def check_node_type(view: MergedView, zone: str, node_type: str | None) -> None:
    if node_type is None:
        return
    types = sorted({n.node_type for n in view.nodes_in(zone)})
    if node_type not in types:
        raise InputError(f"unknown node type {node_type!r} in zone {zone}; {did_you_mean(node_type, types)}"
                         f"known: {', '.join(types)}")


def free_nodes(engine: AvailabilityEngine, query: AvailabilityQuery) -> AvailabilityAnswer:
    if query.amount < 1:
        raise InputError(f"amount: must be at least 1, got {query.amount}")
    start = to_minute(query.start)
    slot = engine.free_at(start, start + query.duration_minutes, zone_filter(query.zone, query.node_type))
    return AvailabilityAnswer(query, slot.nodes)


def earliest_window(
    engine: AvailabilityEngine, query: AvailabilityQuery, horizon_minutes: int
) -> AvailabilityAnswer | None:
    """The earliest start in ``[query.start, query.start + horizon]`` (exact to the minute) at
    which ``query.amount`` matching nodes are free for the whole duration; ``None`` if none."""
    start = to_minute(query.start)
    slot = engine.earliest(start, query.duration_minutes, query.amount, horizon_minutes,
                           zone_filter(query.zone, query.node_type))
    if slot is None:
        return None
    return AvailabilityAnswer(replace(query, start=from_minute(slot.start)), slot.nodes)
