"""An agent's whole flow through envboot's MCP server against the sandbox's real Blazar: over stdio
(`envboot mcp` as a subprocess, the SDK's stdio client) plan → reserve with consent → exactly one
lease, its hosts in the audit; and every refusal (no plan id, expired plan, stale plan, declined
consent, read-only server) creating nothing, checked by listing Blazar's leases."""

from __future__ import annotations

import json
import re
import sys
from datetime import timedelta
from pathlib import Path

import anyio
import pytest
from mcp import Client, StdioServerParameters
from mcp_types import ElicitResult

from envboot.core.settings import BUNDLED_SNAPSHOT
from envboot.core.timeutil import floor_minute, utcnow
from envboot.interfaces.mcp import ServerConfig, build_server
from envboot.live.audit import AuditLog
from envboot.sandbox import seed

pytestmark = pytest.mark.sandbox
REPO_2GPUS = Path(__file__).resolve().parent.parent / "fixtures" / "repos" / "readme-2gpus-40gb"


def window(days: int, hours: int = 1) -> dict:
    start = floor_minute(utcnow() + timedelta(days=days))
    return {"zone": "uc", "start": f"{start:%Y-%m-%d %H:%M}", "duration": f"{hours}h", "live": True}


def recorder(action: str = "accept"):
    asked = []

    async def callback(ctx, params):
        asked.append(params.message)
        if action == "accept":
            return ElicitResult(action="accept", content={"confirm": True})
        return ElicitResult(action=action)

    callback.asked = asked
    return callback


def test_agent_flow_over_stdio_plan_consent_reserve_exactly_one_lease(sandbox, demo, tmp_path):
    env = {**sandbox.user_env("demo"), "ENVBOOT_LIVE_DATA": str(tmp_path / "live"),
           "ENVBOOT_AUDIT": str(tmp_path / "audit.jsonl"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    server = StdioServerParameters(command=sys.executable, env=env, args=[
        "-m", "envboot", "mcp", "--inventory", str(BUNDLED_SNAPSHOT), "--wait-timeout", "30",
        "--repo-root", str(REPO_2GPUS)])
    consent = recorder("accept")
    before = {x["id"] for x in demo.lease.list()}

    async def agent():
        async with Client(server, elicitation_callback=consent) as c:
            # "this repository needs 2 GPUs with >= 40 GB": read off its README, offline
            found = await c.call_tool("needs_from_repository", {"path": str(REPO_2GPUS)})
            assert not found.is_error, found.content
            needs = found.structured_content["needs"]
            assert needs == "gpus>=2 gpu_memory>=40GB"
            plan = await c.call_tool("plan", {**window(160), "amount": 2, "needs": needs})
            assert not plan.is_error, plan.content
            plan = plan.structured_content
            done = await c.call_tool("reserve", {"plan_id": plan["plan_id"], "option": 1})
            again = await c.call_tool("reserve", {"plan_id": plan["plan_id"], "option": 1})
            listed = await c.call_tool("lease_list", {"zone": "uc"})
            shown = await c.call_tool("lease_show", {"lease_id": done.structured_content["lease_id"]})
            return plan, done, again, listed, shown

    plan, done, again, listed, shown = anyio.run(agent)
    assert not done.is_error, done.content[0].text
    doc = done.structured_content
    option = plan["options"][0]
    assert doc["result"] == "success" and doc["status"] in ("PENDING", "ACTIVE") and len(doc["hosts"]) == 2
    # the policy checks, as `envboot plan|reserve -f json` (the lease just made is not its own equivalent)
    assert [c["check"] for c in plan["policy"]] == ["max_lease_length", "su_cost"]
    checks = {c["check"]: c for c in doc["policy"]}
    assert list(checks) == ["max_lease_length", "su_cost", "lease_stacking", "equivalent_lease"]
    assert checks["equivalent_lease"]["outcome"] == "pass" and checks["max_lease_length"]["outcome"] == "pass"
    assert plan["data"]["source"] == "live" and option["strategy"] == "base"
    # the only uc type with two nodes of >= 2 GPUs of >= 40 GB each; the option says why it meets the needs
    assert option["node_type"] == "gpu_a100_pcie" and option["meets"][0].startswith("gpus: 4 ≥ 2")
    # The person was asked once, with the exact lease.
    (msg,) = consent.asked
    assert "zone uc, 2 host(s) of type gpu_a100_pcie" in msg and f"{option['su_cost']:g} SU" in msg
    assert f"{option['start'][:10]} {option['start'][11:16]}Z → {option['end'][:10]} {option['end'][11:16]}Z" in msg
    # Exactly one new lease in Blazar, the one reported, on the hosts reported and audited.
    new = [x for x in demo.lease.list() if x["id"] not in before]
    assert [(x["id"], x["name"]) for x in new] == [(doc["lease_id"], doc["lease_name"])]
    names = {str(h["id"]): h["node_name"] for h in demo.host.list()}
    on = sorted(names[str(a["resource_id"])] for a in demo.allocation.list("os-hosts")
                if any(r["lease_id"] == doc["lease_id"] for r in a["reservations"]))
    assert on == sorted(doc["hosts"])
    (state,) = AuditLog(tmp_path / "audit.jsonl").intents()
    assert [r.event for r in state.records] == ["intent", "create_attempt", "outcome"]
    assert state.outcome.data["result"] == "success" and sorted(state.outcome.data["hosts"]) == on
    assert state.intent.data["option"]["start"] == option["start"] and doc["audit"] == str(tmp_path / "audit.jsonl")
    # The plan id was spent: the same call again creates nothing.
    assert again.is_error and again.content[0].text.startswith(f"plan {plan['plan_id']} was already used (success")
    assert len([x for x in demo.lease.list() if x["id"] not in before]) == 1
    assert any(x["id"] == doc["lease_id"] for x in listed.structured_content["leases"])
    assert shown.structured_content["name"] == doc["lease_name"]
    assert sorted(shown.structured_content["hosts"]) == sorted(doc["hosts"])  # as `envboot lease show`
    assert sandbox.user_env()["OS_PASSWORD"] not in json.dumps(doc) + (tmp_path / "audit.jsonl").read_text()


class Clock:
    t = 0.0

    def __call__(self) -> float:
        return self.t


def test_refusals_create_nothing_in_blazar(sandbox, demo, tmp_path, monkeypatch):
    for k, v in sandbox.user_env("demo").items():
        monkeypatch.setenv(k, v)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("OS_CLOUD", raising=False)
    monkeypatch.delenv("ENVBOOT_CONFIG", raising=False)
    clock = Clock()
    config = dict(inventory=BUNDLED_SNAPSHOT, live_data=tmp_path / "live", audit=tmp_path / "audit.jsonl",
                  clock=clock)
    srv = build_server(ServerConfig(**config))
    admin = seed.client_for(sandbox, "admin")
    before = {x["id"] for x in demo.lease.list()}
    rivals = []
    skylake = {"amount": 3, "node_type": "compute_skylake"}

    async def agent():
        out = {}
        async with Client(srv, elicitation_callback=recorder("accept")) as c:
            out["no_plan_id"] = await c.call_tool("reserve", {"option": 1, "confirm": True})
            expiring = (await c.call_tool("plan", {**window(270), **skylake})).structured_content
            clock.t += 301
            out["expired"] = await c.call_tool("reserve", {"plan_id": expiring["plan_id"]})
            stale = (await c.call_tool("plan", {**window(275, 3), **skylake})).structured_content
            free = (await c.call_tool("availability", {**window(275, 3), "node_type": "compute_skylake"}))
            n = free.structured_content["available_nodes"]
            start, end = stale["options"][0]["start"], stale["options"][0]["end"]
            rivals.append(admin.lease.create(
                "rival", f"{start[:10]} {start[11:16]}", f"{end[:10]} {end[11:16]}",
                [{"resource_type": "physical:host", "min": n - 1, "max": n - 1, "hypervisor_properties": "",
                  "resource_properties": '["==", "$node_type", "compute_skylake"]'}], [])["id"])
            out["stale"] = await c.call_tool("reserve", {"plan_id": stale["plan_id"]})
            out["stale_plan"] = stale
        async with Client(srv, elicitation_callback=recorder("decline")) as c:
            declined = (await c.call_tool("plan", {**window(280), **skylake})).structured_content
            out["declined"] = await c.call_tool("reserve", {"plan_id": declined["plan_id"]})
        async with Client(build_server(ServerConfig(**config, read_only=True)),
                          elicitation_callback=recorder("accept")) as c:
            ro = (await c.call_tool("plan", {**window(285), **skylake})).structured_content
            out["read_only"] = await c.call_tool("reserve", {"plan_id": ro["plan_id"], "confirm": True})
        return out

    try:
        out = anyio.run(agent)
    finally:
        for lease_id in rivals:
            admin.lease.delete(lease_id)
    assert all(r.is_error for k, r in out.items() if k != "stale_plan")
    assert "plan_id" in out["no_plan_id"].content[0].text and "required" in out["no_plan_id"].content[0].text
    assert "expired: it was made 5.0 min ago and plans are valid for 5 min" in out["expired"].content[0].text
    stale_id = out["stale_plan"]["plan_id"]
    text = out["stale"].content[0].text
    assert text.startswith(f"plan {stale_id} option 1 is no longer what was planned on fresh data (")
    assert "start " in text and text.endswith("nothing was created; call plan again")
    assert re.fullmatch(r"the person declined the lease of plan p-[0-9a-f]{32} option 1; nothing was done",
                        out["declined"].content[0].text)
    assert "Unknown tool" in out["read_only"].content[0].text
    assert {x["id"] for x in demo.lease.list()} == before  # nothing was created
    audit = tmp_path / "audit.jsonl"
    assert not audit.exists() or AuditLog(audit).intents() == []


def test_a_plan_for_now_confirmed_late_re_anchors_and_is_not_burned(sandbox, demo, tmp_path, monkeypatch):
    """Issue 17: a plan for start "now" offered a window ~2 min ahead; a person confirming after that got
    "in the past" and the plan id was burned. Now a late confirmation is refused without spending the id,
    and the next reserve re-anchors to the first bookable minute (consent naming it) and books exactly one
    lease there on the real Blazar. The person's delay is envboot's clock moved ahead (Blazar keeps its own)."""
    import envboot.interfaces.mcp.server as server_mod
    import envboot.live.reserve as reserve_mod

    for k, v in sandbox.user_env("demo").items():
        monkeypatch.setenv(k, v)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("OS_CLOUD", raising=False)
    monkeypatch.delenv("ENVBOOT_CONFIG", raising=False)
    late = {"s": 0.0}

    def clock():
        return utcnow() + timedelta(seconds=late["s"])

    monkeypatch.setattr(server_mod, "utcnow", clock)
    monkeypatch.setattr(reserve_mod, "utcnow", clock)
    srv = build_server(ServerConfig(inventory=BUNDLED_SNAPSHOT, live_data=tmp_path / "live",
                                    audit=tmp_path / "audit.jsonl", wait_timeout_s=20))
    asked: list[str] = []
    before = {x["id"] for x in demo.lease.list()}

    async def person(ctx, params):
        asked.append(params.message)
        if len(asked) == 1:
            late["s"] += 90  # the first confirmation comes 90 s later: the planned start has passed
        return ElicitResult(action="accept", content={"confirm": True})

    async def agent():
        out = {}
        async with Client(srv, elicitation_callback=person, mode="legacy") as c:
            plan = await c.call_tool("plan", {"zone": "uc", "start": "now", "duration": "1h", "amount": 1,
                                              "node_type": "compute_cascadelake_r", "live": True})
            assert not plan.is_error, plan.content
            out["plan"] = plan.structured_content
            out["late"] = await c.call_tool("reserve", {"plan_id": out["plan"]["plan_id"]})
            out["again"] = await c.call_tool("reserve", {"plan_id": out["plan"]["plan_id"]})
        return out

    out = anyio.run(agent)
    planned = out["plan"]["options"][0]
    assert out["late"].is_error and "passed while the person confirmed" in out["late"].content[0].text
    assert "still valid" in out["late"].content[0].text
    assert not out["again"].is_error, out["again"].content
    doc = out["again"].structured_content
    assert doc["result"] == "success" and len(doc["hosts"]) == 1
    mine = [x for x in demo.lease.list() if x["id"] not in before]
    assert [x["id"] for x in mine] == [doc["lease_id"]]  # exactly one lease, from the second call
    start = mine[0]["start_date"][:16].replace("T", " ")
    assert start > planned["start"][:16].replace("T", " ")  # re-anchored later than the planned start
    assert "As soon as possible" in asked[-1] and f"{start}Z" in asked[-1]  # the consent named the new window


def test_mcp_lease_extend_shows_the_prediction_in_the_consent_and_never_sends_a_predicted_refusal(
        sandbox, demo, tmp_path, monkeypatch):
    """issue 20: the MCP lease_extend asks with Blazar's answer predicted (and the policy checks); a
    refusal envboot predicts (here the session Blazar's 7-day MaxLeaseDurationFilter) is not sent."""
    for k, v in sandbox.user_env("demo").items():
        monkeypatch.setenv(k, v)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("ENVBOOT_BLAZAR_MAX_LEASE_DURATION", "604800")
    start = floor_minute(utcnow() + timedelta(days=180))
    lease = demo.lease.create("mcp-extend", f"{start:%Y-%m-%d %H:%M}", f"{start + timedelta(hours=2):%Y-%m-%d %H:%M}",
                              [{"resource_type": "physical:host", "min": 1, "max": 1, "hypervisor_properties": "",
                                "resource_properties": '["==", "$node_type", "compute_skylake"]'}], [])
    consent = recorder("accept")
    srv = build_server(ServerConfig(inventory=BUNDLED_SNAPSHOT, live_data=tmp_path / "live",
                                    audit=tmp_path / "audit.jsonl"))

    async def agent():
        async with Client(srv, elicitation_callback=consent) as c:
            too_long = await c.call_tool("lease_extend", {"lease_id": lease["id"], "by": "6d23h"})  # 7 d 1 h in all
            asked_before = len(consent.asked)
            done = await c.call_tool("lease_extend", {"lease_id": lease["id"], "by": "1h"})
            return too_long, asked_before, done

    too_long, asked_before, done = anyio.run(agent)
    assert too_long.is_error and too_long.content[0].text.startswith("not sent: envboot predicts Blazar will refuse")
    assert too_long.structured_content["prediction"]["verdict"] == "refused" and asked_before == 0
    # the refusal names the follow-ons: a new lease of the 6 d 23 h asked, from the current end (nothing else there)
    follow = {f["label"]: f for f in too_long.structured_content["prediction"]["follow_on"]}
    assert set(follow) == {"same hosts", "same hardware"}, follow
    assert all(f["start"] == f"{start + timedelta(hours=2):%Y-%m-%dT%H:%M}:00Z" and f["duration_minutes"] == 167 * 60
               and f["command"].startswith("envboot reserve --zone uc") for f in follow.values())
    assert "Follow-on 1 (same hosts)" in too_long.content[0].text  # a tie at the end: the same hosts first
    assert not done.is_error, done.content
    (msg,) = consent.asked
    assert "envboot predicts Blazar will accept the new end" in msg and "Policy max_lease_length: pass" in msg
    assert done.structured_content["prediction"]["updated"] is True
    assert demo.lease.get(lease["id"])["end_date"].startswith(f"{start + timedelta(hours=3):%Y-%m-%dT%H:%M}")
    events = [x.data for x in AuditLog(tmp_path / "audit.jsonl").records() if x.event == "lease_extend"]
    assert [e["result"] for e in events] == ["extended"] and events[0]["predicted"] == "accepted"


def test_mcp_reserve_names_a_torn_audit_line_in_its_warnings(sandbox, demo, tmp_path, monkeypatch):
    """Like `envboot reserve`: a torn last audit line is fenced, and the tool result's warnings name it."""
    for k, v in sandbox.user_env("demo").items():
        monkeypatch.setenv(k, v)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("OS_CLOUD", raising=False)
    monkeypatch.delenv("ENVBOOT_CONFIG", raising=False)
    log = AuditLog(tmp_path / "audit.jsonl")
    log.append("intent", "t0rn2222", lease_name="envboot-auto-torn", zone="uc")
    with open(log.path, "ab") as fh:
        fh.write(b'{"v": 1, "event": "outc')
    srv = build_server(ServerConfig(inventory=BUNDLED_SNAPSHOT, live_data=tmp_path / "live", audit=log.path,
                                    wait_timeout_s=30))

    async def agent():
        async with Client(srv) as c:
            plan = await c.call_tool("plan", {**window(170), "amount": 1, "node_type": "compute_skylake"})
            assert not plan.is_error, plan.content
            return await c.call_tool("reserve", {"plan_id": plan.structured_content["plan_id"], "confirm": True})

    done = anyio.run(agent)
    try:
        assert not done.is_error, done.content[0].text
        (warning,) = done.structured_content["warnings"]
        assert str(log.path) in warning and "line 2 is a torn record" in warning
    finally:
        if done.structured_content and done.structured_content.get("lease_id"):
            demo.lease.delete(done.structured_content["lease_id"])
