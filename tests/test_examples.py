"""The documented `envboot plan` examples (docs/planner.md): each strategy fires on bundled data,
and the synthetic multi-site example is reproducible from its script."""

import json
import subprocess
import sys
from datetime import UTC, datetime

import pytest

from envboot import api
from envboot.core.settings import BUNDLED_REFERENCE
from envboot.interfaces.jsonout import merged_json
from tests.synth import synth_live, synthetic_inventory_files, synthetic_nodes, write_snapshot

from .conftest import REPO

MULTI = str(REPO / "examples" / "chameleon-multisite")
UC_NOW = ["--now", "2025-10-30 19:54"]  # replay the bundled snapshot as of its fetch time
MULTI_NOW = ["--now", "2026-06-29 12:00"]  # the synthetic example's fetched_at
EXAMPLES = [
    # (argv, expected status, expected top strategy, expected top zone, expected top node type)
    (["--zone", "uc", "--start", "2025-10-30 20:00", "--duration", "2h", "-n", "5", "-t", "gpu_rtx_6000", *UC_NOW],
     "ok", "base", "uc", "gpu_rtx_6000"),
    (["--zone", "uc", "--start", "2025-10-30 20:00", "--duration", "2h", "-n", "3", "-t", "compute_skylake",
      *UC_NOW],
     "shifted", "time_shift", "uc", "compute_skylake"),
    (["--data", MULTI, "--zone", "uc", "--start", "2026-06-29 14:00", "--duration", "4h", "-n", "30", "-t",
      "compute_cascadelake_r", "--alt-zones", "tacc", *MULTI_NOW],
     "zone_changed", "zone_change", "tacc", "compute_cascadelake_r"),
    (["--data", MULTI, "--zone", "uc", "--start", "2026-06-29 14:00", "--duration", "4h", "-n", "2", "-t",
      "gpu_a100_pcie", "--allow-downgrade", *MULTI_NOW], "downgraded", "downgrade", "uc", "gpu_v100"),
    (["--zone", "uc", "--start", "2025-10-30 20:00", "--duration", "2h", "-n", "5", "-t", "gpu_v100",
      "--min-amount", "2", *UC_NOW], "shifted", "time_shift", "uc", "gpu_v100"),
    (["--zone", "uc", "--start", "2025-10-30 20:00", "--duration", "2h", "-n", "5", "-t", "gpu_v100", *UC_NOW],
     "infeasible", None, None, None),
]


@pytest.mark.parametrize("argv,status,strategy,zone,node_type", EXAMPLES)
def test_documented_plan_examples(envboot, argv, status, strategy, zone, node_type):
    r = envboot(["plan", *argv, "-f", "json"])
    doc = json.loads(r.out)
    assert doc["status"] == status and r.code == (1 if status == "infeasible" else 0)
    if strategy:
        top = doc["options"][0]
        assert (top["strategy"], top["zone"], top["node_type"]) == (strategy, zone, node_type)
        assert top["lease_request"]["reservations"][0]["resource_properties"] == json.dumps(
            ["==", "$node_type", node_type])
    else:
        assert doc["options"] == [] and doc["near_miss"] is not None and "Tried:" in doc["explanation"]
    table = envboot(["plan", *argv])
    assert f"status: {status}" in table.out


def test_multisite_example_counts():
    stats = merged_json(api.load_view(REPO / "examples" / "chameleon-multisite"))["stats"]
    assert stats == {"sites": 5, "nodes": 500, "hosts": 500, "mapped_hosts": 500, "reservations": 806,
                     "unmatched_allocations": 0}
    assert "SYNTHETIC" in (REPO / "examples" / "chameleon-multisite" / "README.md").read_text()


def test_multisite_example_is_reproducible_from_its_script(tmp_path):
    out = tmp_path / "multi"
    r = subprocess.run([sys.executable, str(REPO / "scripts" / "make_multisite_example.py"), "--out", str(out)],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    for f in sorted((REPO / "examples" / "chameleon-multisite").rglob("*")):
        if f.is_file():
            rel = f.relative_to(REPO / "examples" / "chameleon-multisite")
            assert (out / rel).read_bytes() == f.read_bytes(), rel


def test_synth_is_deterministic_and_never_double_books(tmp_path):
    nodes = synthetic_nodes(300, 3, seed=7)
    when = datetime(2026, 1, 1, tzinfo=UTC)
    a = synth_live(nodes, when, seed=7, reservations_per_node=4)
    assert a == synth_live(nodes, when, seed=7, reservations_per_node=4)
    assert a != synth_live(nodes, when, seed=8, reservations_per_node=4)
    write_snapshot(tmp_path, synthetic_inventory_files(nodes), a, when)
    view = api.load_view(tmp_path)
    assert len(view.nodes) == 300 and view.mapped_hosts == 300 and not view.unmatched
    assert view.data.source == "synthetic"
    for n in view.nodes:
        spans = sorted((r.start, r.end) for r in n.reservations)
        assert all(e1 <= s2 for (_, e1), (s2, _) in zip(spans, spans[1:], strict=False))
        assert all(e > when for _, e in spans)  # Blazar lists only leases not yet over


def test_reference_inventory_is_bundled():
    names = sorted(p.name for p in BUNDLED_REFERENCE.glob("*_chameleon_nodes.json"))
    assert names == ["ncar_chameleon_nodes.json", "nrp_chameleon_nodes.json", "nu_chameleon_nodes.json",
                     "tacc_chameleon_nodes.json", "uc_chameleon_nodes.json"]
