"""The sandbox is the real Blazar: seeding matches the snapshot, leases, capacity refusals, the CLI."""

import json
import subprocess
from collections import Counter, defaultdict
from datetime import timedelta

import pytest
from blazarclient.exception import BlazarClientException

from envboot import api
from envboot.settings import BUNDLED_SNAPSHOT
from envboot.sources.blazar_files import load_allocations, load_hosts
from envboot.timeutil import blazar_date, floor_minute, utcnow

pytestmark = pytest.mark.sandbox


def test_seeding_matches_the_snapshot_host_by_host(sandbox, seed_plan):
    view = api.load_view(BUNDLED_SNAPSHOT)
    reservable = [n for n in view.nodes if n.reservable]
    r = sandbox.seed_result
    assert r.hosts == len(reservable) == 132
    assert (r.leases, r.reservations) == (len(seed_plan.leases), 143)  # 144 in the snapshot, 1 already over
    assert seed_plan.skipped_over == 1 and seed_plan.adjusted == 8


def test_node_type_lease_capacity_refusal_and_delete(demo, unique):
    start = floor_minute(utcnow() + timedelta(days=120))  # beyond every seeded lease
    end = start + timedelta(hours=2)
    props = '["==", "$node_type", "gpu_v100"]'  # 4 such hosts

    def ask(n):
        return demo.lease.create(unique("cap"), blazar_date(start), blazar_date(end),
                                 [{"resource_type": "physical:host", "min": n, "max": n,
                                   "hypervisor_properties": "", "resource_properties": props}], [])

    first = ask(3)
    assert first["status"] == "PENDING"
    mine = [a for a in demo.allocation.list("os-hosts")
            if any(r["lease_id"] == first["id"] for r in a["reservations"])]
    assert len(mine) == 3
    with pytest.raises(BlazarClientException) as exc:
        ask(2)
    assert exc.value.kwargs["code"] == 500 and "Not enough hosts available" in str(exc.value)
    demo.lease.delete(first["id"])
    second = ask(2)  # the hosts are free again
    assert second["status"] == "PENDING"


def test_real_openstack_cli_output_feeds_envboot(sandbox, user_env, openstack_cli, tmp_path, seed_plan):
    def cli(*args):
        r = subprocess.run([str(openstack_cli), *args], env=user_env, capture_output=True, text=True,
                           timeout=120)
        assert r.returncode == 0, r.stderr
        return r.stdout

    data = tmp_path / "from-cli"
    data.mkdir()
    (data / "allocations.json").write_text(cli("reservation", "allocation", "list", "host", "-f", "json"))
    (data / "hosts.json").write_text(cli("reservation", "host", "list", "-f", "json"))
    for f in ("sites.json", "uc_clusters.json", "uc_chameleon_nodes.json"):
        (data / f).write_text((BUNDLED_SNAPSHOT / f).read_text())
    (data / "meta.json").write_text(json.dumps({"site": "uc", "source": "live"}))
    assert len(load_hosts(data / "hosts.json")) == 132
    assert sum(len(a.reservations) for a in load_allocations(data / "allocations.json")) == 143

    live = api.load_view(data)
    snap = api.load_view(BUNDLED_SNAPSHOT)
    assert (len(live.nodes), live.mapped_hosts, len(live.unmatched)) == (132, 132, 0)
    assert Counter(n.node_type for n in live.nodes) == Counter(n.node_type for n in snap.nodes)
    # every snapshot reservation still running at the fetch time is there, shifted, on the same node
    want = defaultdict(set)
    for lease in seed_plan.leases:
        for uid in lease.host_uids:
            want[uid].add(lease.end)
    got = {n.uid: {r.end for r in n.reservations} for n in live.nodes}
    assert all(got[uid] == ends for uid, ends in want.items())
    shifted = {n.uid: {floor_minute(r.end + seed_plan.shift) for r in n.reservations} for n in snap.nodes}
    same = sum(1 for uid in got if got[uid] == {e for e in shifted[uid] if e > utcnow()})
    assert same == 132
