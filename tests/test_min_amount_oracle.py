"""--min-amount across time shift and zone change: the planner against a minute-stepping oracle.

Blazar accepts any count in [min, max]; the plan must offer the earliest window with at least ``min``
hosts free (saying how many it gets) and the earliest with all ``max``, in every zone it may use."""

from __future__ import annotations

import json

import msgspec
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from envboot.interfaces.cli.app import app
from envboot.kinds.hosts.engine import AvailabilityEngine, from_minute
from envboot.kinds.hosts.planner import PlanRequest, blazar_pick, plan

from .test_engine_oracle import oracle_free, scenarios


@st.composite
def min_max_scenarios(draw):
    nodes, c, start, duration, horizon, _, node_type = draw(scenarios())
    zones = draw(st.lists(st.sampled_from(("uc", "tacc")), min_size=len(nodes), max_size=len(nodes)))
    nodes = [msgspec.structs.replace(n, site_id=z, capabilities={"node_type": n.node_type})
             for n, z in zip(nodes, zones, strict=True)]  # Blazar matches $node_type on the host's capability
    low = draw(st.integers(1, 4))
    high = low + draw(st.integers(0, 3))
    late = draw(st.one_of(st.none(), st.integers(1, 60)))  # the clock past the requested start by this much
    return nodes, c, max(start, 0), duration, horizon, node_type, low, high, late


def in_zone(nodes, zone):
    return [n for n in nodes if n.site_id == zone]


def oracle_windows(nodes, start, duration, horizon, c, node_type, low, high):
    """(earliest t with >= low free, earliest t with >= high free), each None when none: minute by minute."""
    first_low = first_high = None
    for t in range(start, start + horizon + 1):
        k = len(oracle_free(nodes, t, t + duration, c, node_type))
        if first_low is None and k >= low:
            first_low = t
        if first_high is None and k >= high:
            first_high = t
            break
    return first_low, first_high


@settings(max_examples=1500, deadline=None)
@given(min_max_scenarios())
def test_plan_offers_earliest_min_and_earliest_max_in_every_zone(sc):
    nodes, c, requested, duration, horizon, node_type, low, high, late = sc
    engine = AvailabilityEngine(nodes, c)
    start = requested + (late or 0)  # no option starts before the clock
    req = PlanRequest("uc", from_minute(requested), duration, high, low, node_type, alt_zones=("tacc",),
                      max_delay_minutes=horizon, not_before=from_minute(start) if late else None)
    p = plan(engine, req)
    full_at_start = oracle_windows(in_zone(nodes, "uc"), start, duration, 0, c, node_type, low, high)[1] == start
    assert (p.status == "ok") == (full_at_start and not late)
    if full_at_start:  # the request met in full at its first bookable minute: nothing else is offered
        assert len(p.options) == 1 and p.options[0].start == from_minute(start)
        return
    for zone in ("uc", "tacc"):
        zn = in_zone(nodes, zone)
        first_low, first_high = oracle_windows(zn, start, duration, horizon, c, node_type, low, high)
        mine = [o for o in p.options if o.zone == zone]
        starts = sorted(int((o.start - from_minute(0)).total_seconds() // 60) for o in mine)
        if first_low is None:
            assert not mine, (zone, mine)
            continue
        assert starts and starts[0] == first_low, (zone, starts, first_low, first_high)
        if first_high is not None:
            assert first_high in starts, (zone, starts, first_high)
        else:
            assert all(o.free_count < high for o in mine)
        for o in mine:  # each option: the oracle's count then, and the hosts Blazar takes of them
            t = int((o.start - from_minute(0)).total_seconds() // 60)
            free = oracle_free(zn, t, t + duration, c, node_type)
            assert o.free_count == len(free) >= low
            assert [n.uid for n in o.nodes] == [n.uid for n in blazar_pick(free, low, high)]
            assert o.amount == high or f"would get {o.amount} of {high}" in o.why, o.why
    if not p.options:
        assert p.status == "infeasible"


def test_cli_min_amount_finds_the_near_miss_window(bundled):
    """The exact case of issue 17: 2..5 gpu_v100 must find the 2 free from 2025-11-06 19:07Z."""
    args = ["plan", "--data", str(bundled), "--zone", "uc", "--start", "2025-10-30 20:00", "--duration", "2h",
            "-n", "5", "--min-amount", "2", "-t", "gpu_v100", "--now", "2025-10-30 19:54", "-f", "json"]
    r = CliRunner().invoke(app, args)
    assert r.exit_code == 0, r.output
    doc = json.loads(r.stdout)
    top = doc["options"][0]
    assert (top["start"], top["amount"], top["min_amount"], top["max_amount"]) == ("2025-11-06T19:07:00Z", 2, 2, 5)
    assert top["strategy"] == "time_shift" and "2 of 5" in top["why"]
    assert doc["status"] == "shifted"
