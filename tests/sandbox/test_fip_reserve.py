"""envboot reserves floating IPs through its one reservation flow, against the REAL Blazar 18: with hosts
in the same lease (``--floating-ips N``) and alone (``--resource-type virtual:floatingip``); planned,
created, verified and audited; python-chi 1.2.10 reads envboot's lease (envboot reading python-chi's:
tests/sandbox/test_pychi_floatingips.py)."""

from __future__ import annotations

import json
import time
from datetime import timedelta

import pytest

from envboot.core.settings import BUNDLED_SNAPSHOT
from envboot.core.timeutil import floor_minute, utcnow
from envboot.live.audit import AuditLog
from envboot.sandbox import fip_seed

from ..schema_check import assert_valid
from .test_live import cli, live_env  # noqa: F401 - the fixture
from .test_pychi import _chi_runner, chi_venv  # noqa: F401 - the module fixture

pytestmark = pytest.mark.sandbox


@pytest.fixture
def chi(sandbox, chi_venv):  # noqa: F811
    return _chi_runner(sandbox, chi_venv, "demo")


def _mine(client, reservation_id: str) -> list[str]:
    return sorted(a for a, allocs in fip_seed.allocations(client).items()
                  if any(r["id"] == reservation_id for r in allocs))


def _wait_active(client, lease_id: str, seconds: float = 90) -> str:
    deadline = time.monotonic() + seconds
    while (status := client.lease.get(lease_id)["status"]) != "ACTIVE" and time.monotonic() < deadline:
        time.sleep(1)
    return status


def test_hosts_and_floating_ips_in_one_lease_planned_created_verified_audited_and_read_by_python_chi(
        live_env, demo, sandbox, seed_plan, chi):  # noqa: F811
    pool = seed_plan.fips
    r = cli(["reserve", "--inventory", str(BUNDLED_SNAPSHOT), "--zone", "uc", "--start", "now", "--duration", "30m",
             "-n", "1", "-t", "compute_cascadelake_r", "--floating-ips", "2", "--dry-run", "0", "--yes",
             "--wait-timeout", "60", "-f", "json"])
    assert r.code == 0, r.err
    doc = assert_valid(json.loads(r.out), "reserve")
    assert doc["result"] == "success" and len(doc["hosts"]) == 1 and len(doc["floating_ips"]) == 2
    kinds = sorted(x["resource_type"] for x in doc["lease_request"]["reservations"])
    assert kinds == ["physical:host", "virtual:floatingip"]
    raw = demo.lease.get(doc["lease_id"])
    (fip_res,) = [x for x in raw["reservations"] if x["resource_type"] == "virtual:floatingip"]
    reserved = _mine(demo, fip_res["id"])
    assert reserved == sorted(doc["floating_ips"]) and set(reserved) <= set(pool.addresses)
    # the addresses envboot planned are the ones Blazar took (the plan's option in the outcome)
    assert sorted(doc["option"]["floating_ips"][0]["addresses"]) == reserved
    (state,) = AuditLog(live_env / "audit.jsonl").intents()
    assert state.outcome.data["result"] == "success" and sorted(state.outcome.data["addresses"]) == reserved
    assert state.intent.data["option"]["parts"][0]["resource_type"] == "virtual:floatingip"
    # python-chi reads envboot's lease (from Neutron: once the lease has started)
    assert _wait_active(demo, doc["lease_id"]) == "ACTIVE"
    (read,) = chi({"op": "reserved_fips", "ref": doc["lease_id"]})
    assert read["addresses"] == reserved


def test_floating_ips_alone_are_reserved_in_a_lease_of_their_own(live_env, demo, seed_plan):  # noqa: F811
    start = floor_minute(utcnow() + timedelta(days=170))
    r = cli(["reserve", "--inventory", str(BUNDLED_SNAPSHOT), "--resource-type", "virtual:floatingip", "--zone", "uc",
             "--start", f"{start:%Y-%m-%d %H:%M}", "--duration", "1h", "-n", "3", "--dry-run", "0", "--yes",
             "-f", "json"])
    assert r.code == 0, r.err
    doc = assert_valid(json.loads(r.out), "reserve")
    assert doc["result"] == "success" and doc["resource_type"] == "virtual:floatingip" and len(doc["addresses"]) == 3
    (res,) = demo.lease.get(doc["lease_id"])["reservations"]
    assert res["resource_type"] == "virtual:floatingip" and _mine(demo, res["id"]) == sorted(doc["addresses"])
