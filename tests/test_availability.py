"""The availability question on the real snapshot and on hand-made edge cases."""

from datetime import timedelta

import pytest

from envboot import api
from envboot.core.timeutil import parse_time
from envboot.kinds.hosts.availability import AvailabilityQuery

from .snapshots import Res, SiteFiles, single_site


def blocked_by_bruteforce(view, zone, start, end, cleaning=0):
    """Independent check: a reservation blocks iff r.start - c < end and r.end + c > start."""
    c = timedelta(minutes=cleaning)
    return {n.uid for n in view.nodes_in(zone)
            if any(r.start - c < end and r.end + c > start for r in n.reservations)}


def test_uc_window_has_22_free_nodes(bundled):
    view = api.load_view(bundled)
    q = AvailabilityQuery("uc", parse_time("2025-10-30 20:00"), 60)
    answer = api.availability(view, q)
    assert len(answer.nodes) == 22 and answer.sufficient
    blocked = blocked_by_bruteforce(view, "uc", q.start, q.end)
    assert {n.uid for n in answer.nodes} == {n.uid for n in view.nodes_in("uc")} - blocked


@pytest.mark.parametrize("start,minutes", [("2025-10-28 00:00", 60), ("2025-10-31 06:30", 600),
                                           ("2025-11-02 12:00", 10080), ("2025-12-30 00:00", 1)])
def test_uc_free_set_matches_bruteforce_on_other_windows(bundled, start, minutes):
    view = api.load_view(bundled)
    q = AvailabilityQuery("uc", parse_time(start), minutes)
    free = {n.uid for n in api.availability(view, q).nodes}
    assert free == {n.uid for n in view.nodes_in("uc")} - blocked_by_bruteforce(view, "uc", q.start, q.end)


def test_node_type_filter_on_real_snapshot(bundled):
    view = api.load_view(bundled)
    q = AvailabilityQuery("uc", parse_time("2025-10-30 20:00"), 60, amount=8, node_type="gpu_rtx_6000")
    answer = api.availability(view, q)
    assert {n.node_type for n in answer.nodes} == {"gpu_rtx_6000"}
    expected = {n.uid for n in view.nodes_in("uc") if n.node_type == "gpu_rtx_6000"} - blocked_by_bruteforce(
        view, "uc", q.start, q.end)
    assert {n.uid for n in answer.nodes} == expected
    assert len(answer.nodes) == 8 and answer.sufficient
    q9 = AvailabilityQuery("uc", q.start, 60, amount=9, node_type="gpu_rtx_6000")
    assert not api.availability(view, q9).sufficient


@pytest.fixture
def one_node(tmp_path):
    s = SiteFiles("uc", "CHI@UC")
    s.node("uid-a", "nc01")
    s.host("1", "uid-a")
    s.reserve("1", Res("r", "l", "2025-01-01T10:00:00.000000", "2025-01-01T12:00:00.000000"))
    return api.load_view(single_site(tmp_path, s))


@pytest.mark.parametrize("start,minutes,free", [
    ("2025-01-01 09:00", 60, True),   # ends exactly when the reservation starts (half-open)
    ("2025-01-01 12:00", 60, True),   # starts exactly when it ends
    ("2025-01-01 09:01", 60, False),  # one minute of overlap
    ("2025-01-01 11:59", 60, False),
    ("2025-01-01 08:00", 600, False),  # contains it
    ("2025-01-01 10:30", 10, False),  # inside it
])
def test_half_open_window_boundaries(one_node, start, minutes, free):
    answer = api.availability(one_node, AvailabilityQuery("uc", parse_time(start), minutes))
    assert bool(answer.nodes) is free


@pytest.mark.parametrize("start,cleaning,free", [
    ("2025-01-01 12:00", 0, True), ("2025-01-01 12:00", 1, False), ("2025-01-01 12:30", 30, True),
    ("2025-01-01 08:30", 30, True), ("2025-01-01 08:31", 30, False),
])
def test_cleaning_time_widens_reservations_both_sides(one_node, start, cleaning, free):
    answer = api.availability(one_node, AvailabilityQuery("uc", parse_time(start), 60), cleaning)
    assert bool(answer.nodes) is free


def test_earliest_window_is_exact_to_the_minute(one_node):
    q = AvailabilityQuery("uc", parse_time("2025-01-01 09:30"), 45)
    found = api.earliest(one_node, q, horizon_minutes=24 * 60)
    assert found.query.start == parse_time("2025-01-01 12:00")
    found = api.earliest(one_node, q, horizon_minutes=24 * 60, cleaning_minutes=7)
    assert found.query.start == parse_time("2025-01-01 12:07")
    assert api.earliest(one_node, q, horizon_minutes=60) is None


def test_earliest_on_real_snapshot_agrees_with_minute_stepping(bundled):
    view = api.load_view(bundled)
    q = AvailabilityQuery("uc", parse_time("2025-10-30 20:00"), 120, amount=3, node_type="compute_skylake")
    found = api.earliest(view, q, horizon_minutes=7 * 24 * 60)
    nodes = [n for n in view.nodes_in("uc") if n.node_type == "compute_skylake"]
    t = q.start
    while True:  # naive: step one minute at a time, recheck every node
        end = t + timedelta(minutes=120)
        free = [n for n in nodes if not any(r.start < end and r.end > t for r in n.reservations)]
        if len(free) >= 3:
            break
        t += timedelta(minutes=1)
    assert found.query.start == t == parse_time("2025-11-01 16:20")
    assert {n.uid for n in found.nodes} == {n.uid for n in free}
