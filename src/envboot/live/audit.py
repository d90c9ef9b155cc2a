"""The append-only audit trail of reservations: JSON lines, locked, fsynced, mode 0600.

Each ``reserve`` writes an ``intent`` record BEFORE it calls Blazar, a ``create_attempt`` right
before each create call, and an ``outcome`` after; a crash in between leaves evidence that
``envboot audit reconcile`` resolves by looking the lease up by its intent name. ``lease extend`` and
``lease delete`` write a ``lease_extend`` / ``lease_delete`` record (under the intent that created the
lease, when the trail has it), so a deleted lease no longer reads as a standing success.

A crash mid-write can leave a torn last line. The next append never lands on it: under the lock it
sees the missing newline and first writes a newline and a ``torn_tail`` fence record (the torn bytes
stay in the file as evidence); readers skip a torn line that is last or fenced, with a warning.
The file itself is never a symlink (refused with ``O_NOFOLLOW``, as is its lock file): exit 3.

Records never hold a password, token or secret, nor another user's identity: only what envboot
itself asked for and got (its own lease id, name, hosts, status).
"""

from __future__ import annotations

import errno
import json
import os
import stat
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from filelock import FileLock

from envboot.core.errors import ConfigError, InputError
from envboot.core.fsutil import fsync_dir
from envboot.core.timeutil import iso_z, parse_api_time, utcnow

RECORD_VERSION = 1
INTENT, CREATE_ATTEMPT, OUTCOME, RECONCILED = "intent", "create_attempt", "outcome", "reconciled"
LEASE_EXTEND, LEASE_DELETE = "lease_extend", "lease_delete"
TORN_TAIL = "torn_tail"  # a fence after a torn line: ``torn_bytes`` is that line's length
EVENTS = (INTENT, CREATE_ATTEMPT, OUTCOME, RECONCILED, LEASE_EXTEND, LEASE_DELETE, TORN_TAIL)
FENCE_INTENT = "-"  # the intent id of a fence (belongs to no intent)
LEASE_OPS = (LEASE_EXTEND, LEASE_DELETE)
DELETED = ("deleted", "already_gone")
LOCK_TIMEOUT_S = 60


def default_audit_path() -> Path:
    """``$ENVBOOT_AUDIT``, else ``reserve_audit.jsonl`` in the user's state directory."""
    env = os.environ.get("ENVBOOT_AUDIT")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_state_dir("envboot")) / "reserve_audit.jsonl"


def new_intent_id() -> str:
    return uuid.uuid4().hex[:8]


@dataclass(frozen=True, slots=True)
class Record:
    event: str
    intent_id: str
    ts: datetime
    data: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"v": RECORD_VERSION, "ts": iso_z(self.ts), "event": self.event, "intent_id": self.intent_id,
                **self.data}


@dataclass(frozen=True, slots=True)
class IntentState:
    """Everything recorded for one intent, in order."""

    intent_id: str
    records: tuple[Record, ...]

    @property
    def intent(self) -> Record:
        return self.records[0]

    @property
    def outcome(self) -> Record | None:
        done = [r for r in self.records if r.event in (OUTCOME, RECONCILED)]
        return done[-1] if done else None

    @property
    def dangling(self) -> bool:
        """An intent that reached Blazar (or may have) with no recorded outcome."""
        return self.outcome is None

    @property
    def lease_name(self) -> str | None:
        return self.intent.data.get("lease_name")

    @property
    def deleted(self) -> Record | None:
        """The ``lease_delete`` record that removed the intent's lease (deleted or found already gone)."""
        done = [r for r in self.records if r.event == LEASE_DELETE and r.data.get("result") in DELETED]
        return done[-1] if done else None

    @property
    def result(self) -> str:
        """What the trail says of the intent now: ``deleted`` once its lease was deleted, else the last
        outcome's result, else ``DANGLING``."""
        if self.deleted is not None:
            return "deleted"
        return str(self.outcome.data.get("result")) if self.outcome else "DANGLING"


class AuditLog:
    """One audit file. Safe for concurrent writers (file lock) and crash-safe (fsync per record).

    ``warnings`` holds what the last :meth:`records` call skipped (torn lines), one line each.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = FileLock(str(self.path) + ".lock", timeout=LOCK_TIMEOUT_S)
        self.warnings: list[str] = []

    def append(self, event: str, intent_id: str, **data: Any) -> Record:
        if event not in EVENTS:
            raise ValueError(f"unknown audit event {event!r}")
        record = Record(event, intent_id, utcnow(), data)
        line = _line(record)
        with self._locked():
            fd = self._open(os.O_RDWR | os.O_APPEND | os.O_CREAT)
            try:
                os.fchmod(fd, 0o600)
                _write_all(fd, _fence(fd) + line)
                os.fsync(fd)
            except OSError as exc:
                raise self._config_error("cannot write", exc) from None
            finally:
                os.close(fd)
        fsync_dir(self.path.parent)
        return record

    def check_writable(self) -> None:
        """Exit 3 now (before any Blazar call) if an append would fail: a symlink, no permission."""
        with self._locked():
            os.close(self._open(os.O_RDWR | os.O_APPEND | os.O_CREAT))

    def records(self) -> list[Record]:
        """Every complete record. A torn line (a crash mid-write) that is last or fenced is skipped with
        a warning; any other invalid line is an error (exit 2): the trail cannot be trusted."""
        self.warnings = []
        raw = self._read()
        if raw is None:
            return []
        lines = raw.split(b"\n")
        parsed: list[Record | None] = []
        for raw_line in lines:
            try:
                parsed.append(_record(json.loads(raw_line)) if raw_line.strip() else None)
            except (ValueError, KeyError, TypeError, InputError):
                parsed.append(None)
        out: list[Record] = []
        for i, (raw_line, rec) in enumerate(zip(lines, parsed, strict=True)):
            if rec is not None:
                if rec.event != TORN_TAIL:
                    out.append(rec)
                continue
            if not raw_line.strip():
                continue
            if _fenced(lines, parsed, i):
                self.warnings.append(f"{self.path}: line {i + 1} is a torn record ({len(raw_line)} bytes, a crash "
                                     "mid-write); kept in the file as evidence, skipped")
                continue
            raise InputError(f"{self.path}: line {i + 1} is not a valid audit record") from None
        return out

    def intents(self) -> list[IntentState]:
        return list(group_by_intent(self.records()))

    def intent_of_lease(self, lease_id: str) -> str | None:
        """The intent whose outcome (or reconciliation) recorded ``lease_id``, if the trail has one."""
        for st in self.intents():
            if any(r.data.get("lease_id") == lease_id for r in st.records if r.event in (OUTCOME, RECONCILED)):
                return st.intent_id
        return None

    # -- file access: never through a symlink, every OS error one line with the path ----------------
    def _locked(self):
        lock = Path(str(self.path) + ".lock")
        for p in (self.path, lock):
            if p.is_symlink():
                raise ConfigError(f"audit file {p} is a symlink; envboot does not follow it (point --audit / "
                                  "ENVBOOT_AUDIT at the real file)")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._lock.acquire()
        except OSError as exc:
            raise self._config_error("cannot write", exc) from None
        return _Release(self._lock)

    def _open(self, flags: int) -> int:
        try:
            return os.open(self.path, flags | os.O_NOFOLLOW, 0o600)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise ConfigError(f"audit file {self.path} is a symlink; envboot does not follow it (point --audit "
                                  "/ ENVBOOT_AUDIT at the real file)") from None
            raise self._config_error("cannot open", exc) from None

    def _read(self) -> bytes | None:
        try:
            st = os.lstat(self.path)
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise self._config_error("cannot read", exc) from None
        if stat.S_ISLNK(st.st_mode):
            raise ConfigError(f"audit file {self.path} is a symlink; envboot does not follow it (point --audit / "
                              "ENVBOOT_AUDIT at the real file)")
        fd = self._open(os.O_RDONLY)
        try:
            with os.fdopen(fd, "rb") as fh:
                return fh.read()
        except OSError as exc:
            raise self._config_error("cannot read", exc) from None

    def _config_error(self, what: str, exc: OSError) -> ConfigError:
        target = exc.filename or self.path
        return ConfigError(f"audit file {self.path}: {what} {target}: {exc.strerror or exc} "
                           "(set --audit / ENVBOOT_AUDIT to a writable file)")


class _Release:
    def __init__(self, lock: FileLock) -> None:
        self._lock = lock

    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        self._lock.release()


def _line(record: Record) -> bytes:
    return (json.dumps(record.to_json(), sort_keys=True, default=str) + "\n").encode("utf-8")


def _fence(fd: int) -> bytes:
    """What to write before a record so that it starts on a fresh line: nothing, or (after a torn
    last line) a newline and a ``torn_tail`` record naming the torn line's length."""
    size = os.fstat(fd).st_size
    if size == 0 or os.pread(fd, 1, size - 1) == b"\n":
        return b""
    tail_start = size
    while tail_start > 0:
        chunk = os.pread(fd, min(4096, tail_start), max(0, tail_start - 4096))
        at = chunk.rfind(b"\n")
        if at >= 0:
            tail_start = tail_start - len(chunk) + at + 1
            break
        tail_start -= len(chunk)
    return b"\n" + _line(Record(TORN_TAIL, FENCE_INTENT, utcnow(), {"torn_bytes": size - tail_start}))


def _fenced(lines: list[bytes], parsed: list[Record | None], i: int) -> bool:
    """Line ``i`` is invalid: is it a torn write? Yes if only torn lines follow it up to the end of the
    file or up to a ``torn_tail`` fence (a torn fence write leaves a run of torn lines before the next)."""
    for j in range(i + 1, len(lines)):
        rec = parsed[j]
        if rec is not None:
            return rec.event == TORN_TAIL
    return True


def group_by_intent(records: Iterable[Record]) -> Iterator[IntentState]:
    order: list[str] = []
    by_id: dict[str, list[Record]] = {}
    for r in records:
        if r.intent_id not in by_id:
            order.append(r.intent_id)
            by_id[r.intent_id] = []
        by_id[r.intent_id].append(r)
    for intent_id in order:
        recs = by_id[intent_id]
        if recs[0].event == INTENT:
            yield IntentState(intent_id, tuple(recs))


def lease_ops_without_intent(records: Iterable[Record]) -> list[Record]:
    """``lease extend`` / ``delete`` records of leases no intent in the trail created (made elsewhere)."""
    recs = list(records)
    with_intent = {r.intent_id for r in recs if r.event == INTENT}
    return [r for r in recs if r.event in LEASE_OPS and r.intent_id not in with_intent]


def _record(doc: dict[str, Any]) -> Record:
    data = {k: v for k, v in doc.items() if k not in ("v", "ts", "event", "intent_id")}
    event, intent_id = doc["event"], doc["intent_id"]
    if event not in EVENTS or not isinstance(intent_id, str):
        raise ValueError("bad record")
    return Record(event, intent_id, parse_api_time(doc["ts"], where="ts"), data)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]
