"""envboot's MCP server through the official SDK's own client, in process (its memory transport, both
protocol eras), and over streamable HTTP behind the bearer token. Data: the bundled snapshot.

The reserve refusals here never reach Blazar; the whole flow against a real Blazar is in
tests/sandbox/test_mcp_flow.py."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import anyio
import httpx2
import jsonschema
import pytest
from mcp import Client
from mcp_types import ElicitResult

from envboot.core.errors import ConfigError
from envboot.interfaces.mcp import ServerConfig, build_server
from envboot.interfaces.mcp.http import read_token

READ_TOOLS = {"zones", "hardware", "availability", "earliest", "plan", "lease_list", "lease_show",
              "needs_from_repository", "instance_availability", "plan_instances"}
MUTATING_TOOLS = {"reserve", "lease_extend", "lease_delete"}
WINDOW = {"zone": "uc", "start": "2025-10-30 20:00", "duration": "2h"}
SHIFTED = {**WINDOW, "amount": 3, "node_type": "compute_skylake"}


class FakeClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def run(coro_fn, *args):
    return anyio.run(coro_fn, *args)


@pytest.fixture(autouse=True)
def no_live(monkeypatch, tmp_path):
    """No credentials and a private live data dir: nothing here may reach a cloud or the user's files."""
    for k in [k for k in os.environ if k.startswith("OS_")]:
        monkeypatch.delenv(k)
    monkeypatch.setenv("ENVBOOT_LIVE_DATA", str(tmp_path / "live"))
    monkeypatch.setenv("ENVBOOT_AUDIT", str(tmp_path / "audit.jsonl"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


def cli_error(envboot, argv) -> str:
    r = envboot(argv)
    assert r.code != 0 and r.err.startswith("envboot: error: "), r
    return r.err.removeprefix("envboot: error: ").strip()


# -- the tools and their schemas ----------------------------------------------------------------------
def test_every_tool_has_input_and_output_schemas_and_annotations():
    async def main():
        async with Client(build_server(ServerConfig())) as c:
            tools = {t.name: t for t in (await c.list_tools()).tools}
            async with Client(build_server(ServerConfig(read_only=True))) as ro:
                ro_tools = {t.name for t in (await ro.list_tools()).tools}
            return tools, ro_tools

    tools, ro_tools = run(main)
    assert set(tools) == READ_TOOLS | MUTATING_TOOLS
    assert ro_tools == READ_TOOLS  # --read-only: the mutating tools are not even listed
    for name, t in tools.items():
        for schema in (t.input_schema, t.output_schema):
            assert schema["type"] == "object", name
            jsonschema.Draft202012Validator.check_schema(schema)
        assert t.description and t.annotations is not None, name
        assert t.annotations.read_only_hint is (name in READ_TOOLS), name
        assert t.annotations.destructive_hint is (name == "lease_delete"), name
    assert tools["reserve"].input_schema["required"] == ["plan_id"]
    assert set(tools["reserve"].input_schema["properties"]) == {"plan_id", "option", "confirm"}
    assert "confirm" in tools["reserve"].description and "elicitation" in tools["reserve"].description
    assert tools["plan"].output_schema["properties"]["plan_id"]
    assert tools["plan"].input_schema["properties"]["prefer"]["enum"] == ["soonest", "same-zone", "same-hardware",
                                                                         "cheapest"]


def test_read_tools_answer_like_the_cli(envboot):
    async def main():
        async with Client(build_server(ServerConfig())) as c:  # the client validates against the output schemas
            return {
                "zones": await c.call_tool("zones", {}),
                "hardware": await c.call_tool("hardware", {}),
                "availability": await c.call_tool("availability", {**WINDOW, "duration": 60}),
                "earliest": await c.call_tool("earliest", SHIFTED),
                "never": await c.call_tool("earliest", {**SHIFTED, "amount": 40, "max_search_hours": 2}),
                "plan": await c.call_tool("plan", SHIFTED),
            }

    r = run(main)
    assert not any(x.is_error for x in r.values())
    cli = json.loads(envboot(["zones", "-f", "json"]).out)
    assert r["zones"].structured_content["zones"] == cli["zones"]
    assert json.loads(r["zones"].content[0].text) == r["zones"].structured_content
    (uc,) = r["hardware"].structured_content["zones"]
    types = {t["node_type"]: t for t in uc["node_types"]}
    assert sum(t["nodes"] for t in types.values()) == 132
    assert types["gpu_rtx_6000"]["category"] == "gpu" and types["gpu_rtx_6000"]["gpu_count"] >= 1
    assert types["compute_skylake"]["category"] == "compute" and types["compute_skylake"]["threads"]
    av = r["availability"].structured_content
    cli = json.loads(envboot(["availability", "--zone", "uc", "--start", "2025-10-30 20:00", "--duration", "60",
                              "-f", "json"]).out)
    assert av["available_nodes"] == cli["available_nodes"] == 22 and av["nodes"] == cli["nodes"]
    e = r["earliest"].structured_content
    # a start in the past is searched from now, as plan does (issue 17: it returned 2025-11-01)
    from datetime import UTC, datetime

    assert e["found"] and e["available_nodes"] >= 3 and e["requested_start"] == "2025-10-30T20:00:00Z"
    assert datetime.fromisoformat(e["start"]) > datetime.now(UTC).replace(second=0, microsecond=0)
    assert r["never"].structured_content["found"] is False and r["never"].structured_content["start"] is None
    p = r["plan"].structured_content
    cli = json.loads(envboot(["plan", "--zone", "uc", "--start", "2025-10-30 20:00", "--duration", "2h", "-n", "3",
                              "-t", "compute_skylake", "-f", "json"]).out)
    assert p["plan_id"].startswith("p-") and p["expires_at"].endswith("Z") and p["ttl_seconds"] == 300
    assert (p["status"], p["options"], p["explanation"]) == (cli["status"], cli["options"], cli["explanation"])


KVM = Path(__file__).resolve().parents[1] / "examples" / "kvm-synthetic"


def tomorrow_9() -> str:
    """A start in the future (the example's reservations are in July 2026): a plan of it is never shifted."""
    from datetime import timedelta

    from envboot.core.timeutil import utcnow

    return f"{utcnow() + timedelta(days=1):%Y-%m-%d} 09:00"


def test_instance_tools_answer_like_the_cli(envboot):
    """flavor:instance (KVM instances of a flavor) through plan_instances and instance_availability: the same
    documents as `envboot plan|availability --resource-type flavor:instance -f json` on the same data."""
    busy = {"zone": "kvm", "start": "2026-07-01 14:00", "duration": "2h", "flavor": "m1.large", "amount": 4}
    later = {**busy, "start": tomorrow_9()}  # after every reservation of the example: a plain base option

    async def main():
        async with Client(build_server(ServerConfig(data=KVM))) as c:
            return (await c.call_tool("instance_availability", busy), await c.call_tool("plan_instances", later),
                    await c.call_tool("plan_instances", {**later, "flavor": "m9.nothing"}),
                    await c.call_tool("plan_instances", {**later, "amount": 4000}))

    av, plan, unknown, too_many = run(main)
    assert not av.is_error and not plan.is_error, (av.content, plan.content)
    flags = ["--data", str(KVM), "--resource-type", "flavor:instance", "--zone", "kvm", "--flavor", "m1.large",
             "-n", "4", "--duration", "2h", "-f", "json"]
    cli = json.loads(envboot(["availability", *flags, "--start", busy["start"], "--now", "2026-07-01 12:00"]).out)
    a = av.structured_content
    assert (a["instances_fit"], a["hosts"], a["sufficient"]) == (cli["instances_fit"], cli["hosts"], cli["sufficient"])
    assert a["flavor"]["name"] == "m1.large" and a["resource_type"] == "flavor:instance"
    cli = json.loads(envboot(["plan", *flags, "--start", later["start"]]).out)
    p = plan.structured_content
    assert p["plan_id"].startswith("p-") and p["expires_at"].endswith("Z")
    assert (p["status"], p["options"], p["request"]) == ("ok", cli["options"], cli["request"])
    top = p["options"][0]
    assert top["strategy"] == "base" and top["amount"] == 4 and sum(h["instances"] for h in top["hosts"]) == 4
    assert top["lease_request"]["reservations"] == [
        {"resource_type": "flavor:instance", "flavor_id": "4", "amount": 4, "affinity": None}]
    assert unknown.is_error and "m9.nothing" in unknown.content[0].text
    cli_err = cli_error(envboot, ["plan", *flags, "--start", later["start"], "--flavor", "m9.nothing"])
    assert unknown.content[0].text == cli_err
    assert not too_many.is_error and too_many.structured_content["plan_id"] is None  # nothing to reserve
    assert too_many.structured_content["status"] == "infeasible"


def test_consent_for_an_instance_plan_names_the_flavor_and_a_decline_does_nothing():
    asked = []

    async def decline(ctx, params):
        asked.append(params.message)
        return ElicitResult(action="decline")

    async def main():
        async with Client(build_server(ServerConfig(data=KVM)), elicitation_callback=decline) as c:
            plan = (await c.call_tool("plan_instances", {"zone": "kvm", "start": tomorrow_9(), "duration": 90,
                                                         "flavor": "m1.large", "amount": 3})).structured_content
            return plan, await c.call_tool("reserve", {"plan_id": plan["plan_id"]})

    plan, declined = run(main)
    (msg,) = asked
    o = plan["options"][0]
    assert "zone kvm, 3 KVM instance(s) of flavor m1.large" in msg and "(1.5 h)" in msg
    assert f"{o['start'][:10]} {o['start'][11:16]}Z → {o['end'][:10]} {o['end'][11:16]}Z" in msg
    assert all(h["hypervisor_hostname"] in msg for h in o["hosts"])
    assert declined.is_error and declined.content[0].text == (
        f"the person declined the lease of plan {plan['plan_id']} option 1; nothing was done")


def test_errors_are_tool_errors_with_the_cli_messages(envboot):
    cases = [
        ("availability", {"zone": "nowhere", "start": "2025-10-30 20:00"},
         ["availability", "--zone", "nowhere", "--start", "2025-10-30 20:00"]),
        ("availability", {"zone": "uc", "start": "yesterday-ish"},
         ["availability", "--zone", "uc", "--start", "yesterday-ish"]),
        ("earliest", {"zone": "uc", "start": "2025-10-30 20:00", "duration": "3weeks"},
         ["availability", "--zone", "uc", "--start", "2025-10-30 20:00", "--duration", "3weeks"]),
        ("plan", {**WINDOW, "node_type": "gpu_h100_imaginary"},
         ["plan", "--zone", "uc", "--start", "2025-10-30 20:00", "--duration", "2h", "-t", "gpu_h100_imaginary"]),
        ("plan", {**WINDOW, "resource_properties": '["==", "$gpu.gpu_count", 4]'},
         ["plan", "--zone", "uc", "--start", "2025-10-30 20:00", "--duration", "2h", "-p",
          '["==", "$gpu.gpu_count", 4]']),
        ("plan", {**WINDOW, "amount": 2, "min_amount": 3},
         ["plan", "--zone", "uc", "--start", "2025-10-30 20:00", "--duration", "2h", "-n", "2", "--min-amount", "3"]),
    ]

    async def main():
        async with Client(build_server(ServerConfig())) as c:
            out = [await c.call_tool(name, args) for name, args, _ in cases]
            out.append(await c.call_tool("zones", {}))  # the server is still serving after every error
            return out

    results = run(main)
    for (name, _, argv), res in zip(cases, results, strict=False):
        assert res.is_error, name
        assert res.content[0].text == cli_error(envboot, argv), name
        assert res.structured_content == {"error": res.content[0].text, "exit_code": 2}
    assert not results[-1].is_error


def test_a_bad_data_directory_is_an_error_not_a_crash(tmp_path):
    async def main():
        async with Client(build_server(ServerConfig(data=tmp_path / "missing"))) as c:
            return await c.call_tool("zones", {}), await c.call_tool("plan", SHIFTED)

    for res in run(main):
        assert res.is_error and "\n" not in res.content[0].text and str(tmp_path / "missing") in res.content[0].text


def test_lease_tools_without_credentials_say_what_is_missing():
    async def main():
        async with Client(build_server(ServerConfig(zones_config=Path("/nonexistent/zones.toml")))) as c:
            return await c.call_tool("lease_list", {}), await c.call_tool("lease_show", {"lease_id": "x"})

    for res in run(main):
        assert res.is_error and res.content[0].text == "/nonexistent/zones.toml: zones config file not found"
        assert res.structured_content["exit_code"] == 3


# -- plan ≠ commit: refusals that never reach Blazar ------------------------------------------------
def test_reserve_refuses_unknown_expired_used_and_out_of_range_plans():
    clock = FakeClock()
    asked = []

    async def accept(ctx, params):
        asked.append(params.message)
        return ElicitResult(action="accept", content={"confirm": True})

    async def main():
        srv = build_server(ServerConfig(clock=clock, plan_ttl_s=120))
        async with Client(srv, elicitation_callback=accept) as c:
            unknown = await c.call_tool("reserve", {"plan_id": "p-000000000000"})
            plan = (await c.call_tool("plan", SHIFTED)).structured_content
            out_of_range = await c.call_tool("reserve", {"plan_id": plan["plan_id"], "option": 9})
            clock.t += 121
            expired = await c.call_tool("reserve", {"plan_id": plan["plan_id"]})
            return plan, unknown, out_of_range, expired

    plan, unknown, out_of_range, expired = run(main)
    assert plan["ttl_seconds"] == 120
    assert unknown.is_error and unknown.content[0].text.startswith("unknown plan id 'p-000000000000': call plan first")
    assert out_of_range.is_error and out_of_range.content[0].text == (
        f"plan {plan['plan_id']} has {len(plan['options'])} option(s); option 9 does not exist")
    assert expired.is_error and expired.content[0].text == (
        f"plan {plan['plan_id']} expired: it was made 2.0 min ago and plans are valid for 2 min; call plan again")
    assert asked == []  # nobody is asked to confirm a plan that cannot be reserved


@pytest.mark.parametrize("mode", ["auto", "legacy"])  # 2026-07-28 (input_required rounds) and 2025-11-25 (requests)
def test_consent_is_asked_with_the_exact_lease_and_a_decline_does_nothing(mode):
    asked = []

    async def decline(ctx, params):
        asked.append(params)
        return ElicitResult(action="decline")

    async def cancel(ctx, params):
        return ElicitResult(action="cancel")

    async def unchecked(ctx, params):
        return ElicitResult(action="accept", content={"confirm": False})

    async def main():
        srv = build_server(ServerConfig())
        async with Client(srv, elicitation_callback=decline, mode=mode) as c:
            plan = (await c.call_tool("plan", SHIFTED)).structured_content
            declined = await c.call_tool("reserve", {"plan_id": plan["plan_id"], "confirm": True})
        async with Client(srv, elicitation_callback=cancel, mode=mode) as c:  # a plan is its session's own
            p2 = (await c.call_tool("plan", SHIFTED)).structured_content["plan_id"]
            cancelled = await c.call_tool("reserve", {"plan_id": p2})
        async with Client(srv, elicitation_callback=unchecked, mode=mode) as c:
            p3 = (await c.call_tool("plan", SHIFTED)).structured_content["plan_id"]
            unconfirmed = await c.call_tool("reserve", {"plan_id": p3})
        return plan, declined, (p2, cancelled), (p3, unconfirmed)

    plan, declined, (p2, cancelled), (p3, unconfirmed) = run(main)
    (params,) = asked
    o = plan["options"][0]
    msg = params.message
    assert "zone uc, 3 host(s) of type compute_skylake" in msg
    when = f"{o['start'][:10]} {o['start'][11:16]}Z → {o['end'][:10]} {o['end'][11:16]}Z (2 h)"
    assert when in msg and f"{o['su_cost']:g} SU" in msg
    assert all(n["hostname"] in msg for n in o["nodes"])
    assert params.requested_schema["properties"]["confirm"]["type"] == "boolean"
    lease = f"the lease of plan {plan['plan_id']} option 1"
    assert declined.is_error and declined.content[0].text == f"the person declined {lease}; nothing was done"
    assert cancelled.content[0].text == f"the person cancelled the lease of plan {p2} option 1; nothing was done"
    assert unconfirmed.content[0].text == (f"the person did not confirm the lease of plan {p3} option 1; "
                                           "nothing was done")


def test_a_plan_id_is_reservable_only_in_the_session_that_made_it():
    """Issue 17: plan ids were shared by every session. Another session is told the id is unknown and is
    never asked to confirm it; the owner still can (here: refused only for want of confirmation)."""
    asked = []

    async def accept(ctx, params):
        asked.append(params.message)
        return ElicitResult(action="accept", content={"confirm": True})

    async def main():
        srv = build_server(ServerConfig())
        async with Client(srv, mode="legacy") as mine, Client(srv, elicitation_callback=accept,
                                                               mode="legacy") as other:
            plan = (await mine.call_tool("plan", SHIFTED)).structured_content
            stolen = await other.call_tool("reserve", {"plan_id": plan["plan_id"], "confirm": True})
            own = await mine.call_tool("reserve", {"plan_id": plan["plan_id"]})
            return plan, stolen, own

    plan, stolen, own = run(main)
    assert stolen.is_error and stolen.content[0].text.startswith(f"unknown plan id {plan['plan_id']!r}")
    assert asked == []
    assert own.is_error and "needs the person's confirmation" in own.content[0].text  # still the owner's
    assert len(plan["plan_id"]) == 34  # p- and 128 random bits: a stateless caller cannot guess one


def test_another_sessions_plans_never_evict_mine():
    from datetime import UTC, datetime

    from envboot.interfaces.mcp.state import MAX_PLANS_PER_OWNER, PlanStore
    from envboot.kinds.hosts.planner import Plan, PlanRequest

    req = PlanRequest("uc", datetime(2026, 12, 1, 20, tzinfo=UTC), 60, 1, 1)
    plan = Plan(req, (), (), (), None)
    clock = FakeClock()
    store = PlanStore(300, clock)
    mine = store.add(req, plan, 0, "snapshot", owner="s-a")
    for _ in range(1000):
        store.add(req, plan, 0, "snapshot", owner="s-b")
    assert store.get(mine.plan_id, "s-a") is mine
    own = [store.add(req, plan, 0, "snapshot", owner="s-a") for _ in range(MAX_PLANS_PER_OWNER)]
    with pytest.raises(Exception, match="unknown plan id"):  # my own newer plans evict my oldest
        store.get(mine.plan_id, "s-a")
    assert store.get(own[-1].plan_id, "s-a") is own[-1]


@pytest.mark.parametrize("confirm", ["yes", 1, "true"])
def test_confirm_must_be_a_real_boolean(confirm):
    """Issue 17: confirm "yes" and 1 counted as true."""
    async def main():
        async with Client(build_server(ServerConfig())) as c:  # no elicitation: confirm decides
            plan = (await c.call_tool("plan", SHIFTED)).structured_content
            return await c.call_tool("reserve", {"plan_id": plan["plan_id"], "confirm": confirm}), await c.call_tool(
                "lease_delete", {"lease_id": "abc", "confirm": confirm})

    res, delete = run(main)
    for r in (res, delete):
        assert r.is_error and "confirm" in r.content[0].text and "boolean" in r.content[0].text.lower()
        assert "needs the person's confirmation" not in r.content[0].text and "Blazar" not in r.content[0].text


def test_without_elicitation_reserve_needs_confirm_true():
    async def main():
        async with Client(build_server(ServerConfig())) as c:  # no elicitation callback: not declared
            plan = (await c.call_tool("plan", SHIFTED)).structured_content
            return plan, await c.call_tool("reserve", {"plan_id": plan["plan_id"]}), await c.call_tool(
                "lease_delete", {"lease_id": "abc"})

    plan, res, delete = run(main)
    assert res.is_error and res.content[0].text == (
        f"the lease of plan {plan['plan_id']} option 1 needs the person's confirmation: this client cannot ask them "
        "(no elicitation), so pass confirm: true once they confirmed it; nothing was done")
    assert delete.is_error and "deleting lease abc needs the person's confirmation" in delete.content[0].text


def test_read_only_serves_no_mutating_tool():
    async def main():
        async with Client(build_server(ServerConfig(read_only=True))) as c:
            plan = (await c.call_tool("plan", SHIFTED)).structured_content
            return [await c.call_tool(name, {"plan_id": plan["plan_id"], "lease_id": "x", "by": 60, "confirm": True})
                    for name in sorted(MUTATING_TOOLS)]

    for res in run(main):
        assert res.is_error and "Unknown tool" in res.content[0].text


# -- hardware needs ---------------------------------------------------------------------------------------
def test_needs_from_a_repository_then_plan_for_them(tmp_path, envboot):
    (tmp_path / "repo").mkdir()
    (tmp_path / "repo" / "README.md").write_text("Training needs 2 GPUs with at least 40 GB of GPU memory.\n")

    async def main():
        async with Client(build_server(ServerConfig(repo_roots=(tmp_path,)))) as c:
            repo = await c.call_tool("needs_from_repository", {"path": str(tmp_path / "repo"), "match": True})
            needs = repo.structured_content["needs"]
            return (repo, await c.call_tool("plan", {**WINDOW, "needs": needs}),
                    await c.call_tool("plan", {**WINDOW, "needs": needs, "node_type": "gpu_rtx_6000"}),
                    await c.call_tool("availability", {**WINDOW, "needs": "gpus>=1"}),
                    await c.call_tool("earliest", {**WINDOW, "amount": 3, "needs": needs}),
                    await c.call_tool("plan", {**WINDOW, "needs": "gpus>=16"}),
                    await c.call_tool("needs_from_repository", {"path": str(tmp_path / "nope")}))

    repo, plan, wrong_type, avail, early, none, missing = run(main)
    cli = json.loads(envboot(["needs", str(tmp_path / "repo"), "--match", "-f", "json"]).out)
    assert repo.structured_content["needs"] == cli["needs"] == "gpus>=2 gpu_memory>=40GB"
    assert repo.structured_content["match"] == cli["match"] and repo.structured_content["gpu"] == "required"
    meeting = {t["node_type"] for t in cli["match"]["types"] if t["selectable"]}
    p = plan.structured_content
    assert not plan.is_error and p["plan_id"]
    assert p["options"] and all(o["node_type"] in meeting for o in p["options"])
    assert wrong_type.is_error and wrong_type.content[0].text == cli_error(envboot, [
        "plan", "--zone", "uc", "--start", "2025-10-30 20:00", "--needs", "gpus>=1", "-t", "gpu_rtx_6000"])
    gpu_hosts = {h for t in json.loads(envboot(["needs", "--needs", "gpus>=1", "-f", "json"]).out)["match"]["types"]
                 for h in t["matching_hosts"]}
    a = avail.structured_content
    assert a["needs"] == "gpus>=1" and a["nodes"] and {n["hostname"] for n in a["nodes"]} <= gpu_hosts
    assert early.structured_content["found"] and early.structured_content["available_nodes"] >= 3
    assert none.is_error and none.structured_content["exit_code"] == 1
    assert none.content[0].text == cli_error(envboot, ["needs", "--needs", "gpus>=16"])
    assert missing.is_error and missing.content[0].text == cli_error(envboot, ["needs", str(tmp_path / "nope")])


# -- resources ------------------------------------------------------------------------------------------
def test_resources_the_view_and_its_freshness(tmp_path):
    async def main():
        async with Client(build_server(ServerConfig())) as c:
            listed = {str(r.uri): r for r in (await c.list_resources()).resources}
            view = await c.read_resource("envboot://view")
            fresh = await c.read_resource("envboot://freshness")
            return listed, json.loads(view.contents[0].text), json.loads(fresh.contents[0].text)

    listed, view, fresh = run(main)
    assert set(listed) == {"envboot://view", "envboot://freshness"}
    assert all(r.mime_type == "application/json" for r in listed.values())
    assert view["stats"]["nodes"] == 132 and view["data"]["source"] == "snapshot"
    assert all("user_name" not in r for s in view["site_summaries"] for c in s["clusters"] for n in c["nodes"]
               for r in n["reservations"])
    assert fresh["data"]["fetched_before"] == "2025-10-30T19:54:00Z" and fresh["plan_ttl_seconds"] == 300
    assert fresh["live"] is None and fresh["live_data"] == str(tmp_path / "live")
    assert not (tmp_path / "live").exists()  # reading a resource creates nothing


def test_plan_latency_on_a_warm_server():
    """Measured through the SDK's client (memory transport): a warm plan answers well under 50 ms."""
    async def main():
        async with Client(build_server(ServerConfig())) as c:
            await c.call_tool("plan", SHIFTED)
            times = []
            for _ in range(30):
                t = time.perf_counter()
                res = await c.call_tool("plan", SHIFTED)
                times.append(time.perf_counter() - t)
                assert not res.is_error
            return sorted(times)

    times = run(main)
    median = times[len(times) // 2]
    print(f"plan through MCP (warm, in process): median {median * 1000:.1f} ms, max {times[-1] * 1000:.1f} ms")
    assert median < 0.05


# -- streamable HTTP, bearer token required ------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_token_is_required_and_private(tmp_path, envboot):
    assert "--http needs a bearer token" in cli_error(envboot, ["mcp", "--http", "8765"])
    loose = tmp_path / "token"
    loose.write_text("s3cret-token-0123456789\n")
    loose.chmod(0o644)
    assert cli_error(envboot, ["mcp", "--http", "8765", "--token-file", str(loose)]) == (
        f"--token-file {loose}: readable by others (mode 644); chmod 600 {loose}")
    loose.chmod(0o600)
    assert read_token(loose) == "s3cret-token-0123456789"
    with pytest.raises(ConfigError, match="at least 16 characters"):
        read_token(None, {"ENVBOOT_MCP_TOKEN": "short"})


def test_streamable_http_on_loopback_behind_the_bearer_token(tmp_path):
    token = "t0ken-" + os.urandom(12).hex()
    (tmp_path / "token").write_text(token)
    (tmp_path / "token").chmod(0o600)
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "envboot", "mcp", "--read-only", "--http", str(port),
                             "--token-file", str(tmp_path / "token")], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env={**os.environ})
    url = f"http://127.0.0.1:{port}/mcp"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                anon = httpx2.post(url, json={"jsonrpc": "2.0", "id": 1, "method": "tools/list"})
                break
            except httpx2.TransportError:
                assert proc.poll() is None and time.monotonic() < deadline, proc.stderr.read().decode()
                time.sleep(0.2)
        wrong = httpx2.post(url, json={}, headers={"Authorization": "Bearer not-the-token-at-all"})
        assert anon.status_code == wrong.status_code == 401
        assert anon.headers["www-authenticate"] == "Bearer"

        async def main():
            from mcp.client.streamable_http import streamable_http_client

            async with httpx2.AsyncClient(headers={"Authorization": f"Bearer {token}"}) as http, \
                    Client(streamable_http_client(url, http_client=http)) as c:
                names = {t.name for t in (await c.list_tools()).tools}
                return names, await c.call_tool("plan", SHIFTED)

        names, plan = run(main)
        assert names == READ_TOOLS and not plan.is_error and plan.structured_content["plan_id"]
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_a_changed_instance_option_is_described_and_never_taken_for_the_planned_one():
    """reserve's identity check for instance plans: zone, start, end, instance count and flavor."""
    from envboot.core.timeutil import utcnow
    from envboot.interfaces.kinds.flavors import plan_on
    from envboot.interfaces.mcp.state import describe_change, option_identity
    from envboot.kinds.flavors.loaders import load_flavor_data
    from envboot.kinds.hosts.planner import Prefer

    fdata = load_flavor_data(KVM)

    def top(start: str, amount: int = 4, flavor: str = "m1.large"):
        _req, result, _doc = plan_on(fdata, zone="kvm", start=start, duration="2h", amount=amount, flavor=flavor,
                                     alt_zones=[], any_zone=False, allow_downgrade=False, prefer=Prefer.soonest,
                                     max_delay=None, max_search_hours=24, cleaning_time=None, clock=utcnow())
        return result.options[0]

    day = tomorrow_9()[:10]
    planned, same = top(f"{day} 09:00"), top(f"{day} 09:00")
    assert option_identity(planned) == option_identity(same)
    later, fewer, other = top(f"{day} 11:00"), top(f"{day} 09:00", amount=3), top(f"{day} 09:00", flavor="m1.small")
    assert describe_change(planned, later) == (f"start {day}T09:00:00Z → {day}T11:00:00Z, "
                                               f"end {day}T11:00:00Z → {day}T13:00:00Z")
    assert describe_change(planned, fewer) == "instances 4 → 3"
    assert describe_change(planned, other) == "flavor m1.large → m1.small"
    assert len({option_identity(o) for o in (planned, later, fewer, other)}) == 4


def test_only_a_plan_for_now_whose_start_passed_is_re_anchored_and_a_refusal_keeps_the_id():
    from dataclasses import replace
    from datetime import UTC, datetime, timedelta

    from envboot.interfaces.mcp.state import PlanStore, anchored, reserve_anchor, shifted_to
    from envboot.kinds.hosts.planner import Plan, PlanRequest

    now = datetime(2026, 12, 1, 20, 0, 30, tzinfo=UTC)
    req = PlanRequest("uc", datetime(2026, 12, 1, 20, 2, tzinfo=UTC), 60, 1, 1)
    store = PlanStore(300, FakeClock())
    stored = store.add(req, Plan(req, (), (), (), None), 0, "live", owner="s-a", asap=True)

    class Opt:
        start, end = req.start, req.end

    assert anchored(stored, Opt, now) is None  # still more than a minute ahead: as planned
    later = now + timedelta(seconds=75)
    assert anchored(stored, Opt, later) == reserve_anchor(later) == datetime(2026, 12, 1, 20, 3, tzinfo=UTC)
    assert anchored(replace(stored, asap=False), Opt, later) is None  # a plan for a given time never moves
    from envboot.domain.properties import Query
    from envboot.kinds.hosts.planner import Option

    o = Option("base", "uc", req.start, req.end, 1, 1, 1, None, Query((), "", ()), (), 1, 0, 1.0, "why")
    moved = shifted_to(o, datetime(2026, 12, 1, 20, 5, tzinfo=UTC))
    assert (moved.start, moved.end - moved.start, moved.su_cost) == (datetime(2026, 12, 1, 20, 5, tzinfo=UTC),
                                                                     o.end - o.start, o.su_cost)
    store.take(stored.plan_id, "s-a")
    store.release(stored)
    assert store.get(stored.plan_id, "s-a") is stored  # refused before Blazar was asked: still usable


def test_over_stdio_a_plan_is_reservable_in_its_session_in_both_protocol_eras(tmp_path):
    """stdio on the 2026-07-28 protocol makes a Connection per request: a plan must not be bound to it
    (it would be refused as unknown in the very session that made it)."""
    from mcp import StdioServerParameters

    env = {**os.environ, "ENVBOOT_LIVE_DATA": str(tmp_path / "live"), "XDG_CONFIG_HOME": str(tmp_path / "c")}
    server = StdioServerParameters(command=sys.executable, args=["-m", "envboot", "mcp"], env=env)

    async def main(mode):
        async with Client(server, mode=mode) as c:
            plan = (await c.call_tool("plan", SHIFTED)).structured_content
            return plan, await c.call_tool("reserve", {"plan_id": plan["plan_id"]})

    for mode in ("auto", "legacy"):
        plan, res = run(main, mode)
        assert res.is_error and "needs the person's confirmation" in res.content[0].text, (mode, res.content)


def test_mcp_tools_take_now_from_envboot_now(monkeypatch):
    """issue 17: "now" is ENVBOOT_NOW's clock for the MCP tools too, not the wall clock."""
    monkeypatch.setenv("ENVBOOT_NOW", "2025-10-30 19:54")

    async def main():
        async with Client(build_server(ServerConfig())) as c:
            return (await c.call_tool("availability", {"zone": "uc", "start": "now", "duration": 60}),
                    await c.call_tool("availability", {"zone": "uc", "start": "now+2h", "duration": "1.5h"}),
                    await c.call_tool("earliest", {"zone": "uc", "start": "now", "duration": "2h", "amount": 2,
                                                   "node_type": "gpu_v100"}))

    avail, rel, earliest = run(main)
    assert not avail.is_error and avail.structured_content["start"] == "2025-10-30T19:54:00Z"
    assert (rel.structured_content["start"], rel.structured_content["end"]) == ("2025-10-30T21:54:00Z",
                                                                                "2025-10-30T23:24:00Z")
    assert not earliest.is_error and earliest.structured_content["start"] >= "2025-10-30T19:54:00Z"
    assert earliest.structured_content["start"] < "2025-12-01", earliest.structured_content  # not the wall clock


def test_mcp_year_9999_is_a_tool_error_naming_the_bound():
    async def main():
        async with Client(build_server(ServerConfig())) as c:
            return [await c.call_tool(name, {"zone": "uc", "start": "9999-12-31 23:00", "duration": "2h"})
                    for name in ("availability", "earliest", "plan")]

    for res in run(main):
        assert res.is_error and res.structured_content["exit_code"] == 2
        assert "1970-01-01 .. 9000-01-01 UTC" in res.content[0].text


def test_needs_from_a_repository_gives_each_statement_with_its_context(tmp_path):
    (tmp_path / "README.md").write_text("# Model\n\n## Hardware\n\nWe keep it small.\n"
                                        "Training requires 4 A100 80GB GPUs.\nInference is cheap.\n")

    async def main():
        async with Client(build_server(ServerConfig(read_only=True, repo_roots=(tmp_path,)))) as c:
            return await c.call_tool("needs_from_repository", {"path": str(tmp_path)})

    doc = run(main).structured_content
    gpus = [c for c in doc["candidates"] if c["implies"] == "gpus>=4"]
    assert gpus == [{"where": "README.md:6", "text": "Training requires 4 A100 80GB GPUs.", "heading": "Hardware",
                     "before": "We keep it small.", "after": "Inference is cheap.", "implies": "gpus>=4",
                     "gpu": "required", "reading": "4 GPU(s) per node, minimum, training"}]
    assert doc["needs"] == "gpus>=4 gpu_memory>=80GB gpu_vendor=nvidia"


def test_plan_over_named_hosts_offers_only_them_and_a_bad_name_is_one_line():
    """A follow-on of the same hosts (lease_extend names them) is planned with `hosts`, as `--hosts` does."""
    async def main():
        async with Client(build_server(ServerConfig())) as c:
            good = await c.call_tool("plan", {**WINDOW, "amount": 2, "hosts": ["nc34", "nc11"]})
            bad = await c.call_tool("plan", {**WINDOW, "amount": 1, "hosts": ["nosuch"]})
            return good, bad

    good, bad = run(main)
    assert not good.is_error, good.content
    options = good.structured_content["options"]
    assert options and all(sorted(n["hostname"] for n in o["nodes"]) == ["nc11", "nc34"] for o in options)
    assert bad.is_error and "--hosts: no host 'nosuch' in uc" in bad.content[0].text
