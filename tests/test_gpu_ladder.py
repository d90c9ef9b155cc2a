"""The GPU downgrade ladder on the real multi-site inventory (examples/chameleon-multisite): vendor kept,
GPUs per node never dropped without saying so, upgrades labelled as upgrades, GPUs per node shown."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from envboot import api
from envboot.domain.hardware import profiles
from envboot.interfaces.cli.app import app

from .conftest import REPO

MULTI = REPO / "examples" / "chameleon-multisite"
ARGS = ["plan", "--data", str(MULTI), "--zone", "uc", "--start", "2026-06-29 14:00", "--duration", "2h", "-n", "4",
        "-t", "gpu_a100_pcie", "--any-zone", "--allow-downgrade", "--now", "2026-06-29 12:00"]


@pytest.fixture(scope="module")
def view():
    return api.load_view(MULTI)


def test_a100_ladder_keeps_vendor_and_gpu_count_first(view):
    hw = profiles(view.nodes)
    rungs = api.downgrade_ladder(view)["gpu_a100_pcie"]
    want = hw["gpu_a100_pcie"]
    assert want.gpu_vendor == "NVIDIA" and want.gpu_count == 4 and want.gpu_memory_gb == 80
    assert {hw[t].gpu_vendor for t in rungs} == {"NVIDIA"}  # no AMD MI100, no Intel Ponte Vecchio
    assert "gpu_mi100" not in rungs and "gpu_pontevecchio" not in rungs
    counts = [hw[t].gpu_count for t in rungs]
    first_fewer = next(i for i, c in enumerate(counts) if c < 4)
    assert all(c >= 4 for c in counts[:first_fewer]) and all(c < 4 for c in counts[first_fewer:])
    assert counts[first_fewer:] == sorted(counts[first_fewer:], reverse=True)  # 2 GPUs before 1
    # what gives nothing up (the same chip over NVLink, the H100) comes before what does (V100 32 GB)
    assert rungs[:3] == ("gpu_a100_nvlink", "gpu_h100", "gpu_v100")


def test_plan_labels_upgrades_and_says_what_a_downgrade_gives_up(view):
    r = CliRunner().invoke(app, [*ARGS, "-f", "json"])
    assert r.exit_code == 0, r.output
    doc = json.loads(r.stdout)
    by_type = {}
    for o in doc["options"]:
        by_type.setdefault(o["node_type"], o)
    assert "gpu_mi100" not in by_type and "gpu_pontevecchio" not in by_type
    for o in doc["options"]:
        assert o["strategy"] in ("base", "time_shift", "zone_change", "downgrade", "upgrade")
        if o["node_type"] != "gpu_a100_pcie":
            assert o["strategy"] in ("downgrade", "upgrade")
        assert o["gpus_per_node"] == profiles(view.nodes)[o["node_type"]].gpu_count
        if o["gpus_per_node"] < 4:
            assert o["strategy"] == "downgrade" and f"{o['gpus_per_node']} GPU(s) per node instead of 4" in o["why"]
    v100 = by_type["gpu_v100"]
    assert v100["strategy"] == "downgrade" and "32 GB GPU memory instead of 80 GB" in v100["why"]
    # the first options give up no GPU: the 1-GPU nodes are not first any more
    assert doc["options"][0]["gpus_per_node"] >= 4


def test_h100_is_an_upgrade_not_a_downgrade(view):
    from envboot.kinds.hosts.downgrade import compare

    hw = profiles(view.nodes)
    up = compare(hw["gpu_a100_pcie"], hw["gpu_h100"])
    assert up.upgrade and not up.gives_up
    down = compare(hw["gpu_a100_pcie"], hw["compute_gigaio"])
    assert not down.upgrade and "1 GPU(s) per node instead of 4" in down.gives_up
    same = compare(hw["gpu_a100_pcie"], hw["gpu_a100_nvlink"])
    assert same.upgrade and not same.gives_up


def test_an_available_h100_is_offered_as_an_upgrade():
    args = [a if a != "4" else "2" for a in ARGS]  # -n 2: the two H100 nodes of tacc are free
    r = CliRunner().invoke(app, [*args, "--min-amount", "1", "-f", "json"])
    assert r.exit_code == 0, r.output
    doc = json.loads(r.stdout)
    h100 = [o for o in doc["options"] if o["node_type"] == "gpu_h100"]
    assert h100 and all(o["strategy"] == "upgrade" and "an upgrade, nothing given up" in o["why"] for o in h100)
    assert all("downgrade" not in o["why"].split("; ")[-1] for o in h100)
    assert doc["status"] == "upgraded" and doc["options"][0]["node_type"] == "gpu_h100"
    assert all(o["strategy"] == "downgrade" for o in doc["options"]
               if o["node_type"] not in ("gpu_h100", "gpu_a100_nvlink", "gpu_a100_pcie"))
