"""Old data never answers without a word (issue 17): a window after the data's fetch time, answered from a
snapshot (always) or from live data older than 15 min, carries a warning naming the data, its age, the refresh."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from envboot.domain.freshness import LIVE_FRESH, stale_warning
from envboot.domain.model import DataInfo

FETCHED = datetime(2025, 10, 30, 19, 54, tzinfo=UTC)


def test_plan_start_now_on_the_bundled_snapshot_warns_in_json_and_table(envboot, monkeypatch):
    monkeypatch.delenv("ENVBOOT_NOW", raising=False)
    args = ["plan", "--zone", "uc", "--start", "now", "--duration", "2h", "-n", "1", "-t", "compute_skylake"]
    r = envboot([*args, "-f", "json"])
    doc = json.loads(r.out)
    stale = [w for w in doc["warnings"] if "snapshot data" in w]
    assert len(stale) == 1 and "days old" in stale[0] and "envboot refresh" in stale[0], doc["warnings"]
    table = envboot(args)
    assert "snapshot data" in " ".join(table.out.split()) + " ".join(table.err.split())


def test_availability_now_on_the_snapshot_warns(envboot, monkeypatch):
    monkeypatch.delenv("ENVBOOT_NOW", raising=False)
    r = envboot(["availability", "--zone", "uc", "--start", "now", "--duration", "1h", "-f", "json"])
    assert any("snapshot data" in w and "envboot refresh" in w for w in json.loads(r.out)["warnings"])


def test_live_data_is_quiet_while_fresh_then_warns():
    live = DataInfo("live", "/x/live", FETCHED)
    later = FETCHED + timedelta(days=1)
    assert stale_warning(live, later, FETCHED + LIVE_FRESH) is None
    w = stale_warning(live, later, FETCHED + LIVE_FRESH + timedelta(minutes=1))
    assert w is not None and "live data /x/live" in w and "16 min old" in w and "envboot refresh" in w
    snap = DataInfo("snapshot", "/x/snap", FETCHED)
    # a snapshot cannot know what happened after it was taken: it warns even replayed at its fetch time (issue 17)
    assert "snapshot data /x/snap" in stale_warning(snap, later, FETCHED)
    assert "snapshot data /x/snap" in stale_warning(snap, later, FETCHED + timedelta(days=396))
    assert "396 days old" in stale_warning(snap, later, FETCHED + timedelta(days=396))
    assert stale_warning(snap, FETCHED - timedelta(hours=1), FETCHED) is None  # before the fetch: another warning


def _live_dir(root):
    import shutil

    from envboot.core.settings import BUNDLED_SNAPSHOT

    live = root / "live"
    (live / "uc").mkdir(parents=True)
    for name in ("sites.json", "uc_chameleon_nodes.json", "uc_clusters.json"):
        shutil.copy(BUNDLED_SNAPSHOT / name, live / name)
    for name in ("hosts.json", "allocations.json", "resource_map.json"):
        shutil.copy(BUNDLED_SNAPSHOT / name, live / "uc" / name)
    (live / "uc" / "meta.json").write_text(json.dumps({"site": "uc", "source": "live", "region": "CHI@UC",
                                                       "fetched_at": "2025-10-30T19:54:00Z", "stale": False}))
    return live


def test_after_refresh_read_commands_default_to_the_live_data_and_name_it(envboot, monkeypatch, tmp_path):
    args = ["plan", "--zone", "uc", "--start", "2025-10-30 20:00", "--duration", "2h", "-n", "1",
            "-t", "compute_skylake", "--now", "2025-10-30 19:54", "-f", "json"]
    before = json.loads(envboot(args).out)
    assert before["data"]["source"] == "snapshot"  # no live data: the bundled snapshot
    live = _live_dir(tmp_path)
    monkeypatch.setenv("ENVBOOT_LIVE_DATA", str(live))
    for cmd in (args, ["availability", *args[1:5], "--duration", "2h", "-f", "json"]):
        doc = json.loads(envboot(cmd).out)
        assert doc["data"]["source"] == "live" and doc["data"]["path"] == str(live), doc["data"]
