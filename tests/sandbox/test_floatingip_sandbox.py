"""Floating IPs (``virtual:floatingip``) in the sandbox: the REAL Blazar 18's floating IP plugin, its
pool seeded per site (envboot/sandbox/fip_seed.py), the fake Neutron it calls at lease start and end,
the real `openstack` CLI and python-blazarclient."""

from __future__ import annotations

import json
import subprocess
import time
import urllib.request
from datetime import timedelta

import pytest
from blazarclient.exception import BlazarClientException

from envboot.core.timeutil import blazar_date, parse_api_time, utcnow
from envboot.sandbox import fip_seed, seed

pytestmark = pytest.mark.sandbox


@pytest.fixture
def live_env(sandbox, monkeypatch, tmp_path):
    """The demo user's OpenRC environment and a private live data directory and audit (as in test_pychi)."""
    for k, v in sandbox.user_env("demo").items():
        monkeypatch.setenv(k, v)
    monkeypatch.setenv("ENVBOOT_LIVE_DATA", str(tmp_path / "live"))
    monkeypatch.setenv("ENVBOOT_AUDIT", str(tmp_path / "audit.jsonl"))
    for name in ("OS_CLOUD", "ENVBOOT_CONFIG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path


def _control(sandbox, path: str) -> dict:
    with urllib.request.urlopen(f"{sandbox.control_url}/{path}", timeout=30) as resp:
        return json.load(resp)


def _window(seed_plan, hours: float = 3, length: float = 1):
    """A window after the seeded "now" in which fipseed-00, -01 and -02 hold 9 of the 16 addresses."""
    start = seed_plan.now + timedelta(hours=hours)
    return start, start + timedelta(hours=length)


def _taken(pool: fip_seed.FipPool, start, end) -> set[str]:
    """The pool's addresses a seeded lease holds somewhere in [start, end), from the plan (a lease seeded
    "now" started at seeding, before any test window)."""
    return {a for lease in pool.leases for a in lease.addresses
            if (lease.start is None or lease.start < end) and lease.end > start}


def _mine(client, reservation_id: str) -> list[str]:
    return sorted(a for a, allocs in fip_seed.allocations(client).items()
                  if any(r["id"] == reservation_id for r in allocs))


def test_openstack_cli_lists_the_seeded_floating_ip_pool(sandbox, seed_plan, user_env, openstack_cli):
    r = subprocess.run([str(openstack_cli), "reservation", "floatingip", "list", "-f", "json"], env=user_env,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    pool = seed_plan.fips
    assert sorted(x["floating_ip_address"] for x in rows) == sorted(pool.addresses) and len(rows) == 16
    assert {x["floating_network_id"] for x in rows} == {pool.network_id}
    assert pool.network_id == fip_seed.network_id("uc")
    assert sandbox.seed_result.floating_ips == 16 and sandbox.seed_result.fip_leases == 4


def test_seeded_pool_is_partly_taken_now_and_later(sandbox, seed_plan):
    admin = seed.client_for(sandbox, "admin")
    pool = seed_plan.fips
    allocs = fip_seed.allocations(admin)
    held = {a for a, rs in allocs.items() if rs}
    assert held == {a for lease in pool.leases for a in lease.addresses} and len(held) == 11
    # the two leases running now started: Blazar created their floating IPs in Neutron, tagged
    running = {lease.name for lease in pool.leases if lease.start is None}
    statuses = {x["name"]: x["status"] for x in admin.lease.list() if x["name"].startswith("fipseed-")}
    assert statuses == {"fipseed-00": "ACTIVE", "fipseed-01": "ACTIVE", "fipseed-02": "PENDING",
                        "fipseed-03": "PENDING"} and running == {"fipseed-00", "fipseed-01"}
    neutron = {f["floating_ip_address"]: f for f in _control(sandbox, "floatingips")["floatingips"]}
    now_addresses = {a for lease in pool.leases if lease.start is None for a in lease.addresses}
    assert now_addresses <= set(neutron) and len(now_addresses) == 5
    by_address = {a: r for a, rs in allocs.items() for r in rs}
    for a in now_addresses:
        assert neutron[a]["tags"] == ["blazar", f"reservation:{by_address[a]['id']}"]
        assert neutron[a]["floating_network_id"] == pool.network_id


def test_floating_ip_lease_is_accepted_and_its_allocations_name_the_addresses(sandbox, seed_plan, demo, unique):
    pool = seed_plan.fips
    start, end = _window(seed_plan)
    free = set(pool.addresses) - _taken(pool, start, end)
    assert len(free) == 7
    lease = demo.lease.create(unique("fip"), blazar_date(start), blazar_date(end),
                              [fip_seed.reservation(pool, 3)], [])
    (res,) = lease["reservations"]
    assert (res["resource_type"], res["network_id"], res["amount"], res["required_floatingips"]) == (
        "virtual:floatingip", pool.network_id, 3, [])
    got = _mine(demo, res["id"])
    assert len(got) == 3 and set(got) <= free
    # the allocation carries the lease's window (a demo user sees no other project's details)
    for a in got:
        (r,) = [r for r in fip_seed.allocations(demo)[a] if r["id"] == res["id"]]
        assert (parse_api_time(r["start_date"], where="s"), parse_api_time(r["end_date"], where="e")) == (start, end)
        assert r["lease_id"] == lease["id"] and "project_id" not in r
    # a required address is the one reserved
    wanted = sorted(free - set(got))[0]
    second = demo.lease.create(unique("fip"), blazar_date(start), blazar_date(end),
                               [fip_seed.reservation(pool, 1, (wanted,))], [])
    assert _mine(demo, second["reservations"][0]["id"]) == [wanted]
    assert second["reservations"][0]["required_floatingips"] == [wanted]


def test_more_addresses_than_free_is_refused_with_blazars_error(sandbox, seed_plan, demo, unique):
    pool = seed_plan.fips
    start, end = _window(seed_plan, hours=3.5)
    free = set(pool.addresses) - _taken(pool, start, end)
    before = {x["id"] for x in demo.lease.list()}

    def refused(reservation) -> BlazarClientException:
        with pytest.raises(BlazarClientException) as exc:
            demo.lease.create(unique("fip"), blazar_date(start), blazar_date(end), [reservation], [])
        return exc.value

    too_many = refused(fip_seed.reservation(pool, len(free) + 1))
    # Blazar's NotEnoughFloatingIPAvailable: HTTP 400 (a host shortage is 500), the client's own .code stays 500
    assert too_many.kwargs["code"] == 400 and str(too_many) == "ERROR: Not enough floating IPs available"
    taken_address = sorted(_taken(pool, start, end))[0]
    assert str(refused(fip_seed.reservation(pool, 1, (taken_address,)))) == "ERROR: Not enough floating IPs available"
    # an unknown network is not looked up in Neutron at create: the same shortage, not "network not found"
    unknown = dict(fip_seed.reservation(pool, 1), network_id="no-such-network")
    assert str(refused(unknown)) == "ERROR: Not enough floating IPs available"
    longer = refused(fip_seed.reservation(pool, 1, tuple(sorted(free)[:2])))
    assert longer.kwargs["code"] == 400 and "amount must be equal to or longer than length of required" in str(longer)
    assert {x["id"] for x in demo.lease.list()} == before  # nothing was created
    exact = demo.lease.create(unique("fip"), blazar_date(start), blazar_date(end),
                              [fip_seed.reservation(pool, len(free))], [])
    assert set(_mine(demo, exact["reservations"][0]["id"])) == free  # exactly the free ones, all of them


def test_lease_starting_now_becomes_active_and_neutron_gets_its_addresses(sandbox, seed_plan, demo, unique):
    pool = seed_plan.fips
    lease = demo.lease.create(unique("fipnow"), "now", blazar_date(utcnow() + timedelta(minutes=30)),
                              [fip_seed.reservation(pool, 2)], [])
    rid = lease["reservations"][0]["id"]
    deadline = time.monotonic() + 90
    while demo.lease.get(lease["id"])["status"] != "ACTIVE" and time.monotonic() < deadline:
        time.sleep(1)
    assert demo.lease.get(lease["id"])["status"] == "ACTIVE"
    addresses = _mine(demo, rid)
    seen = _control(sandbox, "floatingips")
    created = {f["floating_ip_address"]: f for f in seen["floatingips"] if f"reservation:{rid}" in f["tags"]}
    assert sorted(created) == addresses and len(addresses) == 2
    assert all(f["project_id"] == "p-demo" and f["tags"] == ["blazar", f"reservation:{rid}"] for f in created.values())
    assert [e[1] for e in seen["log"] if e[0] == "create" and f"reservation:{rid}" in e[2]] == addresses
    requests = _control(sandbox, "state")["requests"]
    assert requests["POST /network/v2.0/floatingips"] >= 2
    assert requests["PUT /network/v2.0/floatingips/([^/]+)/tags"] >= 2
    # deleting the active lease ends it: Blazar finds its floating IPs in Neutron and deletes them
    demo.lease.delete(lease["id"])
    deadline = time.monotonic() + 60
    while any(f"reservation:{rid}" in f["tags"] for f in _control(sandbox, "floatingips")["floatingips"]) \
            and time.monotonic() < deadline:
        time.sleep(1)
    log = _control(sandbox, "floatingips")["log"]
    assert sorted(e[1] for e in log if e[0] == "delete" and f"reservation:{rid}" in e[2]) == addresses
    assert _control(sandbox, "unhandled")["unhandled"] == []


def test_envboot_refresh_writes_the_floating_ip_files_the_kind_plans_from(sandbox, seed_plan, live_env):
    """`envboot refresh` (the real command, as the demo user) runs the floating IP kind's fetch: Blazar's
    floating IP list and allocations, private files, no other project's names; the kind then plans from them."""
    from envboot.core.settings import BUNDLED_SNAPSHOT
    from envboot.kinds.floatingips.kind import KIND
    from envboot.kinds.floatingips.loaders import FIP_ALLOCATIONS, FLOATINGIPS
    from envboot.kinds.floatingips.planner import FipRequest
    from envboot.live.context import LiveContext

    from .test_pychi import envboot

    envboot("refresh", "--inventory", str(BUNDLED_SNAPSHOT), "-f", "json")
    zone_dir = live_env / "live" / "uc"
    for name in (FLOATINGIPS, FIP_ALLOCATIONS):
        assert (zone_dir / name).stat().st_mode & 0o077 == 0, name  # private, like the zone's other files
    text = (zone_dir / FIP_ALLOCATIONS).read_text()
    assert "p-admin" not in text and "fipseed-" not in text  # no project ids, no lease names
    pool = seed_plan.fips
    data = KIND.load(LiveContext.create(live_env / "live", BUNDLED_SNAPSHOT, None, None), ["uc"])
    zone = data.zone("uc")
    assert sorted(a.address for a in zone.addresses) == sorted(pool.addresses)
    assert sum(len(a.reservations) for a in zone.addresses) >= 11
    start, end = _window(seed_plan)
    option = KIND.fit(data, FipRequest("uc", start, 60, 7), "uc", start, end, cleaning_minutes=0)
    assert option is not None and set(option.free) == set(pool.addresses) - _taken(pool, start, end)
    assert KIND.fit(data, FipRequest("uc", start, 60, 8), "uc", start, end, cleaning_minutes=0) is None


def test_reserve_hosts_and_floating_ips_in_one_lease_planned_created_verified_audited(sandbox, seed_plan, demo,
                                                                                      live_env):
    """The generic reserve flow with the floating IP kind as a companion of a host request (python-chi's
    add_node_reservation + add_fip_reservation): one lease, both reservations, the addresses verified and audited;
    more addresses than the pool has: nothing created, and the plan says only the addresses are short."""
    from envboot.core.settings import BUNDLED_SNAPSHOT
    from envboot.core.timeutil import floor_minute
    from envboot.kinds.floatingips.planner import FipRequest
    from envboot.kinds.hosts.planner import PlanRequest
    from envboot.live.audit import AuditLog
    from envboot.live.context import LiveContext
    from envboot.live.reserve import Reserver, ReserveSpec

    start = floor_minute(seed_plan.now + timedelta(days=6))  # after every seeded floating IP lease
    ctx = LiveContext.create(live_env / "live", BUNDLED_SNAPSHOT, None, None)
    audit = AuditLog(live_env / "audit.jsonl")
    hosts = PlanRequest("uc", start, 60, 1, 1, "gpu_rtx_6000")
    too_many = (FipRequest("uc", start, 60, 17),)  # the pool has 16
    short = Reserver(ctx, audit).reserve(ReserveSpec(hosts, dry_run=False, companions=too_many))
    assert short.result == "no_capacity" and short.exit_code == 1
    assert any("17 floating IP(s) not free within the search horizon" in w and "workaround" in w
               for w in short.plan.warnings), short.plan.warnings
    out = Reserver(ctx, audit).reserve(ReserveSpec(hosts, dry_run=False, companions=(FipRequest("uc", start, 60, 2),)))
    assert out.result == "success" and out.exit_code == 0, out.message
    assert len(out.hosts) == 1 and len(out.addresses) == 2 and set(out.addresses) <= set(seed_plan.fips.addresses)
    raw = demo.lease.get(out.lease_id)
    assert sorted(r["resource_type"] for r in raw["reservations"]) == ["physical:host", "virtual:floatingip"]
    (fip,) = [r for r in raw["reservations"] if r["resource_type"] == "virtual:floatingip"]
    assert _mine(demo, fip["id"]) == sorted(out.addresses)
    (state,) = [s for s in AuditLog(live_env / "audit.jsonl").intents() if s.outcome is not None]
    assert state.outcome.data["result"] == "success"
    assert sorted(state.outcome.data["addresses"]) == sorted(out.addresses)
    (part,) = state.intent.data["option"]["parts"]
    assert part["resource_type"] == "virtual:floatingip" and part["amount"] == 2
