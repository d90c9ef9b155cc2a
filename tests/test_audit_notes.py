"""`envboot reserve` reads the audit trail; a torn last line (a crash mid-write) is fenced and skipped
(envboot.live.audit), and the person is told: one warning line on stderr naming the file and the line,
and the same in the JSON ``warnings`` (issue 17)."""

from __future__ import annotations

import io
from contextlib import redirect_stderr

from envboot.interfaces.cli.audit_notes import audit_warnings
from envboot.interfaces.live_json import outcome_json
from envboot.live.audit import INTENT, OUTCOME, AuditLog
from envboot.live.reserve import Outcome

from .schema_check import assert_valid


def _torn(tmp_path) -> AuditLog:
    log = AuditLog(tmp_path / "audit.jsonl")
    log.append(INTENT, "i1", lease_name="envboot-auto-1", zone="uc")
    with open(log.path, "ab") as fh:
        fh.write(b'{"v": 1, "event": "outco')  # the crash
    return log


def test_a_torn_line_is_one_warning_on_stderr_and_in_the_json(tmp_path):
    log = _torn(tmp_path)
    o = Outcome("dry_run", 0, "dry run: would reserve ...")
    with redirect_stderr(io.StringIO()) as err:
        audit_warnings(log, o)
    (line,) = err.getvalue().splitlines()
    assert line.startswith("warning: ") and str(log.path) in line and "line 2 is a torn record" in line
    doc = assert_valid(outcome_json(o), "reserve")
    assert doc["warnings"] == [line.removeprefix("warning: ")]
    log.append(OUTCOME, "i1", result="success", lease_id="L1")  # the next record fences the torn line: still named
    o = Outcome("success", 0, "done")
    with redirect_stderr(io.StringIO()) as err:
        audit_warnings(log, o)
    assert len(err.getvalue().splitlines()) == 1 and "line 2 is a torn record" in o.warnings[0]


def test_a_whole_trail_adds_nothing(tmp_path):
    log = AuditLog(tmp_path / "audit.jsonl")
    log.append(INTENT, "i1", lease_name="envboot-auto-1", zone="uc")
    o = Outcome("dry_run", 0, "dry run")
    with redirect_stderr(io.StringIO()) as err:
        audit_warnings(log, o)
    assert err.getvalue() == "" and assert_valid(outcome_json(o), "reserve")["warnings"] == []
