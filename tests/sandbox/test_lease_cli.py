"""`envboot lease list/show/extend/delete` against the real Blazar, in table and JSON (checked against
the shipped schemas): an empty project says so, a lease made by another client is shown as Blazar has it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta

import pytest

from envboot.core.timeutil import floor_minute, utcnow
from envboot.live.audit import INTENT, OUTCOME, AuditLog
from envboot.sandbox import seed

from ..conftest import run_main
from ..schema_check import assert_valid

pytestmark = pytest.mark.sandbox


@pytest.fixture
def as_user(sandbox, monkeypatch, tmp_path):
    def login(user: str):
        for k, v in sandbox.user_env(user).items():
            monkeypatch.setenv(k, v)
        monkeypatch.setenv("ENVBOOT_LIVE_DATA", str(tmp_path / "live"))
        monkeypatch.setenv("ENVBOOT_AUDIT", str(tmp_path / "audit.jsonl"))
        monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
        monkeypatch.delenv("OS_CLOUD", raising=False)
        monkeypatch.delenv("ENVBOOT_CONFIG", raising=False)
    return login


def cli(argv):
    from envboot.interfaces.cli.app import main

    return run_main(main, argv)


def test_lease_list_of_a_project_without_leases_says_so(as_user):
    as_user("guest")
    r = cli(["lease", "list"])
    assert r.code == 0, r.err
    assert "no leases in zone current for your project" in r.out
    r = cli(["lease", "list", "-f", "json"])
    assert assert_valid(json.loads(r.out), "lease-list") == {"leases": []}


def test_lease_commands_show_what_blazar_has(sandbox, as_user):
    guest = seed.client_for(sandbox, "guest")
    start = floor_minute(utcnow()) + timedelta(days=30)
    lease = guest.lease.create("guest-cli", f"{start:%Y-%m-%d %H:%M}", f"{start + timedelta(hours=1):%Y-%m-%d %H:%M}",
                               [{"resource_type": "physical:host", "min": 1, "max": 1, "hypervisor_properties": "",
                                 "resource_properties": json.dumps(["==", "$node_type", "compute_skylake"])}], [])
    try:
        as_user("guest")
        r = cli(["lease", "list"])
        assert r.code == 0, r.err
        assert "1 lease(s) in zone current" in r.out and lease["id"] in r.out  # the id whole; the name may fold
        (row,) = assert_valid(json.loads(cli(["lease", "list", "-f", "json"]).out), "lease-list")["leases"]
        assert row["id"] == lease["id"] and row["start"] == f"{start:%Y-%m-%dT%H:%M}:00Z"
        shown = assert_valid(json.loads(cli(["lease", "show", lease["id"], "-f", "json"]).out), "lease")
        assert shown["status"] == "PENDING" and shown["reservations"] == [lease["reservations"][0]["id"]]
        r = cli(["lease", "wait", lease["id"], "--timeout", "30", "-f", "json"])
        assert r.code == 0, r.err
        assert assert_valid(json.loads(r.out), "lease")["status"] == "PENDING"
        r = cli(["lease", "extend", lease["id"], "--by", "2h", "--yes", "-f", "json"])
        assert r.code == 0, r.err
        extended = assert_valid(json.loads(r.out), "lease-extend")
        assert extended["end"] == f"{start + timedelta(hours=3):%Y-%m-%dT%H:%M}:00Z"
        assert guest.lease.get(lease["id"])["end_date"].startswith(f"{start + timedelta(hours=3):%Y-%m-%dT%H:%M}")
        r = cli(["lease", "delete", lease["id"], "--yes"])
        assert r.code == 0, r.err
        assert all(x["id"] != lease["id"] for x in guest.lease.list())
    finally:
        if any(x["id"] == lease["id"] for x in guest.lease.list()):
            guest.lease.delete(lease["id"])


def _host_lease(client, name, days=30):
    start = floor_minute(utcnow()) + timedelta(days=days)
    return client.lease.create(name, f"{start:%Y-%m-%d %H:%M}", f"{start + timedelta(hours=1):%Y-%m-%d %H:%M}",
                               [{"resource_type": "physical:host", "min": 2, "max": 2, "hypervisor_properties": "",
                                 "resource_properties": json.dumps(["==", "$node_type", "compute_skylake"])}], [])


def test_lease_changes_are_confirmed_audited_and_a_missing_lease_is_one_line(sandbox, as_user, tmp_path):
    """extend and delete need a terminal or --yes (exit 2 naming --yes, nothing changed); both are
    audited, so the intent that created a deleted lease reads `deleted`, not `success`; show lists the
    allocated hosts; a lease Blazar does not have is one line `no lease ID in ZONE` (exit 4)."""
    guest = seed.client_for(sandbox, "guest")
    lease = _host_lease(guest, "guest-audited")
    lid = lease["id"]
    try:
        as_user("guest")
        audit = AuditLog(tmp_path / "audit.jsonl")  # as `envboot reserve` would have left it
        audit.append(INTENT, "feed0001", lease_name="guest-audited", zone="uc")
        audit.append(OUTCOME, "feed0001", result="success", lease_id=lid, hosts=[])
        end_before = guest.lease.get(lid)["end_date"]
        r = cli(["lease", "extend", lid, "--by", "1h"])  # pytest's stdin is not a terminal
        assert r.code == 2 and "--yes" in r.err and len(r.err.strip().splitlines()) == 1, r.err
        r = cli(["lease", "delete", lid])
        assert r.code == 2 and "pass --yes" in r.err and len(r.err.strip().splitlines()) == 1, r.err
        assert guest.lease.get(lid)["end_date"] == end_before
        shown = assert_valid(json.loads(cli(["lease", "show", lid, "-f", "json"]).out), "lease")
        assert len(shown["hosts"]) == 2 and all(h.startswith("nc") for h in shown["hosts"]), shown
        r = cli(["lease", "show", lid])
        assert r.code == 0 and f"2 host(s): {', '.join(shown['hosts'])}" in r.out, r.out
        r = cli(["lease", "extend", lid, "--by", "1h", "--yes"])
        assert r.code == 0, r.err
        r = cli(["lease", "delete", lid, "--yes"])
        assert r.code == 0 and f"{lid}: deleted" in r.out, r.err
        (row,) = assert_valid(json.loads(cli(["audit", "-f", "json"]).out), "audit")["intents"]
        assert row["result"] == "deleted" and row["lease_id"] == lid
        ops = [(x["event"], x["result"]) for x in row["records"][2:]]
        assert ops == [("lease_extend", "extended"), ("lease_delete", "deleted")]
        assert row["records"][2]["by_minutes"] == 60
        r = cli(["audit"])
        assert r.code == 0 and f"uc: deleted {lid}" in r.out and "success" not in r.out, r.out
        for argv in (["lease", "show", lid], ["lease", "wait", lid], ["lease", "extend", lid, "--by", "1h", "--yes"],
                     ["lease", "delete", lid, "--yes"]):
            r = cli(argv)
            assert r.code == 4, (argv, r.err)
            assert r.err.strip() == f"envboot: error: no lease {lid} in uc", (argv, r.err)
        r = cli(["lease", "delete", lid, "--yes", "--missing-ok"])
        assert r.code == 0 and "already gone" in r.out, r.err
        ghost = "00000000-0000-4000-8000-000000000000"  # never created by this trail: a lease op of its own
        r = cli(["lease", "delete", ghost, "--yes", "--missing-ok"])
        assert r.code == 0, r.err
        doc = assert_valid(json.loads(cli(["audit", "-f", "json"]).out), "audit")
        assert [(o["lease_id"], o["result"]) for o in doc["lease_ops"]] == [(ghost, "already_gone")]
        assert [x["event"] for x in doc["intents"][0]["records"]][-1] == "lease_delete"
    finally:
        if any(x["id"] == lid for x in guest.lease.list()):
            guest.lease.delete(lid)


def test_lease_list_never_wraps_an_id(sandbox, as_user):
    """At 60 columns every id is whole on one line (the other columns fold), so it can be copied."""
    guest = seed.client_for(sandbox, "guest")
    lease = _host_lease(guest, "guest-a-rather-long-lease-name-that-needs-room", days=40)
    try:
        as_user("guest")
        env = {**os.environ, "COLUMNS": "60", "NO_COLOR": "1"}
        proc = subprocess.run([sys.executable, "-m", "envboot", "lease", "list"], env=env, capture_output=True,
                              text=True, timeout=120)
        assert proc.returncode == 0, proc.stderr
        assert any(lease["id"] in line for line in proc.stdout.splitlines()), proc.stdout
    finally:
        guest.lease.delete(lease["id"])


def test_lease_list_warns_about_an_active_host_lease_with_nothing_launched(sandbox, as_user, monkeypatch):
    """Issue 20: Chameleon deletes an active host lease with nothing launched on it after 9 h. The sandbox's
    Nova shows the project no server: envboot knows nothing runs on the lease, and warns from 6 h."""
    import time

    from envboot.core.timeutil import parse_api_time

    guest = seed.client_for(sandbox, "guest")
    end = floor_minute(utcnow()) + timedelta(hours=12)
    lease = guest.lease.create("guest-idle", "now", f"{end:%Y-%m-%d %H:%M}",
                               [{"resource_type": "physical:host", "min": 1, "max": 1, "hypervisor_properties": "",
                                 "resource_properties": json.dumps(["==", "$node_type", "compute_skylake"])}], [])
    try:
        deadline = time.monotonic() + 90
        while guest.lease.get(lease["id"])["status"] != "ACTIVE" and time.monotonic() < deadline:
            time.sleep(2)
        assert guest.lease.get(lease["id"])["status"] == "ACTIVE"
        start = parse_api_time(guest.lease.get(lease["id"])["start_date"], where="start_date")
        as_user("guest")
        monkeypatch.setenv("ENVBOOT_NOW", f"{start + timedelta(hours=7):%Y-%m-%d %H:%M}")
        doc = assert_valid(json.loads(cli(["lease", "list", "-f", "json"]).out), "lease-list")
        (check,) = doc["policy"]
        assert (check["check"], check["outcome"], check["lease_id"]) == ("idle_lease", "warn", lease["id"])
        assert "nothing launched on guest-idle for 7 h" in check["detail"] and "warnings" not in doc
        r = cli(["lease", "list"])
        assert r.code == 0, r.err
        assert "policy warn idle_lease: nothing launched on guest-idle for 7 h" in " ".join(r.out.split())
        monkeypatch.setenv("ENVBOOT_NOW", f"{start + timedelta(hours=1):%Y-%m-%d %H:%M}")
        doc = assert_valid(json.loads(cli(["lease", "list", "-f", "json"]).out), "lease-list")
        assert [c["outcome"] for c in doc["policy"]] == ["pass"]
        assert "idle_lease" not in cli(["lease", "list"]).out  # a table line only when it warns
    finally:
        guest.lease.delete(lease["id"])


def test_a_refused_extension_lists_its_follow_ons_and_books_the_best(sandbox, as_user, tmp_path):
    """Issue 20: lease A holds exactly one host (reserve --hosts), lease B takes that host from A's end, so
    Blazar would refuse to prolong A. envboot says so before calling it, lists the follow-ons (the same host
    from B's end, the same hardware from A's end) with their commands, and --or-follow-on books the best
    through reserve's verified, audited flow: the lease Blazar creates starts at A's end."""
    from envboot.core.timeutil import parse_api_time

    guest = seed.client_for(sandbox, "guest")
    as_user("guest")
    start = floor_minute(utcnow()) + timedelta(days=47, hours=5)
    a_end = start + timedelta(hours=1)
    made: list[str] = []
    try:
        first = cli(["reserve", "--zone", "uc", "--start", f"{start:%Y-%m-%d %H:%M}", "--duration", "1h", "-n", "1",
                     "-t", "compute_skylake", "--pin-nodes", "--dry-run", "0", "--yes", "-f", "json"])
        assert first.code == 0, first.err
        a = json.loads(first.out)
        made.append(a["lease_id"])
        (host,) = a["hosts"]
        # A again, but on exactly that host: a pending lease whose only matching host is taken cannot move
        second = cli(["reserve", "--zone", "uc", "--start", f"{a_end:%Y-%m-%d %H:%M}", "--duration", "2h", "-n", "1",
                      "--hosts", host, "--dry-run", "0", "--yes", "-f", "json"])
        assert second.code == 0, second.err
        b = json.loads(second.out)
        made.append(b["lease_id"])
        assert b["hosts"] == [host]  # --hosts: Blazar gave exactly the host named
        body = guest.lease.get(b["lease_id"])["reservations"][0]
        assert "$uid" in body["resource_properties"], body  # pinned by uid, as --pin-nodes pins
        r = cli(["lease", "extend", a["lease_id"], "--by", "1h", "--dry-run", "-f", "json"])
        assert r.code == 1, r.err
        doc = assert_valid(json.loads(r.out), "lease-extend")
        assert doc["verdict"] == "refused", doc  # reserve --pin-nodes pinned A's one host too
        by_label = {f["label"]: f for f in doc["follow_on"]}
        same, other = by_label["same hosts"], by_label["same hardware"]
        assert same["hosts"] == [host] and same["start"] == f"{a_end + timedelta(hours=2):%Y-%m-%dT%H:%M}:00Z"
        assert other["node_type"] == "compute_skylake" and other["start"] == f"{a_end:%Y-%m-%dT%H:%M}:00Z"
        assert doc["follow_on"][0]["label"] == "same hardware"  # the earliest first
        assert other["command"].startswith("envboot reserve --zone uc --start") and "--node-type compute_skylake" \
            in other["command"] and same["command"].endswith(f"--hosts {host} --dry-run 0")
        table = cli(["lease", "extend", a["lease_id"], "--by", "1h", "--dry-run"])
        assert table.code == 1 and "follow-on 1 (same hardware)" in " ".join(table.out.split()), table.out
        booked = cli(["lease", "extend", a["lease_id"], "--by", "1h", "--or-follow-on", "--yes", "-f", "json"])
        assert booked.code == 0, booked.err
        got = assert_valid(json.loads(booked.out), "lease-extend")
        outcome = assert_valid(got["follow_on_booked"], "reserve")
        made.append(outcome["lease_id"])
        assert outcome["result"] == "success" and outcome["exit_code"] == 0, outcome  # success: verified
        lease = guest.lease.get(outcome["lease_id"])
        assert parse_api_time(lease["start_date"], where="start_date") == a_end
        assert parse_api_time(lease["end_date"], where="end_date") == a_end + timedelta(hours=1)
        assert guest.lease.get(a["lease_id"])["end_date"].startswith(f"{a_end:%Y-%m-%dT%H:%M}")  # A unchanged
        intents = assert_valid(json.loads(cli(["audit", "-f", "json"]).out), "audit")["intents"]
        assert outcome["lease_id"] in [row.get("lease_id") for row in intents]
    finally:
        for lid in made:
            if any(x["id"] == lid for x in guest.lease.list()):
                guest.lease.delete(lid)
