"""The audit trail: durable, mode 0600, safe under concurrent writers, tolerant of a torn last line."""

import json
import multiprocessing
import stat

import pytest

from envboot.core.errors import ConfigError, InputError
from envboot.live.audit import CREATE_ATTEMPT, INTENT, OUTCOME, AuditLog, new_intent_id

from .schema_check import assert_valid


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


def _cli(argv):
    from envboot.interfaces.cli.app import main

    from .conftest import run_main

    return run_main(main, argv)


def test_a_record_torn_at_every_byte_loses_nothing_and_every_reader_still_works(tmp_path):
    """A crash can stop a write after any byte. Whatever was left, the next records start on a fresh
    line, no complete record is lost, and `envboot audit` (table and JSON) and the reserve/reconcile
    reader (intents) still work, with a warning instead of exit 2."""
    good = tmp_path / "good.jsonl"
    base = AuditLog(good)
    base.append(INTENT, "aaaa1111", lease_name="envboot-auto-a", zone="uc")
    base.append(OUTCOME, "aaaa1111", result="success", lease_id="L1", hosts=["nc01"])
    prefix = good.read_bytes()
    torn_log = AuditLog(tmp_path / "torn-src.jsonl")
    torn_log.append(INTENT, "tttt0000", lease_name="envboot-auto-torn-ü", zone="uc")
    record = torn_log.path.read_bytes()
    assert record.endswith(b"\n")
    for cut in range(len(record) + 1):
        path = tmp_path / f"audit-{cut}.jsonl"
        path.write_bytes(prefix + record[:cut])
        log = AuditLog(path)
        log.append(INTENT, "bbbb2222", lease_name="envboot-auto-b", zone="uc")  # lands after the torn tail
        log.append(OUTCOME, "bbbb2222", result="success", lease_id="L2", hosts=["nc02"])
        whole = cut >= len(record) - 1  # all of the JSON made it: the record counts
        ids = [s.intent_id for s in log.intents()]
        assert ids == (["aaaa1111", "tttt0000", "bbbb2222"] if whole else ["aaaa1111", "bbbb2222"]), cut
        assert {s.intent_id: s.outcome.data["lease_id"] for s in log.intents() if s.outcome} == {
            "aaaa1111": "L1", "bbbb2222": "L2"}
        torn = 0 < cut < len(record) - 1
        assert len(log.warnings) == (1 if torn else 0), (cut, log.warnings)
        if torn:
            assert record[:cut] in path.read_bytes().split(b"\n")  # the torn bytes stay, as evidence
        r = _cli(["audit", "--audit", str(path), "-f", "json"])
        assert r.code == 0, (cut, r.err)
        doc = assert_valid(json.loads(r.out), "audit")
        assert [x["intent_id"] for x in doc["intents"]] == ids
        assert len(doc["warnings"]) == (1 if torn else 0)
        r = _cli(["audit", "--audit", str(path)])
        assert r.code == 0 and "L2" in r.out, (cut, r.err)
        assert ("torn record" in r.err) is torn
        # and the tail itself torn again, then appended to: still nothing lost
        with open(path, "ab") as fh:
            fh.write(record[: max(1, cut // 2)])
        log.append(INTENT, "cccc3333", lease_name="envboot-auto-c", zone="uc")
        assert [s.intent_id for s in log.intents()][-1] == "cccc3333"


def test_a_torn_fence_is_also_tolerated(tmp_path):
    """The fence and the record are written together; a crash inside that write leaves a run of torn
    lines, which the next append fences again."""
    path = tmp_path / "audit.jsonl"
    log = AuditLog(path)
    log.append(INTENT, "i1", lease_name="x")
    with open(path, "ab") as fh:
        fh.write(b'{"v": 1, "event": "outc')
    log.append(INTENT, "i2", lease_name="y")
    text = path.read_bytes()
    path.write_bytes(text[: len(text) - 20])  # the fence is whole, the intent after it torn
    with open(path, "ab") as fh:
        fh.write(b"\n{\"broken")  # and a second torn write after that
    log.append(INTENT, "i3", lease_name="z")
    assert [s.intent_id for s in log.intents()] == ["i1", "i3"]
    assert len(log.warnings) == 3  # "outc", the torn i2 and "{\"broken": each kept, each named


def test_a_symlinked_audit_file_is_refused_and_its_target_untouched(tmp_path):
    target = tmp_path / "elsewhere.txt"
    target.write_text("not yours\n")
    target.chmod(0o644)
    link = tmp_path / "audit.jsonl"
    link.symlink_to(target)
    log = AuditLog(link)
    with pytest.raises(ConfigError, match=f"{link}.*symlink"):
        log.append(INTENT, "i1", lease_name="x")
    with pytest.raises(ConfigError, match="symlink"):
        log.records()
    assert target.read_text() == "not yours\n" and stat.S_IMODE(target.stat().st_mode) == 0o644
    r = _cli(["audit", "--audit", str(link)])
    assert r.code == 3 and str(link) in r.err and len(r.err.strip().splitlines()) == 1, r.err


def test_a_symlinked_lock_file_is_refused(tmp_path):
    target = tmp_path / "precious"
    target.write_text("keep me")
    (tmp_path / "audit.jsonl.lock").symlink_to(target)
    with pytest.raises(ConfigError, match="symlink"):
        AuditLog(tmp_path / "audit.jsonl").append(INTENT, "i1")
    assert target.read_text() == "keep me"


def test_an_unwritable_audit_path_is_one_line_exit_3(tmp_path):
    """(The tests run as root, which ignores modes: a folder that is a file, and a file that is a folder.)"""
    blocker = tmp_path / "blocker"
    blocker.write_text("a file, not a folder")
    under_file = blocker / "audit.jsonl"
    with pytest.raises(ConfigError, match=f"audit file {under_file}"):
        AuditLog(under_file).append(INTENT, "i1")
    a_folder = tmp_path / "folder.jsonl"
    a_folder.mkdir()
    with pytest.raises(ConfigError, match=f"audit file {a_folder}: cannot open"):
        AuditLog(a_folder).check_writable()
    for path in (under_file, a_folder):
        r = _cli(["audit", "--audit", str(path)])
        assert r.code == 3 and str(path) in r.err and len(r.err.strip().splitlines()) == 1, r.err
