"""What reading the audit trail skipped, told to the person: a torn last line (a crash mid-write) is
fenced and skipped by envboot.live.audit; a command that read the trail says so, one line each."""

from __future__ import annotations

from envboot.interfaces.cli.console import clean, err
from envboot.live.audit import AuditLog
from envboot.live.reserve import Outcome


def audit_warnings(log: AuditLog, outcome: Outcome) -> None:
    """Each line of ``log`` that was skipped as torn: ``warning: <file>: line N is a torn record ...`` on
    stderr, and in ``outcome.warnings`` (the JSON ``warnings``)."""
    log.records()  # the trail as it is now (a record appended since may have fenced the torn line)
    outcome.warnings = list(log.warnings)
    for w in outcome.warnings:
        err.print(f"warning: {clean(w)}", markup=False, highlight=False)
