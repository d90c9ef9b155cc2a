"""The library API: what the CLI (and any program) calls. Thin glue over the pipeline layers."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from envboot.core.timeutil import clock
from envboot.data.load import gc_paused, load_view, write_merged
from envboot.domain.freshness import data_warnings, window_warnings
from envboot.domain.model import MergedView
from envboot.kinds.hosts.availability import AvailabilityAnswer, AvailabilityQuery, earliest_window, free_nodes
from envboot.kinds.hosts.plan import build_engine, downgrade_ladder, make_plan


def availability(view: MergedView, query: AvailabilityQuery, cleaning_minutes: int = 0,
                 now: datetime | None = None) -> AvailabilityAnswer:
    """The reservable nodes of ``query.zone`` (and node type) free for the whole window, with the
    warnings the answer must carry (a window in the past or before the data's fetch time)."""
    answer = free_nodes(build_engine(view, cleaning_minutes), query)
    notes = window_warnings(view.data, query.start, clock(now)) + data_warnings(view.data)
    if query.needs:
        nodes, elsewhere = nodes_meeting(view, query.zone, query.needs, answer.nodes)
        answer = replace(answer, nodes=nodes)
        if elsewhere:
            notes.append(f"no node type in {query.zone} meets {query.needs}; it is met in {', '.join(elsewhere)}")
    return replace(answer, warnings=tuple(notes))


def nodes_meeting(view: MergedView, zone: str, needs_text: str, nodes: tuple) -> tuple[tuple, list[str]]:
    """The ``nodes`` a lease for ``needs_text`` can get in ``zone`` (those selected by the exact expression of
    a node type meeting the needs), and — when no type in ``zone`` does — the zones where one does. No type
    anywhere meets them: NoHardware (exit 1) naming the closest hardware."""
    from envboot.domain.needs import parse as parse_needs
    from envboot.domain.needs import resolve

    resolution = resolve(view, parse_needs(needs_text)).require()
    queries = [t.query for t in resolution.selectable(zone)]
    elsewhere = [] if queries else sorted({t.zone for t in resolution.selectable()})
    return tuple(n for n in nodes if any(q.matches(n.columns, n.capabilities) for q in queries)), elsewhere


def earliest(
    view: MergedView, query: AvailabilityQuery, horizon_minutes: int, cleaning_minutes: int = 0
) -> AvailabilityAnswer | None:
    """The earliest window at or after ``query.start`` with ``query.amount`` nodes free, exact to the minute."""
    return earliest_window(build_engine(view, cleaning_minutes), query, horizon_minutes)




__all__ = ["availability", "build_engine", "downgrade_ladder", "earliest", "gc_paused", "load_view",
           "make_plan", "nodes_meeting", "write_merged"]
