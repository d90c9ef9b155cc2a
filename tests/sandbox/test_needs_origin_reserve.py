"""A reserve with needs read from a repository, on the sandbox's real Blazar: the audit's intent record says
where the needs came from (issue 18, "For agents") — the repository by its path, never its contents."""

from __future__ import annotations

import json

import pytest

from envboot.core.settings import BUNDLED_SNAPSHOT
from envboot.live.audit import AuditLog

from ..schema_check import assert_valid
from .test_live import cli, live_env  # noqa: F401 - the fixture

pytestmark = pytest.mark.sandbox


def test_reserve_with_needs_from_a_repository_audits_their_origin(live_env, demo, monkeypatch):  # noqa: F811
    repo = live_env / "repos" / "train"
    repo.mkdir(parents=True)
    (repo / "README.md").write_text("Training requires a single GPU.\n")
    monkeypatch.chdir(live_env)
    r = cli(["reserve", "--inventory", str(BUNDLED_SNAPSHOT), "--zone", "uc", "--start", "now", "--duration", "1h",
             "-n", "1", "--needs-from", str(repo), "--dry-run", "0", "--yes", "--wait-timeout", "30", "-f", "json"])
    assert r.code == 0, r.err
    doc = assert_valid(json.loads(r.out), "reserve")
    try:
        assert doc["result"] == "success"
        (state,) = AuditLog(live_env / "audit.jsonl").intents()
        request = state.intent.data["request"]
        assert (request["needs"], request["needs_origin"], request["needs_repository"]) == \
            ("gpus>=1", "repository", "repos/train")
        assert "single GPU" not in (live_env / "audit.jsonl").read_text()  # the path only, never the contents
    finally:
        if doc.get("lease_id"):
            demo.lease.delete(doc["lease_id"])


def test_mcp_reserve_of_agent_corrected_needs_audits_the_correction(sandbox, demo, tmp_path, monkeypatch):
    """Over MCP (in process, a session): read a repository, plan with a corrected needs string, reserve with
    the person's consent: the plan and the intent record say agent-corrected, and which repository."""
    from datetime import timedelta

    import anyio
    from mcp import Client
    from mcp_types import ElicitResult

    from envboot.core.timeutil import floor_minute, utcnow
    from envboot.interfaces.mcp import ServerConfig, build_server

    for k, v in sandbox.user_env("demo").items():
        monkeypatch.setenv(k, v)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("OS_CLOUD", raising=False)
    monkeypatch.delenv("ENVBOOT_CONFIG", raising=False)
    repo = tmp_path / "repos" / "train"
    repo.mkdir(parents=True)
    (repo / "README.md").write_text("Training requires a single GPU.\n")
    srv = build_server(ServerConfig(inventory=BUNDLED_SNAPSHOT, live_data=tmp_path / "live",
                                    audit=tmp_path / "audit.jsonl", wait_timeout_s=30,
                                    repo_roots=(tmp_path / "repos",)))
    start = floor_minute(utcnow() + timedelta(days=150))
    window = {"zone": "uc", "start": f"{start:%Y-%m-%d %H:%M}", "duration": "1h", "live": True}

    async def accept(ctx, params):
        return ElicitResult(action="accept", content={"confirm": True})

    async def agent():
        async with Client(srv, elicitation_callback=accept, mode="legacy") as c:
            read = await c.call_tool("needs_from_repository", {"path": str(repo)})
            plan = await c.call_tool("plan", {**window, "needs": "gpus>=2"})  # the agent's correction
            assert not plan.is_error, plan.content
            done = await c.call_tool("reserve", {"plan_id": plan.structured_content["plan_id"], "option": 1})
            return read, plan, done

    read, plan, done = anyio.run(agent)
    lease_id = (done.structured_content or {}).get("lease_id")
    try:
        assert read.structured_content["needs"] == "gpus>=1"
        request = plan.structured_content["request"]
        assert (request["needs"], request["needs_origin"], request["needs_repository"]) == \
            ("gpus>=2", "agent-corrected", "train")
        assert not done.is_error, done.content[0].text
        (state,) = AuditLog(tmp_path / "audit.jsonl").intents()
        audited = state.intent.data["request"]
        assert (audited["needs"], audited["needs_origin"], audited["needs_repository"]) == \
            ("gpus>=2", "agent-corrected", "train")
    finally:
        if lease_id:
            demo.lease.delete(lease_id)
