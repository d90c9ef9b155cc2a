"""The live path against the sandbox's real Blazar: refresh, dry run, a full reserve, a capacity
refusal that falls back, and the audit trail. Authentication is the OpenStack loaders' (OS_* env)."""

from __future__ import annotations

import json
import stat
from datetime import timedelta

import pytest

from envboot import api
from envboot.core.settings import BUNDLED_SNAPSHOT
from envboot.core.timeutil import floor_minute, utcnow
from envboot.kinds.hosts.planner import PlanRequest
from envboot.live.audit import AuditLog
from envboot.live.context import LiveContext
from envboot.live.reserve import Reserver, ReserveSpec
from envboot.sandbox import seed

from ..conftest import run_main
from ..schema_check import assert_valid

pytestmark = pytest.mark.sandbox


@pytest.fixture
def live_env(sandbox, monkeypatch, tmp_path):
    for k, v in sandbox.user_env("demo").items():
        monkeypatch.setenv(k, v)
    monkeypatch.setenv("ENVBOOT_LIVE_DATA", str(tmp_path / "live"))
    monkeypatch.setenv("ENVBOOT_AUDIT", str(tmp_path / "audit.jsonl"))
    monkeypatch.delenv("OS_CLOUD", raising=False)
    monkeypatch.delenv("ENVBOOT_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # no user zones.toml
    return tmp_path


def cli(argv):
    from envboot.interfaces.cli.app import main

    return run_main(main, argv)


def context(tmp_path) -> LiveContext:
    return LiveContext.create(tmp_path / "live", BUNDLED_SNAPSHOT, None, None)


def test_refresh_writes_the_zone_atomically_and_the_view_matches(live_env, seed_plan):
    r = cli(["refresh", "--inventory", str(BUNDLED_SNAPSHOT), "-f", "json"])
    assert r.code == 0, r.err
    (zone,) = assert_valid(json.loads(r.out), "refresh")["zones"]
    assert zone["zone"] == "uc" and zone["ok"] and zone["hosts"] == 132 and zone["reservations"] >= 143
    live = live_env / "live" / "uc"
    meta = json.loads((live / "meta.json").read_text())
    assert meta["source"] == "live" and meta["fetched_at"].endswith("Z") and not meta["stale"]
    assert stat.S_IMODE((live / "allocations.json").stat().st_mode) == 0o600
    assert "user_name" not in (live / "allocations.json").read_text()
    view = api.load_view(live_env / "live")
    assert (len(view.nodes), view.mapped_hosts, len(view.unmatched)) == (132, 132, 0)
    assert view.data.source == "live" and view.data.fetched_at is not None
    assert not [p for p in live.iterdir() if p.name.endswith(".tmp")]


def test_refresh_inventory_flag_wins_over_an_inventory_copied_earlier(live_env):
    """`doctor` copies the all-sites inventory; a later `refresh --inventory DIR` must use DIR's."""
    assert cli(["doctor", "-f", "json"]).code == 0
    assert (live_env / "live" / "tacc_chameleon_nodes.json").exists()  # the all-sites copy
    r = cli(["refresh", "--inventory", str(BUNDLED_SNAPSHOT), "-f", "json"])
    assert r.code == 0, r.err
    copied = sorted(p.name for p in (live_env / "live").glob("*.json"))
    assert copied == sorted(p.name for p in BUNDLED_SNAPSHOT.glob("*.json") if p.name in copied)
    assert not (live_env / "live" / "tacc_chameleon_nodes.json").exists()
    assert (live_env / "live" / "sites.json").read_text() == (BUNDLED_SNAPSHOT / "sites.json").read_text()
    view = api.load_view(live_env / "live")
    assert [s.uid for s in view.sites] == ["uc"] and len(view.nodes) == 132


def test_doctor_reports_without_secrets(live_env, sandbox):
    r = cli(["doctor", "-f", "json"])
    assert r.code == 0, r.err
    (z,) = assert_valid(json.loads(r.out), "doctor")["zones"]
    assert z["auth"] and z["blazar"] and z["hosts"] == 132 and z["region"] == "CHI@UC"
    assert sandbox.user_env()["OS_PASSWORD"] not in r.out + r.err


def test_dry_run_creates_nothing(live_env, demo):
    before = demo.lease.list()
    r = cli(["reserve", "--inventory", str(BUNDLED_SNAPSHOT), "--zone", "uc", "--start", "now", "--duration", "1h",
             "-n", "1", "-t", "gpu_rtx_6000", "-f", "json"])
    assert r.code == 0, r.err
    doc = assert_valid(json.loads(r.out), "reserve")
    assert doc["result"] == "dry_run" and doc["lease_request"]["reservations"][0]["resource_properties"] == (
        '["==", "$node_type", "gpu_rtx_6000"]')
    assert demo.lease.list() == before
    assert not (live_env / "audit.jsonl").exists() or not AuditLog(live_env / "audit.jsonl").intents()



def test_reserve_names_a_torn_audit_line_it_fenced(live_env, demo):
    """A torn last audit line (a crash mid-write) does not stop reserve, and is not passed over in silence."""
    log = AuditLog(live_env / "audit.jsonl")
    log.append("intent", "t0rn0000", lease_name="envboot-auto-torn", zone="uc")
    with open(log.path, "ab") as fh:
        fh.write(b'{"v": 1, "event": "outc')
    argv = ["reserve", "--inventory", str(BUNDLED_SNAPSHOT), "--zone", "uc", "--start", "now", "--duration", "1h",
            "-n", "1", "-t", "gpu_rtx_6000"]
    r = cli([*argv, "-f", "json"])
    assert r.code == 0, r.err
    doc = assert_valid(json.loads(r.out), "reserve")
    (warning,) = doc["warnings"]
    assert str(log.path) in warning and "line 2 is a torn record" in warning
    assert f"warning: {warning}" in r.err.splitlines()
    r = cli(argv)
    assert r.code == 0 and f"warning: {warning}" in r.err.splitlines() and "dry_run" in r.out, r.err

def test_full_reserve_creates_verifies_and_audits_one_lease(live_env, demo, sandbox):
    r = cli(["reserve", "--inventory", str(BUNDLED_SNAPSHOT), "--zone", "uc", "--start", "now", "--duration", "2h",
             "-n", "2", "-t", "compute_cascadelake_r", "--dry-run", "0", "--yes", "--wait-timeout", "30", "-f", "json"])
    assert r.code == 0, r.err
    doc = assert_valid(json.loads(r.out), "reserve")
    assert doc["result"] == "success" and doc["status"] in ("PENDING", "ACTIVE") and len(doc["hosts"]) == 2
    mine = [x for x in demo.lease.list() if x["name"] == doc["lease_name"]]
    assert len(mine) == 1 and mine[0]["id"] == doc["lease_id"]
    names = {str(h["id"]): h for h in demo.host.list()}
    on = sorted(names[str(a["resource_id"])]["node_name"] for a in demo.allocation.list("os-hosts")
                if any(x["lease_id"] == doc["lease_id"] for x in a["reservations"]))
    assert on == sorted(doc["hosts"])
    (state,) = AuditLog(live_env / "audit.jsonl").intents()
    assert [x.event for x in state.records] == ["intent", "create_attempt", "outcome"]
    assert state.outcome.data["result"] == "success" and sorted(state.outcome.data["hosts"]) == on
    assert state.intent.data["option"]["amount"] == 2 and state.intent.data["data"]["source"] == "live"
    assert state.intent.data["data"]["fetched_at"].endswith("Z") and state.intent.data["zone"] == "uc"
    assert stat.S_IMODE((live_env / "audit.jsonl").stat().st_mode) == 0o600
    merged = assert_valid(json.loads((live_env / "live" / "lease_results_live.json").read_text()), "lease_results_live")
    assert any(res["lease_id"] == doc["lease_id"] for s in merged["site_summaries"] for c in s["clusters"]
               for n in c["nodes"] for res in n["reservations"])
    text = (live_env / "audit.jsonl").read_text()
    assert sandbox.user_env()["OS_PASSWORD"] not in text and "user-0" not in text


def test_capacity_refusal_falls_back_to_the_next_option(live_env, demo, sandbox):
    """Someone takes the hosts between envboot's plan and its create call: Blazar refuses,
    envboot refreshes, re-plans and takes the next window."""
    admin = seed.client_for(sandbox, "admin")
    start = floor_minute(utcnow() + timedelta(days=200))
    end = start + timedelta(hours=3)
    taken = []

    def race(message: str) -> None:
        if message.startswith("creating lease") and not taken:
            lease = admin.lease.create("rival", f"{start:%Y-%m-%d %H:%M}", f"{end:%Y-%m-%d %H:%M}",
                                       [{"resource_type": "physical:host", "min": 4, "max": 4,
                                         "hypervisor_properties": "",
                                         "resource_properties": '["==", "$node_type", "gpu_a100_pcie"]'}], [])
            taken.append(lease["id"])

    ctx = context(live_env)
    req = PlanRequest("uc", start, 180, 2, 2, "gpu_a100_pcie", max_delay_minutes=24 * 60)
    audit = AuditLog(live_env / "audit.jsonl")
    try:
        out = Reserver(ctx, audit, on_event=race).reserve(ReserveSpec(req, dry_run=False, allow_shift=True))
        assert out.result == "success", out.message
        assert [a["kind"] for a in out.attempts] == ["capacity"]
        assert out.option.strategy == "time_shift" and out.option.start >= end
        assert len([x for x in demo.lease.list() if x["name"] == out.lease_name]) == 1
        (state,) = audit.intents()
        assert [x.event for x in state.records] == ["intent", "create_attempt", "create_attempt", "outcome"]
    finally:
        for lease_id in taken:
            admin.lease.delete(lease_id)


def test_reserve_books_only_the_requested_window_unless_an_option_is_named(live_env, demo, sandbox):
    """Issue 17: a reserve for a window that is short booked a window 43 h later without saying so.
    Now it exits 1, creates nothing and prints the command that books each option; that command books
    exactly the option, and the success names zone, start, end, hosts and SU."""
    import shlex

    admin = seed.client_for(sandbox, "admin")
    start = floor_minute(utcnow() + timedelta(days=210))
    end = start + timedelta(hours=3)
    rival = admin.lease.create("rival-window", f"{start:%Y-%m-%d %H:%M}", f"{end:%Y-%m-%d %H:%M}",
                               [{"resource_type": "physical:host", "min": 4, "max": 4, "hypervisor_properties": "",
                                 "resource_properties": '["==", "$node_type", "gpu_a100_pcie"]'}], [])
    try:
        before = demo.lease.list()
        argv = ["reserve", "--inventory", str(BUNDLED_SNAPSHOT), "--zone", "uc", "--start",
                f"{start:%Y-%m-%d %H:%M}", "--duration", "2h", "-n", "2", "-t", "gpu_a100_pcie", "--dry-run", "0",
                "--yes", "--wait-timeout", "10"]
        r = cli([*argv, "-f", "json"])
        assert r.code == 1, r.err
        doc = assert_valid(json.loads(r.out), "reserve")
        assert doc["result"] == "no_capacity" and doc["lease_id"] is None
        assert f"{start:%Y-%m-%dT%H:%M}:00Z" in doc["message"] and "nothing was created" in doc["message"]
        assert demo.lease.list() == before
        assert not (live_env / "audit.jsonl").exists() or not AuditLog(live_env / "audit.jsonl").intents()
        line = next(x for x in doc["message"].splitlines() if x.strip().startswith("option 1: "))
        command = shlex.split(line.split("option 1: ", 1)[1])
        assert command[:2] == ["envboot", "reserve"] and command[-2:] == ["--option", "1"]
        assert command[command.index("--start") + 1] == f"{start:%Y-%m-%d %H:%M}" and "--yes" in command
        i = command.index("--format")
        r = cli(command[1:i] + command[i + 2:])  # the printed command, pasted by a person (table output)
        assert r.code == 0, r.out + r.err
        (mine,) = [x for x in demo.lease.list() if x not in before]
        booked_start = mine["start_date"][:16].replace("T", " ")
        assert booked_start >= f"{end:%Y-%m-%d %H:%M}"  # the named time_shift option, after the rival
        assert f"{booked_start}Z → " in r.out and "in uc, " in r.out and " SU" in r.out and mine["id"] in r.out
    finally:
        admin.lease.delete(rival["id"])


def test_reply_lost_after_blazar_created_the_lease_yields_exactly_one_lease(live_env, demo, sandbox, monkeypatch):
    from .faultproxy import FaultProxy

    proxy = FaultProxy(sandbox.blazar_url)
    proxy.plan = ["drop_after"]
    monkeypatch.setenv("OS_RESERVATION_ENDPOINT_OVERRIDE", f"{proxy.url}/v1")
    try:
        r = cli(["reserve", "--inventory", str(BUNDLED_SNAPSHOT), "--zone", "uc", "--start", "now", "--duration",
                 "1h", "-n", "1", "-t", "compute_skylake", "--dry-run", "0", "--yes", "--wait-timeout", "30", "-f",
                 "json"])
    finally:
        proxy.close()
    assert r.code == 0, r.err
    doc = assert_valid(json.loads(r.out), "reserve")
    assert doc["result"] == "success"
    assert [a["kind"] for a in doc["attempts"]] == []  # found by name: no retry was needed
    assert "the lease exists" in r.err
    assert len([x for x in demo.lease.list() if x["name"] == doc["lease_name"]]) == 1
    assert sum(1 for s in proxy.seen if s.startswith("POST") and "/leases" in s) == 1
    (state,) = AuditLog(live_env / "audit.jsonl").intents()
    assert state.outcome.data["result"] == "success" and state.outcome.data["lease_id"] == doc["lease_id"]


def test_a_double_booked_host_fails_verification(live_env, demo, sandbox):
    """Blazar can double-book under concurrency; here the double booking is seeded into its database
    right after envboot's lease is created. Verification must catch it (exit 5), and say so."""
    import sqlite3

    admin = seed.client_for(sandbox, "admin")
    start = floor_minute(utcnow() + timedelta(days=250))
    end = start + timedelta(hours=2)
    rival = {}

    class Seeding(Reserver):
        def verify(self, spec, option, lease, parts=()):
            mine = next(a for a in demo.allocation.list("os-hosts")
                        if any(x["lease_id"] == lease.id for x in a["reservations"]))
            other = admin.lease.create("double", f"{start:%Y-%m-%d %H:%M}", f"{end:%Y-%m-%d %H:%M}",
                                       [{"resource_type": "physical:host", "min": 1, "max": 1,
                                         "hypervisor_properties": "",
                                         "resource_properties": '["==", "$node_type", "storage_nvme"]'}], [])
            rival["id"] = other["id"]
            db = sqlite3.connect(f"{sandbox.home}/blazar.sqlite", timeout=30)
            with db:
                db.execute("UPDATE computehost_allocations SET compute_host_id = ? WHERE reservation_id = ?",
                           (mine["resource_id"], other["reservations"][0]["id"]))
            db.close()
            return super().verify(spec, option, lease, parts)

    req = PlanRequest("uc", start, 120, 1, 1, "storage_nvme")
    try:
        out = Seeding(context(live_env), AuditLog(live_env / "audit.jsonl")).reserve(ReserveSpec(req, dry_run=False))
        assert out.result == "verify_failed" and out.exit_code == 5
        assert "double-booked" in out.message
        (state,) = AuditLog(live_env / "audit.jsonl").intents()
        assert state.outcome.data["result"] == "verify_failed"
    finally:
        if rival:
            admin.lease.delete(rival["id"])


def test_a_lease_blazar_puts_in_error_is_a_failure_and_is_deleted(live_env, demo, sandbox):
    """Nova refuses to move the hosts when the lease starts: Blazar sets the lease to ERROR.
    reserve (waiting through an imminent start) reports the failure, exit 4, and deletes it."""
    import urllib.request

    def faults(body: dict) -> None:
        req = urllib.request.Request(f"{sandbox.control_url}/faults", data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
        urllib.request.urlopen(req, timeout=10).close()

    faults({"add_host": "fail"})
    try:
        r = cli(["reserve", "--inventory", str(BUNDLED_SNAPSHOT), "--zone", "uc", "--start", "now", "--duration",
                 "1h", "-n", "1", "-t", "compute_nvdimm", "--dry-run", "0", "--yes", "--wait-timeout", "240",
                 "-f", "json"])
    finally:
        faults({})
    doc = assert_valid(json.loads(r.out), "reserve")
    assert r.code == 4 and doc["result"] == "error_state" and doc["status"] == "ERROR", r.err
    assert "deleted" in doc["message"]
    assert not [x for x in demo.lease.list() if x["name"] == doc["lease_name"]]
    (state,) = AuditLog(live_env / "audit.jsonl").intents()
    assert state.outcome.data["result"] == "error_state" and state.outcome.data["status"] == "ERROR"


def test_seed_command_line_refresh_and_dry_run_0(live_env, demo, tmp_path):
    import os
    import subprocess
    import sys

    from ..conftest import REPO

    shim = [sys.executable, str(REPO / "integrate_and_plan.py")]
    env = dict(os.environ)
    r = subprocess.run([*shim, "--refresh", "--zone", "uc", "--start", "2099-01-01 10:00", "--duration", "60",
                        "--resource-type", "physical:host", "-t", "gpu_rtx_6000", "--amount", "2", "-f", "json"],
                       env=env, cwd=tmp_path,
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert "refresh uc: ok, 132 hosts" in r.stderr
    assert assert_valid(json.loads(r.stdout), "integrate_and_plan")["data"]["source"] == "live"
    r = subprocess.run([*shim, "--zone", "uc", "--start", "2099-01-01 10:00", "--duration", "60", "--resource-type",
                        "physical:host", "--node-type", "gpu_rtx_6000", "--amount", "2", "--dry-run", "0", "-f",
                        "json"], env=env, cwd=tmp_path,
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    doc = assert_valid(assert_valid(json.loads(r.stdout), "integrate_and_plan"), "reserve")
    assert doc["result"] == "success" and len(doc["hosts"]) == 2
    assert len([x for x in demo.lease.list() if x["name"] == doc["lease_name"]]) == 1


def test_zones_config_with_clouds_yaml_and_a_failing_zone_kept_and_marked_stale(sandbox, tmp_path, monkeypatch):
    for k in [k for k in __import__("os").environ if k.startswith("OS_")]:
        monkeypatch.delenv(k)
    env = sandbox.user_env("demo")
    clouds = tmp_path / "clouds.yaml"
    entry = ("    auth:\n      auth_url: {url}\n      username: demo\n      password: {pw}\n      project_name: demo\n"
             "      user_domain_name: Default\n      project_domain_name: Default\n    region_name: CHI@UC\n")
    clouds.write_text("clouds:\n  sbx:\n" + entry.format(url=env["OS_AUTH_URL"], pw=env["OS_PASSWORD"])
                      + "  broken:\n" + entry.format(url=env["OS_AUTH_URL"], pw="wrong-password"))
    monkeypatch.setenv("OS_CLIENT_CONFIG_FILE", str(clouds))
    good, bad = tmp_path / "good.toml", tmp_path / "bad.toml"
    good.write_text('[zones.uc]\ncloud = "sbx"\n')
    bad.write_text('[zones.uc]\ncloud = "broken"\n')
    live = tmp_path / "live"
    base = ["refresh", "--inventory", str(BUNDLED_SNAPSHOT), "--live-data", str(live), "-f", "json"]
    r = cli([*base, "--zones-config", str(good)])
    assert r.code == 0, r.err
    before = (live / "uc" / "allocations.json").read_bytes()
    r = cli([*base, "--zones-config", str(bad)])
    assert r.code == 4
    (zone,) = assert_valid(json.loads(r.out), "refresh")["zones"]
    assert not zone["ok"] and zone["error"].startswith("auth")
    assert "wrong-password" not in r.out + r.err
    assert (live / "uc" / "allocations.json").read_bytes() == before
    meta = json.loads((live / "uc" / "meta.json").read_text())
    assert meta["stale"] and meta["stale_reason"].startswith("auth")
    r = cli(["plan", "--data", str(live), "--zone", "uc", "--start", "2099-01-01 10:00", "-f", "json"])
    doc = assert_valid(json.loads(r.out), "plan")
    assert doc["data"]["stale_sites"] == ["uc"] and any("stale" in w for w in doc["warnings"])


def test_reconcile_resolves_dangling_intents_and_creates_nothing(live_env, demo, sandbox):
    """Two crashes left intents without outcomes: one after Blazar created the lease, one before."""
    start = floor_minute(utcnow() + timedelta(days=300))
    created = demo.lease.create("envboot-auto-20990101-000000-aaaa1111", f"{start:%Y-%m-%d %H:%M}",
                                f"{start + timedelta(hours=1):%Y-%m-%d %H:%M}",
                                [{"resource_type": "physical:host", "min": 1, "max": 1, "hypervisor_properties": "",
                                  "resource_properties": '["==", "$node_type", "compute_skylake"]'}], [])
    audit = AuditLog(live_env / "audit.jsonl")
    audit.append("intent", "aaaa1111", lease_name="envboot-auto-20990101-000000-aaaa1111", zone="uc")
    audit.append("create_attempt", "aaaa1111", attempt=1)
    audit.append("intent", "bbbb2222", lease_name="envboot-auto-20990101-000000-bbbb2222", zone="uc")
    before = len(demo.lease.list())
    r = cli(["audit", "reconcile", "--inventory", str(BUNDLED_SNAPSHOT), "-f", "json"])
    assert r.code == 0, r.err
    got = {x["intent_id"]: x for x in assert_valid(json.loads(r.out), "audit-reconcile")["resolved"]}
    assert got["aaaa1111"]["result"] == "created" and got["aaaa1111"]["lease_id"] == created["id"]
    assert got["bbbb2222"]["result"] == "not_created"
    assert len(demo.lease.list()) == before
    assert not [s for s in audit.intents() if s.dangling]
    again = cli(["audit", "reconcile", "--inventory", str(BUNDLED_SNAPSHOT), "-f", "json"])
    assert assert_valid(json.loads(again.out), "audit-reconcile")["resolved"] == []
    shown = assert_valid(json.loads(cli(["audit", "-f", "json"]).out), "audit")["intents"]
    assert {x["intent_id"]: x["result"] for x in shown} == {"aaaa1111": "created", "bbbb2222": "not_created"}


def test_reconcile_names_a_torn_audit_line(live_env, demo):
    log = AuditLog(live_env / "audit.jsonl")
    log.append("intent", "t0rn1111", lease_name="envboot-auto-20990101-000000-t0rn1111", zone="uc")
    with open(log.path, "ab") as fh:
        fh.write(b'{"v": 1, "event": "outc')
    r = cli(["audit", "reconcile", "--inventory", str(BUNDLED_SNAPSHOT), "-f", "json"])
    assert r.code == 0, r.err
    doc = assert_valid(json.loads(r.out), "audit-reconcile")
    assert [x["intent_id"] for x in doc["resolved"]] == ["t0rn1111"]
    (warning,) = doc["warnings"]
    assert str(log.path) in warning and "line 2 is a torn record" in warning
    assert r.err.splitlines() == [f"warning: {warning}"]
