"""The floating IP kind's exact engine against a naive minute-stepping oracle (hypothesis), and its loader,
planner, verification and rendering on small hand-made data."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from envboot.core.errors import InputError
from envboot.kinds.floatingips import engine
from envboot.kinds.floatingips.kind import KIND
from envboot.kinds.floatingips.loaders import FIP_ALLOCATIONS, FLOATINGIPS, load_fip_data
from envboot.kinds.floatingips.model import FipReservation, FipZone, FloatingIp
from envboot.kinds.floatingips.planner import FipRequest, plan_fips
from envboot.kinds.floatingips.render import option_rows, plan_json, timeline_rows, zone_json
from envboot.kinds.minutes import from_minute, to_minute
from envboot.kinds.strategies import BASE, TIME_SHIFT

NETS = ("net-a", "net-b")


@st.composite
def zones(draw):
    n = draw(st.integers(1, 6))
    ips = []
    for i in range(n):
        k = draw(st.integers(0, 3))
        res = []
        for j in range(k):
            s = draw(st.integers(0, 240))
            e = s + draw(st.integers(1, 90))
            res.append(FipReservation(f"r{i}-{j}", f"l{i}-{j}", s, e))
        ips.append(FloatingIp(f"id{i}", f"10.0.0.{i}", draw(st.sampled_from(NETS)), "sub",
                              draw(st.booleans()) or i == 0, tuple(sorted(res, key=lambda r: (r.start, r.end)))))
    return FipZone("z", tuple(ips))


def naive_free(ip: FloatingIp, s: int, e: int, c: int) -> bool:
    return ip.reservable and not any(r.start <= m < r.end for m in range(s - c, e + c) for r in ip.reservations)


def naive_choose(zone, net, amount, required, s, e, c):  # noqa: ANN001, ANN201 - Blazar's _matching_fips, literally
    fip_ids, never, allocated = [], [], []
    for ip in zone.addresses:
        if ip.network_id != net or not ip.reservable:
            continue
        if not ip.reservations or naive_free(ip, s, e, c):
            (fip_ids if ip.address in required else never if not ip.reservations else allocated).append(ip)
    if len(fip_ids) != len(required) or len(required) > amount:
        return None
    for extra in (never, allocated):
        fip_ids += extra
        if len(fip_ids) >= amount:
            return tuple(fip_ids[:amount])
    return None


@settings(max_examples=300, deadline=None)
@given(zones(), st.sampled_from(NETS), st.integers(0, 250), st.integers(1, 120), st.integers(0, 20),
       st.integers(1, 4), st.data())
def test_choose_and_free_match_the_minute_stepping_oracle(zone, net, s, d, c, amount, data):
    pool = [ip.address for ip in zone.addresses if ip.network_id == net]
    required = tuple(data.draw(st.lists(st.sampled_from(pool), max_size=2, unique=True))) if pool else ()
    e = s + d
    assert {ip.address for ip in engine.free_addresses(zone, net, s, e, c)} == {
        ip.address for ip in zone.addresses if ip.network_id == net and naive_free(ip, s, e, c)}
    assert engine.choose(zone, net, amount, required, s, e, c) == naive_choose(zone, net, amount, required, s, e, c)


@settings(max_examples=200, deadline=None)
@given(zones(), st.sampled_from(NETS), st.integers(0, 200), st.integers(1, 90), st.integers(0, 15),
       st.integers(1, 4), st.integers(0, 200))
def test_earliest_is_the_first_minute_the_oracle_accepts(zone, net, not_before, d, c, amount, horizon):
    want = next((t for t in range(not_before, not_before + horizon + 1)
                 if naive_choose(zone, net, amount, (), t, t + d, c) is not None), None)
    assert engine.earliest(zone, net, amount, (), not_before, d, c, horizon) == want


@settings(max_examples=150, deadline=None)
@given(zones(), st.sampled_from(NETS), st.integers(0, 200), st.integers(1, 150), st.integers(1, 60),
       st.integers(0, 10))
def test_free_timeline_is_exact_to_the_minute(zone, net, start, length, d, c):
    steps = engine.free_timeline(zone, net, start, start + length, d, c)
    assert steps[0][0] == start and steps[-1][1] == start + length
    assert all(a[1] == b[0] and a[2] != b[2] for a, b in zip(steps, steps[1:], strict=False))
    for a, b, n in steps:
        for t in range(a, b):
            assert n == sum(1 for ip in zone.addresses if ip.network_id == net and naive_free(ip, t, t + d, c)), t


T0 = datetime(2030, 1, 1, 10, 0, tzinfo=UTC)


def _zone(*reservations: tuple[int, int, int]) -> FipZone:
    """Four addresses on net-a; reservations (address index, start min, end min) relative to T0."""
    m0 = to_minute(T0)
    ips = []
    for i in range(4):
        res = tuple(FipReservation(f"r{i}{k}", f"l{i}{k}", m0 + s, m0 + e)
                    for k, (j, s, e) in enumerate(reservations) if j == i)
        ips.append(FloatingIp(f"id{i}", f"192.0.2.{10 + i}", "net-a", "sub", True, res))
    return FipZone("uc", tuple(ips))


def test_touching_is_free_and_cleaning_time_widens_the_window():
    z = _zone((0, 0, 60))  # 192.0.2.10 held 10:00-11:00
    m0 = to_minute(T0)
    assert engine.address_free(z.addresses[0], m0 + 60, m0 + 120)  # starts when the other ends
    assert not engine.address_free(z.addresses[0], m0 + 59, m0 + 120)
    assert not engine.address_free(z.addresses[0], m0 + 60, m0 + 120, cleaning=1)
    assert engine.address_free(z.addresses[0], m0 - 60, m0)  # ends when the other starts


def test_blazar_takes_never_allocated_addresses_first_and_required_ones():
    z = _zone((0, 300, 360), (1, 300, 360))  # .10 and .11 held later, free now
    m0 = to_minute(T0)
    got = engine.choose(z, "net-a", 3, (), m0, m0 + 60)
    assert [a.address for a in got] == ["192.0.2.12", "192.0.2.13", "192.0.2.10"]
    got = engine.choose(z, "net-a", 2, ("192.0.2.11",), m0, m0 + 60)
    assert [a.address for a in got] == ["192.0.2.11", "192.0.2.12"]
    assert engine.choose(z, "net-a", 1, ("192.0.2.10",), m0 + 300, m0 + 310) is None  # required but taken
    assert engine.choose(z, "net-a", 1, ("198.51.100.1",), m0, m0 + 10) is None  # not in the pool


def _data_dir(tmp_path, zone_id="uc"):  # noqa: ANN001, ANN202
    d = tmp_path / zone_id
    d.mkdir(parents=True)
    fips = [{"id": f"id{i}", "floating_ip_address": f"192.0.2.{10 + i}", "floating_network_id": "net-a",
             "subnet_id": "sub", "reservable": True} for i in range(4)]
    allocs = [{"resource_id": "id0", "reservations": [
        {"id": "r0", "lease_id": "l0", "start_date": "2030-01-01T10:00:00.000000",
         "end_date": "2030-01-01T12:00:00.000000"}]},
        {"resource_id": "id1", "reservations": [
            {"id": "r1", "lease_id": "l1", "start_date": "2030-01-01T09:00:00.000000",
             "end_date": "2030-01-01T11:30:00.000000"}]}]
    (d / FLOATINGIPS).write_text(json.dumps(fips))
    (d / FIP_ALLOCATIONS).write_text(json.dumps(allocs))
    (d / "meta.json").write_text(json.dumps({"site": zone_id, "fetched_at": "2030-01-01T09:30:00Z"}))
    return tmp_path


def test_loader_planner_and_render_on_a_data_directory(tmp_path):
    data = load_fip_data(_data_dir(tmp_path))
    assert data.data.fetched_at == datetime(2030, 1, 1, 9, 30, tzinfo=UTC)
    fits = plan_fips(data, FipRequest("uc", T0, 60, 2))
    assert fits.status == "ok" and fits.options[0].strategy == BASE
    assert fits.options[0].addresses == ("192.0.2.12", "192.0.2.13")
    short = plan_fips(data, FipRequest("uc", T0, 60, 3))  # .10 busy till 12:00, .11 till 11:30
    (o,) = short.options
    assert (o.strategy, o.start, o.delay_minutes) == (TIME_SHIFT, T0 + timedelta(minutes=90), 90)
    assert o.addresses == ("192.0.2.12", "192.0.2.13", "192.0.2.11")
    assert KIND.reservations(o) == [{"resource_type": "virtual:floatingip", "network_id": "net-a", "amount": 3,
                                     "required_floatingips": []}]
    doc = plan_json(short)
    assert doc["status"] == "shifted" and doc["options"][0]["free"] == ["192.0.2.12", "192.0.2.13", "192.0.2.11"]
    assert option_rows(short)[0][:6] == ("1", TIME_SHIFT, "uc", "2030-01-01T11:30:00Z", "2030-01-01T12:30:00Z", "3")
    assert timeline_rows(data.zone("uc"), "net-a", T0, T0 + timedelta(hours=3)) == [
        ("2030-01-01T10:00:00Z", "2030-01-01T11:30:00Z", "2"), ("2030-01-01T11:30:00Z", "2030-01-01T12:00:00Z", "3"),
        ("2030-01-01T12:00:00Z", "2030-01-01T13:00:00Z", "4")]
    assert zone_json(data.zone("uc"))["floating_ips"][0]["reservations"][0]["start"] == "2030-01-01T10:00:00Z"
    # as a companion: fits exactly in a window, or the earliest start
    req = FipRequest("uc", T0, 60, 3)
    assert KIND.fit(data, req, "uc", T0, T0 + timedelta(hours=1), cleaning_minutes=0) is None
    assert KIND.earliest(data, req, "uc", T0, 60, cleaning_minutes=0, horizon_minutes=600) == T0 + timedelta(minutes=90)
    assert KIND.earliest(data, req, "uc", T0, 60, cleaning_minutes=15, horizon_minutes=600) == T0 + timedelta(
        minutes=105)


def test_verification_reads_the_reserved_addresses(tmp_path):
    data = load_fip_data(_data_dir(tmp_path))
    option = plan_fips(data, FipRequest("uc", T0, 120, 1, required=("192.0.2.10",),
                                        not_before=None)).options  # .10 is taken 10:00-12:00: shifted
    assert option[0].start == T0 + timedelta(hours=2)

    class Lease:
        id = "L"
        start, end = T0, T0 + timedelta(hours=2)
        raw_reservations = ({"id": "r0", "resource_type": "virtual:floatingip", "network_id": "net-a", "amount": 1},)

    from envboot.kinds.floatingips.planner import fit
    mine = fit(data.zone("uc"), "net-a", 1, (), T0, T0 + timedelta(hours=2), 0)
    ok = KIND.verify(data, Lease, mine, cleaning_minutes=0)
    assert ok.ok and ok.allocated.addresses == ("192.0.2.10",) and ok.allocated.reservation_id == "r0"
    wrong = KIND.verify(data, Lease, fit(data.zone("uc"), "net-a", 2, (), T0, T0 + timedelta(hours=2), 0),
                        cleaning_minutes=0)
    assert not wrong.ok and "no virtual:floatingip reservation of 2" in wrong.summary


def test_bad_files_and_requests_are_one_line_errors(tmp_path):
    root = _data_dir(tmp_path)
    (root / "uc" / FIP_ALLOCATIONS).write_text(json.dumps([{"resource_id": "id0", "reservations": [
        {"id": "r", "start_date": "2030-01-01T10:00:00", "end_date": "soon"}]}]))
    with pytest.raises(InputError, match=r"allocations\[0\]\.reservations\[0\]\.end_date"):
        load_fip_data(root)
    (root / "uc" / FIP_ALLOCATIONS).unlink()
    with pytest.raises(InputError, match="allocations of zone uc are unknown"):
        load_fip_data(root)
    with pytest.raises(InputError, match="must be equal to or longer"):
        FipRequest("uc", T0, 60, 1, required=("192.0.2.10", "192.0.2.11"))


def test_minutes_round_trip():
    assert from_minute(to_minute(T0)) == T0
