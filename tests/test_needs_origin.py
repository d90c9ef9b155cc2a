"""Where a request's hardware needs came from (issue 18, "For agents"): person, repository, agent-corrected —
in the plan JSON's request block (CLI and MCP) and in the audit's intent record."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import anyio
import pytest
from mcp import Client

from envboot.domain.needs_origin import NeedsOrigin, repository_label
from envboot.interfaces.mcp import ServerConfig, build_server
from envboot.kinds.hosts.kind import KIND
from envboot.kinds.hosts.planner import PlanRequest
from tests.schema_check import assert_valid

WINDOW = {"zone": "uc", "start": "2025-10-30 20:00", "duration": "2h"}
CLI_WINDOW = ["plan", "--zone", "uc", "--start", "2025-10-30 20:00", "--duration", "2h", "-f", "json"]
README = "Training needs 2 GPUs with at least 40 GB of GPU memory.\n"
READ = "gpus>=2 gpu_memory>=40GB"


@pytest.fixture
def repo(tmp_path, monkeypatch):
    (tmp_path / "repos" / "train").mkdir(parents=True)
    (tmp_path / "repos" / "train" / "README.md").write_text(README)
    monkeypatch.chdir(tmp_path)
    return tmp_path / "repos" / "train"


def test_cli_needs_from_a_repository_is_origin_repository(envboot, repo):
    r = envboot([*CLI_WINDOW, "--needs-from", str(repo)])
    doc = assert_valid(json.loads(r.out), "plan")
    assert r.code == 0, r
    assert doc["request"]["needs"] == READ
    assert doc["request"]["needs_origin"] == "repository"
    assert doc["request"]["needs_repository"] == "repos/train"  # relative to the working directory


def test_cli_typed_needs_are_the_persons(envboot, repo):
    doc = assert_valid(json.loads(envboot([*CLI_WINDOW, "--needs", "gpus>=1"]).out), "plan")
    assert (doc["request"]["needs"], doc["request"]["needs_origin"], doc["request"]["needs_repository"]) == \
        ("gpus>=1", "person", None)
    plain = assert_valid(json.loads(envboot([*CLI_WINDOW, "--node-type", "compute_skylake"]).out), "plan")
    assert (plain["request"]["needs_origin"], plain["request"]["needs_repository"]) == (None, None)


def _mcp(repo, calls, mode="legacy"):
    async def main():
        async with Client(build_server(ServerConfig(repo_roots=(repo.parent,))), mode=mode) as c:
            return [await c.call_tool(name, args) for name, args in calls]

    return anyio.run(main)


def test_mcp_plan_with_the_readings_needs_is_repository_and_a_change_is_agent_corrected(repo):
    read, same, reordered, corrected = _mcp(repo, [
        ("needs_from_repository", {"path": str(repo)}),
        ("plan", {**WINDOW, "needs": READ}),
        ("plan", {**WINDOW, "needs": "gpu_memory>=40GB   gpus>=2"}),  # the same needs, written differently
        ("plan", {**WINDOW, "needs": "gpus>=1 gpu_memory>=40GB"}),
    ])
    assert read.structured_content["needs"] == READ
    for r, origin in ((same, "repository"), (reordered, "repository"), (corrected, "agent-corrected")):
        assert not r.is_error, r.content
        req = r.structured_content["request"]
        assert (req["needs_origin"], req["needs_repository"]) == (origin, "train"), req  # relative to its root
        assert_valid({k: v for k, v in r.structured_content.items()
                      if k not in ("plan_id", "expires_at", "ttl_seconds")}, "plan")


def test_mcp_needs_with_no_reading_are_the_persons_and_sessions_do_not_share_readings(repo):
    async def main():
        srv = build_server(ServerConfig(repo_roots=(repo.parent,)))
        async with Client(srv, mode="legacy") as reader, Client(srv, mode="legacy") as other:
            await reader.call_tool("needs_from_repository", {"path": str(repo)})
            return await other.call_tool("plan", {**WINDOW, "needs": READ})

    req = anyio.run(main).structured_content["request"]
    assert (req["needs_origin"], req["needs_repository"]) == ("person", None)


def test_mcp_stateless_plan_names_the_repository_and_the_server_reads_it_again(repo):
    read, same, corrected, typed, alone = _mcp(repo, [
        ("needs_from_repository", {"path": str(repo)}),
        ("plan", {**WINDOW, "needs": READ, "repository": str(repo)}),
        ("plan", {**WINDOW, "needs": "gpus>=4", "repository": str(repo)}),
        ("plan", {**WINDOW, "needs": READ}),  # stateless: no session remembers the reading
        ("plan", {**WINDOW, "repository": str(repo)}),
    ], mode="2026-07-28")
    assert read.structured_content["needs"] == READ
    origins = [(r.structured_content["request"]["needs_origin"], r.structured_content["request"]["needs_repository"])
               for r in (same, corrected, typed)]
    assert origins == [("repository", "train"), ("agent-corrected", "train"), ("person", None)]
    assert alone.is_error and alone.content[0].text == "plan: repository names where `needs` came from; pass needs too"


def test_mcp_plan_repository_outside_the_roots_is_refused(repo, tmp_path):
    r, = _mcp(repo, [("plan", {**WINDOW, "needs": READ, "repository": str(tmp_path)})], mode="2026-07-28")
    assert r.is_error and "is outside the directories this server may read" in r.content[0].text


def _request(**kw) -> PlanRequest:
    return PlanRequest("uc", datetime(2025, 10, 30, 20, tzinfo=UTC), 120, 1, 1, **kw)


@pytest.mark.parametrize("origin,where", [(NeedsOrigin.person, None), (NeedsOrigin.repository, "train"),
                                          (NeedsOrigin.agent_corrected, "train")])
def test_audit_intent_request_record_carries_the_origin(origin, where):
    record = KIND.request_record(_request(needs=READ, needs_origin=origin, needs_repository=where))
    assert (record["needs"], record["needs_origin"], record["needs_repository"]) == (READ, str(origin), where)
    json.dumps(record)  # the audit writes it as JSON: plain strings, no enum objects
    assert type(record["needs_origin"]) is str


def test_audit_request_record_without_needs_is_unchanged():
    assert set(KIND.request_record(_request())) == {"start", "duration_minutes", "amount", "min_amount", "node_type"}


def test_needs_origin_must_be_typed():
    with pytest.raises(ValueError, match="needs_origin"):
        _request(needs=READ, needs_origin="person")


def test_repository_label_is_relative_to_its_root_else_absolute(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    assert repository_label(tmp_path / "a" / "b", (tmp_path,)) == "a/b"
    assert repository_label(tmp_path, (tmp_path,)) == "."
    assert repository_label(tmp_path, (tmp_path / "a",)) == tmp_path.resolve().as_posix()
