"""Plan a request on a merged view: hardware needs, the downgrade ladder, freshness warnings. Pure."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime

from envboot.core.timeutil import clock
from envboot.domain.freshness import before_fetch_warning, data_warnings, stale_warning
from envboot.domain.hardware import profiles
from envboot.domain.model import MergedView
from envboot.kinds.hosts.downgrade import default_ladder, with_overrides
from envboot.kinds.hosts.engine import AvailabilityEngine
from envboot.kinds.hosts.planner import Plan, PlanRequest, plan


def build_engine(view: MergedView, cleaning_minutes: int = 0) -> AvailabilityEngine:
    return AvailabilityEngine(view.nodes, cleaning_minutes)


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
    """Ranked, explained options for ``request`` (see ``envboot.kinds.hosts.planner``)."""
    if request.needs:
        from envboot.domain.needs import parse as parse_needs
        from envboot.domain.needs import resolve
        from envboot.kinds.hosts.needs_plan import plan_for_needs

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
