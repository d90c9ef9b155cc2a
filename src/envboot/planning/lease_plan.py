"""A lease of several kinds in one window: the primary kind's options, each with the companion parts
(floating IPs, ...) that fit in its window and zone. Pure (no I/O).

A primary option whose window the companions do not fit is replaced by the earliest window, in its
zone and on its hardware, where the primary AND every companion fit: the fixed point of each part's
"earliest start at or after t" (each step is exact to the minute and never moves earlier, so the first
t where all parts agree is the earliest joint start). When only the companions are short, the plan says
so and gives Chameleon's workaround: the primary lease as planned and the companions in a lease of their
own, from their earliest window.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from envboot.kinds.protocol import CompanionKind, KindPlan, ResourceKind
from envboot.kinds.strategies import BASE, TIME_SHIFT

MAX_ROUNDS = 200  # fixed-point rounds per option; each moves the start later, so this bounds the search


@dataclass(frozen=True, slots=True)
class Part:
    """A companion reservation of the lease: its kind, its data and its request."""

    kind: CompanionKind
    data: Any
    request: Any


@dataclass(frozen=True, slots=True)
class LeasePlan:
    """``plan``: the primary kind's plan (its own type), options adjusted so every companion fits;
    ``parts[i]``: the companion options of ``plan.options[i]`` (kind, option), in the lease's window."""

    plan: KindPlan
    parts: tuple[tuple[tuple[CompanionKind, Any], ...], ...]
    notes: tuple[str, ...] = ()
    companions: tuple[Part, ...] = ()  # the parts planned (their kinds, data and requests)

    def parts_of(self, option: Any) -> tuple[tuple[CompanionKind, Any], ...]:
        for o, parts in zip(self.plan.options, self.parts, strict=True):
            if o is option:
                return parts
        return ()


def plan_lease(kind: ResourceKind, data: Any, request: Any, companions: Sequence[Part], *, cleaning_minutes: int,
               not_before: datetime | None) -> LeasePlan:
    plan = kind.plan(data, request, cleaning_minutes=cleaning_minutes, not_before=not_before)
    return combine(kind, data, request, plan, companions, cleaning_minutes=cleaning_minutes, not_before=not_before)


def combine(kind: ResourceKind, data: Any, request: Any, plan: KindPlan, companions: Sequence[Part], *,
            cleaning_minutes: int, not_before: datetime | None) -> LeasePlan:
    """``plan`` (the primary kind's, already made) with every companion fitted into each option's window."""
    if not companions:
        return LeasePlan(plan, tuple(() for _ in plan.options))
    horizon = getattr(request, "max_delay_minutes", 168 * 60)
    options: list[Any] = []
    parts: list[tuple] = []
    notes: list[str] = []
    seen: set[tuple] = set()
    for o in plan.options:
        got = _fits(companions, o.zone, o.start, o.end, cleaning_minutes)
        if got is not None:
            key = (o.zone, o.start, o.end, kind.describe(o), getattr(o, "node_type", None))
            if key not in seen:
                seen.add(key)
                options.append(o)
                parts.append(got)
            continue
        if o is plan.options[0] and o.strategy == BASE:
            notes.append(_short_note(kind, companions, o, cleaning_minutes, horizon))
        joint = _joint(kind, data, request, companions, o, cleaning_minutes, not_before, horizon)
        if joint is None:
            continue
        shifted, got = joint
        key = (shifted.zone, shifted.start, shifted.end, kind.describe(shifted), getattr(shifted, "node_type", None))
        if key not in seen:
            seen.add(key)
            options.append(shifted)
            parts.append(got)
    warnings = tuple(plan.warnings) + tuple(n for n in notes if n)
    adjusted = replace(plan, options=tuple(options), warnings=warnings)  # type: ignore[type-var]
    return LeasePlan(adjusted, tuple(parts), tuple(n for n in notes if n), tuple(companions))


def _fits(companions: Sequence[Part], zone: str, start: datetime, end: datetime,
          cleaning_minutes: int) -> tuple[tuple[CompanionKind, Any], ...] | None:
    got = []
    for part in companions:
        option = part.kind.fit(part.data, part.request, zone, start, end, cleaning_minutes=cleaning_minutes)
        if option is None:
            return None
        got.append((part.kind, option))
    return tuple(got)


def _joint(kind: ResourceKind, data: Any, request: Any, companions: Sequence[Part], o: Any, cleaning_minutes: int,
           not_before: datetime | None, horizon: int) -> tuple[Any, tuple] | None:
    """The earliest start >= o.start where ``o``'s hardware in ``o``'s zone and every companion fit."""
    duration = int((o.end - o.start).total_seconds() // 60)
    requested = request.start
    limit = requested + timedelta(minutes=horizon)
    t = o.start
    for _ in range(MAX_ROUNDS):
        later = t
        for part in companions:
            s = part.kind.earliest(part.data, part.request, o.zone, t, duration, cleaning_minutes=cleaning_minutes,
                                   horizon_minutes=max(0, int((limit - t).total_seconds() // 60)))
            if s is None:
                return None
            later = max(later, s)
        if later > limit:
            return None
        primary = _primary_at(kind, data, request, o, later, cleaning_minutes, not_before)
        if primary is None:
            return None
        if primary.start == later:
            got = _fits(companions, o.zone, primary.start, primary.end, cleaning_minutes)
            if got is not None:
                delay = int((primary.start - requested).total_seconds() // 60)
                why = (f"{primary.why}; from {primary.start:%Y-%m-%d %H:%M}Z, when the "
                       f"{' and '.join(k.describe(p) for k, p in got)} are free too")
                return replace(primary, strategy=TIME_SHIFT if delay else primary.strategy, delay_minutes=delay,
                               why=why), got
        t = max(later, primary.start)
    return None


def _primary_at(kind: ResourceKind, data: Any, request: Any, o: Any, t: datetime, cleaning_minutes: int,
                not_before: datetime | None) -> Any | None:
    """The primary's option on ``o``'s hardware in ``o``'s zone starting at ``t`` or the earliest after."""
    moved = replace(request, start=t, zone=o.zone, alt_zones=())
    plan = kind.plan(data, moved, cleaning_minutes=cleaning_minutes, not_before=not_before)
    same = [x for x in plan.options if kind.same_choice(x, replace(o, start=x.start))]
    return min(same, key=lambda x: x.start) if same else None


def _short_note(kind: ResourceKind, companions: Sequence[Part], o: Any, cleaning_minutes: int, horizon: int) -> str:
    """Only the companions are short in the requested window: say so, with Chameleon's workaround."""
    duration = int((o.end - o.start).total_seconds() // 60)
    short = [p for p in companions
             if p.kind.fit(p.data, p.request, o.zone, o.start, o.end, cleaning_minutes=cleaning_minutes) is None]
    bits = []
    for p in short:
        s = p.kind.earliest(p.data, p.request, o.zone, o.start, duration, cleaning_minutes=cleaning_minutes,
                            horizon_minutes=horizon)
        when = f"not until {s:%Y-%m-%d %H:%M}Z" if s else "not within the search horizon"
        bits.append(f"the {p.kind.describe_request(p.request)} {when}")
    return (f"in {o.zone} from {o.start:%Y-%m-%d %H:%M}Z the {kind.describe(o)} are free, {', '.join(bits)}; "
            f"Chameleon's workaround: reserve the {kind.describe(o)} as planned and the rest in a lease of its own")
