"""`envboot lease list/show/extend/delete` against the real Blazar, in table and JSON (checked against
the shipped schemas): an empty project says so, a lease made by another client is shown as Blazar has it."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from envboot.sandbox import seed
from envboot.timeutil import floor_minute, utcnow

from ..conftest import run_main
from ..schema_check import assert_valid

pytestmark = pytest.mark.sandbox


@pytest.fixture
def as_user(sandbox, monkeypatch, tmp_path):
    def login(user: str):
        for k, v in sandbox.user_env(user).items():
            monkeypatch.setenv(k, v)
        monkeypatch.setenv("ENVBOOT_LIVE_DATA", str(tmp_path / "live"))
        monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
        monkeypatch.delenv("OS_CLOUD", raising=False)
        monkeypatch.delenv("ENVBOOT_CONFIG", raising=False)
    return login


def cli(argv):
    from envboot.cli.app import main

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
        assert "1 lease(s) in zone current" in r.out and "guest-cli" in r.out
        (row,) = assert_valid(json.loads(cli(["lease", "list", "-f", "json"]).out), "lease-list")["leases"]
        assert row["id"] == lease["id"] and row["start"] == f"{start:%Y-%m-%dT%H:%M}:00Z"
        shown = assert_valid(json.loads(cli(["lease", "show", lease["id"], "-f", "json"]).out), "lease")
        assert shown["status"] == "PENDING" and shown["reservations"] == [lease["reservations"][0]["id"]]
        r = cli(["lease", "wait", lease["id"], "--timeout", "30", "-f", "json"])
        assert r.code == 0, r.err
        assert assert_valid(json.loads(r.out), "lease")["status"] == "PENDING"
        r = cli(["lease", "extend", lease["id"], "--by", "2h", "-f", "json"])
        assert r.code == 0, r.err
        extended = assert_valid(json.loads(r.out), "lease")
        assert extended["end"] == f"{start + timedelta(hours=3):%Y-%m-%dT%H:%M}:00Z"
        assert guest.lease.get(lease["id"])["end_date"].startswith(f"{start + timedelta(hours=3):%Y-%m-%dT%H:%M}")
        r = cli(["lease", "delete", lease["id"], "--yes"])
        assert r.code == 0, r.err
        assert all(x["id"] != lease["id"] for x in guest.lease.list())
    finally:
        if any(x["id"] == lease["id"] for x in guest.lease.list()):
            guest.lease.delete(lease["id"])
