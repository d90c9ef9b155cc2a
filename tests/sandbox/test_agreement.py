"""Planner / Blazar agreement: envboot's local verdict (feasible or not) against the REAL Blazar's
(lease created or refused) on random requests over random seeded scenarios."""

from __future__ import annotations

import random
from datetime import timedelta
from pathlib import Path

import pytest
from blazarclient.exception import BlazarClientException

from envboot import api
from envboot.live.refresh import clean_allocations, clean_hosts, write_zone
from envboot.planner import PlanRequest
from envboot.properties import parse
from envboot.sandbox import runtime, seed
from envboot.sandbox.from_snapshot import SeedHost, SeedLease, SeedPlan
from envboot.settings import BUNDLED_SNAPSHOT
from envboot.timeutil import blazar_date, floor_minute, utcnow

pytestmark = pytest.mark.sandbox

REQUESTS_PER_SCENARIO = 75
TYPES = ("compute_a", "compute_b", "gpu_c")
PROPERTY_POOL = [
    None,
    '["==", "$gpu.gpu_count", "4"]',
    '[">=", "$gpu.gpu_count", "4"]',  # string comparison: "10" < "4"
    '["<", "$gpu.gpu_count", "4"]',
    '["!=", "$placement.rack", "2"]',  # hosts without placement.rack never match
    '["and", ["==", "$node_type", "compute_a"], ["!=", "$gpu.gpu_count", "1"]]',
    '["and", ["and", ["==", "$placement.rack", "1"], ["==", "$node_type", "gpu_c"]], [">", "$gpu.gpu_count", "1"]]',
]


def scenario(rng: random.Random, base) -> SeedPlan:
    hosts, leases = [], []
    for i in range(7):
        caps = {"uid": f"h{i}", "node_name": f"n{i}", "node_type": rng.choice(TYPES),
                "gpu.gpu_count": rng.choice(("1", "4", "10", "2"))}
        if rng.random() < 0.7:
            caps["placement.rack"] = rng.choice(("1", "2"))
        hosts.append(SeedHost(f"h{i}", caps))
    for i in range(rng.randint(3, 8)):  # existing leases, some touching, some overlapping a request window
        uids = tuple(sorted(rng.sample([h.name for h in hosts], rng.randint(1, 2))))
        start = base + timedelta(minutes=rng.choice((0, 30, 60, 90, 120, 240)) + rng.choice((0, 0, 5)))
        end = start + timedelta(minutes=rng.choice((30, 60, 120)))
        busy = [lease for lease in leases if set(lease.host_uids) & set(uids)]
        if any(lease.start < end + timedelta(minutes=20) and lease.end + timedelta(minutes=20) > start
               for lease in busy):
            continue  # keep the seed itself valid at any cleaning time used below
        leases.append(SeedLease(f"seed-{i}", start, end, uids))
    return SeedPlan("CHI@UC", "uc", tuple(hosts), tuple(leases), timedelta(0), 0)


def envboot_view(client, directory: Path):
    """What `envboot refresh` would write, read back through envboot's loaders."""
    directory.mkdir(parents=True)
    for f in ("sites.json", "uc_clusters.json", "uc_chameleon_nodes.json"):
        (directory / f).write_text((BUNDLED_SNAPSHOT / f).read_text())
    write_zone(directory / "uc", "uc", clean_hosts(client.host.list()),
               clean_allocations(client.allocation.list("os-hosts"), False), utcnow(), "CHI@UC")
    return api.load_view(directory)


@pytest.mark.parametrize("cleaning,seed_value", [(0, 11), (0, 12), (5, 17), (15, 23)])
def test_envboot_and_blazar_agree_on_every_request(tmp_path, cleaning, seed_value):
    rng = random.Random(seed_value)
    base = floor_minute(utcnow() + timedelta(days=3))
    home = tmp_path / "agree"
    info = runtime.up(home, region="CHI@UC", name=f"agree-{cleaning}", cleaning_time=cleaning)
    cases = created = refused = 0
    disagreements = []
    try:
        seed.apply(info, scenario(rng, base))
        demo = seed.client_for(info, "demo")
        for k in range(REQUESTS_PER_SCENARIO):
            view = envboot_view(demo, tmp_path / f"view-{k}")
            start = base + timedelta(minutes=rng.choice((0, 15, 30, 60, 75, 90, 120, 150, 180, 240, 300)))
            minutes = rng.choice((15, 30, 60, 90, 120))
            node_type = rng.choice((None, *TYPES))
            props = rng.choice(PROPERTY_POOL)
            low = rng.choice((1, 1, 2, 3))
            high = low + rng.choice((0, 0, 1, 2))
            req = PlanRequest("uc", start, minutes, high, low, node_type, parse(props))
            plan = api.make_plan(view, req, cleaning_minutes=cleaning)
            ours = any(o.delay_minutes == 0 and o.zone == "uc" and o.node_type == node_type for o in plan.options)
            # what envboot would send (a user's nested "and" goes as written: Blazar's quirk is exercised)
            body = [{"resource_type": "physical:host", "min": low, "max": high, "hypervisor_properties": "",
                     "resource_properties": req.query_for(node_type).source}]
            try:
                end = start + timedelta(minutes=minutes)
                lease = demo.lease.create(f"agree-{k}", blazar_date(start), blazar_date(end), body, [])
                theirs = True
                created += 1
                hosts = sum(1 for a in demo.allocation.list("os-hosts")
                            if any(r["lease_id"] == lease["id"] for r in a["reservations"]))
                top = next(o for o in plan.options if o.delay_minutes == 0) if ours else None
                if top is not None and hosts != top.amount:
                    disagreements.append((k, "host count", hosts, top.amount, body, start, minutes))
                if rng.random() < 0.5:  # keep some: later requests meet a changing calendar
                    demo.lease.delete(lease["id"])
            except BlazarClientException as exc:
                assert exc.kwargs["code"] == 500 and "Not enough hosts available" in str(exc), str(exc)
                theirs = False
                refused += 1
            cases += 1
            if ours != theirs:
                disagreements.append((k, "verdict", ours, theirs, body, start, minutes))
    finally:
        runtime.down(home)
    print(f"agreement cleaning={cleaning}: {cases} cases, {created} created, {refused} refused, "
          f"{len(disagreements)} disagreements")
    assert cases == REQUESTS_PER_SCENARIO and created > 5 and refused > 5
    assert disagreements == []
