"""What Blazar and the audit trail hand back reaches the terminal as typed (issue 17): a lease name, host,
zone or audit field holding Rich markup (``[bold red]``, ``[link=...]``) prints literally, and control
characters (escape sequences, bells, newlines) never reach the terminal."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime

from rich.console import Console

from envboot.interfaces.cli import lease_cmd
from envboot.live.audit import INTENT, LEASE_DELETE, OUTCOME, AuditLog
from envboot.live.leases import Lease

from .conftest import run_main

MARKUP = "[bold red]x[/][link=http://x]y[/link]"
HOSTILE = MARKUP + "\x1b[2J\x07\n\x9b"
T = datetime(2026, 12, 1, 20, 0, tzinfo=UTC)


def _console() -> tuple[Console, io.StringIO]:
    buf = io.StringIO()
    return Console(file=buf, width=250, soft_wrap=True, color_system=None), buf


def _harmless(text: str) -> None:
    assert not any(c in text for c in "\x1b\x07\x9b"), repr(text)


def _lease(name: str = HOSTILE) -> Lease:
    return Lease(id="lease-" + HOSTILE, name=name, status="ACTIVE" + HOSTILE, start=T, end=T, reservation_ids=("r1",),
                 raw_reservations=({"id": "r1", "resource_type": "flavor:instance"},))


def test_lease_list_prints_names_as_typed():
    console, buf = _console()
    lease_cmd.print_leases([_lease()], "uc" + HOSTILE, console=console)
    text = buf.getvalue()
    _harmless(text)
    assert text.count(MARKUP) == 4, text  # title's zone, id, name, status: none consumed as markup or a link


def test_lease_show_prints_hosts_and_fields_as_typed():
    console, buf = _console()
    doc = {"id": "L", "name": HOSTILE, "hosts": ["h1" + HOSTILE, "h2"], "launch_flavor": "reservation:" + HOSTILE,
           "instances": 2}
    lease_cmd.print_lease(doc, console=console)
    text = buf.getvalue()
    _harmless(text)
    lines = [line for line in text.splitlines() if not line.startswith((" ", "{", "}"))]
    assert any(f"h1{MARKUP}" in line and "h2" in line for line in lines), text
    assert any(f"reservation:{MARKUP}" in line for line in lines), text
    assert json.loads("\n".join(line for line in text.splitlines() if line.startswith((" ", "{", "}"))))["name"] \
        == HOSTILE  # the JSON part keeps the value exactly (escaped as JSON, not for the terminal)


def test_lease_wait_line_is_literal():
    console, buf = _console()
    lease_cmd.print_status(_lease(), console=console)
    _harmless(buf.getvalue())
    assert buf.getvalue().count(MARKUP) == 2


def test_audit_prints_every_field_as_typed(tmp_path):
    from envboot.interfaces.cli.app import main

    folder = tmp_path / "trail[bold red]x[/][link=y]z\x1b[2J"  # a path: no "//" in it
    log = AuditLog(folder / "audit.jsonl")
    log.append(INTENT, "i1", lease_name="envboot-" + HOSTILE, zone="uc" + HOSTILE)
    log.append(OUTCOME, "i1", result="success" + HOSTILE, lease_id="L1" + HOSTILE, hosts=["nc01" + HOSTILE])
    log.append(LEASE_DELETE, "i2", lease_id="L9" + HOSTILE, zone="tacc" + HOSTILE, result="deleted" + HOSTILE)
    r = run_main(main, ["audit", "--audit", str(log.path)])
    assert r.code == 0, r.err
    _harmless(r.out)
    assert r.out.count(MARKUP) == 8, r.out  # name, zone, result, lease, host; op: lease, zone, result
    assert "trail[bold red]x[/][link=y]z[2J" in r.out.splitlines()[-1]
    assert len(r.out.splitlines()) == 3  # a newline in a field does not start a line of its own
    doc = json.loads(run_main(main, ["audit", "--audit", str(log.path), "-f", "json"]).out)
    assert doc["intents"][0]["lease_name"] == "envboot-" + HOSTILE  # JSON keeps the value exactly
