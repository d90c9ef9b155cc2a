"""envboot reserves floating IPs through its one reservation flow, against the REAL Blazar 18: with hosts
in the same lease (``--floating-ips N``) and alone (``--resource-type virtual:floatingip``); planned,
created, verified and audited (python-chi 1.2.10 reading envboot's floating IP leases and envboot reading
python-chi's: tests/sandbox/test_pychi_floatingips.py)."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from envboot.core.settings import BUNDLED_SNAPSHOT
from envboot.core.timeutil import floor_minute, utcnow
from envboot.live.audit import AuditLog
from envboot.sandbox import fip_seed

from ..schema_check import assert_valid
from .test_live import cli, live_env  # noqa: F401 - the fixture

pytestmark = pytest.mark.sandbox


def _mine(client, reservation_id: str) -> list[str]:
    return sorted(a for a, allocs in fip_seed.allocations(client).items()
                  if any(r["id"] == reservation_id for r in allocs))


def test_hosts_and_floating_ips_in_one_lease_through_the_cli_planned_created_verified_audited(
        live_env, demo, sandbox, seed_plan):  # noqa: F811
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
    # lease show names the addresses (not only the reservation id), in JSON and in the table
    shown = assert_valid(json.loads(cli(["lease", "show", doc["lease_id"], "-f", "json"]).out), "lease")
    assert shown["floating_ips"] == reserved and shown["hosts"] == doc["hosts"]
    table = cli(["lease", "show", doc["lease_id"]]).out
    assert f"2 floating IP(s): {', '.join(reserved)}" in table, table


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
