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
