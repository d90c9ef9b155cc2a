"""envboot.planning.extension: Blazar 18's verdict on lease updates, rule by rule (each test names the
Blazar function it follows), and latest_end against a naive oracle (minute stepping)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from envboot.domain.model import Node, Reservation
from envboot.kinds.flavors.model import Flavor, HostReservation, Inventory, KvmHost, usage_of
from envboot.planning import extension as ext
from envboot.planning.extension import Change, HostPart, InstancePart, LeaseState, SiteState

T0 = datetime(2026, 12, 10, 12, 0, tzinfo=UTC)
NOW = datetime(2026, 12, 1, 9, 30, 17, tzinfo=UTC)
H = timedelta(hours=1)
M = timedelta(minutes=1)


def node(rid: str, reservations=(), *, node_type="compute", reservable=True) -> Node:
    return Node(site_id="uc", cluster_id="c", uid=f"u{rid}", hostname=f"n{rid}", node_type=node_type,
                resource_id=rid, reservable=reservable, in_inventory=True, reservations=tuple(reservations),
                capabilities={"node_type": node_type}, columns={"id": rid, "hypervisor_hostname": f"h{rid}"})


def res(lease_id: str, start: datetime, end: datetime) -> Reservation:
    return Reservation(f"r-{lease_id}", lease_id, start, end)


def host_lease(hosts, start=T0, end=T0 + 2 * H, *, status="PENDING", n_min=None, n_max=None,
               props='["==", "$node_type", "compute"]') -> LeaseState:
    rstatus = "active" if status == "ACTIVE" else "pending"
    start, end = ext.minute_of(start), ext.minute_of(end)
    part = HostPart("r-L", rstatus, n_min or len(hosts), n_max or len(hosts), tuple(hosts), "", props)
    return LeaseState("L", status, start, end, (part,))


def site(lease: LeaseState, others: dict[str, list[tuple[datetime, datetime]]], *, extra_hosts=(),
         cleaning=0, max_duration=-1, types=None) -> SiteState:
    """Nodes for the lease's hosts (holding it) and ``extra_hosts``; ``others``: host -> other leases."""
    held = set(lease.parts[0].hosts)
    nodes = []
    for rid in sorted(held | set(extra_hosts) | set(others), key=int):
        rs = [res("L", lease.start, lease.end)] if rid in held else []
        rs += [res(f"o{rid}-{i}", s, e) for i, (s, e) in enumerate(others.get(rid, []))]
        nodes.append(node(rid, rs, node_type=(types or {}).get(rid, "compute")))
    return SiteState(tuple(nodes), (), cleaning, max_duration)


# -- service.py update_lease: status and date checks ---------------------------------------------
def test_only_a_stable_lease_updates():  # status.py LeaseStatus.lease_status
    lease = host_lease(["1"], status="STARTING")
    v = ext.verdict(lease, site(lease, {}), Change(end=lease.end + H), NOW)
    assert (v.verdict, v.reason) == ("refused", "Invalid lease status.")


def test_started_lease_cannot_move_its_start():  # _check_for_invalid_date_inputs, first check
    lease = host_lease(["1"], start=NOW - H, end=NOW + H, status="ACTIVE")
    v = ext.verdict(lease, site(lease, {}), Change(start=lease.start + 10 * M), NOW)
    assert v.reason == ext.MSG_STARTED
    # its end may move
    assert ext.verdict(lease, site(lease, {}), Change(end=lease.end + H), NOW).accepted


def test_pending_lease_cannot_start_in_the_past():
    lease = host_lease(["1"], start=NOW + 10 * M, end=NOW + 2 * H)
    v = ext.verdict(lease, site(lease, {}), ext.advance(lease, 20 * M), NOW)
    assert v.reason == ext.MSG_START_PAST
    # to the current minute is allowed (Blazar's now is truncated to the minute; equal is not before)
    assert ext.verdict(lease, site(lease, {}), Change(start=ext.minute_of(NOW)), NOW).accepted


def test_ended_lease_can_only_be_renamed():
    lease = host_lease(["1"], start=NOW - 3 * H, end=NOW - H, status="TERMINATED")
    assert ext.verdict(lease, site(lease, {}), Change(end=NOW + H), NOW).reason == ext.MSG_ENDED


def test_end_before_now_or_start_is_refused_end_equal_start_is_not():
    lease = host_lease(["1"], start=NOW - H, end=NOW + H, status="ACTIVE")
    assert ext.verdict(lease, site(lease, {}), Change(end=NOW - 2 * M), NOW).reason == ext.MSG_END
    pend = host_lease(["1"], start=NOW + H, end=NOW + 3 * H)
    assert ext.verdict(pend, site(pend, {}), Change(end=NOW + 50 * M), NOW).reason == ext.MSG_END
    assert ext.verdict(pend, site(pend, {}), Change(end=pend.start), NOW).accepted


def test_max_lease_duration_filter_checks_the_new_length():  # MaxLeaseDurationFilter.check_update
    lease = host_lease(["1"])
    s = site(lease, {}, max_duration=7 * 24 * 3600)
    v = ext.verdict(lease, s, Change(end=lease.start + timedelta(days=7, minutes=1)), NOW)
    assert v.reason == ("Lease duration of 604860 seconds must be less than or equal to the maximum lease "
                        "duration of 604800 seconds.")
    assert ext.verdict(lease, s, Change(end=lease.start + timedelta(days=7)), NOW).accepted
    p = ext.predict(lease, s, Change(end=lease.end + H), NOW)
    assert (p.latest_end, p.latest_end_note) == (lease.start + timedelta(days=7), "bounded")


def test_date_checks_come_before_the_duration_filter():
    lease = host_lease(["1"])
    s = site(lease, {}, max_duration=3600)
    assert ext.verdict(lease, s, Change(end=lease.start - M), NOW).reason == ext.MSG_END


# -- host_plugin.py update_reservation / _update_allocations ---------------------------------------
def test_shortening_or_a_window_inside_changes_nothing():  # update_reservation's early return
    lease = host_lease(["1"])
    busy = site(lease, {"1": [(lease.end - 30 * M, lease.end + H)]})  # even a double booking inside
    for change in (Change(end=lease.end - H), Change(start=lease.start + 10 * M, end=lease.end - 10 * M)):
        v = ext.verdict(lease, busy, change, NOW)
        assert v.accepted and "nothing to update" in v.rule


def test_prolong_into_a_following_lease_is_refused_for_active():
    lease = host_lease(["1"], start=NOW - H, end=NOW + H, status="ACTIVE")
    s = site(lease, {"1": [(lease.end + 30 * M, lease.end + 2 * H)]}, extra_hosts=["2"])
    assert ext.verdict(lease, s, Change(end=lease.end + 30 * M), NOW).accepted  # back to back: allowed
    v = ext.verdict(lease, s, Change(end=lease.end + 31 * M), NOW)
    assert v.reason == ext.MSG_HOSTS and "ACTIVE" in v.rule and v.dropped == ("1",)
    assert ext.latest_end(lease, s, NOW) == (lease.end + 30 * M, "bounded")


def test_pending_swaps_a_busy_host_for_a_free_one():  # _update_allocations -> _matching_hosts
    lease = host_lease(["1"])
    s = site(lease, {"1": [(lease.end + 30 * M, lease.end + 2 * H)]}, extra_hosts=["2"])
    v = ext.verdict(lease, s, Change(end=lease.end + 2 * H), NOW)
    assert v.accepted and v.dropped == ("1",)
    # without the spare host: refused
    s1 = site(lease, {"1": [(lease.end + 30 * M, lease.end + 2 * H)]})
    assert ext.verdict(lease, s1, Change(end=lease.end + 2 * H), NOW).reason == ext.MSG_HOSTS


def test_a_spare_of_another_type_does_not_replace():
    lease = host_lease(["1"])
    s = site(lease, {"1": [(lease.end, lease.end + H)]}, extra_hosts=["2"], types={"2": "gpu"})
    assert ext.verdict(lease, s, Change(end=lease.end + M), NOW).reason == ext.MSG_HOSTS


def test_cleaning_time_applies_to_replacements_not_to_kept_hosts():
    lease = host_lease(["1"])
    # host 1 is followed 5 min after the new end: kept (get_reserved_periods ignores cleaning time)
    s = site(lease, {"1": [(lease.end + H + 5 * M, lease.end + 3 * H)]}, cleaning=15)
    assert ext.verdict(lease, s, Change(end=lease.end + H), NOW).accepted
    # a replacement must be free for the window widened by 15 min on both sides
    after = (lease.end + 30 * M, lease.end + 3 * H)
    s2 = site(lease, {"1": [after], "2": [(lease.end + H + 14 * M, lease.end + 4 * H)]}, cleaning=15)
    assert ext.verdict(lease, s2, Change(end=lease.end + H), NOW).reason == ext.MSG_HOSTS
    s3 = site(lease, {"1": [after], "2": [(lease.end + H + 15 * M, lease.end + 4 * H)]}, cleaning=15)
    assert ext.verdict(lease, s3, Change(end=lease.end + H), NOW).accepted


def test_min_below_max_lets_a_pending_reservation_shrink():  # min' = max(min - kept, 0)
    lease = host_lease(["1", "2"], n_min=1, n_max=2)
    s = site(lease, {"2": [(lease.end, lease.end + 3 * H)]})
    v = ext.verdict(lease, s, Change(end=lease.end + H), NOW)
    assert v.accepted and v.dropped == ("2",)
    active = host_lease(["1", "2"], start=NOW - H, end=NOW + H, status="ACTIVE", n_min=1, n_max=2)
    s = site(active, {"2": [(active.end, active.end + 3 * H)]})
    assert ext.verdict(active, s, Change(end=active.end + H), NOW).reason == ext.MSG_HOSTS


def test_advance_checks_the_earlier_part():
    lease = host_lease(["1"], start=T0, end=T0 + 2 * H)
    s = site(lease, {"1": [(T0 - 2 * H, T0 - H)]})
    assert ext.verdict(lease, s, ext.advance(lease, H, keep_length=False), NOW).accepted
    assert ext.verdict(lease, s, ext.advance(lease, H + M, keep_length=False), NOW).reason == ext.MSG_HOSTS


def test_defer_past_the_old_end_keeps_a_free_host():
    lease = host_lease(["1"])
    s = site(lease, {})
    v = ext.verdict(lease, s, ext.defer(lease, 5 * H), NOW)
    assert v.accepted and v.dropped == ()


def test_host_no_longer_matching_is_dropped():  # _allocations_to_remove, first test
    lease = host_lease(["1"], props='["==", "$node_type", "gpu"]')
    s = site(lease, {}, extra_hosts=["2"], types={"2": "gpu"})  # host 1 is "compute" now
    v = ext.verdict(lease, s, Change(end=lease.end + H), NOW)
    assert v.accepted and v.dropped == ("1",)


def test_unknown_host_cannot_be_predicted():
    lease = host_lease(["9"])
    with pytest.raises(ext.PredictionError):
        ext.verdict(lease, SiteState((node("1"),)), Change(end=lease.end + H), NOW)


def test_reserved_periods_transcription():  # db/sqlalchemy/utils.py get_reserved_periods
    spans = [(0, 60), (60, 120), (200, 300)]
    assert ext.reserved_periods(spans, 0, 400, 1) == [(0, 120), (200, 300)]
    assert ext.reserved_periods(spans, 120, 200, 1) == []  # touching at both borders: nothing
    assert ext.free_periods(spans, 120, 200, 80) == [(120, 200)]
    assert ext.free_periods(spans, 100, 200, 100) == []


# -- flavor_plugin.py update_reservation -----------------------------------------------------------
SMALL = Flavor("f1", "m1.small", 2, 2048, 20)


def kvm(hid: str, reservations=(), vcpus=4) -> KvmHost:
    inv = {"VCPU": Inventory(vcpus), "MEMORY_MB": Inventory(65536), "DISK_GB": Inventory(1000)}
    return KvmHost(hid, f"kvm{hid}", True, inv, frozenset(), tuple(reservations))


def flavor_res(rid: str, start, end, amount, kind="flavor:instance") -> HostReservation:
    usage = usage_of(SMALL, amount) if kind == "flavor:instance" else {}
    return HostReservation(rid, f"L{rid}", start, end, kind, amount, usage)


def instance_lease(status="PENDING", start=T0, end=T0 + 2 * H, slots=None) -> LeaseState:
    part = InstancePart("me", "active" if status == "ACTIVE" else "pending", SMALL, slots or {"1": 1})
    return LeaseState("Lme", status, start, end, (part,))


def test_instance_update_excludes_itself_and_never_swaps():
    lease = instance_lease(slots={"1": 1})
    mine = flavor_res("me", lease.start, lease.end, 1)
    other = flavor_res("x", lease.end + 30 * M, lease.end + 2 * H, 1)  # fills host 1's other slot
    s = SiteState(kvm_hosts=(kvm("1", [mine, other]), kvm("2")))
    assert ext.verdict(lease, s, Change(end=lease.end + H), NOW).accepted  # 2 slots, 1 taken
    full = flavor_res("y", lease.end + 30 * M, lease.end + 2 * H, 2)
    s = SiteState(kvm_hosts=(kvm("1", [mine, full]), kvm("2")))
    v = ext.verdict(lease, s, Change(end=lease.end + H), NOW)
    assert v.reason == ext.MSG_HOSTS and "never swapped" in v.rule  # host 2 is free, yet refused


def test_instance_update_has_no_shortcut_and_applies_cleaning_time():
    lease = instance_lease(slots={"1": 2})
    mine = flavor_res("me", lease.start, lease.end, 2)
    after = flavor_res("y", lease.end + 10 * M, lease.end + 2 * H, 1)
    s0 = SiteState(kvm_hosts=(kvm("1", [mine, after]),), cleaning_minutes=0)
    assert ext.verdict(lease, s0, Change(end=lease.end - H), NOW).accepted
    s15 = SiteState(kvm_hosts=(kvm("1", [mine, after]),), cleaning_minutes=15)
    assert ext.verdict(lease, s0, Change(end=lease.end - 5 * M), NOW).accepted
    # shortening by 5 min: the window + 15 min reaches the next reservation (closed test): refused
    v = ext.verdict(lease, s15, Change(end=lease.end - 5 * M), NOW)
    assert v.reason == ext.MSG_HOSTS
    assert ext.verdict(lease, s15, Change(end=lease.end - 6 * M), NOW).accepted


def test_instance_update_with_physical_host_or_virtual_instance_on_the_host():
    lease = instance_lease(slots={"1": 1})
    mine = flavor_res("me", lease.start, lease.end, 1)
    held = flavor_res("p", lease.end + 5 * M, lease.end + H, 0, kind="physical:host")
    s = SiteState(kvm_hosts=(kvm("1", [mine, held]),))
    assert ext.verdict(lease, s, Change(end=lease.end + 5 * M), NOW).reason == ext.MSG_HOSTS
    assert ext.verdict(lease, s, Change(end=lease.end + 4 * M), NOW).accepted
    vi = flavor_res("v", lease.end + 5 * M, lease.end + H, 1, kind="virtual:instance")
    s = SiteState(kvm_hosts=(kvm("1", [mine, vi]),))
    assert ext.verdict(lease, s, Change(end=lease.end + 6 * M), NOW).reason == ext.MSG_TYPES


def test_predict_reports_requested_dates_and_latest_end():
    lease = host_lease(["1"], start=NOW - H, end=NOW + H, status="ACTIVE")
    s = site(lease, {"1": [(lease.end + 2 * H, lease.end + 3 * H)]})
    p = ext.predict(lease, s, ext.prolong(lease, 3 * H), NOW)
    assert p.verdict == "refused" and p.requested_end == lease.end + 3 * H
    assert (p.latest_end, p.latest_end_note) == (lease.end + 2 * H, "bounded")
    free = site(lease, {})
    assert ext.predict(lease, free, ext.prolong(lease, H), NOW).latest_end_note == "unbounded"
    gone = host_lease(["1"], start=NOW - 3 * H, end=NOW - H, status="TERMINATED")
    assert ext.latest_end(gone, site(gone, {}), NOW) == (None, "none")


# -- latest_end against a naive oracle --------------------------------------------------------------
def naive_latest(lease, s, now, start, horizon_minutes):
    """Minute stepping over every candidate end with the same verdict rule."""
    best = None
    base = ext.minute_of(now)
    for k in range(horizon_minutes + 1):
        end = base + k * M
        if ext.verdict(lease, s, Change(start=start, end=end), now).accepted:
            best = end
    return best


@settings(max_examples=150, deadline=None)
@given(
    data=st.data(),
    active=st.booleans(),
    n_hosts=st.integers(1, 2),
    spares=st.integers(0, 2),
    cleaning=st.sampled_from([0, 15]),
    max_minutes=st.sampled_from([-1, 300]),
    min_below=st.booleans(),
)
def test_latest_end_matches_minute_stepping(data, active, n_hosts, spares, cleaning, max_minutes, min_below):
    now = datetime(2026, 12, 1, 10, 0, 30, tzinfo=UTC)
    base = ext.minute_of(now)
    offset = data.draw(st.integers(1, 60)) if active else -data.draw(st.integers(0, 60))
    start = base - offset * M
    end = start + data.draw(st.integers(1, 120)) * M
    hosts = [str(i) for i in range(1, n_hosts + 1)]
    lease = host_lease(hosts, start, end, status="ACTIVE" if active else "PENDING",
                       n_min=1 if (min_below and n_hosts > 1) else None, n_max=n_hosts)
    others = {}
    for rid in hosts + [str(10 + i) for i in range(spares)]:
        busy = []
        for _ in range(data.draw(st.integers(0, 2))):
            s0 = max(end, base) + data.draw(st.integers(-20, 200)) * M
            e0 = s0 + data.draw(st.integers(1, 90)) * M
            if rid in hosts and s0 < end:
                continue  # no double booking with the lease itself
            busy.append((s0, e0))
        others[rid] = busy
    s = site(lease, others, cleaning=cleaning, max_duration=max_minutes * 60 if max_minutes > 0 else -1)
    new_start = None if active else start + data.draw(st.integers(-30, 60)) * M
    horizon = 600
    got, note = ext.latest_end(lease, s, now, new_start)
    want = naive_latest(lease, s, now, new_start, horizon)
    if note == "unbounded":
        assert want == ext.minute_of(now) + horizon * M  # every end up to the horizon accepted
    else:
        assert got == want


# -- the live side: Blazar's answers -> the predictor's input -> the lease-extend document ------------
def test_blazar_shaped_answers_feed_the_prediction_and_the_document():
    from envboot.live.extension import lease_state, nodes_from_api, prediction_json
    from envboot.live.leases import lease_from_api

    from .schema_check import assert_valid

    hosts = [{"id": "1", "hypervisor_hostname": "h1", "node_type": "compute"},
             {"id": "2", "hypervisor_hostname": "h2", "node_type": "compute"}]
    start, end = T0, T0 + 2 * H
    fmt = "%Y-%m-%dT%H:%M:%S.000000"
    allocations = [
        {"resource_id": 1, "reservations": [
            {"id": "r1", "lease_id": "L", "start_date": f"{start:{fmt}}", "end_date": f"{end:{fmt}}"},
            {"id": "r9", "lease_id": "O", "start_date": f"{end + H:{fmt}}", "end_date": f"{end + 2 * H:{fmt}}"}]},
        {"resource_id": 2, "reservations": [
            {"id": "r8", "lease_id": "P", "start_date": f"{end + 90 * M:{fmt}}", "end_date": f"{end + 3 * H:{fmt}}"}]}]
    mine = {"id": "r1", "resource_type": "physical:host", "status": "pending", "min": 1, "max": 1,
            "hypervisor_properties": "", "resource_properties": '["==", "$node_type", "compute"]'}
    lease = lease_from_api({"id": "L", "name": "mine", "status": "PENDING", "start_date": f"{start:{fmt}}",
                            "end_date": f"{end:{fmt}}", "reservations": [mine]})
    state = lease_state(lease, allocations)
    assert state.parts[0].hosts == ("1",)
    site = SiteState(nodes_from_api("uc", hosts, allocations), (), 0, -1)
    p = ext.predict(state, site, ext.prolong(state, 80 * M), NOW)  # host 1 busy after 60 min: swapped for host 2
    assert p.accepted and p.dropped == ("1",) and p.latest_end == end + 90 * M
    doc = assert_valid(prediction_json(p, lease, "prolong", dry_run=True), "lease-extend")
    assert doc["latest_end"] == f"{end + 90 * M:%Y-%m-%dT%H:%M}:00Z" and doc["dropped_hosts"] == ["1"]
    refused = ext.predict(state, site, ext.prolong(state, 91 * M), NOW)
    assert refused.reason == ext.MSG_HOSTS
    doc = assert_valid(prediction_json(refused, lease, "prolong", dry_run=True), "lease-extend")
    assert doc["verdict"] == "refused" and doc["reason"] == "Not enough hosts available"


@settings(max_examples=80, deadline=None)
@given(data=st.data(), active=st.booleans(), cleaning=st.sampled_from([0, 15]), n_hosts=st.integers(1, 2))
def test_latest_end_of_an_instance_lease_matches_minute_stepping(data, active, cleaning, n_hosts):
    now = datetime(2026, 12, 1, 10, 0, 30, tzinfo=UTC)
    base = ext.minute_of(now)
    start = base - data.draw(st.integers(1, 60)) * M if active else base + data.draw(st.integers(0, 60)) * M
    end = start + data.draw(st.integers(1, 120)) * M
    slots = {str(i): data.draw(st.integers(1, 2)) for i in range(1, n_hosts + 1)}
    lease = instance_lease("ACTIVE" if active else "PENDING", start, end, slots)
    hosts = []
    for i in range(1, n_hosts + 2):  # one host more than the lease holds: never used (no swaps)
        rid = str(i)
        rs = [flavor_res("me", start, end, sum(slots.values()))] if rid in slots else []
        for j in range(data.draw(st.integers(0, 3))):
            s0 = max(end, base) + data.draw(st.integers(-20, 200)) * M
            e0 = s0 + data.draw(st.integers(1, 90)) * M
            kind = data.draw(st.sampled_from(["flavor:instance", "flavor:instance", "physical:host"]))
            rs.append(flavor_res(f"o{i}-{j}", s0, e0, data.draw(st.integers(1, 3)), kind=kind))
        hosts.append(kvm(rid, rs, vcpus=data.draw(st.sampled_from([4, 8]))))
    s = SiteState(kvm_hosts=tuple(hosts), cleaning_minutes=cleaning)
    new_start = None if active else start + data.draw(st.integers(-30, 60)) * M
    horizon = 600
    got, note = ext.latest_end(lease, s, now, new_start)
    want = naive_latest(lease, s, now, new_start, horizon)
    if note == "unbounded":
        assert want == ext.minute_of(now) + horizon * M
    else:
        assert got == want
