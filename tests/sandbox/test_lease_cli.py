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
