"""Chameleon's checks of a lease update (``lease extend``, CLI and MCP), reported apart from Blazar's verdict:
the maximum lease length of every kind the lease holds, and — to prolong a lease that has started — the
extension window (only within 48 h of the current end). Each fires and each passes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from envboot.live.extension import update_checks
from envboot.live.leases import Lease
from envboot.planning.extension import Prediction
from envboot.planning.policy import load_policy

T0 = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
POLICY = load_policy(None)


def lease(start, end, *kinds):
    return Lease("l1", "mine", "ACTIVE" if start <= T0 else "PENDING", start, end, ("r",),
                 tuple({"id": f"r{i}", "resource_type": k} for i, k in enumerate(kinds)))


def predicted(start, end) -> Prediction:
    return Prediction("accepted", None, "accepted", start, end, None, "unbounded")


def by_name(checks):
    return {c.check: c.outcome for c in checks}


def test_the_extension_window_fires_more_than_48_h_before_the_end_of_a_started_lease():
    early = lease(T0 - timedelta(days=1), T0 + timedelta(days=3), "physical:host")
    checks = update_checks(POLICY, early, "prolong", predicted(early.start, early.end + timedelta(hours=4)), T0)
    assert by_name(checks) == {"max_lease_length": "pass", "extension_window": "fail"}
    near = lease(T0 - timedelta(days=1), T0 + timedelta(hours=47), "physical:host")
    checks = update_checks(POLICY, near, "prolong", predicted(near.start, near.end + timedelta(hours=4)), T0)
    assert by_name(checks) == {"max_lease_length": "pass", "extension_window": "pass"}


def test_a_lease_not_started_and_a_shortening_have_no_extension_window():
    pending = lease(T0 + timedelta(days=3), T0 + timedelta(days=4), "physical:host")
    assert "extension_window" not in by_name(update_checks(
        POLICY, pending, "prolong", predicted(pending.start, pending.end + timedelta(hours=1)), T0))
    started = lease(T0 - timedelta(days=1), T0 + timedelta(days=3), "physical:host")
    assert "extension_window" not in by_name(update_checks(
        POLICY, started, "shorten", predicted(started.start, started.end - timedelta(hours=1)), T0))


def test_the_new_window_is_checked_against_each_kinds_maximum():
    mixed = lease(T0 + timedelta(days=1), T0 + timedelta(days=2), "physical:host", "virtual:floatingip")
    long = update_checks(POLICY, mixed, "prolong", predicted(mixed.start, mixed.start + timedelta(days=7, minutes=1)),
                         T0)
    assert [(c.check, c.outcome) for c in long] == [("max_lease_length", "fail"), ("max_lease_length", "fail")]
    assert "physical:host" in long[0].detail and "virtual:floatingip" in long[1].detail
    ok = update_checks(POLICY, mixed, "prolong", predicted(mixed.start, mixed.start + timedelta(days=7)), T0)
    assert [c.outcome for c in ok] == ["pass", "pass"]


def _host_lease(start, end, node_type="gpu_a100_pcie"):
    import json

    r = {"id": "r0", "resource_type": "physical:host", "max": 1,
         "resource_properties": json.dumps(["==", "$node_type", node_type])}
    return Lease("l1", "mine", "ACTIVE" if start <= T0 else "PENDING", start, end, ("r0",), (r,))


def test_lease_stacking_fires_when_the_longer_lease_tips_the_project_over_the_coverage_threshold():
    from envboot.planning.policy.checks import LeaseSpan

    mine = _host_lease(T0 - timedelta(hours=1), T0 + timedelta(days=1))
    # the project's other gpu_a100_pcie lease covers days 1..18 of the 21-day window; with ours to day 20: >= 90 %
    other = [LeaseSpan("physical:host", T0 + timedelta(days=1), T0 + timedelta(days=18), "gpu_a100_pcie", 1, "l2",
                       "other", "PENDING")]
    far = update_checks(POLICY, mine, "prolong", predicted(mine.start, T0 + timedelta(days=1, hours=23)), T0,
                        held=other, inventory={"gpu_a100_pcie": 4})
    stacking = {c.check: c for c in far}["lease_stacking"]
    assert stacking.outcome == "warn" and "would cover" in stacking.detail, stacking
    near = update_checks(POLICY, mine, "prolong", predicted(mine.start, mine.end + timedelta(hours=2)), T0,
                         held=[], inventory={"gpu_a100_pcie": 4})
    assert {c.check: c.outcome for c in near}["lease_stacking"] == "pass"
    # not read (held None) or a shortening: no stacking line
    assert "lease_stacking" not in by_name(update_checks(
        POLICY, mine, "prolong", predicted(mine.start, mine.end + timedelta(hours=2)), T0))
    assert "lease_stacking" not in by_name(update_checks(
        POLICY, mine, "shorten", predicted(mine.start, mine.end - timedelta(hours=2)), T0, held=other))
