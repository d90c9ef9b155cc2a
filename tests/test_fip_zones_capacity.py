"""Floating IPs in `envboot zones` and `envboot capacity --floating-ips` (the synthetic pools of the bundled
snapshot and the multi-site example: see tests/test_fip_example_data.py)."""

from __future__ import annotations

import json
import shutil

from envboot.core.settings import BUNDLED_SNAPSHOT
from envboot.kinds.floatingips.loaders import FIP_ALLOCATIONS, FLOATINGIPS
from envboot.sandbox.fip_seed import network_id

from .conftest import REPO
from .schema_check import assert_valid

MULTI = str(REPO / "examples" / "chameleon-multisite")


def _copy_without(tmp_path, *names):
    out = tmp_path / "uc"
    shutil.copytree(BUNDLED_SNAPSHOT, out)
    for name in names:
        (out / name).unlink()
    return out


def test_zones_json_has_each_zones_floating_ips(envboot):
    doc = assert_valid(json.loads(envboot(["zones", "-f", "json"]).out), "zones")
    (z,) = doc["zones"]
    # the bundled pool at the snapshot's time (2025-10-30 19:54, fetched_before): 16 addresses, 5 held then
    assert z["floating_ips"] == {"at": "2025-10-30T19:54:00Z", "networks": [network_id("uc")], "addresses": 16,
                                 "free": 11, "reserved": 5, "allocations_known": True}


def test_zones_table_shows_floating_ips(envboot):
    r = envboot(["zones"])
    assert r.code == 0
    assert "floating IPs" in r.out and "11/16" in r.out


def test_zones_multisite_every_zone_at_its_fetch_time(envboot):
    doc = assert_valid(json.loads(envboot(["zones", "--data", MULTI, "-f", "json"]).out), "zones")
    assert sorted((z["zone"], z["floating_ips"]["at"], z["floating_ips"]["free"],
                   z["floating_ips"]["addresses"])
                  for z in doc["zones"]) == [(s, "2026-06-29T12:00:00Z", 11, 16)
                                             for s in ("ncar", "nrp", "nu", "tacc", "uc")]


def test_zones_without_floating_ip_data(envboot, tmp_path):
    data = _copy_without(tmp_path, FLOATINGIPS, FIP_ALLOCATIONS)
    doc = assert_valid(json.loads(envboot(["zones", "--data", str(data), "-f", "json"]).out), "zones")
    assert doc["zones"][0]["floating_ips"] is None
    assert "floating IPs" not in envboot(["zones", "--data", str(data)]).out


def test_zones_when_the_allocations_are_unknown(envboot, tmp_path):
    data = _copy_without(tmp_path, FIP_ALLOCATIONS)  # refreshed from an upstream Blazar: no allocations route
    r = envboot(["zones", "--data", str(data), "-f", "json"])
    assert r.code == 0, r.err
    fips = assert_valid(json.loads(r.out), "zones")["zones"][0]["floating_ips"]
    assert (fips["addresses"], fips["free"], fips["reserved"], fips["allocations_known"]) == (16, None, None, False)
    table = envboot(["zones", "--data", str(data)]).out
    assert "?/16" in table and "reservations unknown" in table


def test_zones_bad_floating_ip_file_is_one_line_exit_2(envboot, tmp_path):
    data = _copy_without(tmp_path)
    (data / FLOATINGIPS).write_text('{"floatingips": [{"id": "x"}]}')
    r = envboot(["zones", "--data", str(data)])
    assert r.code == 2 and "floatingips[0]" in r.err and "Traceback" not in r.err


# -- capacity --floating-ips ------------------------------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from envboot.kinds.floatingips.capacity import fip_series  # noqa: E402
from envboot.kinds.floatingips.engine import address_free  # noqa: E402

from .test_floatingip_engine import NETS, zones  # noqa: E402

UC_RANGE = ["--zone", "uc", "--from", "2025-10-30 19:54", "--to", "2025-11-05 00:00", "--step", "1d"]


def _oracle_free(zone, net, s, e, cleaning):
    return sum(1 for a in zone.on_network(net) if address_free(a, s, e, cleaning))


@settings(max_examples=150, deadline=None)
@given(zones(), st.sampled_from(NETS), st.integers(0, 200), st.integers(1, 120), st.integers(1, 90),
       st.integers(0, 20))
def test_fip_series_against_a_minute_stepping_oracle(zone, net, start, length, step, cleaning):
    end = start + length
    s = fip_series(zone, net, start, end, step, cleaning)
    assert s.addresses == len(zone.on_network(net))
    for x in s.steps:
        per_minute = [_oracle_free(zone, net, t, t + 1, cleaning) for t in range(x.start, x.end)]
        assert (x.free_whole_step, x.min_free, x.max_free) == (
            _oracle_free(zone, net, x.start, x.end, cleaning), min(per_minute), max(per_minute))
    # the change points reproduce the per-minute count everywhere in [start, end)
    changes = list(s.changes)
    assert changes[0][0] == start
    for t in range(start, end):
        count = [n for m, n in changes if m <= t][-1]
        assert count == _oracle_free(zone, net, t, t + 1, cleaning)


def test_capacity_floating_ips_json(envboot):
    r = envboot(["capacity", *UC_RANGE, "--floating-ips", "-f", "json"])
    assert r.code == 0, r.err
    doc = assert_valid(json.loads(r.out), "capacity")
    (s,) = doc["floating_ips"]
    assert (s["zone"], s["network_id"], s["addresses"]) == ("uc", network_id("uc"), 16)
    # the bundled pool (README): 5 held at 19:54, 4 more from 21:54 (to Oct 31 21:54); 2 of the 5 until
    # Oct 31 19:54, 3 until Nov 2 19:54; 2 from Nov 1 19:54 to Nov 4 19:54
    assert [(c["at"], c["free"]) for c in s["changes"]] == [
        ("2025-10-30T19:54:00Z", 11), ("2025-10-30T21:54:00Z", 7), ("2025-10-31T19:54:00Z", 9),
        ("2025-10-31T21:54:00Z", 13), ("2025-11-01T19:54:00Z", 11), ("2025-11-02T19:54:00Z", 14),
        ("2025-11-04T19:54:00Z", 16)]
    first = s["steps"][0]
    assert (first["free_whole_step"], first["min_free"], first["max_free"]) == (7, 7, 11)
    assert doc["series"]  # the hosts' series are still there


def test_capacity_without_the_flag_has_no_floating_ips(envboot):
    doc = assert_valid(json.loads(envboot(["capacity", *UC_RANGE, "-f", "json"]).out), "capacity")
    assert doc["floating_ips"] == []


def test_capacity_floating_ips_table(envboot):
    r = envboot(["capacity", *UC_RANGE, "--floating-ips"])
    assert r.code == 0, r.err
    assert "floating IPs" in r.out and "16 reservable" in r.out


def test_capacity_floating_ips_cleaning_time_widens_the_windows(envboot):
    r = envboot(["capacity", *UC_RANGE, "--floating-ips", "--cleaning-time", "60", "-f", "json"])
    (s,) = json.loads(r.out)["floating_ips"]
    assert ("2025-10-30T20:54:00Z", 7) in [(c["at"], c["free"]) for c in s["changes"]]


def test_capacity_floating_ips_bad_input(envboot, tmp_path):
    data = _copy_without(tmp_path, FLOATINGIPS, FIP_ALLOCATIONS)
    r = envboot(["capacity", *UC_RANGE, "--floating-ips", "--data", str(data)])
    assert r.code == 2 and "floatingips.json" in r.err and "Traceback" not in r.err
    r = envboot(["capacity", *UC_RANGE, "--floating-ips", "--network", "nope"])
    assert r.code == 2 and "--network nope" in r.err
    r = envboot(["capacity", *UC_RANGE, "--floating-ips", "-f", "csv"])
    assert r.code == 2 and "-f csv" in r.err


# -- calendar --floating-ips ------------------------------------------------------------------------------

def test_calendar_floating_ip_lanes_in_the_summary_and_the_page(envboot, tmp_path):
    path = tmp_path / "multi.html"
    r = envboot(["calendar", "-o", str(path), "--data", MULTI, "--all-zones", "--now", "2026-06-29 12:00",
                 "--floating-ips", "-f", "json"])
    assert r.code == 0, r.err
    assert assert_valid(json.loads(r.out), "calendar")["floating_ip_lanes"] == 5
    html = path.read_text()
    assert '"fip_lanes":[[' in html.replace(" ", "")
    plain = tmp_path / "plain.html"
    doc = json.loads(envboot(["calendar", "-o", str(plain), "--zone", "uc", "-f", "json"]).out)
    assert assert_valid(doc, "calendar")["floating_ip_lanes"] == 0
    r = envboot(["calendar", "-o", str(tmp_path / "x.html"), "--zone", "uc", "--network", "n"])
    assert r.code == 2 and "--network needs --floating-ips" in r.err


def test_the_readmes_floating_ip_lines_run_as_written(tmp_path):
    import os
    import re
    import subprocess

    lines = [line for line in (REPO / "README.md").read_text().splitlines()
             if line.startswith(".venv/bin/envboot ") and "--floating-ips" in line]
    assert len(lines) >= 2
    for line in lines:
        command, _, expected = line.partition("   #")
        r = subprocess.run(["bash", "-c", command], cwd=REPO, capture_output=True, text=True, timeout=120,
                           env={**os.environ, "TMPDIR": str(tmp_path), "COLUMNS": "200"})
        assert r.returncode == 0 and "Traceback" not in r.stderr, (command, r.stderr)
        assert re.sub(r"\s+", " ", expected.strip()) in re.sub(r"\s+", " ", r.stdout), (command, r.stdout[-1500:])


def test_capacity_agrees_with_availability_floating_ips_step_by_step(envboot):
    """Two paths to the same figure: capacity's free_whole_step == the addresses availability finds free
    for that step's window (the planner's option), on every step of the bundled pool's week."""
    doc = json.loads(envboot(["capacity", *UC_RANGE, "--floating-ips", "-f", "json", "--step", "6h"]).out)
    (s,) = doc["floating_ips"]
    assert len(s["steps"]) > 10
    for x in s["steps"]:
        minutes = (parse_api(x["end"]) - parse_api(x["start"])) // 60
        r = envboot(["availability", "--zone", "uc", "--start", x["start"], "--duration", str(minutes),
                     "--floating-ips", "1", "--now", "2025-10-30 19:54", "-f", "json"])
        (fip,) = json.loads(r.out)["floating_ips"]
        free = len(fip["option"]["free"]) if fip["option"] and fip["option"]["start"] == x["start"] else 0
        assert free == x["free_whole_step"], x


def parse_api(text: str) -> int:
    from datetime import datetime

    return int(datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp())
