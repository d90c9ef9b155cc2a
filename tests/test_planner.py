"""The planner: every strategy, ranking, costs and the lease request, on real and hand-made data."""

import json
from datetime import timedelta

import pytest

from envboot import api
from envboot.core.timeutil import parse_time
from envboot.domain.properties import parse
from envboot.kinds.hosts.lease_body import lease_request
from envboot.kinds.hosts.planner import PlanRequest, Prefer
from envboot.kinds.hosts.su import HostRates, Rate

from .snapshots import Res, SiteFiles, multi_site

T0 = parse_time("2025-10-30 20:00")
RATES = HostRates({"gpu_rtx_6000": Rate(2.0, "table"), "gpu_a": Rate(1.0, "table"), "gpu_b": Rate(1.0, "table")})


def request(zone="uc", start=T0, minutes=60, amount=1, min_amount=None, node_type=None, **kw):
    return PlanRequest(zone, start, minutes, amount, min_amount or amount, node_type, **kw)


def test_base_option_on_real_snapshot(bundled):
    view = api.load_view(bundled)
    p = api.make_plan(view, request(amount=5, node_type="gpu_rtx_6000"))
    assert p.status == "ok" and len(p.options) == 1
    (o,) = p.options
    assert (o.strategy, o.zone, o.amount, o.free_count, o.delay_minutes) == ("base", "uc", 5, 8, 0)
    assert (o.su_cost, o.su_source) == (None, "unknown")  # no su_factor in the snapshot and no rate table given
    priced = api.make_plan(view, request(amount=5, node_type="gpu_rtx_6000", su_rates=RATES)).options[0]
    assert (priced.su_cost, priced.su_source) == (5 * 2.0, "table")  # 1 h × 5 hosts × the table's 2 SU/h
    body = lease_request(o)
    assert body == {
        "start_date": "2025-10-30 20:00", "end_date": "2025-10-30 21:00",
        "reservations": [{"resource_type": "physical:host", "min": 5, "max": 5, "hypervisor_properties": "",
                          "resource_properties": '["==", "$node_type", "gpu_rtx_6000"]'}],
        "events": [],
    }
    # Blazar prefers hosts with no allocations at all, then host id order
    flags = [bool(n.reservations) for n in o.nodes]
    assert flags == sorted(flags)


def test_time_shift_on_real_snapshot_is_exact(bundled):
    view = api.load_view(bundled)
    p = api.make_plan(view, request(minutes=120, amount=3, node_type="compute_skylake"))
    assert p.status == "shifted"
    o = p.options[0]
    assert o.strategy == "time_shift" and o.start == parse_time("2025-11-01 16:20")
    assert o.delay_minutes == int((o.start - T0).total_seconds() // 60)
    assert o.why.startswith("only 2 of 3 compute_skylake free in uc at 2025-10-30 20:00Z; ")
    assert "free from 2025-11-01 16:20Z" in o.why


def test_max_delay_bounds_the_shift(bundled):
    view = api.load_view(bundled)
    p = api.make_plan(view, request(minutes=120, amount=3, node_type="compute_skylake", max_delay_minutes=600))
    assert p.status == "infeasible" and not p.options
    assert p.near_miss.free_count == 2 and p.near_miss.zone == "uc"
    assert "Best near miss: 2 of 3" in p.explanation and "time_shift" in p.explanation


def test_resource_properties_filter_like_blazar(bundled):
    view = api.load_view(bundled)
    props = parse('["and", ["==", "$gpu.gpu_count", "4"], ["==", "$gpu.gpu_vendor", "NVIDIA"]]')
    p = api.make_plan(view, request(amount=1, properties=props))
    types = {n.node_type for n in view.nodes if n.capabilities.get("gpu.gpu_count") == "4"}
    assert p.status == "ok" and {n.node_type for n in p.options[0].nodes} <= types
    sent = lease_request(p.options[0])["reservations"][0]["resource_properties"]
    assert json.loads(sent) == ["and", ["==", "$gpu.gpu_count", "4"], ["==", "$gpu.gpu_vendor", "NVIDIA"]]


@pytest.fixture
def two_sites(tmp_path):
    """uc: 2 gpu_a (one busy until 14:00 Jan 2), 3 gpu_b free; tacc: 4 gpu_a free, su_factor 2."""
    uc, tacc = SiteFiles("uc", "CHI@UC"), SiteFiles("tacc", "CHI@TACC")
    for i in range(2):
        uc.node(f"uc-a{i}", f"a{i}", node_type="gpu_a", gpu={"gpu": True, "gpu_count": 2, "gpu_model": "GA100 x"})
        uc.host(str(10 + i), f"uc-a{i}")
    for i in range(3):
        uc.node(f"uc-b{i}", f"b{i}", node_type="gpu_b", gpu={"gpu": True, "gpu_count": 1, "gpu_model": "TU102 y"})
        uc.host(str(20 + i), f"uc-b{i}")
    uc.reserve("11", Res("r1", "l1", "2025-01-01T00:00:00", "2025-01-02T14:00:00"))
    for i in range(4):
        tacc.node(f"tacc-a{i}", f"ta{i}", node_type="gpu_a",
                  gpu={"gpu": True, "gpu_count": 2, "gpu_model": "GA100 x"})
        tacc.host(str(10 + i), f"tacc-a{i}", su_factor="2", node_type="gpu_a", uid=f"tacc-a{i}",
                  **{"gpu.gpu": "True", "gpu.gpu_count": "2"})  # Blazar-side capabilities, as on Chameleon
    return api.load_view(multi_site(tmp_path, [uc, tacc]))


START = parse_time("2025-01-02 10:00")


def test_every_strategy_fires_and_ranking(two_sites):
    req = request(start=START, minutes=120, amount=2, min_amount=1, node_type="gpu_a", alt_zones=("tacc",),
                  allow_downgrade=True)
    p = api.make_plan(two_sites, req)
    by = {(o.strategy, o.zone, o.node_type): o for o in p.options}
    assert set(by) == {("time_shift", "uc", "gpu_a"), ("zone_change", "tacc", "gpu_a"),
                       ("downgrade", "uc", "gpu_a"), ("downgrade", "uc", "gpu_b")}
    assert by[("time_shift", "uc", "gpu_a")].start == parse_time("2025-01-02 14:00")
    assert by[("time_shift", "uc", "gpu_a")].delay_minutes == 240
    zc = by[("zone_change", "tacc", "gpu_a")]
    assert zc.start == START and zc.su_cost == 2 * 2 * 2.0  # 2 h × 2 hosts × su_factor 2
    assert zc.su_source == "blazar su_factor"
    fewer = by[("downgrade", "uc", "gpu_a")]
    assert fewer.amount == 1 and lease_request(fewer)["reservations"][0]["min"] == 1
    other = by[("downgrade", "uc", "gpu_b")]
    assert other.amount == 2 and other.free_count == 3
    # soonest: delay 0 first, full amount before fewer nodes, same hardware before other hardware
    assert [o.strategy for o in p.options][:2] == ["zone_change", "downgrade"]
    assert p.options[1].node_type == "gpu_b" and p.status == "zone_changed"
    assert p.options[-1].strategy == "time_shift"
    same_zone = api.make_plan(two_sites, PlanRequest(**{**_fields(req), "prefer": Prefer.same_zone}))
    assert same_zone.options[0].zone == "uc" and same_zone.options[0].delay_minutes == 0
    same_hw = api.make_plan(two_sites, PlanRequest(**{**_fields(req), "prefer": Prefer.same_hardware}))
    assert (same_hw.options[0].strategy, same_hw.options[0].zone) == ("zone_change", "tacc")
    cheapest = api.make_plan(two_sites, PlanRequest(**{**_fields(req), "prefer": Prefer.cheapest, "su_rates": RATES}))
    assert cheapest.options[0].su_cost == 4.0 and cheapest.options[0].zone == "uc"  # uc's hosts at the table's 1
    assert cheapest.options[0].su_source == "table"
    unpriced = api.make_plan(two_sites, PlanRequest(**{**_fields(req), "prefer": Prefer.cheapest}))
    assert [o.su_cost for o in unpriced.options][:2] == [8.0, None]  # an unknown cost ranks after a known one


def _fields(req):
    return {f: getattr(req, f) for f in req.__dataclass_fields__}


def test_downgrade_only_when_allowed_and_follows_ladder(two_sites):
    base = request(start=START, minutes=120, amount=2, node_type="gpu_a")
    p = api.make_plan(two_sites, base)
    assert [o.strategy for o in p.options] == ["time_shift"]
    ladder = {"gpu_a": ("gpu_b",)}
    p = api.make_plan(two_sites, PlanRequest(**{**_fields(base), "allow_downgrade": True}), ladder=ladder)
    assert p.status == "downgraded" and p.options[0].node_type == "gpu_b"
    p = api.make_plan(two_sites, PlanRequest(**{**_fields(base), "allow_downgrade": True}), ladder={})
    assert "the ladder has no fallback for gpu_a" in " ".join(p.tried)


def test_infeasible_explains_what_was_tried(two_sites):
    req = request(start=START, minutes=120, amount=5, node_type="gpu_a", alt_zones=("tacc",),
                  max_delay_minutes=24 * 60)
    p = api.make_plan(two_sites, req)
    assert p.status == "infeasible" and not p.options
    assert p.near_miss.zone == "tacc" and p.near_miss.free_count == 4
    text = p.explanation
    assert "base: only 1 of 5 gpu_a free in uc" in text and "zone_change: tacc has 4 free" in text


def test_no_matching_host_is_a_warning(two_sites):
    p = api.make_plan(two_sites, request(start=START, properties=parse('["==", "$gpu.gpu_count", "8"]')))
    assert p.status == "infeasible" and any("no reservable host in uc matches" in w for w in p.warnings)


def test_capabilities_come_from_the_blazar_host_when_it_has_any(tmp_path):
    s = SiteFiles("uc", "CHI@UC")
    s.node("uid-a", "a", node_type="gpu_a")
    s.node("uid-b", "b", node_type="gpu_a")
    s.host("1", "uid-a")  # no extra capabilities: the reference node's (flattened) are used
    s.host("2", "uid-b", su_factor="1.5")  # has capabilities, but no node_type: Blazar would not match it
    view = api.load_view(multi_site(tmp_path, [s]))
    p = api.make_plan(view, request(start=START, amount=1, node_type="gpu_a"))
    assert [n.uid for n in p.options[0].nodes] == ["uid-a"] and p.options[0].free_count == 1


def test_cleaning_time_moves_the_shift(two_sites):
    req = request(start=START, minutes=120, amount=2, node_type="gpu_a")
    p = api.make_plan(two_sites, req, cleaning_minutes=30)
    assert p.options[0].start == parse_time("2025-01-02 14:30")


def test_pinned_lease_request_has_one_reservation_per_host(bundled):
    view = api.load_view(bundled)
    o = api.make_plan(view, request(amount=2, node_type="gpu_v100")).options[0]
    body = lease_request(o, name="envboot-auto-x", pin_nodes=True)
    assert body["name"] == "envboot-auto-x" and len(body["reservations"]) == 2
    assert [r["resource_properties"] for r in body["reservations"]] == [
        f'["==", "$uid", "{n.uid}"]' for n in o.nodes]
    assert o.end - o.start == timedelta(minutes=60)


def test_unknown_capability_key_is_flagged_as_a_blazar_refusal(bundled):
    view = api.load_view(bundled)
    p = api.make_plan(view, request(properties=parse('["==", "$gpu.gpu_cnt", "4"]')))
    assert p.status == "infeasible"
    assert any("no host in uc has capability gpu.gpu_cnt" in w for w in p.warnings)


@pytest.fixture
def host_order_site(tmp_path):
    """uc, node type c, hosts listed (as Blazar's host list gives them: registration order) neither in
    integer nor in string id order. Allocated (have reservations) and free at START for an hour: 12, 10, 2;
    allocated and busy then: 4; never allocated: 20, 3, 11."""
    s = SiteFiles("uc", "CHI@UC")
    for hid in ("20", "12", "3", "4", "10", "11", "2"):
        s.node(f"uid-{hid}", f"c{hid}", node_type="c")
        s.host(hid, f"uid-{hid}")
    s.reserve("2", Res("r2", "l2", "2025-01-03T00:00:00", "2025-01-03T01:00:00"))  # later
    s.reserve("10", Res("r10", "l10", "2025-01-01T00:00:00", "2025-01-02T10:00:00"))  # ends at START
    s.reserve("12", Res("r12", "l12", "2025-01-05T00:00:00", "2025-01-06T00:00:00"))  # later
    s.reserve("4", Res("r4", "l4", "2025-01-02T09:00:00", "2025-01-02T12:00:00"))  # overlaps
    return api.load_view(multi_site(tmp_path, [s]))


@pytest.mark.parametrize("low,high,cleaning,hosts", [
    # >= min never-allocated hosts free: Blazar takes ONLY those, up to max, in its host-list order
    (1, 2, 0, ["20", "3"]),
    (3, 5, 0, ["20", "3", "11"]),
    # fewer than min: the free hosts WITH allocations come first, then the never-allocated ones
    (4, 4, 0, ["12", "10", "2", "20"]),
    (5, 7, 0, ["12", "10", "2", "20", "3", "11"]),
    # cleaning time 5: host 10's reservation (ending at START) now blocks it
    (4, 4, 5, ["12", "2", "20", "3"]),
    (3, 3, 5, ["20", "3", "11"]),
])
def test_predicted_hosts_follow_blazars_two_regimes(host_order_site, low, high, cleaning, hosts):
    """host_plugin._matching_hosts (Blazar 18): not_allocated[:max] if len(not_allocated) >= min, else
    (allocated + not_allocated)[:max], each in the database's host order; no shuffle."""
    p = api.make_plan(host_order_site, request(start=START, amount=high, min_amount=low, node_type="c"),
                      cleaning_minutes=cleaning)
    (o,) = [o for o in p.options if o.delay_minutes == 0]
    assert [n.resource_id for n in o.nodes] == hosts
    assert o.amount == len(hosts)
