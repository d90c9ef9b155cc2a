"""KVM instances (flavor:instance) through the REAL Blazar 18 flavor plugin, in a sandbox of their own
(side by side with the session's bare-metal one), seeded from examples/kvm-synthetic (SYNTHETIC).

The seed shim's `--resource-type flavor:instance --flavor m1.large --amount 4 --dry-run 0` creates the
instance reservation through envboot reserve's flow (intent, create, verify, audit), run as the real
command line with only the variables `envboot sandbox env` prints."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.request
from datetime import timedelta
from pathlib import Path

import pytest

from envboot.core.timeutil import blazar_date, utcnow
from envboot.sandbox import kvm_seed, runtime, seed

pytestmark = pytest.mark.sandbox

ROOT = Path(__file__).resolve().parents[2]
KVM = ROOT / "examples" / "kvm-synthetic"


@pytest.fixture(scope="module")
def kvm(tmp_path_factory):
    home = tmp_path_factory.mktemp("kvm-sandbox") / "kvm"
    try:
        info = runtime.up(home, region="KVM@TACC", name="kvm-tests", flavor_plugin=True)
        plan = kvm_seed.plan_from_kvm_dir(KVM)
        info.kvm_seed = kvm_seed.apply_kvm(info, plan)  # type: ignore[attr-defined]
        info.kvm_plan = plan  # type: ignore[attr-defined]
    except Exception as exc:  # noqa: BLE001
        runtime.down(home)
        pytest.fail(f"the KVM sandbox (real Blazar, flavor plugin) could not start or be seeded: {exc}",
                    pytrace=False)
    yield info
    runtime.down(home)


def control(info, path: str) -> dict:
    with urllib.request.urlopen(f"{info.control_url}/{path}", timeout=30) as resp:
        return json.load(resp)


def user_env(info, tmp_path: Path, user: str = "demo") -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OS_", "ENVBOOT_"))}
    env.update(info.user_env(user))
    # no zones file: the OpenRC variables describe the one zone, KVM@TACC
    env.update({"ENVBOOT_LIVE_DATA": str(tmp_path / "live"), "ENVBOOT_AUDIT": str(tmp_path / "audit.jsonl")})
    return env


def run(argv: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(argv, env=env, cwd=ROOT, capture_output=True, text=True, timeout=180)


def test_seeded_like_the_example_and_every_call_answered(kvm):
    plan = kvm.kvm_plan
    assert [h.name for h in plan.hosts] == ["kvm-h01", "kvm-h02", "kvm-h03", "kvm-h04", "kvm-h05", "kvm-h06",
                                            "kvm-c01"]  # kvm-c02 is not reservable in the example
    admin = seed.client_for(kvm, "admin")
    leases = {lease["name"]: lease for lease in admin.lease.list()}
    assert set(leases) == set(kvm.kvm_seed.lease_ids)
    kinds = sorted(r["resource_type"] for lease in leases.values() for r in lease["reservations"])
    assert kinds == ["flavor:instance"] * 4 + ["physical:host"]
    # Blazar cached each flavor and created the reservation's own flavor, named reservation:<id>
    flavors = control(kvm, "state")["flavors"]
    for lease in leases.values():
        for r in lease["reservations"]:
            if r["resource_type"] == "flavor:instance":
                assert json.loads(r["resource_properties"])["OS-FLV-EXT-DATA:ephemeral"] == 0
                assert flavors[r["id"]] == f"reservation:{r['id']}" and r["flavor_id"] == r["id"]
    # the leases replayed as running ones start (Nova aggregates, Placement reservation inventories)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        running = [lease["status"] for lease in admin.lease.list() if lease["name"].startswith("seed-000")]
        if running.count("ACTIVE") == 3:
            break
        time.sleep(1)
    assert running.count("ACTIVE") == 3, running
    state = control(kvm, "state")
    assert any(name.startswith("CUSTOM_RESERVATION_") for name in state["resource_classes"])
    assert state["requests"].get("PUT /placement/resource_providers/([^/]+)/inventories", 0) >= 1
    assert control(kvm, "unhandled")["unhandled"] == []


def test_seed_shim_creates_a_verified_audited_instance_reservation(kvm, tmp_path):
    env = user_env(kvm, tmp_path)
    start = blazar_date(utcnow() + timedelta(hours=3))
    r = run([sys.executable, "integrate_and_plan.py", "--resource-type", "flavor:instance", "--flavor", "m1.large",
             "--amount", "4", "--start", start, "--duration", "120", "--dry-run", "0"], env)
    assert r.returncode == 0, (r.stdout, r.stderr)
    assert "success" in r.stdout and "launch instances with flavor reservation:" in r.stdout
    records = [json.loads(line) for line in (tmp_path / "audit.jsonl").read_text().splitlines()]
    assert [x["event"] for x in records] == ["intent", "create_attempt", "outcome"]
    intent, attempt, outcome = records
    assert intent["request"]["resource_type"] == "flavor:instance" and intent["option"]["flavor"]["id"] == "4"
    assert attempt["body"]["reservations"] == [
        {"resource_type": "flavor:instance", "flavor_id": "4", "amount": 4, "affinity": None}]
    assert attempt["body"]["start_date"] == start
    assert outcome["result"] == "success" and outcome["status"] == "PENDING" and outcome["hosts"]
    rid = outcome["reservation_id"]
    assert outcome["launch_flavor"] == f"reservation:{rid}"
    # what Blazar holds: one flavor:instance reservation of 4 x flavor 4, its own flavor created in Nova
    demo = seed.client_for(kvm, "demo")
    lease = demo.lease.get(outcome["lease_id"])
    (res,) = lease["reservations"]
    assert (res["id"], res["resource_type"], res["amount"], res["flavor_id"]) == (rid, "flavor:instance", 4, rid)
    assert json.loads(res["resource_properties"])["id"] == "4"
    assert control(kvm, "state")["flavors"][rid] == f"reservation:{rid}"
    # the refresh fetched what the flavor planner reads
    live = tmp_path / "live" / "kvm"
    for name in ("flavors.json", "resource_providers.json", "leases.json", "allocations.json", "hosts.json"):
        assert (live / name).exists(), name
    # `envboot lease show` names the flavor to launch on
    envboot = [sys.executable, "-m", "envboot"]
    r = run([*envboot, "lease", "show", outcome["lease_id"], "-f", "json"], env)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["launch_flavor"] == f"reservation:{rid}"
    r = run([*envboot, "lease", "show", outcome["lease_id"]], env)
    assert r.returncode == 0 and f"launch instances with flavor reservation:{rid}" in r.stdout
    demo.lease.delete(outcome["lease_id"])


def test_reserve_refuses_what_does_not_fit_and_creates_nothing(kvm, tmp_path):
    env = user_env(kvm, tmp_path)
    demo = seed.client_for(kvm, "demo")
    before = len(demo.lease.list())
    start = blazar_date(utcnow() + timedelta(hours=5))
    r = run([sys.executable, "-m", "envboot", "reserve", "--resource-type", "flavor:instance", "--flavor",
             "m1.xxlarge", "-n", "400", "--start", start, "--duration", "60", "--dry-run", "0", "--yes",
             "--no-retry-find-earliest", "-f", "json"], env)
    assert r.returncode == 1, (r.stdout, r.stderr)
    doc = json.loads(r.stdout)
    assert doc["result"] == "no_capacity" and doc["resource_type"] == "flavor:instance" and doc["lease_id"] is None
    assert len(demo.lease.list()) == before


def test_an_agent_reserves_instances_over_mcp_with_consent_exactly_once(kvm, tmp_path):
    """`envboot mcp` over stdio (the SDK's client): plan_instances on live data → reserve with consent →
    exactly one flavor:instance lease in the real Blazar, verified and audited; the plan id is then spent."""
    import anyio
    from mcp import Client, StdioServerParameters
    from mcp_types import ElicitResult

    env = user_env(kvm, tmp_path)
    server = StdioServerParameters(command=sys.executable, env=env, cwd=str(ROOT),
                                   args=["-m", "envboot", "mcp", "--wait-timeout", "30"])
    asked: list[str] = []

    async def accept(ctx, params):
        asked.append(params.message)
        return ElicitResult(action="accept", content={"confirm": True})

    demo = seed.client_for(kvm, "demo")
    before = {x["id"] for x in demo.lease.list()}
    start = utcnow() + timedelta(hours=7)

    async def agent():
        async with Client(server, elicitation_callback=accept) as c:
            plan = await c.call_tool("plan_instances", {"start": f"{start:%Y-%m-%d %H:%M}", "duration": "1h",
                                                        "flavor": "m1.large", "amount": 2, "live": True})
            assert not plan.is_error, plan.content
            plan = plan.structured_content
            done = await c.call_tool("reserve", {"plan_id": plan["plan_id"], "option": 1})
            again = await c.call_tool("reserve", {"plan_id": plan["plan_id"], "option": 1})
            return plan, done, again

    plan, done, again = anyio.run(agent)
    assert not done.is_error, done.content[0].text
    doc = done.structured_content
    option = plan["options"][0]
    assert plan["data"]["source"] == "live" and option["strategy"] == "base" and option["zone"] == "kvm"
    assert doc["result"] == "success" and doc["resource_type"] == "flavor:instance" and doc["hosts"]
    (msg,) = asked  # the person was asked once, with the exact lease
    assert "zone kvm, 2 KVM instance(s) of flavor m1.large" in msg
    # exactly one new lease in Blazar: one flavor:instance reservation of 2 x flavor 4, its own flavor created
    new = [x for x in demo.lease.list() if x["id"] not in before]
    assert [(x["id"], x["name"]) for x in new] == [(doc["lease_id"], doc["lease_name"])]
    (res,) = demo.lease.get(doc["lease_id"])["reservations"]
    assert (res["resource_type"], res["amount"], json.loads(res["resource_properties"])["id"]) == (
        "flavor:instance", 2, "4")
    assert doc["launch_flavor"] == f"reservation:{res['id']}"
    records = [json.loads(line) for line in (tmp_path / "audit.jsonl").read_text().splitlines()]
    assert [x["event"] for x in records] == ["intent", "create_attempt", "outcome"]
    assert records[0]["request"]["resource_type"] == "flavor:instance" and records[2]["result"] == "success"
    assert again.is_error and again.content[0].text.startswith(f"plan {plan['plan_id']} was already used (success")
    assert len([x for x in demo.lease.list() if x["id"] not in before]) == 1
    demo.lease.delete(doc["lease_id"])
