"""The library API: what the CLI (and any program) calls. Thin glue over the pipeline layers."""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from .availability import AvailabilityAnswer, AvailabilityQuery, earliest_window, free_nodes
from .downgrade import default_ladder, with_overrides
from .engine import AvailabilityEngine
from .fsutil import atomic_write_text
from .hardware import profiles
from .jsonout import merged_json
from .merge import merge
from .model import MergedView
from .planner import Plan, PlanRequest, plan
from .sources.datadir import load_dataset


def load_view(data_dir: Path, *, allocations_file: Path | None = None) -> MergedView:
    """Load a data directory and merge it into the site → cluster → node view."""
    with gc_paused():  # millions of acyclic objects: collecting while building them only costs time
        return merge(load_dataset(data_dir, allocations_file=allocations_file))


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
    doc = merged_json(view, show_users=show_users)
    atomic_write_text(path, json.dumps(doc, indent=2) + "\n", mode=0o600)  # reservations: private by default
    return doc


def availability(view: MergedView, query: AvailabilityQuery, cleaning_minutes: int = 0) -> AvailabilityAnswer:
    """The reservable nodes of ``query.zone`` (and node type) free for the whole window."""
    return free_nodes(build_engine(view, cleaning_minutes), query)


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
) -> Plan:
    """Ranked, explained options for ``request`` (see ``envboot.planner``)."""
    if ladder is None:
        ladder = downgrade_ladder(view) if request.allow_downgrade else {}
    return plan(build_engine(view, cleaning_minutes), request, ladder)
