"""Races and secrets, against the real Blazar: concurrent reserve processes for scarce capacity, and
no credential or token anywhere in envboot's output or files."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from envboot.audit import AuditLog
from envboot.settings import BUNDLED_SNAPSHOT
from envboot.timeutil import floor_minute, utcnow

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
