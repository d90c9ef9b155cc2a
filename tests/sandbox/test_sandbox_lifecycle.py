"""up / status / env / down, two sandboxes side by side, down stopping only its own pids, and
`envboot sandbox up --cleaning-time 15` through the real CLI."""

import json
import os
import subprocess
import sys
import urllib.request
from collections import defaultdict
from datetime import timedelta
from pathlib import Path

import pytest
from blazarclient.exception import BlazarClientException

from envboot import api
from envboot.core.errors import EnvbootError
from envboot.core.settings import BUNDLED_SNAPSHOT
from envboot.core.timeutil import blazar_date, iso_z
from envboot.sandbox import from_snapshot, runtime, seed

pytestmark = pytest.mark.sandbox


def test_second_sandbox_side_by_side_and_down_stops_only_its_own(sandbox, tmp_path):
    home = tmp_path / "second"
    other = runtime.up(home, region="CHI@TACC", name="second")
    try:
        assert {other.keystone_port, other.blazar_port}.isdisjoint({sandbox.keystone_port, sandbox.blazar_port})
        st = runtime.status(home)
        assert st["running"] and st["region"] == "CHI@TACC"
        lines = runtime.env_lines(other)
        assert f"export OS_AUTH_URL='http://127.0.0.1:{other.keystone_port}/identity/v3'" in lines
        assert "export OS_REGION_NAME='CHI@TACC'" in lines
        assert "export OS_AUTH_TYPE='v3password'" in lines  # as Chameleon's OpenRC; python-chi needs a v3 name
        assert "CHI@TACC" in (home / "clouds.yaml").read_text()
        with pytest.raises(EnvbootError, match="already running"):
            runtime.up(home, region="CHI@TACC", name="second")
    finally:
        stopped = runtime.down(home)
    assert sorted(stopped) == sorted([other.fake_pid, other.blazar_pid])
    assert not home.exists()
    assert not runtime._alive(other.blazar_pid) and not runtime._alive(other.fake_pid)
    # the session's sandbox is untouched
    assert runtime.status(__import__("pathlib").Path(sandbox.home))["running"]
    urllib.request.urlopen(f"{sandbox.control_url}/state", timeout=5).close()


def test_a_port_taken_by_another_process_between_pick_and_bind_is_detected_and_up_retries(tmp_path, monkeypatch):
    """Two test workers start sandboxes at once: a port picked free can be bound by the other's server
    first. The loser's Blazar must exit and the sandbox start again on new ports; before, a port
    answered by another sandbox's fake counted as up and seeding went there ('no fake for POST
    /v1/os-hosts'). The taker here is a plain listening socket (not the session's sandbox, whose
    fake records every request it cannot route)."""
    import socket

    taker = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    taker.bind(("127.0.0.1", 0))
    taker.listen(16)
    taken = taker.getsockname()[1]
    real, calls = runtime.free_port, []

    def racing_free_port():
        calls.append(1)
        return taken if len(calls) == 2 else real()  # the 2nd pick is Blazar's port

    monkeypatch.setattr(runtime, "free_port", racing_free_port)
    home = tmp_path / "racing"
    try:
        other = runtime.up(home, region="CHI@UC", name="racing")
        assert len(calls) >= 4  # a second start on new ports
        assert taken not in (other.blazar_port, other.keystone_port)
        with urllib.request.urlopen(f"{other.blazar_url}/_envboot/cleaning_time", timeout=10) as resp:
            assert json.load(resp)["pid"] == other.blazar_pid
        with urllib.request.urlopen(f"{other.control_url}/state", timeout=10) as resp:
            assert json.load(resp)["pid"] == other.fake_pid
    finally:
        runtime.down(home)
        taker.close()


def test_down_ignores_a_pid_that_is_not_ours(tmp_path):
    home = tmp_path / "fake"
    home.mkdir()
    info = runtime.SandboxInfo("x", str(home), "R", 1, 2, 1, 1, "/nonexistent")  # pid 1 is init, not ours
    (home / "sandbox.json").write_text(__import__("json").dumps(runtime.asdict(info)))
    assert runtime.down(home) == [] and not home.exists()


def test_status_without_a_sandbox_says_what_to_do(tmp_path):
    with pytest.raises(EnvbootError, match="envboot sandbox up"):
        runtime.status(tmp_path / "none")


def _snapshot_of_close_hosts(full: from_snapshot.SeedPlan, dest: Path, minutes: int) -> set[str]:
    """The bundled snapshot cut down to the hosts with reservations less than ``minutes`` apart
    (and every host sharing a lease with them), same fetch time: the same pairs, seeded in seconds."""
    by_host = defaultdict(list)
    for lease in full.leases:
        for uid in lease.host_uids:
            by_host[uid].append(lease)
    keep = set()
    for uid, leases in by_host.items():
        leases.sort(key=lambda x: x.end)
        if any(b.start is not None and b.start - a.end < timedelta(minutes=minutes)
               for a, b in zip(leases, leases[1:], strict=False)):
            keep.add(uid)
    while True:  # a lease's hosts go together
        more = keep | {u for lease in full.leases if keep & set(lease.host_uids) for u in lease.host_uids}
        if more == keep:
            break
        keep = more
    dest.mkdir()
    hosts = [h for h in json.loads((BUNDLED_SNAPSHOT / "hosts.json").read_text()) if h["hypervisor_hostname"] in keep]
    ids = {str(h["id"]) for h in hosts}
    allocs = [a for a in json.loads((BUNDLED_SNAPSHOT / "allocations.json").read_text())
              if str(a["resource_id"]) in ids]
    (dest / "hosts.json").write_text(json.dumps(hosts))
    (dest / "allocations.json").write_text(json.dumps(allocs))
    for name in ("sites.json", "uc_clusters.json", "uc_chameleon_nodes.json"):
        (dest / name).write_text((BUNDLED_SNAPSHOT / name).read_text())
    fetched = iso_z(api.load_view(BUNDLED_SNAPSHOT).data.fetched_before)  # the full snapshot's reference time
    (dest / "meta.json").write_text(json.dumps({"site": "uc", "source": "snapshot", "fetched_at": fetched}))
    return keep


def test_up_with_cleaning_time_15_seeds_the_snapshot_then_enforces_it(tmp_path, seed_plan):
    """Before: 13 back-to-back pairs of the bundled snapshot were refused while seeding (exit 4)."""
    assert from_snapshot.closer_than(seed_plan, 15) == 13
    keep = _snapshot_of_close_hosts(seed_plan, tmp_path / "snap", 15)
    home = tmp_path / "home"
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("OS_")}, "ENVBOOT_SANDBOX_HOME": str(home),
           "COLUMNS": "120"}

    def envboot(*args):
        return subprocess.run([sys.executable, "-m", "envboot", "sandbox", *args], env=env, capture_output=True,
                              text=True, timeout=300)

    up = envboot("up", "--snapshot", str(tmp_path / "snap"), "--cleaning-time", "15", "--name", "ct15",
                 "--no-cache")  # this test is about the replay itself (its progress, then cleaning time 15)
    try:
        assert up.returncode == 0, up.stderr
        plan = from_snapshot.plan_from_snapshot(tmp_path / "snap")
        assert {h.name for h in plan.hosts} == keep and from_snapshot.closer_than(plan, 15) == 13
        n = len(plan.leases)
        assert "replaying leases" in up.stderr and f"{n}/{n}" in up.stderr, up.stderr  # the progress bar's counts
        assert f"{len(keep)}/{len(keep)}" in up.stderr
        assert "replayed with cleaning_time 0, then set to 15: 13 pair(s)" in up.stderr, up.stderr
        st = envboot("status", "--name", "ct15", "-f", "json")
        assert st.returncode == 0 and json.loads(st.stdout)["running"] and json.loads(st.stdout)["cleaning_time"] == 15
        info = runtime.load(home)
        assert runtime.get_cleaning_time(info) == 15
        # Blazar now keeps 15 minutes around every reservation: 5 minutes after one is refused, 15 is fine
        uid = sorted(keep)[0]
        last = max(lease.end for lease in plan.leases if uid in lease.host_uids)
        demo = seed.client_for(info, "demo")

        def ask(start):
            return demo.lease.create(f"after-{start:%H%M}", blazar_date(start), blazar_date(start + timedelta(hours=1)),
                                     [{"resource_type": "physical:host", "min": 1, "max": 1,
                                       "hypervisor_properties": "", "resource_properties": f'["==", "$uid", "{uid}"]'}],
                                     [])

        with pytest.raises(BlazarClientException, match="Not enough hosts available"):
            ask(last + timedelta(minutes=5))
        assert ask(last + timedelta(minutes=15))["status"] == "PENDING"
    finally:
        down = envboot("down", "--name", "ct15")
    assert down.returncode == 0, down.stderr
    assert not home.exists()


def test_status_of_a_stopped_sandbox_is_an_answer_not_an_error(tmp_path, envboot, monkeypatch):
    """Before: `envboot sandbox status` with no sandbox exited 2 with an error."""
    monkeypatch.setenv("ENVBOOT_SANDBOX_HOME", str(tmp_path / "gone"))
    r = envboot(["sandbox", "status", "--name", "gone"])
    assert r.code == 0, r.err
    assert "sandbox gone: not running" in r.out and "envboot sandbox up --name gone" in r.out and not r.err
    r = envboot(["sandbox", "status", "--name", "gone", "-f", "json"])
    assert r.code == 0, r.err
    assert json.loads(r.out) == {"name": "gone", "home": str(tmp_path / "gone"), "running": False,
                                 "fake_running": False, "blazar_running": False}
