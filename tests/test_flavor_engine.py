"""flavor:instance engine against a naive minute-stepping oracle written from Blazar 18's
flavor_plugin.py (``_get_hosts_list``'s literal ``while has_free_slot()`` loop), plus the rules
one by one."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from envboot.core.errors import InputError
from envboot.kinds.flavors.engine import CONFLICT, FREE, HELD, SHARED, TRAITS, FlavorEngine
from envboot.kinds.flavors.model import (
    FLAVOR_INSTANCE,
    PHYSICAL_HOST,
    UNKNOWN,
    VIRTUAL_INSTANCE,
    Flavor,
    HostReservation,
    Inventory,
    KvmHost,
    check_requestable,
    resource_request,
    trait_request,
    usage_of,
)
from envboot.kinds.hosts.engine import EPOCH


def minute(m: int):
    return EPOCH + timedelta(minutes=m)


RATIOS = (1.0, 1.5, 2.0, 0.9, 4.0, 16.0, 1.1)

flavors = st.builds(
    lambda i, v, r, d, e, dedicated, custom, trait: Flavor(
        f"f{i}", f"flavor{i}", v, r, d, e,
        {**({"hw:cpu_policy": "dedicated"} if dedicated else {}),
         **({"resources:CUSTOM_GPU": str(custom)} if custom is not None else {}),
         **({f"trait:{trait[0]}": trait[1]} if trait else {})},
    ),
    st.integers(0, 99), st.integers(0, 4), st.sampled_from((0, 512, 1024, 2048, 4096)), st.integers(0, 20),
    st.integers(0, 5), st.sampled_from((False, False, False, True)),
    st.sampled_from((None, None, None, 0, 1, 2)),
    st.sampled_from((None,) * 6 + tuple((t, v) for t in ("A", "B") for v in ("required", "forbidden"))),
)


@st.composite
def inventories(draw):
    out = {}
    for rc, top in (("VCPU", 16), ("PCPU", 8), ("MEMORY_MB", 16384), ("DISK_GB", 100), ("CUSTOM_GPU", 4)):
        if draw(st.integers(0, 19)) == 0:
            continue  # the host has no inventory of this class
        total = draw(st.integers(0, top) if draw(st.integers(0, 4)) == 0 else st.integers(top // 2, top))
        max_unit = draw(st.integers(1, max(total, 1))) if draw(st.integers(0, 3)) == 0 else max(total, 1)
        reserved = draw(st.integers(0, max(total // 4, 0)))
        out[rc] = Inventory(total, reserved, 1, max_unit, 1, draw(st.sampled_from(RATIOS)))
    return out


@st.composite
def scenarios(draw):
    n_hosts = draw(st.integers(0, 5))
    ids = draw(st.lists(st.integers(1, 40), min_size=n_hosts, max_size=n_hosts, unique=True))
    reservations = []  # (HostReservation, host indexes)
    for j in range(draw(st.integers(0, 7))):
        kind = draw(st.sampled_from((FLAVOR_INSTANCE,) * 5 + (PHYSICAL_HOST, VIRTUAL_INSTANCE, UNKNOWN)))
        s = draw(st.integers(0, 150))
        e = s + draw(st.integers(0, 60))
        amount = draw(st.integers(1, 3))
        usage = {}
        if kind == FLAVOR_INSTANCE:
            f = draw(flavors)
            usage = usage_of(f, amount)
        r = HostReservation(f"r{j}", f"l{j}", minute(s), minute(e), kind, amount, usage)
        held = draw(st.sets(st.integers(0, max(n_hosts - 1, 0)), max_size=n_hosts)) if n_hosts else set()
        reservations.append((r, held))
    hosts = []
    for i in range(n_hosts):
        traits = draw(st.sampled_from((None, frozenset(), frozenset("A"), frozenset("B"), frozenset("AB"))))
        hosts.append(KvmHost(str(ids[i]), f"h{i}", draw(st.booleans()) or i % 2 == 0, draw(inventories()), traits,
                             tuple(r for r, held in reservations if i in held)))
    flavor = draw(flavors)
    assume(any(v > 0 for v in resource_request(flavor).values()))
    c = draw(st.integers(0, 10))
    start = draw(st.integers(-20, 200))
    duration = draw(st.integers(1, 40))
    horizon = draw(st.integers(0, 120))
    amount = draw(st.integers(1, 12))
    return hosts, flavor, c, start, duration, horizon, amount


# -- the oracle ------------------------------------------------------------------------------------
def m_of(dt):
    return int((dt - EPOCH).total_seconds() // 60)


def oracle_window(hosts, flavor, c, t, d):
    """-> (conflict, [(host id, slots)] in Blazar's candidate order)."""
    request, traits = resource_request(flavor), trait_request(flavor)
    reserved, free, conflict = [], [], False
    for h in sorted((h for h in hosts if h.reservable), key=lambda h: int(h.id)):
        rel = [r for r in h.reservations if m_of(r.start) <= t + d + c and m_of(r.end) >= t - c]
        if any(r.resource_type == PHYSICAL_HOST for r in rel):
            continue
        (reserved if rel else free).append((h, rel))
    out = []
    for h, rel in reserved + free:
        if traits and (h.traits is None or any((tr in h.traits) != (v == "required") for tr, v in traits.items())):
            continue
        if any(r.resource_type == VIRTUAL_INSTANCE for r in rel):
            conflict = True
            continue
        if any(r.resource_type == UNKNOWN for r in rel):
            out.append((h.id, 0))
            continue
        peak = {}
        for m in range(t - c, t + d + c + 1):  # every minute of the widened, closed window
            for rc in {rc for r in rel for rc in r.usage}:
                now = sum(r.usage.get(rc, 0) for r in rel if m_of(r.start) <= m <= m_of(r.end))
                peak[rc] = max(peak.get(rc, 0), now)
        current = dict(peak)

        def has_free_slot(h=h, current=current):
            for rc, requested in request.items():
                if not requested:
                    continue
                inv = h.inventories.get(rc)
                if not inv:
                    return False
                if requested > inv.max_unit:
                    return False
                capacity = (inv.total - inv.reserved) * inv.allocation_ratio
                if current.get(rc, 0) + requested > capacity:
                    return False
            return True

        slots = 0
        while has_free_slot():
            slots += 1
            for rc, requested in request.items():
                current[rc] = current.get(rc, 0) + requested
        out.append((h.id, slots))
    return conflict, out


def oracle_candidates(slots):
    return [hid for hid, n in slots for _ in range(n)]


@settings(max_examples=800, deadline=None)  # (1500 until 2026-12-03: the suite's 12-minute budget)
@given(scenarios())
def test_fit_matches_oracle(sc):
    hosts, flavor, c, start, duration, _, amount = sc
    fit = FlavorEngine(hosts, c).fit(flavor, start, start + duration)
    conflict, slots = oracle_window(hosts, flavor, c, start, duration)
    assert bool(fit.conflicts) == conflict
    got = [(h.host.id, h.instances) for h in fit.hosts if h.status in (SHARED, FREE, "unknown")]
    assert got == slots
    assert fit.fits(amount) == (not conflict and len(oracle_candidates(slots)) >= amount)
    if fit.fits(amount):  # Blazar's pick: candidates[:amount], host by host
        want = oracle_candidates(slots)[:amount]
        assert [h.id for h, n in fit.pick(amount) for _ in range(n)] == want


@settings(max_examples=500, deadline=None)  # (800 until 2026-12-03)
@given(scenarios())
def test_earliest_matches_oracle(sc):
    hosts, flavor, c, start, duration, horizon, amount = sc
    got = FlavorEngine(hosts, c).earliest(flavor, start, duration, amount, horizon)
    want = None
    for t in range(start, start + horizon + 1):
        conflict, slots = oracle_window(hosts, flavor, c, t, duration)
        if not conflict and sum(n for _, n in slots) >= amount:
            want = t
            break
    assert (got.start if got else None) == want


@settings(max_examples=300, deadline=None)  # (500 until 2026-12-03)
@given(scenarios())
def test_most_matches_oracle(sc):
    hosts, flavor, c, start, duration, horizon, _ = sc
    got = FlavorEngine(hosts, c).most(flavor, start, duration, horizon)
    best_t, best = start, -1
    for t in range(start, start + horizon + 1):
        conflict, slots = oracle_window(hosts, flavor, c, t, duration)
        usable = 0 if conflict else sum(n for _, n in slots)
        if usable > best:
            best_t, best = t, usable
    assert (got.start, got.usable) == (best_t, best)


# -- the rules, one by one ---------------------------------------------------------------------------
INV = {"VCPU": Inventory(16, 0, 1, 16, 1, 1.0), "MEMORY_MB": Inventory(16384, 0, 1, 16384, 1, 1.0),
       "DISK_GB": Inventory(100, 0, 1, 100, 1, 1.0)}
SMALL = Flavor("2", "m1.small", 1, 2048, 20)
MEDIUM = Flavor("3", "m1.medium", 2, 4096, 40)


def host(hid, *reservations, inv=INV, traits=frozenset(), reservable=True):
    return KvmHost(hid, f"kvm-{hid}", reservable, inv, traits, tuple(reservations))


def res(rid, s, e, flavor=SMALL, amount=1, kind=FLAVOR_INSTANCE):
    usage = usage_of(flavor, amount) if kind == FLAVOR_INSTANCE else {}
    return HostReservation(rid, "l-" + rid, minute(s), minute(e), kind, amount, usage)


def test_resource_request_is_blazars_estimate():
    f = Flavor("x", "x", 4, 8192, 40, 10, {"hw:cpu_policy": "dedicated", "resources:CUSTOM_GPU": "1",
                                           "resources:MEMORY_MB": "0", "trait:CUSTOM_X": "required"})
    assert resource_request(f) == {"VCPU": 0, "MEMORY_MB": 0, "DISK_GB": 50, "PCPU": 4, "CUSTOM_GPU": 1}
    assert trait_request(f) == {"CUSTOM_X": "required"}
    with pytest.raises(InputError, match="required or forbidden"):
        trait_request(Flavor("y", "y", 1, 1, 1, 0, {"trait:X": "preferred"}))
    with pytest.raises(InputError, match="requests no resources"):
        check_requestable(Flavor("z", "z", 0, 0, 0))


def test_min_over_resources_of_free_capacity():
    # 16 vCPU, 16 GiB, 100 GB: m1.small is disk-bound (5), m1.medium disk-bound (2)
    e = FlavorEngine([host("1")])
    assert (e.fit(SMALL, 0, 60).total, e.fit(SMALL, 0, 60).hosts[0].limit) == (5, "DISK_GB")
    assert e.fit(MEDIUM, 0, 60).total == 2


def test_a_reservation_counts_its_whole_amount_on_every_host_it_holds():
    r = res("r", 0, 100, SMALL, amount=4)  # 4 x 20 GB charged to BOTH hosts
    e = FlavorEngine([host("1", r), host("2", r)])
    fit = e.fit(SMALL, 10, 20)
    assert [h.instances for h in fit.hosts] == [1, 1] and fit.hosts[0].peak["DISK_GB"] == 80


def test_overlap_is_closed_and_widened_by_cleaning_time():
    e = FlavorEngine([host("1", res("r", 0, 60, SMALL, amount=5))])
    assert e.fit(SMALL, 60, 120).total == 0  # ends exactly at the start: still counts (closed SQL)
    assert e.fit(SMALL, 61, 120).total == 5
    assert FlavorEngine([host("1", res("r", 0, 60, SMALL, amount=5))], 10).fit(SMALL, 70, 120).total == 0
    assert FlavorEngine([host("1", res("r", 0, 60, SMALL, amount=5))], 10).fit(SMALL, 71, 120).total == 5


def test_peak_not_sum_of_overlapping_reservations():
    a, b = res("a", 0, 30, SMALL, 3), res("b", 40, 90, SMALL, 3)  # never together: peak 3 x 20 GB
    fit = FlavorEngine([host("1", a, b)]).fit(SMALL, 10, 80)
    assert fit.total == 2 and fit.hosts[0].status == SHARED


def test_back_to_back_reservations_count_as_overlapping():
    a, b = res("a", 0, 30, SMALL, 2), res("b", 30, 60, SMALL, 2)  # Blazar: depends on row order
    assert FlavorEngine([host("1", a, b)]).fit(SMALL, 10, 50).total == 1


def test_physical_reservation_drops_the_host_and_virtual_fails_everything():
    p = res("p", 0, 60, kind=PHYSICAL_HOST)
    v = res("v", 0, 60, kind=VIRTUAL_INSTANCE)
    fit = FlavorEngine([host("1", p), host("2")]).fit(SMALL, 10, 20)
    assert [(h.host.id, h.status) for h in fit.hosts] == [("2", FREE), ("1", HELD)] and fit.total == 5
    fit = FlavorEngine([host("1", v), host("2")]).fit(SMALL, 10, 20)
    assert fit.conflicts and not fit.fits(1) and fit.hosts[0].status == CONFLICT


def test_traits_filter_hosts_before_the_conflict_check():
    v = res("v", 0, 60, kind=VIRTUAL_INSTANCE)
    gpu = Flavor("g", "g1", 1, 1024, 10, 0, {"trait:CUSTOM_GPU": "required"})
    fit = FlavorEngine([host("1", v), host("2", traits=frozenset({"CUSTOM_GPU"}))]).fit(gpu, 10, 20)
    assert not fit.conflicts and fit.total == 10 and fit.hosts[-1].status == TRAITS


def test_blazar_packs_hosts_with_reservations_first():
    r = res("r", 0, 100, SMALL, 1)
    fit = FlavorEngine([host("1"), host("2", r)]).fit(SMALL, 10, 20)
    assert [(h.id, n) for h, n in fit.pick(6)] == [("2", 4), ("1", 2)]


def test_allocation_ratio_and_max_unit_and_float_capacity():
    inv = {"VCPU": Inventory(10, 1, 1, 4, 1, 1.1), "MEMORY_MB": Inventory(65536), "DISK_GB": Inventory(1000)}
    # (10 - 1) * 1.1 = 9.9 (9.900000000000000355 in binary): 9 x 1 vCPU fit, not 10
    assert FlavorEngine([host("1", inv=inv)]).fit(Flavor("a", "a", 1, 1, 1), 0, 1).total == 9
    assert FlavorEngine([host("1", inv=inv)]).fit(Flavor("b", "b", 5, 1, 1), 0, 1).total == 0  # > max_unit
    assert FlavorEngine([host("1", inv=inv)]).fit(Flavor("c", "c", 1, 1, 1, 0, {"resources:PCPU": "1"}),
                                                  0, 1).hosts[0].limit == "no PCPU inventory"


def test_unreservable_hosts_are_never_counted():
    assert FlavorEngine([host("1", reservable=False)]).fit(SMALL, 0, 10).hosts == ()
