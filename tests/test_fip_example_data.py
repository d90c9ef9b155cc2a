"""The SYNTHETIC floating IP pools of the bundled CHI@UC snapshot and of the multi-site example: labelled
so, loaded by the floating IP kind, counts as their READMEs say, reproducible from their scripts."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
from datetime import UTC, datetime
from pathlib import PurePosixPath

from envboot.core.settings import BUNDLED_SNAPSHOT
from envboot.kinds.floatingips.engine import free_addresses
from envboot.kinds.floatingips.loaders import FIP_ALLOCATIONS, FLOATINGIPS, load_fip_data
from envboot.kinds.minutes import to_minute

from .conftest import REPO

MULTI = REPO / "examples" / "chameleon-multisite"
UC_AT = datetime(2025, 10, 30, 19, 54, tzinfo=UTC)  # the bundled snapshot's time (its earliest reservation end)
MULTI_AT = datetime(2026, 6, 29, 12, 0, tzinfo=UTC)  # the multi-site example's fetched_at


def _free_now(zone, at: datetime) -> int:
    m = to_minute(at)
    return sum(len(free_addresses(zone, net, m, m + 1)) for net in zone.networks())


def _readme_counts(text: str) -> tuple[int, int, int]:
    text = " ".join(text.split())
    found = re.search(r"Floating IPs \(SYNTHETIC\): (\d+) reservable address(?:es)? per site, (\d+) reserved by "
                      r"(\d+) leases", text)
    assert found, "the README states the synthetic pool's counts"
    return int(found[1]), int(found[2]), int(found[3])


def _labelled(directory):
    for name in (FLOATINGIPS, FIP_ALLOCATIONS):
        doc = json.loads((directory / name).read_text())
        assert doc["synthetic"] is True and "SYNTHETIC" in doc["note"], (directory, name)


def test_bundled_snapshot_has_a_labelled_synthetic_pool():
    data = load_fip_data(BUNDLED_SNAPSHOT)
    assert [z.zone for z in data.zones] == ["uc"]
    (zone,) = data.zones
    size, reserved, leases = _readme_counts((BUNDLED_SNAPSHOT / "README.md").read_text())
    assert len(zone.addresses) == size and all(a.reservable for a in zone.addresses)
    assert sum(1 for a in zone.addresses if a.reservations) == reserved
    assert len({r.lease_id for a in zone.addresses for r in a.reservations}) == leases
    # some addresses are held at the snapshot's time, not all
    assert 0 < _free_now(zone, UC_AT) < size
    _labelled(BUNDLED_SNAPSHOT)


def test_multisite_example_has_a_labelled_synthetic_pool_per_site():
    data = load_fip_data(MULTI)
    assert [z.zone for z in data.zones] == ["ncar", "nrp", "nu", "tacc", "uc"]
    size, reserved, leases = _readme_counts((MULTI / "README.md").read_text())
    for zone in data.zones:
        assert len(zone.addresses) == size
        assert sum(1 for a in zone.addresses if a.reservations) == reserved
        assert len({r.lease_id for a in zone.addresses for r in a.reservations}) == leases
        assert 0 < _free_now(zone, MULTI_AT) < size
        assert zone.fetched_at_minute == to_minute(MULTI_AT)
        _labelled(MULTI / zone.zone)
    assert data.data.source == "synthetic"


def test_bundled_pool_is_reproducible_from_its_script(tmp_path):
    r = subprocess.run([sys.executable, str(REPO / "scripts" / "make_fip_pool.py"), "--out", str(tmp_path)],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    for name in (FLOATINGIPS, FIP_ALLOCATIONS):
        assert (tmp_path / name).read_bytes() == (BUNDLED_SNAPSHOT / name).read_bytes(), name


def test_bundled_pool_files_ship_in_the_package_data():
    patterns = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["envboot"]
    package = BUNDLED_SNAPSHOT.parent.parent
    for name in (FLOATINGIPS, FIP_ALLOCATIONS):
        rel = PurePosixPath((BUNDLED_SNAPSHOT / name).relative_to(package).as_posix())
        assert any(rel.match(p) for p in patterns), rel
