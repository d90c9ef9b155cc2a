"""Files that hold reservation and lease ids are private: the calendar page is written 0600 like the rest."""

import stat

from envboot.interfaces.calendar_page import write_calendar


def test_calendar_command_writes_the_page_0600(envboot, tmp_path):
    page = tmp_path / "cal.html"
    r = envboot(["calendar", "-o", str(page), "--zone", "uc", "--now", "2025-10-30 19:54"])
    assert r.code == 0, r.err
    assert "data-lease-id" in page.read_text()
    assert stat.S_IMODE(page.stat().st_mode) == 0o600


def test_plan_calendar_and_rewrites_stay_0600(envboot, tmp_path):
    page = tmp_path / "plan.html"
    page.write_text("old")
    page.chmod(0o644)
    r = envboot(["plan", "--zone", "uc", "-n", "1", "-t", "compute_skylake", "--duration", "1h",
                 "--start", "2025-10-30 20:00", "--now", "2025-10-30 19:54", "--calendar", str(page)])
    assert r.code in (0, 1), r.err
    assert stat.S_IMODE(page.stat().st_mode) == 0o600
    write_calendar(page, "<html></html>")
    assert stat.S_IMODE(page.stat().st_mode) == 0o600
