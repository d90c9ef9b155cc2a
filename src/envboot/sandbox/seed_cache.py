"""A seeded sandbox's state, cached: the second ``sandbox up`` from one snapshot skips the replay.

After a fresh seeding the cache keeps a copy of the real Blazar's SQLite database and of the fake
Nova/Keystone state it refers to (hypervisors, aggregates, resource providers, trusts), under
``<user cache dir>/envboot/sandbox-seed/<key>`` (``ENVBOOT_SEED_CACHE`` overrides the folder). Every
sandbox gets its own copy; a cache entry is never opened by a running Blazar.

The key is a fingerprint of the seeding plan *relative to its "now"* (hosts, capabilities, lease
windows minus the plan's now), the snapshot's files, the seeding and server code and Blazar's pins.
A plan made at another time is the same plan shifted by whole minutes (every time in it is
``floor_minute(t + shift)`` and the skip/"now" rules compare with ``now`` + a constant), so a
restore shifts every date in the database by ``plan.shift - cached shift``. Leases seeded with
``start = "now"`` started when they were created; they are set to start at the restore's minute,
as a fresh seeding would start them. The restored sandbox is then checked against the plan host by
host (:func:`seed.check`); a failed check discards the entry and seeds afresh.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import platformdirs

from envboot.core.fsutil import atomic_write_text
from envboot.core.timeutil import floor_minute, utcnow
from envboot.sandbox import blazar_venv, runtime, seed
from envboot.sandbox.enforcement import Enforcement
from envboot.sandbox.from_snapshot import SeedPlan, closer_than
from envboot.sandbox.runtime import SandboxInfo

VERSION = 2  # 2: the floating IP pool (counts in meta.json)
HERE = Path(__file__).resolve().parent
CODE = ("from_snapshot.py", "seed.py", "seed_cache.py", "fake_openstack.py", "fake_neutron.py", "fip_seed.py",
        "blazar_server.py", "runtime.py", "constraints.txt")
DB, FAKE, META = "blazar.sqlite", "fake_state.json", "meta.json"
ATTEMPTS = 30  # copies tried until the fake's state is the same before and after the database copy


def cache_root(env: dict[str, str] | None = None) -> Path:
    env = dict(os.environ) if env is None else env
    if env.get("ENVBOOT_SEED_CACHE"):
        return Path(env["ENVBOOT_SEED_CACHE"])
    return Path(platformdirs.user_cache_dir("envboot")) / "sandbox-seed"


def _relative_plan(plan: SeedPlan) -> list:
    now = plan.now
    return [plan.region, plan.site, plan.skipped_over, plan.adjusted,
            [[h.name, sorted(h.capabilities.items())] for h in plan.hosts],
            [[lease.name, None if lease.start is None else (lease.start - now) // timedelta(minutes=1),
              (lease.end - now) // timedelta(minutes=1), list(lease.host_uids)] for lease in plan.leases],
            None if plan.fips is None else plan.fips.relative(now)]


def _now_leases(plan: SeedPlan) -> list[str]:
    """The leases seeded with start "now" (host leases and floating IP leases)."""
    return ([lease.name for lease in plan.leases if lease.start is None]
            + [lease.name for lease in (plan.fips.leases if plan.fips else ()) if lease.start is None])


def fingerprint(plan: SeedPlan, snapshot: Path, flavor_plugin: bool = False) -> str:
    h = hashlib.sha256(f"envboot-seed-cache {VERSION} flavor_plugin={flavor_plugin}\n".encode())
    h.update(json.dumps(_relative_plan(plan), default=str).encode())
    files = sorted(p for p in snapshot.rglob("*") if p.is_file()) if snapshot.is_dir() else [snapshot]
    for path in files:
        h.update(f"\nsnapshot {path.relative_to(snapshot) if snapshot.is_dir() else path.name}\n".encode())
        h.update(path.read_bytes())
    for name in CODE:
        h.update(f"\ncode {name}\n".encode())
        h.update((HERE / name).read_bytes())
    h.update(repr(blazar_venv.PINS).encode())
    return h.hexdigest()[:32]


@dataclass(frozen=True, slots=True)
class Entry:
    path: Path
    shift_minutes: int
    now_leases: tuple[str, ...]
    hosts: int
    leases: int
    reservations: int
    floating_ips: int = 0
    fip_leases: int = 0


def lookup(key: str, env: dict[str, str] | None = None) -> Entry | None:
    path = cache_root(env) / key
    try:
        meta = json.loads((path / META).read_text())
        if not (path / DB).is_file() or not (path / FAKE).is_file() or meta.get("version") != VERSION:
            return None
        return Entry(path, int(meta["shift_minutes"]), tuple(meta["now_leases"]), int(meta["hosts"]),
                     int(meta["leases"]), int(meta["reservations"]), int(meta["floating_ips"]),
                     int(meta["fip_leases"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _fake_dump(info: SandboxInfo) -> dict:
    with urllib.request.urlopen(f"{info.control_url}/dump", timeout=30) as resp:
        return json.load(resp)


def save(info: SandboxInfo, plan: SeedPlan, result: seed.SeedResult, key: str,
         env: dict[str, str] | None = None) -> Path | None:
    """Keep this freshly seeded sandbox's state under ``key`` (None if it changed while being copied)."""
    root = cache_root(env)
    root.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{key}-", dir=root))
    try:
        for attempt in range(ATTEMPTS):
            before = _fake_dump(info)
            src = sqlite3.connect(Path(info.home) / DB)
            dst = sqlite3.connect(tmp / DB)
            try:
                src.backup(dst)
            finally:
                src.close()
                dst.close()
            # again if Blazar moved a host meanwhile, or has a due event (a lease start) it has not run yet
            if _fake_dump(info) == before and not _due_events(tmp / DB):
                break
            if attempt == ATTEMPTS - 1:
                return None
            time.sleep(2)
        atomic_write_text(tmp / FAKE, json.dumps(before), mode=0o600)
        meta = {"version": VERSION, "shift_minutes": plan.shift // timedelta(minutes=1),
                "now_leases": _now_leases(plan),
                "hosts": result.hosts, "leases": result.leases, "reservations": result.reservations,
                "floating_ips": result.floating_ips, "fip_leases": result.fip_leases,
                "saved_at": utcnow().isoformat()}
        atomic_write_text(tmp / META, json.dumps(meta, indent=1) + "\n", mode=0o600)
        try:
            os.rename(tmp, root / key)
        except OSError:  # another sandbox saved the same key first: keep theirs
            return root / key if lookup(key, env) else None
        return root / key
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _due_events(db: Path) -> int:
    """Events Blazar has not run although their time has come (it runs them every few seconds)."""
    con = sqlite3.connect(db)
    try:
        at = utcnow().strftime("%Y-%m-%d %H:%M:%S.%f")
        return con.execute("SELECT count(*) FROM events WHERE status IN ('UNDONE', 'IN_PROGRESS') AND time <= ?",
                           (at,)).fetchone()[0]
    finally:
        con.close()


def discard(key: str, env: dict[str, str] | None = None) -> None:
    shutil.rmtree(cache_root(env) / key, ignore_errors=True)


def _shifted(value: str, delta: timedelta) -> str:
    t = datetime.fromisoformat(value) + delta
    return t.strftime("%Y-%m-%d %H:%M:%S.%f" if "." in value else "%Y-%m-%d %H:%M:%S")


def shift_database(db: Path, delta: timedelta, now_leases: tuple[str, ...], now: datetime) -> None:
    """Move every date in Blazar's database by ``delta``; leases that started "now" start at ``now``."""
    con = sqlite3.connect(db)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            cols = [r[1] for r in con.execute(f'PRAGMA table_info("{table}")') if "DATE" in r[2].upper()
                    or "TIME" in r[2].upper()]
            for col in cols:
                rows = con.execute(f'SELECT rowid, "{col}" FROM "{table}" WHERE "{col}" IS NOT NULL').fetchall()
                con.executemany(f'UPDATE "{table}" SET "{col}" = ? WHERE rowid = ?',
                                [(_shifted(v, delta), rowid) for rowid, v in rows if isinstance(v, str)])
        at = now.strftime("%Y-%m-%d %H:%M:%S.%f")
        marks = ",".join("?" * len(now_leases))
        if now_leases:
            con.execute(f"UPDATE leases SET start_date = ? WHERE name IN ({marks})", (at, *now_leases))
            con.execute(f"UPDATE events SET time = ? WHERE event_type = 'start_lease' AND lease_id IN "
                        f"(SELECT id FROM leases WHERE name IN ({marks}))", (at, *now_leases))
        con.commit()
        con.execute("PRAGMA journal_mode = DELETE")
    finally:
        con.close()


def installer(entry: Entry, plan: SeedPlan):  # noqa: ANN201
    """A ``prepare(home)`` for :func:`runtime.up`: the cached state, shifted to this plan, in ``home``."""

    def prepare(home: Path) -> None:
        src = sqlite3.connect(entry.path / DB)
        dst = sqlite3.connect(home / DB)
        try:
            src.backup(dst)
        finally:
            src.close()
            dst.close()
        os.chmod(home / DB, 0o600)
        delta = plan.shift - timedelta(minutes=entry.shift_minutes)
        shift_database(home / DB, delta, entry.now_leases, floor_minute(utcnow()))
        shutil.copyfile(entry.path / FAKE, home / FAKE)
        os.chmod(home / FAKE, 0o600)

    return prepare


def up_seeded(home: Path, plan: SeedPlan, snapshot: Path, *, name: str = "default", port: int | None = None,
              cleaning_time: int = 0, flavor_plugin: bool = False, use_cache: bool = True,
              on_progress=None, on_seed_progress: seed.Progress | None = None,
              env: dict[str, str] | None = None,
              enforcement: Enforcement | None = None) -> tuple[SandboxInfo, seed.SeedResult]:
    """Start a sandbox seeded with ``plan``: from the cache when it holds this plan, else by replaying
    it through Blazar's API (then cached). ``result.from_cache`` says which; seconds count the seeding
    (restore + check, or replay + check), not Blazar's start."""
    key = fingerprint(plan, snapshot, flavor_plugin)
    entry = lookup(key, env) if use_cache else None
    if entry is not None:
        report = on_seed_progress or (lambda stage, done, total: None)
        started = time.monotonic()
        info = runtime.up(home, region=plan.region, port=port, name=name, cleaning_time=cleaning_time,
                          on_progress=on_progress, flavor_plugin=flavor_plugin, prepare=installer(entry, plan),
                          enforcement=enforcement)
        # leases whose start came due between the copy and now (a fresh replay runs them while it seeds)
        deadline = time.monotonic() + 60
        while _due_events(home / DB) and time.monotonic() < deadline:
            time.sleep(0.5)
        report("check", 0, 1)
        try:
            seed.check(seed.client_for(info, "admin"), plan, floor_minute(utcnow()) - timedelta(minutes=1))
        except Exception:  # noqa: BLE001 - a stale or damaged entry: forget it, seed afresh
            runtime.down(home)
            discard(key, env)
        else:
            report("check", 1, 1)
            return info, seed.SeedResult(entry.hosts, entry.leases, entry.reservations, time.monotonic() - started,
                                         cleaning_time, closer_than(plan, cleaning_time), from_cache=True,
                                         floating_ips=entry.floating_ips, fip_leases=entry.fip_leases)
    info = runtime.up(home, region=plan.region, port=port, name=name, cleaning_time=cleaning_time,
                      on_progress=on_progress, flavor_plugin=flavor_plugin, enforcement=enforcement)
    try:
        result = seed.apply(info, plan, on_progress=on_seed_progress)
    except BaseException:
        runtime.down(home)
        raise
    if use_cache:
        with contextlib.suppress(OSError, sqlite3.Error, ValueError):
            save(info, plan, result, key, env)
    return info, result
