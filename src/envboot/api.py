"""The library API: what the CLI (and any program) calls. Thin glue over the pipeline layers."""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from .availability import AvailabilityAnswer, AvailabilityQuery, earliest_window, free_nodes
from .downgrade import default_ladder, with_overrides
from .engine import AvailabilityEngine
from .freshness import before_fetch_warning, data_warnings, stale_warning, window_warnings
from .fsutil import atomic_write_text, check_output_path
from .hardware import profiles
from .jsonout import merged_json
from .merge import merge
from .model import MergedView
from .planner import Plan, PlanRequest, plan
from .sources.datadir import load_dataset
from .timeutil import clock


def load_view(data_dir: Path, *, allocations_file: Path | None = None, require_live: bool = True) -> MergedView:
    """Load a data directory and merge it into the site → cluster → node view."""
    with gc_paused():  # millions of acyclic objects: collecting while building them only costs time
        return merge(load_dataset(data_dir, allocations_file=allocations_file, require_live=require_live))


@contextmanager
def gc_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()  # what was just built lives as long as the view: keep it out of later collections
        if enabled:
            gc.enable()


def build_engine(view: MergedView, cleaning_minutes: int = 0) -> AvailabilityEngine:
    return AvailabilityEngine(view.nodes, cleaning_minutes)


def write_merged(view: MergedView, path: Path, *, show_users: bool = False) -> dict:
    check_output_path(path)
    doc = merged_json(view, show_users=show_users)
    atomic_write_text(path, json.dumps(doc, indent=2) + "\n", mode=0o600)  # reservations: private by default
    return doc


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
    from .needs import parse as parse_needs
    from .needs import resolve

    resolution = resolve(view, parse_needs(needs_text)).require()
    queries = [t.query for t in resolution.selectable(zone)]
    elsewhere = [] if queries else sorted({t.zone for t in resolution.selectable()})
    return tuple(n for n in nodes if any(q.matches(n.columns, n.capabilities) for q in queries)), elsewhere


def earliest(
    view: MergedView, query: AvailabilityQuery, horizon_minutes: int, cleaning_minutes: int = 0
) -> AvailabilityAnswer | None:
    """The earliest window at or after ``query.start`` with ``query.amount`` nodes free, exact to the minute."""
    return earliest_window(build_engine(view, cleaning_minutes), query, horizon_minutes)


def downgrade_ladder(view: MergedView, overrides: Mapping[str, tuple[str, ...]] | None = None) -> dict:
    """The default ladder derived from the view's hardware, with a user's overrides applied."""
    return with_overrides(default_ladder(profiles(view.nodes)), overrides or {})


def make_plan(
    view: MergedView,
    request: PlanRequest,
    *,
    cleaning_minutes: int = 0,
    ladder: Mapping[str, tuple[str, ...]] | None = None,
    now: datetime | None = None,
) -> Plan:
    """Ranked, explained options for ``request`` (see ``envboot.planner``)."""
    if request.needs:
        from .needs import parse as parse_needs
        from .needs import resolve
        from .needs_plan import plan_for_needs

        resolution = resolve(view, parse_needs(request.needs)).require()  # none anywhere: exit 1, the closest
        result = plan_for_needs(build_engine(view, cleaning_minutes), request, resolution)
    else:
        if ladder is None:
            ladder = downgrade_ladder(view) if request.allow_downgrade else {}
        hardware = profiles(view.nodes) if request.allow_downgrade else None
        result = plan(build_engine(view, cleaning_minutes), request, ladder, hardware)
    effective = max(request.start, request.not_before) if request.not_before else request.start
    notes = [w for w in (before_fetch_warning(view.data, effective),
                         stale_warning(view.data, effective, now or clock())) if w] + data_warnings(view.data)
    return replace(result, warnings=result.warnings + tuple(notes)) if notes else result
