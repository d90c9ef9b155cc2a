"""``envboot reserve`` shows progress while it waits for the lease to start (issue 17): a Rich status on
stderr when stderr is a terminal, nothing otherwise."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import timedelta

from rich.console import Console

from envboot.core.timeutil import utcnow
from envboot.interfaces.cli.reserve_cmd import WaitProgress
from envboot.live.leases import Lease
from envboot.live.reserve import Reserver

START = utcnow() + timedelta(seconds=30)
LEASE = Lease("7c4a97e3", "envboot-auto-x", "PENDING", START, START + timedelta(hours=1), (), ())


class Leases:
    """Blazar's answers while the lease starts: PENDING, STARTING, then ACTIVE."""

    def __init__(self) -> None:
        self.answers = [replace(LEASE, status="STARTING"), replace(LEASE, status="ACTIVE")]

    def get(self, lease_id):
        return self.answers.pop(0)


def test_the_wait_reports_every_poll_and_its_end():
    calls = []
    r = Reserver(None, None, sleep=lambda _s: None, waiting=lambda lease, left: calls.append(
        (lease.status if lease else None, left)))
    done = r._wait(Leases(), LEASE, 300)
    assert done.status == "ACTIVE"
    assert [c[0] for c in calls] == ["PENDING", "STARTING", None]
    assert 0 < calls[0][1] <= 300 and calls[-1] == (None, 0.0)


def test_a_terminal_gets_a_status_line_and_a_pipe_gets_nothing():
    tty, pipe = io.StringIO(), io.StringIO()
    for buf, terminal in ((tty, True), (pipe, False)):
        progress = WaitProgress(Console(file=buf, force_terminal=terminal, width=120))
        r = Reserver(None, None, sleep=lambda _s: None, waiting=progress)
        assert r._wait(Leases(), LEASE, 300).status == "ACTIVE"
        assert progress.status is None  # stopped: the terminal is left clean for the result lines
    assert "waiting for lease 7c4a97e3: STARTING, starts " in tty.getvalue()  # the live line, last update
    assert f"{START:%Y-%m-%d %H:%M}Z" in tty.getvalue() and "gives up in" in tty.getvalue()
    assert pipe.getvalue() == ""
