"""Races and secrets, against the real Blazar: concurrent reserve processes for scarce capacity, and
no credential or token anywhere in envboot's output or files."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict
from datetime import timedelta
from pathlib import Path

import pytest

from envboot.core.settings import BUNDLED_SNAPSHOT
from envboot.core.timeutil import floor_minute, utcnow
from envboot.live.audit import AuditLog

pytestmark = pytest.mark.sandbox

ENVBOOT = str(Path(sys.executable).with_name("envboot"))
RACERS = 8


def _env(sandbox, tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OS_")}
    env.update(sandbox.user_env("demo"))
    env.update({"ENVBOOT_LIVE_DATA": str(tmp_path / "live"), "ENVBOOT_AUDIT": str(tmp_path / "audit.jsonl"),
                "XDG_CONFIG_HOME": str(tmp_path / "cfg")})
    return env


def test_eight_concurrent_reserves_for_four_hosts(sandbox, demo, tmp_path):
    """8 processes each want 1 gpu_v100 (there are 4) for the same window: exactly 4 succeed, the
    others fail cleanly with 'no capacity', no host is double-booked, the audit has no torn record."""
    env = _env(sandbox, tmp_path)
    start = floor_minute(utcnow() + timedelta(days=320))
    argv = [ENVBOOT, "reserve", "--inventory", str(BUNDLED_SNAPSHOT), "--zone", "uc", "--start",
            f"{start:%Y-%m-%d %H:%M}", "--duration", "2h", "-n", "1", "-t", "gpu_v100", "--dry-run", "0", "--yes",
            "--no-retry-find-earliest", "--retry-attempts", "2", "--wait-timeout", "30", "-f", "json"]
    subprocess.run([ENVBOOT, "refresh", "--inventory", str(BUNDLED_SNAPSHOT)], env=env, check=True,
                   capture_output=True, timeout=120)  # the inventory copy is made once, before the race
    procs = [subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(RACERS)]
    results = [(p.wait(timeout=600), *p.communicate()) for p in procs]
    docs = [json.loads(out) for _, out, _ in results]
    codes = sorted(code for code, _, _ in results)
    assert codes == [0] * 4 + [1] * 4, [err[-300:] for _, _, err in results]
    assert all("Traceback" not in err for _, _, err in results)
    won = [d for d in docs if d["result"] == "success"]
    assert len({h for d in won for h in d["hosts"]}) == 4  # four different hosts
    # Blazar's own view: the 4 leases, one host each, no host with two overlapping reservations
    ids = {d["lease_id"] for d in won}
    by_host = {}
    for a in demo.allocation.list("os-hosts"):
        mine = [r for r in a["reservations"] if r["lease_id"] in ids]
        assert len(mine) <= 1
        if mine:
            by_host[a["resource_id"]] = mine[0]["lease_id"]
    assert sorted(by_host.values()) == sorted(ids)
    lines = (tmp_path / "audit.jsonl").read_text().splitlines()
    assert all(json.loads(line) for line in lines)  # every line a whole record
    states = AuditLog(tmp_path / "audit.jsonl").intents()
    assert len(states) == RACERS and not [s for s in states if s.dangling]
    assert sorted(s.outcome.data["result"] for s in states) == ["no_capacity"] * 4 + ["success"] * 4


def test_no_password_or_token_in_any_output_or_file(sandbox, demo, tmp_path):
    env = _env(sandbox, tmp_path)
    password = env["OS_PASSWORD"]
    start = floor_minute(utcnow() + timedelta(days=330))
    commands = [
        ["doctor", "-f", "json"], ["doctor"],
        ["refresh", "--inventory", str(BUNDLED_SNAPSHOT)],
        ["plan", "--data", str(tmp_path / "live"), "--zone", "uc", "--start", f"{start:%Y-%m-%d %H:%M}", "-t",
         "compute_skylake", "-f", "json"],
        ["reserve", "--zone", "uc", "--start", f"{start:%Y-%m-%d %H:%M}", "-t", "compute_skylake", "--dry-run", "0",
         "--yes", "--wait-timeout", "30"],
        ["lease", "list", "-f", "json"], ["audit", "-f", "json"], ["audit", "reconcile"],
        ["reserve", "--zone", "uc", "--start", "2000-01-01 00:00", "--dry-run", "0", "--yes"],  # an error path
    ]
    seen = []
    for argv in commands:
        r = subprocess.run([ENVBOOT, *argv], env=env, capture_output=True, text=True, timeout=300)
        seen.append(r.stdout + r.stderr)
    bad = dict(env)
    bad["OS_PASSWORD"] = password + "-wrong"
    r = subprocess.run([ENVBOOT, "doctor"], env=bad, capture_output=True, text=True, timeout=120)
    seen.append(r.stdout + r.stderr)
    assert r.returncode != 0 and "auth" in r.stdout
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.name == "audit.jsonl" for p in files) and any(p.name == "lease_results_live.json" for p in files)
    texts = seen + [p.read_text(errors="replace") for p in files]
    token = re.compile(r"tok-[0-9a-f]{32}")  # the sandbox Keystone's token format
    for text in texts:
        assert password not in text and not token.search(text)
    for p in files:
        if p.parent.name == "uc" or p.name == "audit.jsonl":
            assert p.stat().st_mode & 0o077 == 0, p  # state files are private (0600)


@pytest.mark.parametrize("point,expected", [("after_intent", "not_created"), ("after_create", "created"),
                                            ("before_outcome", "created")])
def test_kill_9_at_each_step_then_reconcile_resolves_and_creates_nothing(sandbox, demo, tmp_path, point, expected):
    env = _env(sandbox, tmp_path)
    start = floor_minute(utcnow() + timedelta(days=340 + len(point)))
    argv = [ENVBOOT, "reserve", "--inventory", str(BUNDLED_SNAPSHOT), "--zone", "uc", "--start",
            f"{start:%Y-%m-%d %H:%M}", "--duration", "1h", "-t", "compute_cascadelake_r", "--dry-run", "0", "--yes",
            "--wait-timeout", "30", "-f", "json"]
    r = subprocess.run(argv, env={**env, "ENVBOOT_CRASH_AT": point}, capture_output=True, text=True, timeout=300)
    assert r.returncode == -9 and r.stdout == ""
    (state,) = AuditLog(tmp_path / "audit.jsonl").intents()
    assert state.dangling
    leases_before = len(demo.lease.list())
    r = subprocess.run([ENVBOOT, "audit", "reconcile", "-f", "json"], env=env, capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0, r.stderr
    (resolved,) = json.loads(r.stdout)["resolved"]
    assert resolved["result"] == expected
    assert len(demo.lease.list()) == leases_before
    if expected == "created":
        assert len([x for x in demo.lease.list() if x["name"] == state.lease_name]) == 1
    (state,) = AuditLog(tmp_path / "audit.jsonl").intents()
    assert not state.dangling


# 40 in the test suite (about a fifth of the time); bench/long_runs.py runs the published 200 (docs/reliability.md)
FAULT_ATTEMPTS = int(os.environ.get("ENVBOOT_FAULT_ATTEMPTS", "40"))


def test_200_reserves_through_injected_faults_keep_every_invariant(sandbox, demo, tmp_path, monkeypatch):
    import random
    import time as _time

    from envboot.core.errors import EXIT_BLAZAR, EXIT_NO_CAPACITY, EXIT_OK
    from envboot.kinds.hosts.planner import PlanRequest
    from envboot.live.context import LiveContext
    from envboot.live.reserve import Reserver, ReserveSpec

    from .faultproxy import FaultProxy

    for k, v in sandbox.user_env("demo").items():
        monkeypatch.setenv(k, v)
    proxy = FaultProxy(sandbox.blazar_url, seed=20261124, rate=0.2)
    monkeypatch.setenv("OS_RESERVATION_ENDPOINT_OVERRIDE", f"{proxy.url}/v1")
    ctx = LiveContext.create(tmp_path / "live", BUNDLED_SNAPSHOT, None, None)
    audit = AuditLog(tmp_path / "audit.jsonl")
    reserver = Reserver(ctx, audit, sleep=lambda s: _time.sleep(min(s, 0.2)))
    rng = random.Random(7)
    base = floor_minute(utcnow() + timedelta(days=400))
    expected_codes = {"success": {EXIT_OK}, "no_capacity": {EXIT_NO_CAPACITY}, "unknown": {EXIT_BLAZAR},
                      "failed": {2, 3, EXIT_BLAZAR}, "error_state": {EXIT_BLAZAR}, "verify_failed": {5}}
    outcomes = Counter()
    failed_reasons = []
    mismatched_codes = []
    try:
        for i in range(FAULT_ATTEMPTS):
            start = base + timedelta(hours=2 * rng.randrange(6))
            req = PlanRequest("uc", start, 120, rng.choice((1, 2)), 1, rng.choice(("gpu_v100", "compute_nvdimm")),
                              max_delay_minutes=6 * 60)
            try:
                out = reserver.reserve(ReserveSpec(req, dry_run=False, retry_attempts=2, wait_timeout_s=5,
                                                   name=f"fault{i:03d}"))
            except Exception as exc:  # noqa: BLE001 - a fault during refresh/plan is an outcome too
                outcomes[f"raised {type(exc).__name__}"] += 1
                continue
            outcomes[out.result] += 1
            if out.result not in ("success", "no_capacity"):
                failed_reasons.append(out.message[:200])
            if out.exit_code not in expected_codes.get(out.result, set()):
                mismatched_codes.append((out.result, out.exit_code))
            if i % 10 == 9:  # free some capacity so the calendar keeps changing
                mine = [x for x in demo.lease.list() if x["name"].startswith("fault")]
                for lease in rng.sample(mine, min(2, len(mine))):
                    demo.lease.delete(lease["id"])
                    audit.append("reconciled", "deleted-" + lease["id"][:8])  # not an intent: ignored
        proxy.rate = 0.0
        reserver.reconcile()
    finally:
        proxy.close()
    injected = dict(proxy.injected)
    # verification re-fetches the allocations only (reuse_hosts): Blazar's host list, its slowest call, is
    # asked for by the refreshes that plan, not by the ones that verify
    host_lists = sum(1 for x in proxy.seen if x.split()[:2] == ["GET", "/v1/os-hosts"])
    allocation_lists = sum(1 for x in proxy.seen if x.split()[:2] == ["GET", "/v1/os-hosts/allocations"])
    leases = [x for x in demo.lease.list() if x["name"].startswith("fault")]
    by_name = Counter(x["name"] for x in leases)
    states = audit.intents()
    names_in_audit = {s.lease_name for s in states}
    duplicates = [n for n, c in by_name.items() if c > 1]
    not_in_audit = [n for n in by_name if n not in names_in_audit]
    hosts_of = defaultdict(set)
    names = {str(h["id"]): h["hypervisor_hostname"] for h in demo.host.list()}
    for a in demo.allocation.list("os-hosts"):
        for r in a["reservations"]:
            hosts_of[r["lease_id"]].add(names[str(a["resource_id"])])
    live_ids = {x["id"] for x in leases}
    false_success = []
    for s in states:
        o = s.outcome
        if (o is not None and o.data.get("result") == "success" and o.data["lease_id"] in live_ids
                and set(o.data["host_uids"]) != hosts_of[o.data["lease_id"]]):
            false_success.append(s.intent_id)
    deleted_by_test = sum(1 for s in states if s.outcome and s.outcome.data.get("result") == "success"
                          and s.outcome.data["lease_id"] not in live_ids)
    stuck = [x["name"] for x in leases if x["status"] == "CREATING"]
    report = {"attempts": FAULT_ATTEMPTS, "outcomes": dict(outcomes), "faults_injected": injected,
              "leases_in_blazar": len(leases), "deleted_by_the_test": deleted_by_test,
              "duplicates": len(duplicates), "leases_missing_from_audit": len(not_in_audit),
              "false_successes": len(false_success), "stuck_creating": len(stuck),
              "exit_code_mismatches": len(mismatched_codes), "other_outcomes": failed_reasons,
              "host_lists": host_lists, "allocation_lists": allocation_lists,
              "dangling_after_reconcile":
              sum(1 for s in states if s.dangling)}
    out_dir = Path(__file__).parent.parent.parent / "bench" / "out"
    out_dir.mkdir(parents=True, exist_ok=True)  # the published figures: the 200-attempt run of bench/long_runs.py
    name = "faults.json" if FAULT_ATTEMPTS >= 200 else f"faults-{FAULT_ATTEMPTS}.json"
    (out_dir / name).write_text(json.dumps(report, indent=1))
    print("fault run:", json.dumps(report))
    scale = FAULT_ATTEMPTS / 200  # the thresholds of the published 200-attempt run, pro rata
    assert sum(injected.values()) > 50 * scale and set(injected) >= {"drop_after", "drop_before", "500", "truncate"}
    assert duplicates == [] and not_in_audit == [] and false_success == [] and stuck == []
    # every refresh that fetches hosts fetches allocations after them (unless faulted in between): only
    # verifications, which fetch allocations alone, can make allocation lists outnumber host lists
    assert outcomes["success"] > 0 and host_lists < allocation_lists, (host_lists, allocation_lists)
    assert mismatched_codes == [] and report["dangling_after_reconcile"] == 0
    assert outcomes["success"] > 20 * scale and outcomes["no_capacity"] > 5 * scale
