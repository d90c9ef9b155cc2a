"""The append-only audit trail of reservations: JSON lines, locked, fsynced, mode 0600.

Each ``reserve`` writes an ``intent`` record BEFORE it calls Blazar, a ``create_attempt`` right
before each create call, and an ``outcome`` after; a crash in between leaves evidence that
``envboot audit reconcile`` resolves by looking the lease up by its intent name.

Records never hold a password, token or secret, nor another user's identity: only what envboot
itself asked for and got (its own lease id, name, hosts, status).
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from filelock import FileLock

from .errors import InputError
from .fsutil import fsync_dir
from .timeutil import iso_z, parse_api_time, utcnow

RECORD_VERSION = 1
INTENT, CREATE_ATTEMPT, OUTCOME, RECONCILED = "intent", "create_attempt", "outcome", "reconciled"
EVENTS = (INTENT, CREATE_ATTEMPT, OUTCOME, RECONCILED)
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


class AuditLog:
    """One audit file. Safe for concurrent writers (file lock) and crash-safe (fsync per record)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = FileLock(str(self.path) + ".lock", timeout=LOCK_TIMEOUT_S)

    def append(self, event: str, intent_id: str, **data: Any) -> Record:
        if event not in EVENTS:
            raise ValueError(f"unknown audit event {event!r}")
        record = Record(event, intent_id, utcnow(), data)
        line = (json.dumps(record.to_json(), sort_keys=True, default=str) + "\n").encode("utf-8")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._lock:
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            try:
                os.fchmod(fd, 0o600)
                _write_all(fd, line)
                os.fsync(fd)
            finally:
                os.close(fd)
        fsync_dir(self.path.parent)
        return record

    def records(self) -> list[Record]:
        """Every complete record; a torn final line (a crash mid-write) is ignored."""
        if not self.path.exists():
            return []
        lines = self.path.read_bytes().split(b"\n")
        out = []
        for i, raw in enumerate(lines):
            if not raw.strip():
                continue
            try:
                doc = json.loads(raw)
                out.append(_record(doc))
            except (ValueError, KeyError, TypeError, InputError):
                if i == len(lines) - 1:
                    continue  # torn last line: the write never completed
                raise InputError(f"{self.path}: line {i + 1} is not a valid audit record") from None
        return out

    def intents(self) -> list[IntentState]:
        return list(group_by_intent(self.records()))


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
