"""The table footer of plan/availability names the data it answered from. After `envboot refresh` the live
data is read by default: the footer says so, how long ago it was refreshed (envboot's clock: --now) and
where it is (issue 17; the JSON `data` block says the same)."""

from __future__ import annotations

import json

from envboot.interfaces.cli.tables import data_line

from .test_freshness import _live_dir

NOW = ["--now", "2025-10-30 19:59"]  # the live copy was fetched 2025-10-30T19:54:00Z: 5 minutes earlier
PLAN = ["plan", "--zone", "uc", "--start", "2025-10-30 20:00", "--duration", "2h", "-n", "1", "-t", "compute_skylake"]
AVAIL = ["availability", "--zone", "uc", "--start", "2025-10-30 20:00", "--duration", "2h", "-t", "compute_skylake"]


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_the_default_live_data_is_named_with_its_refresh_age_in_plan_and_availability(envboot, monkeypatch,
                                                                                        tmp_path):
    live = _live_dir(tmp_path)
    monkeypatch.setenv("ENVBOOT_LIVE_DATA", str(live))
    for argv in (PLAN, AVAIL):
        r = envboot([*argv, *NOW])
        assert r.code == 0, r.err
        assert f"data: live (refreshed 5 min ago, 2025-10-30 19:54Z) {live}" in _flat(r.out), r.out[-400:]
        doc = json.loads(envboot([*argv, *NOW, "-f", "json"]).out)
        assert (doc["data"]["source"], doc["data"]["path"], doc["data"]["age_seconds"]) == ("live", str(live), 300)


def test_footer_wording():
    base = {"source": "live", "path": "/d/live", "fetched_at": "2025-10-30T19:54:00Z", "fetched_before": None,
            "age": "x", "stale_sites": []}
    for seconds, said in ((20, "refreshed under a minute ago"), (300, "refreshed 5 min ago"),
                          (7500, "refreshed 2 h 5 min ago"), (3 * 86400 + 3600, "refreshed 3 days 1 h ago"),
                          (-120, "refreshed 2 min after now")):
        assert data_line({**base, "age_seconds": seconds}).startswith(f"[dim]data: live ({said}, 2025-10-30 19:54Z) "
                                                                      "/d/live")
    line = data_line({**base, "age_seconds": None, "fetched_at": None, "stale_sites": ["uc"]})
    assert line.startswith("[dim]data: live (refresh time unknown) /d/live") and "STALE: uc" in line
    snap = data_line({**base, "source": "snapshot", "fetched_at": None, "fetched_before": "2025-10-30T19:54:00Z",
                      "age_seconds": 300, "age": "≥ 5m"})
    assert snap == "[dim]data: snapshot /d/live (fetched before 2025-10-30T19:54:00Z, age ≥ 5m)[/]"  # as before


def test_mcp_plan_measures_the_data_age_by_envboot_now(monkeypatch, tmp_path):
    """The MCP plan's `data` block, like the CLI's: its age by ENVBOOT_NOW, not by the wall clock."""
    import os

    import anyio
    from mcp import Client

    from envboot.interfaces.mcp import ServerConfig, build_server

    for k in [k for k in os.environ if k.startswith("OS_")]:
        monkeypatch.delenv(k)
    monkeypatch.setenv("ENVBOOT_AUDIT", str(tmp_path / "audit.jsonl"))
    monkeypatch.setenv("ENVBOOT_NOW", "2025-10-30 19:59")

    async def main():
        async with Client(build_server(ServerConfig())) as c:
            return await c.call_tool("plan", {"zone": "uc", "start": "2025-10-30 20:00", "duration": "2h",
                                              "amount": 1, "node_type": "compute_skylake"})

    res = anyio.run(main)
    assert not res.is_error, res.content
    assert res.structured_content["data"]["age_seconds"] == 300, res.structured_content["data"]
