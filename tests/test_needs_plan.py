"""Hardware needs through availability, plan, reserve's planning and the seed shim (issue 11 §1), on the
bundled CHI@UC snapshot: every option's hosts meet every need, checked node by node."""

import json
import subprocess
import sys

import pytest

from envboot import api
from envboot.core.settings import BUNDLED_SNAPSHOT
from envboot.core.timeutil import parse_time
from envboot.domain.needs import match_node
from envboot.domain.needs import parse as parse_needs
from envboot.kinds.hosts.engine import AvailabilityEngine

from .conftest import REPO

WINDOW = ["--zone", "uc", "--start", "2025-10-30 20:00", "--duration", "2h", "--now", "2025-10-30 19:54"]
NEEDS = "gpus>=2 gpu_memory>=40GB"


@pytest.fixture(scope="module")
def view():
    return api.load_view(BUNDLED_SNAPSHOT)


def test_plan_with_needs_ranks_every_satisfying_type_and_every_host_meets_them(envboot, view):
    r = envboot(["plan", *WINDOW, "-n", "1", "--needs", NEEDS, "-f", "json"])
    assert r.code == 0, r.err
    doc = json.loads(r.out)
    assert doc["request"]["needs"] == NEEDS and doc["request"]["node_type"] is None
    types = {o["node_type"] for o in doc["options"]}
    assert types == {"gpu_a100_nvlink", "gpu_a100_pcie"}  # the uc types with >= 2 GPUs of >= 40 GB
    starts = [o["start"] for o in doc["options"]]
    assert starts == sorted(starts)  # --prefer soonest
    by_uid = {n.uid: n for n in view.nodes}
    needs = parse_needs(NEEDS)
    for o in doc["options"]:
        assert len(o["meets"]) == 2 and o["meets"][0].startswith("gpus:") and "≥ 40 GB" in o["meets"][1]
        for n in o["nodes"]:
            assert match_node(by_uid[n["uid"]], needs).ok
        assert json.loads(o["lease_request"]["reservations"][0]["resource_properties"]) == [
            "==", "$node_type", o["node_type"]]


def test_plan_with_needs_matches_planning_each_type_by_hand(view):
    """The needs plan's option per type equals a --node-type plan for that type (same start, same hosts)."""
    from envboot.kinds.hosts.planner import PlanRequest

    start = parse_time("2025-10-30 20:00")
    base = dict(zone="uc", start=start, duration_minutes=120, amount=2, min_amount=2)
    combined = api.make_plan(view, PlanRequest(**base, needs=NEEDS))
    for o in combined.options:
        alone = api.make_plan(view, PlanRequest(**base, node_type=o.node_type)).options[0]
        assert (alone.start, [n.uid for n in alone.nodes]) == (o.start, [n.uid for n in o.nodes])


def test_a_mixed_type_is_selected_exactly_by_its_expression(envboot, view):
    """compute_gigaio: 7 of 8 nodes have a GPU; the expression must select those 7 and no other node."""
    r = envboot(["plan", *WINDOW, "-n", "1", "--needs", "gpus>=1 gpu_vendor=nvidia cpus>=64", "-f", "json"])
    doc = json.loads(r.out)
    needs = parse_needs("gpus>=1 gpu_vendor=nvidia cpus>=64")
    from envboot.domain.properties import parse as parse_properties

    for o in doc["options"]:
        q = parse_properties(o["resource_properties"])
        selected = {n.uid for n in view.nodes_in("uc") if n.in_blazar and q.matches(n.columns, n.capabilities)}
        meeting = {n.uid for n in view.nodes_in("uc") if n.in_blazar and n.node_type == o["node_type"]
                   and match_node(n, needs).ok}
        assert selected == meeting and selected


def test_availability_with_needs_is_the_free_nodes_that_meet_them(envboot, view):
    r = envboot(["availability", *WINDOW, "--needs", "gpus>=1", "-f", "json"])
    assert r.code == 0, r.err
    doc = json.loads(r.out)
    engine = AvailabilityEngine(view.nodes)
    t0 = parse_time("2025-10-30 20:00")
    start = int(t0.timestamp() // 60)
    free = engine.free_at(start, start + 120, lambda n: n.site_id == "uc").nodes
    expected = {n.uid for n in free if match_node(n, parse_needs("gpus>=1")).ok}
    assert {n["uid"] for n in doc["nodes"]} == expected and doc["needs"] == "gpus>=1"
    assert doc["available_nodes"] == len(expected) > 0


def test_needs_no_node_anywhere_meets_is_exit_1_naming_the_closest(envboot):
    r = envboot(["plan", *WINDOW, "--needs", "gpus>=8"])
    assert r.code == 1 and "the most GPUs per node" in r.err and "gpu_" in r.err


def test_needs_and_node_type_together_is_bad_input(envboot):
    r = envboot(["plan", *WINDOW, "--needs", "gpus>=1", "-t", "gpu_v100"])
    assert r.code == 2 and "either --node-type or --needs" in r.err


def test_bad_needs_is_one_line_exit_2_before_reading_data(envboot):
    r = envboot(["plan", *WINDOW, "--needs", "gpu_memory>=40", "--data", "/nonexistent"])
    assert r.code == 2 and "unit" in r.err and len(r.err.strip().splitlines()) == 1


def test_plan_needs_from_a_repository(envboot):
    r = envboot(["plan", *WINDOW, "-n", "1", "--needs-from", str(REPO / "tests/fixtures/repos/dockerfile-cuda"),
                 "-f", "json"])
    assert r.code == 0, r.err
    doc = json.loads(r.out)
    assert doc["request"]["needs"] == "gpus>=1 gpu_vendor=nvidia" and doc["options"]
    r = envboot(["plan", *WINDOW, "--needs-from", str(REPO / "tests/fixtures/repos/webapp")])
    assert r.code == 2 and "no hardware needs found" in r.err


def test_seed_shim_takes_needs(tmp_path):
    r = subprocess.run([sys.executable, str(REPO / "integrate_and_plan.py"), *WINDOW, "--needs", "gpus>=2",
                        "--amount", "1", "-f", "json"], capture_output=True, text=True, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["needs"] == "gpus>=2" and doc["available_nodes"] >= 1 and doc["sufficient"]


def test_availability_with_needs_met_only_in_another_zone_says_where(envboot):
    multi = str(REPO / "examples" / "chameleon-multisite")
    r = envboot(["availability", "--data", multi, "--zone", "uc", "--start", "2026-06-29 14:00", "--duration", "1h",
                 "--now", "2026-06-29 12:00", "--needs", "gpu_model=H100", "-f", "json"])
    doc = json.loads(r.out)
    assert r.code == 1 and doc["available_nodes"] == 0
    assert any("no node type in uc meets" in w and "tacc" in w for w in doc["warnings"])
