"""The sandbox is the real Blazar: seeding matches the snapshot, leases, capacity refusals, the CLI."""

import json
import re
import subprocess
from collections import Counter, defaultdict
from datetime import timedelta

import pytest
from blazarclient.exception import BlazarClientException

from envboot import api
from envboot.core.settings import BUNDLED_SNAPSHOT
from envboot.core.timeutil import blazar_date, floor_minute, utcnow
from envboot.data.sources.blazar_files import load_allocations, load_hosts
from envboot.sandbox import runtime

pytestmark = pytest.mark.sandbox


def test_seeding_matches_the_snapshot_host_by_host(sandbox, seed_plan):
    view = api.load_view(BUNDLED_SNAPSHOT)
    reservable = [n for n in view.nodes if n.reservable]
    r = sandbox.seed_result
    assert r.hosts == len(reservable) == 132
    assert (r.leases, r.reservations) == (len(seed_plan.leases), 143)  # 144 in the snapshot, 1 already over
    assert seed_plan.skipped_over == 1 and seed_plan.adjusted == 8
    assert (r.cleaning_time, r.closer_than_cleaning) == (0, 0) and runtime.get_cleaning_time(sandbox) == 0


def test_seeding_reports_progress_with_counts(sandbox, seed_plan):
    calls = sandbox.seed_progress
    if sandbox.seed_result.from_cache:  # restored from the cached seeded database: only the check runs
        assert calls == [("check", 0, 1), ("check", 1, 1)]
        return
    for stage, total in (("hosts", 132), ("leases", len(seed_plan.leases)), ("check", 1)):
        mine = [(done, t) for s, done, t in calls if s == stage]
        assert mine == [(i, total) for i in range(total + 1)], stage  # 0, 1, ..., total: one call per item
    assert [s for s, _, _ in calls] == sorted((s for s, _, _ in calls), key=["hosts", "leases", "check"].index)


WHOLE_SECONDS = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d")  # MySQL DATETIME, as at Chameleon


def test_lease_timestamps_are_whole_seconds_in_the_raw_api(sandbox, demo, unique):
    """python-chi parses created_at with "%Y-%m-%d %H:%M:%S": SQLite's microseconds broke every read."""
    start = floor_minute(utcnow() + timedelta(days=130))
    lease = demo.lease.create(unique("secs"), blazar_date(start), blazar_date(start + timedelta(hours=1)),
                              [{"resource_type": "physical:host", "min": 1, "max": 1, "hypervisor_properties": "",
                                "resource_properties": '["==", "$node_type", "compute_skylake"]'}], [])
    demo.lease.update(lease["id"], prolong_for="30m")  # sets updated_at through an UPDATE
    from keystoneauth1 import session
    from keystoneauth1.identity import v3

    u = runtime.USERS["demo"]
    http = session.Session(auth=v3.Password(auth_url=sandbox.auth_url, username="demo", password=u["password"],
                                            project_name=u["project"], user_domain_name="Default",
                                            project_domain_name="Default"))
    raw = http.get(f"{sandbox.blazar_url}/v1/leases/{lease['id']}").json()["lease"]
    stamps = [raw["created_at"], raw["updated_at"]]
    for r in raw["reservations"]:
        stamps += [r["created_at"], r["updated_at"]]
    assert raw["end_date"] == blazar_date(start + timedelta(minutes=90)).replace(" ", "T") + ":00.000000"
    assert all(isinstance(t, str) and WHOLE_SECONDS.fullmatch(t) for t in stamps), stamps
    listed = http.get(f"{sandbox.blazar_url}/v1/leases").json()["leases"]
    assert all(WHOLE_SECONDS.fullmatch(x["created_at"]) for x in listed)


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


def test_fake_keystone_answers_the_project_reads_python_chi_makes(sandbox):
    """GET /v3/projects/{id} and GET /v3/users/{id}/projects (they were 404 before), with Keystone's policy."""
    from keystoneauth1 import exceptions, session
    from keystoneauth1.identity import v3

    def login(user):
        u = runtime.USERS[user]
        return session.Session(auth=v3.Password(auth_url=sandbox.auth_url, username=user, password=u["password"],
                                                project_name=u["project"], user_domain_name="Default",
                                                project_domain_name="Default"))

    demo, admin = login("demo"), login("admin")
    base = sandbox.auth_url
    assert demo.get(f"{base}/projects/{demo.get_project_id()}").json()["project"]["name"] == "demo"
    mine = demo.get(f"{base}/users/{demo.get_user_id()}/projects").json()["projects"]
    assert [(p["id"], p["name"], p["enabled"]) for p in mine] == [(demo.get_project_id(), "demo", True)]
    with pytest.raises(exceptions.Forbidden):
        demo.get(f"{base}/projects/{admin.get_project_id()}")
    with pytest.raises(exceptions.Forbidden):
        demo.get(f"{base}/users/{admin.get_user_id()}/projects")
    assert admin.get(f"{base}/projects/{demo.get_project_id()}").json()["project"]["name"] == "demo"
    with pytest.raises(exceptions.NotFound):
        admin.get(f"{base}/projects/no-such-project")
