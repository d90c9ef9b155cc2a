"""The cached seeded database (envboot.sandbox.seed_cache) against a fresh replay, on the real Blazar.

A small slice of the bundled snapshot (a dozen hosts with their leases) keeps this quick; the whole
snapshot is compared by bench/sandbox_up.py. The entry is made from a plan for a later "now" (7
minutes ahead), so the restore must shift every date back by 7 minutes to answer like a fresh replay."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from envboot.core.settings import BUNDLED_SNAPSHOT
from envboot.core.timeutil import floor_minute, utcnow
from envboot.sandbox import from_snapshot, runtime, seed_cache

from .seed_compare import differences, state_of

pytestmark = pytest.mark.sandbox


def _slice(plan: from_snapshot.SeedPlan, n_hosts: int = 12) -> from_snapshot.SeedPlan:
    busy = [u for lease in plan.leases for u in lease.host_uids]
    keep = set(dict.fromkeys(busy[: n_hosts - 2])) | {h.name for h in plan.hosts[:2]}
    return replace(plan, hosts=tuple(h for h in plan.hosts if h.name in keep),
                   leases=tuple(x for x in plan.leases if set(x.host_uids) <= keep))


def test_a_restored_sandbox_answers_like_a_freshly_seeded_one(tmp_path, monkeypatch):
    monkeypatch.setenv("ENVBOOT_SEED_CACHE", str(tmp_path / "cache"))
    now = floor_minute(utcnow())
    later = _slice(from_snapshot.plan_from_snapshot(BUNDLED_SNAPSHOT, now + timedelta(minutes=7)))
    plan = _slice(from_snapshot.plan_from_snapshot(BUNDLED_SNAPSHOT, now))
    assert any(x.start is None for x in plan.leases) and any(x.start is not None for x in plan.leases)
    key = seed_cache.fingerprint(plan, BUNDLED_SNAPSHOT)
    assert seed_cache.fingerprint(later, BUNDLED_SNAPSHOT) == key  # same plan, 7 minutes later: one entry
    homes = [tmp_path / n for n in ("maker", "fresh", "restored")]
    try:
        _, made = seed_cache.up_seeded(homes[0], later, BUNDLED_SNAPSHOT, name="maker")
        assert not made.from_cache and seed_cache.lookup(key) is not None
        runtime.down(homes[0])
        fresh_info, fresh = seed_cache.up_seeded(homes[1], plan, BUNDLED_SNAPSHOT, name="fresh", use_cache=False)
        restored_info, restored = seed_cache.up_seeded(homes[2], plan, BUNDLED_SNAPSHOT, name="restored")
        assert not fresh.from_cache and restored.from_cache
        assert (restored.hosts, restored.leases, restored.reservations) == (fresh.hosts, fresh.leases,
                                                                              fresh.reservations)
        a, b = state_of(fresh_info), state_of(restored_info)
        assert a["leases"] and a["allocations"]
        assert differences(a, b) == ""
        # the restored database is a copy: the entry itself never changes under a running sandbox
        cached_db = seed_cache.lookup(key).path / "blazar.sqlite"
        assert (homes[2] / "blazar.sqlite").stat().st_ino != cached_db.stat().st_ino
    finally:
        for home in homes:
            runtime.down(home)


def test_a_damaged_entry_is_discarded_and_the_snapshot_replayed(tmp_path, monkeypatch):
    monkeypatch.setenv("ENVBOOT_SEED_CACHE", str(tmp_path / "cache"))
    plan = _slice(from_snapshot.plan_from_snapshot(BUNDLED_SNAPSHOT), 4)
    home = tmp_path / "s"
    try:
        seed_cache.up_seeded(home, plan, BUNDLED_SNAPSHOT, name="dmg")
        runtime.down(home)
        entry = seed_cache.lookup(seed_cache.fingerprint(plan, BUNDLED_SNAPSHOT))
        import sqlite3

        con = sqlite3.connect(entry.path / "blazar.sqlite")
        con.execute("DELETE FROM computehost_allocations")  # the allocations no longer match the plan
        con.commit()
        con.close()
        _, result = seed_cache.up_seeded(home, plan, BUNDLED_SNAPSHOT, name="dmg")
        assert not result.from_cache and result.reservations > 0
    finally:
        runtime.down(home)
