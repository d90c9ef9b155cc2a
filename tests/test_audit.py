"""The audit trail: durable, mode 0600, safe under concurrent writers, tolerant of a torn last line."""

import json
import multiprocessing
import stat

import pytest

from envboot.audit import CREATE_ATTEMPT, INTENT, OUTCOME, AuditLog, new_intent_id
from envboot.errors import InputError


def test_records_round_trip_and_group_by_intent(tmp_path):
    log = AuditLog(tmp_path / "audit.jsonl")
    a, b = new_intent_id(), new_intent_id()
    log.append(INTENT, a, lease_name="envboot-auto-1", zone="uc")
    log.append(INTENT, b, lease_name="envboot-auto-2", zone="uc")
    log.append(CREATE_ATTEMPT, a, attempt=1)
    log.append(OUTCOME, a, result="success", lease_id="L1", hosts=["nc01"])
    states = {s.intent_id: s for s in log.intents()}
    assert not states[a].dangling and states[a].outcome.data["lease_id"] == "L1"
    assert states[b].dangling and states[b].lease_name == "envboot-auto-2"
    assert [r.event for r in states[a].records] == [INTENT, CREATE_ATTEMPT, OUTCOME]
    assert stat.S_IMODE((tmp_path / "audit.jsonl").stat().st_mode) == 0o600


def test_torn_last_line_is_ignored_but_corruption_elsewhere_is_an_error(tmp_path):
    path = tmp_path / "audit.jsonl"
    log = AuditLog(path)
    log.append(INTENT, "i1", lease_name="x")
    with open(path, "ab") as fh:
        fh.write(b'{"v": 1, "ts": "2025-01-01T00:00:00Z", "event": "outc')
    assert [r.intent_id for r in log.records()] == ["i1"]
    with open(path, "ab") as fh:
        fh.write(b"\n")
    log.append(OUTCOME, "i1", result="success")
    with pytest.raises(InputError, match="line 2"):
        log.records()


def _writer(path, n, tag):
    log = AuditLog(path)
    for i in range(n):
        log.append(INTENT, f"{tag}-{i}", lease_name=f"name-{tag}-{i}", payload="x" * 5000)


def test_concurrent_writers_never_tear_a_record(tmp_path):
    path = tmp_path / "audit.jsonl"
    procs = [multiprocessing.get_context("spawn").Process(target=_writer, args=(path, 40, t)) for t in range(6)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    lines = path.read_text().splitlines()
    assert len(lines) == 240
    docs = [json.loads(line) for line in lines]  # every line is a whole record
    assert len({d["intent_id"] for d in docs}) == 240
