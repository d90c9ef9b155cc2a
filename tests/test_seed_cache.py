"""seed_cache's pure parts: one fingerprint for one plan at any "now", and the database shift."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

from envboot.core.settings import BUNDLED_SNAPSHOT
from envboot.sandbox import from_snapshot, seed_cache


def test_a_plan_at_another_now_is_the_same_plan_shifted_and_has_the_same_key():
    t0 = datetime(2026, 12, 1, 22, 0, 17, tzinfo=UTC)
    for later in (timedelta(minutes=1), timedelta(minutes=59, seconds=50), timedelta(days=3, hours=5)):
        a = from_snapshot.plan_from_snapshot(BUNDLED_SNAPSHOT, t0)
        b = from_snapshot.plan_from_snapshot(BUNDLED_SNAPSHOT, t0 + later)
        delta = b.shift - a.shift
        assert delta == b.now - a.now and delta % timedelta(minutes=1) == timedelta(0)
        assert [(x.name, x.start and x.start + delta, x.end + delta, x.host_uids) for x in a.leases] == \
            [(x.name, x.start, x.end, x.host_uids) for x in b.leases]
        assert seed_cache.fingerprint(a, BUNDLED_SNAPSHOT) == seed_cache.fingerprint(b, BUNDLED_SNAPSHOT)


def test_the_key_changes_with_the_plan_and_the_flavor_plugin():
    plan = from_snapshot.plan_from_snapshot(BUNDLED_SNAPSHOT)
    key = seed_cache.fingerprint(plan, BUNDLED_SNAPSHOT)
    assert seed_cache.fingerprint(plan, BUNDLED_SNAPSHOT, flavor_plugin=True) != key
    fewer = from_snapshot.SeedPlan(plan.region, plan.site, plan.hosts, plan.leases[1:], plan.shift,
                                   plan.skipped_over, plan.adjusted, plan.now)
    assert seed_cache.fingerprint(fewer, BUNDLED_SNAPSHOT) != key


def test_shift_database_moves_every_date_and_starts_now_leases_at_now(tmp_path):
    db = tmp_path / "b.sqlite"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE leases (id VARCHAR, name VARCHAR, start_date DATETIME, end_date DATETIME, "
                "created_at DATETIME)")
    con.execute("CREATE TABLE events (id VARCHAR, lease_id VARCHAR, event_type VARCHAR, time DATETIME)")
    con.executemany("INSERT INTO leases VALUES (?, ?, ?, ?, ?)", [
        ("L1", "seed-0000-aaaa", "2026-12-01 10:03:00.000000", "2026-12-02 10:00:00.000000", "2026-12-01 10:03:41"),
        ("L2", "seed-0001-bbbb", "2026-12-05 08:00:00.000000", "2026-12-05 09:00:00.000000", None)])
    con.executemany("INSERT INTO events VALUES (?, ?, ?, ?)", [
        ("E1", "L1", "start_lease", "2026-12-01 10:03:00.000000"),
        ("E2", "L1", "end_lease", "2026-12-02 10:00:00.000000"),
        ("E3", "L2", "start_lease", "2026-12-05 08:00:00.000000")])
    con.commit()
    con.close()
    now = datetime(2026, 12, 1, 12, 0)
    seed_cache.shift_database(db, timedelta(hours=2), ("seed-0000-aaaa",), now)
    con = sqlite3.connect(db)
    assert con.execute("SELECT * FROM leases ORDER BY id").fetchall() == [
        ("L1", "seed-0000-aaaa", "2026-12-01 12:00:00.000000", "2026-12-02 12:00:00.000000", "2026-12-01 12:03:41"),
        ("L2", "seed-0001-bbbb", "2026-12-05 10:00:00.000000", "2026-12-05 11:00:00.000000", None)]
    assert con.execute("SELECT id, time FROM events ORDER BY id").fetchall() == [
        ("E1", "2026-12-01 12:00:00.000000"), ("E2", "2026-12-02 12:00:00.000000"),
        ("E3", "2026-12-05 10:00:00.000000")]
