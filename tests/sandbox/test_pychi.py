"""Chameleon's own client, python-chi 1.2.10 (with chameleon-blazarclient 3.6.5, in its own venv),
against the sandbox: it authenticates from the OpenRC-style environment `envboot sandbox env`
prints, reads its project from Keystone, lists, creates, extends and deletes leases, and it and
envboot each see the other's leases with the same hosts, dates and status.

python-chi runs in a subprocess (envboot/sandbox/pychi_driver.py, JSON on stdout); envboot through
its CLI (`envboot lease list/show`, `envboot refresh`) and its library (envboot.live)."""

from __future__ import annotations

import json
import os
import urllib.request
from datetime import timedelta

import pytest

from envboot import api
from envboot.core.errors import EnvbootError
from envboot.core.settings import BUNDLED_SNAPSHOT
from envboot.core.timeutil import blazar_date, floor_minute, iso_z, utcnow
from envboot.live.context import LiveContext
from envboot.sandbox import pychi_venv

from ..conftest import run_main

pytestmark = pytest.mark.sandbox


@pytest.fixture(scope="module")
def chi_venv():
    try:
        return pychi_venv.ensure()
    except EnvbootError as exc:
        pytest.fail(f"python-chi's virtual environment could not be installed: {exc}", pytrace=False)


def _chi_runner(sandbox, venv, user):
    env = {k: v for k, v in os.environ.items() if not k.startswith("OS_")}
    env.update(sandbox.user_env(user))  # exactly what `eval "$(envboot sandbox env)"` sets

    def run(*steps):
        results = pychi_venv.run(venv, env, list(steps))
        for op, result in zip(steps, results, strict=True):
            assert "error" not in result, (op, result)
        return results

    return run


@pytest.fixture
def chi(sandbox, chi_venv):
    return _chi_runner(sandbox, chi_venv, "demo")


@pytest.fixture
def live_env(sandbox, monkeypatch, tmp_path):
    for k, v in sandbox.user_env("demo").items():
        monkeypatch.setenv(k, v)
    monkeypatch.setenv("ENVBOOT_LIVE_DATA", str(tmp_path / "live"))
    monkeypatch.setenv("ENVBOOT_AUDIT", str(tmp_path / "audit.jsonl"))
    monkeypatch.delenv("OS_CLOUD", raising=False)
    monkeypatch.delenv("ENVBOOT_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path


def envboot(*argv):
    from envboot.interfaces.cli.app import main

    r = run_main(main, list(argv))
    assert r.code == 0, r.err
    return json.loads(r.out)


def envboot_hosts(live_dir) -> dict[str, list[str]]:
    """Lease id -> node uids, as envboot's merged view (after `envboot refresh`) has them."""
    envboot("refresh", "--inventory", str(BUNDLED_SNAPSHOT), "-f", "json")
    hosts: dict[str, list[str]] = {}
    for node in api.load_view(live_dir).nodes:
        for r in node.reservations:
            hosts.setdefault(r.lease_id, []).append(node.uid)
    return {k: sorted(v) for k, v in hosts.items()}


def test_python_chi_reads_every_seeded_lease(sandbox, chi_venv, seed_plan):
    """Before: every read failed on created_at's microseconds (python-chi parses "%Y-%m-%d %H:%M:%S")."""
    (listed,) = _chi_runner(sandbox, chi_venv, "admin")({"op": "list"})
    seeded = {x["name"]: x for x in listed["leases"] if x["name"].startswith("seed-")}
    assert len(seeded) == len(seed_plan.leases)
    for lease in seed_plan.leases:
        got = seeded[lease.name]
        assert got["hosts"] == sorted(lease.host_uids) and got["end"] == iso_z(lease.end)
        assert got["status"] in ("PENDING", "STARTING", "ACTIVE") and got["created_at"].endswith("Z")
        if lease.start is not None:
            assert got["start"] == iso_z(lease.start)


def test_python_chi_and_envboot_see_each_others_leases(sandbox, demo, chi, live_env, unique):
    start = floor_minute(utcnow() + timedelta(days=140))  # beyond every seeded lease and other tests' windows
    mine_name, chi_name = unique("envboot"), unique("chi")
    # envboot's library (its own auth, from the v3password environment) creates a lease for 1 storage node
    leases = LiveContext.create(live_env / "live", BUNDLED_SNAPSHOT, None, None).leases("uc")
    mine = leases.create({"name": mine_name, "start_date": blazar_date(start),
                          "end_date": blazar_date(start + timedelta(hours=2)), "events": [],
                          "reservations": [{"resource_type": "physical:host", "min": 1, "max": 1,
                                            "hypervisor_properties": "",
                                            "resource_properties": '["==", "$node_type", "storage_nvme"]'}]})

    window = start + timedelta(hours=3), start + timedelta(hours=5)
    who, listed, created, extended = chi(
        {"op": "whoami"},
        {"op": "list"},
        {"op": "create", "name": chi_name, "node_type": "compute_skylake", "amount": 2,
         "start": f"{window[0]:%Y-%m-%d %H:%M}", "end": f"{window[1]:%Y-%m-%d %H:%M}"},
        {"op": "extend", "ref": chi_name, "prolong_for": "1h"},
    )
    # Keystone: python-chi's GET /v3/projects/{id} and GET /v3/users/{id}/projects
    assert who == {"project_name": "demo", "projects": ["demo"], "region": "CHI@UC", "auth_type": "v3password"}
    assert created["lease"]["status"] == "PENDING" and len(created["lease"]["hosts"]) == 2
    assert (created["lease"]["start"], created["lease"]["end"]) == (iso_z(window[0]), iso_z(window[1]))
    theirs = extended["lease"]
    assert theirs["id"] == created["lease"]["id"] and theirs["hosts"] == created["lease"]["hosts"]
    assert theirs["end"] == iso_z(window[1] + timedelta(hours=1)) and theirs["status"] == "PENDING"

    # python-chi saw envboot's lease as envboot sees it
    seen = {x["id"]: x for x in listed["leases"]}
    hosts = envboot_hosts(live_env / "live")
    assert seen[mine.id]["name"] == mine_name and seen[mine.id]["status"] == mine.status == "PENDING"
    assert (seen[mine.id]["start"], seen[mine.id]["end"]) == (iso_z(mine.start), iso_z(mine.end))
    assert seen[mine.id]["hosts"] == hosts[mine.id] and len(hosts[mine.id]) == 1

    # envboot (CLI) sees python-chi's lease as python-chi sees it: same dates after the extension, status, hosts
    by_id = {x["id"]: x for x in envboot("lease", "list", "-f", "json")["leases"]}
    shown = envboot("lease", "show", theirs["id"], "-f", "json")
    for doc in (by_id[theirs["id"]], shown):
        assert (doc["name"], doc["status"], doc["start"], doc["end"]) == (
            chi_name, theirs["status"], theirs["start"], theirs["end"])
    assert hosts[theirs["id"]] == theirs["hosts"]
    assert by_id[mine.id]["status"] == "PENDING"

    # each deletes the other's lease; both see both gone
    deleted, after = chi({"op": "delete", "ref": mine.id}, {"op": "list"})
    assert deleted["status"] == "DELETED"
    assert mine.id not in {x["id"] for x in after["leases"]} and theirs["id"] in {x["id"] for x in after["leases"]}
    leases.delete(theirs["id"])
    assert not {mine.id, theirs["id"]} & {x["id"] for x in envboot("lease", "list", "-f", "json")["leases"]}
    (final,) = chi({"op": "list"})
    assert not {mine.id, theirs["id"]} & {x["id"] for x in final["leases"]}
    unhandled = json.load(urllib.request.urlopen(f"{sandbox.control_url}/unhandled", timeout=10))["unhandled"]
    assert unhandled == []  # every call python-chi made was answered by a route, none by the 404 fallback
