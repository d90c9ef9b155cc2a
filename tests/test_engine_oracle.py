"""The availability engine against a deliberately naive oracle that steps minute by minute and
rechecks every reservation of every node (hypothesis: thousands of small random scenarios)."""

from __future__ import annotations

from datetime import timedelta

import msgspec
from hypothesis import given, settings
from hypothesis import strategies as st

from envboot.domain.model import Node, Reservation
from envboot.kinds.hosts.engine import EPOCH, AvailabilityEngine, to_minute
from envboot.kinds.hosts.planner import blazar_pick

TYPES = ("a", "b")


def minute(m: int):
    return EPOCH + timedelta(minutes=m)


@st.composite
def scenarios(draw):
    n_nodes = draw(st.integers(0, 6))
    nodes = []
    for i in range(n_nodes):
        reservations = []
        for j in range(draw(st.integers(0, 4))):
            s = draw(st.integers(0, 120))
            length = draw(st.integers(0, 60))  # zero-length included
            reservations.append(Reservation(f"r{i}-{j}", f"l{j}", minute(s), minute(s + length)))
        nodes.append(Node(
            site_id="uc", cluster_id="c", uid=f"n{i}", hostname=f"h{i}", node_type=draw(st.sampled_from(TYPES)),
            resource_id=str(draw(st.integers(1, 9)) * 10 + i), reservable=draw(st.booleans()) or i % 3 != 0,
            in_inventory=True, reservations=tuple(reservations), capabilities={},
        ))
    cleaning = draw(st.integers(0, 10))
    start = draw(st.integers(-10, 150))
    duration = draw(st.integers(1, 40))
    horizon = draw(st.integers(0, 150))
    amount = draw(st.integers(1, 4))
    node_type = draw(st.sampled_from((None, *TYPES)))
    return nodes, cleaning, start, duration, horizon, amount, node_type


# -- the oracle: no intervals, no merging, no sweep; just check everything at every minute -----------
def busy(node: Node, s: int, e: int, c: int) -> bool:
    return any(to_minute(r.start) - c < e and to_minute(r.end) + c > s and (r.end > r.start or c > 0)
               for r in node.reservations)


def candidates(nodes, node_type):
    return [n for n in nodes if n.reservable and n.resource_id and (node_type is None or n.node_type == node_type)]


def oracle_free(nodes, s, e, c, node_type):
    free = [n for n in candidates(nodes, node_type) if not busy(n, s, e, c)]
    return sorted(free, key=lambda n: (bool(n.reservations), int(n.resource_id)))


def oracle_earliest(nodes, start, duration, amount, horizon, c, node_type):
    for t in range(start, start + horizon + 1):
        free = oracle_free(nodes, t, t + duration, c, node_type)
        if len(free) >= amount:
            return t, free
    return None


def oracle_most(nodes, start, duration, horizon, c, node_type):
    best_t, best = start, -1
    for t in range(start, start + horizon + 1):
        k = len(oracle_free(nodes, t, t + duration, c, node_type))
        if k > best:
            best_t, best = t, k
    return best_t, best


def type_filter(node_type):
    return None if node_type is None else (lambda n: n.node_type == node_type)


@settings(max_examples=1500, deadline=None)
@given(scenarios())
def test_free_at_matches_oracle_including_blazar_order(sc):
    nodes, c, start, duration, _, _, node_type = sc
    engine = AvailabilityEngine(nodes, c)
    got = engine.free_at(start, start + duration, type_filter(node_type)).nodes
    assert [n.uid for n in got] == [n.uid for n in oracle_free(nodes, start, start + duration, c, node_type)]


@settings(max_examples=1500, deadline=None)
@given(scenarios())
def test_earliest_matches_oracle(sc):
    nodes, c, start, duration, horizon, amount, node_type = sc
    got = AvailabilityEngine(nodes, c).earliest(start, duration, amount, horizon, type_filter(node_type))
    want = oracle_earliest(nodes, start, duration, amount, horizon, c, node_type)
    if want is None:
        assert got is None
    else:
        assert got is not None and got.start == want[0] and got.end == want[0] + duration
        assert [n.uid for n in got.nodes] == [n.uid for n in want[1]]


@settings(max_examples=1000, deadline=None)
@given(scenarios())
def test_most_capacity_matches_oracle(sc):
    nodes, c, start, duration, horizon, _, node_type = sc
    got = AvailabilityEngine(nodes, c).most_capacity(start, duration, horizon, type_filter(node_type))
    t, count = oracle_most(nodes, start, duration, horizon, c, node_type)
    assert (got.start, got.free_count) == (t, max(count, 0))


@settings(max_examples=1000, deadline=None)
@given(scenarios())
def test_capacity_over_time_matches_oracle_at_every_minute(sc):
    nodes, c, start, _, horizon, _, node_type = sc
    end = start + max(horizon, 1)
    steps = AvailabilityEngine(nodes, c).capacity_over_time(start, end, type_filter(node_type))
    for t in range(start, end):
        for typ in {n.node_type for n in candidates(nodes, node_type)}:
            points = steps[typ]
            assert points[0][0] == start
            value = [count for m, count in points if m <= t][-1]
            want = sum(1 for n in candidates(nodes, typ) if not busy(n, t, t + 1, c))
            assert value == want, (typ, t)
    assert set(steps) == {n.node_type for n in candidates(nodes, node_type)}


# -- Blazar's host pick: a line-by-line transcription of Blazar 18's host_plugin._matching_hosts ------------
def oracle_matching_hosts(nodes, s, e, c, node_type, min_host, max_host):
    allocated, not_allocated = [], []
    for n in sorted(candidates(nodes, node_type), key=lambda n: int(n.resource_id)):  # the database's host order
        if not n.reservations:  # no allocation row at all
            not_allocated.append(n)
        elif not busy(n, s, e, c):  # get_free_periods(...) == [(start - c, end + c)]
            allocated.append(n)
    if len(not_allocated) >= min_host:
        return not_allocated[:max_host]
    all_hosts = allocated + not_allocated
    return all_hosts[:max_host] if len(all_hosts) >= min_host else []


@st.composite
def pick_scenarios(draw):
    nodes, c, start, duration, _, _, node_type = draw(scenarios())
    ids = draw(st.lists(st.integers(1, 120), min_size=len(nodes), max_size=len(nodes), unique=True))
    nodes = [msgspec.structs.replace(n, resource_id=str(i)) for n, i in zip(nodes, ids, strict=True)]  # "9" vs "10"
    low = draw(st.integers(1, 5))
    return nodes, c, start, duration, node_type, low, low + draw(st.integers(0, 3))


@settings(max_examples=1500, deadline=None)
@given(pick_scenarios())
def test_predicted_hosts_match_blazars_matching_hosts(sc):
    nodes, c, start, duration, node_type, low, high = sc
    free = AvailabilityEngine(nodes, c).free_at(start, start + duration, type_filter(node_type)).nodes
    want = oracle_matching_hosts(nodes, start, start + duration, c, node_type, low, high)
    got = blazar_pick(free, low, high) if len(free) >= low else ()
    assert [n.resource_id for n in got] == [n.resource_id for n in want]
