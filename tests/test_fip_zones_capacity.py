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
