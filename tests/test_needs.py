"""The needs language, per-node matching and resolution to node types, on the real inventory."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from envboot import api
from envboot.core.errors import EXIT_NO_CAPACITY, InputError
from envboot.domain import needs
from envboot.domain.needs import NoHardware, parse, resolve

from .conftest import REPO

MULTISITE = REPO / "examples" / "chameleon-multisite"


@pytest.fixture(scope="module")
def uc():
    from envboot.core.settings import BUNDLED_SNAPSHOT

    return api.load_view(BUNDLED_SNAPSHOT)


@pytest.fixture(scope="module")
def everywhere():
    return api.load_view(MULTISITE)


# ------------------------------------------------------------------------------------------- language

def test_parse_canonical_text_and_units():
    n = parse("gpus>=2, gpu_memory >= 40 GB ram>=256GiB cores>=32 disk>=1.5TB arch=amd64 gpu_vendor==NVIDIA")
    assert n.text() == "gpus>=2 gpu_memory>=40GB ram>=256GiB cpus>=32 disk>=1.5TB arch=x86_64 gpu_vendor=nvidia"
    values = {i.key: i.value for i in n.items}
    assert values["gpu_memory"] == 40 * 10**9 and values["ram"] == 256 * 2**30 and values["disk"] == 1_500 * 10**9
    assert parse('gpu_model="RTX 6000"').items[0].value == "rtx 6000"
    assert parse("") == needs.Needs() and not parse("  ,  ")


@pytest.mark.parametrize(("text", "fragment"), [
    ("gpu_memory>=40", "gpu_memory>=40: a size needs a unit"),
    ("ram>=256", "ram>=256: a size needs a unit"),
    ("ram>=256XB", "unknown unit 'XB'"),
    ("gpus>=2GB", "gpus takes a whole number (a count, without a unit)"),
    ("vram_total>=3GB", "unknown need 'vram_total'"),
    ("gpus", "'gpus' needs an operator"),
    ("gpus>=", "missing value"),
    ("arch>=x86_64", "arch takes only = !="),
    ("gpus>=two", "gpus takes a whole number"),
    ("gpus>=2 ]]", "unexpected ']]'"),
    ('gpu_model="A100', "unterminated quote"),
])
def test_bad_needs_are_one_line_input_errors_naming_the_token(text, fragment):
    with pytest.raises(InputError) as exc:
        parse(text)
    assert fragment in str(exc.value) and "\n" not in str(exc.value)


_term = st.one_of(
    st.builds(lambda op, n: f"gpus{op}{n}", st.sampled_from(needs.ORDER_OPS + needs.EQ_OPS), st.integers(0, 64)),
    st.builds(lambda k, op, n, u: f"{k}{op}{n}{u}", st.sampled_from(["gpu_memory", "ram", "disk"]),
              st.sampled_from(needs.ORDER_OPS), st.integers(1, 9999), st.sampled_from(list(needs.UNITS))),
    st.builds(lambda op, w: f"arch{op}{w}", st.sampled_from(needs.EQ_OPS), st.sampled_from(["x86_64", "aarch64"])),
    st.builds(lambda op, w: f"gpu_model{op}{w}", st.sampled_from(needs.EQ_OPS), st.from_regex(r"[A-Za-z0-9]{1,8}",
                                                                                              fullmatch=True)),
)


@given(st.lists(_term, max_size=6), st.sampled_from([" ", ", ", "  "]))
@settings(max_examples=200, deadline=None)
def test_canonical_text_round_trips(terms, sep):
    n = parse(sep.join(terms))
    assert len(n.items) == len(terms)
    assert parse(n.text()) == n


@given(st.text(max_size=60))
@settings(max_examples=300, deadline=None)
def test_any_text_parses_or_fails_with_input_error(text):
    try:
        parse(text)
    except InputError as exc:
        assert "\n" not in str(exc)


# ------------------------------------------------------------------------------------------- hardware facts

def test_gpu_memory_from_the_model_name_then_the_table_else_unknown():
    assert needs.gpu_memory("GA100 [A100 PCIe 80GB]").gib == 80
    rtx = needs.gpu_memory("TU102GL [Quadro RTX 6000/8000]")
    assert (rtx.gib, rtx.at_least) == (24, True) and "datasheet" in rtx.source
    assert needs.gpu_memory("Arcturus GL-XL [Instinct MI100]").gib == 32
    assert needs.gpu_memory("Some Future GPU") is None


def test_every_gpu_in_the_real_inventory_has_a_memory_figure(everywhere):
    models = {n.capabilities.get("gpu.gpu_model") for n in everywhere.nodes} - {None}
    assert models and all(needs.gpu_memory(m) is not None for m in models), models


def test_a_lower_bound_never_confirms_an_upper_limit(uc):
    rtx = next(n for n in uc.nodes if n.node_type == "gpu_rtx_6000")
    assert needs.match_node(rtx, parse("gpu_memory>=24GiB")).ok
    m = needs.match_node(rtx, parse("gpu_memory<=30GB"))
    assert not m.ok and "cannot be confirmed" in m.checks[0].why


# ------------------------------------------------------------------------------------------- resolution

def test_types_and_why_on_the_bundled_snapshot(uc):
    res = resolve(uc, parse("gpus>=2 gpu_memory>=40GB"))
    assert res.ok and res.zones == ("uc",)
    assert [t.node_type for t in res.types] == ["gpu_a100_nvlink", "gpu_a100_pcie"]
    pcie = res.types[1]
    assert (pcie.nodes, len(pcie.matching), pcie.mixed) == (4, 4, False)
    assert pcie.resource_properties == '["==", "$node_type", "gpu_a100_pcie"]'
    assert pcie.why == ("gpus: 4 ≥ 2 (GA100 [A100 PCIe 80GB])",
                        "gpu_memory: 80 GiB = 85.9 GB ≥ 40 GB (GA100 [A100 PCIe 80GB], from the model name)")


def _selected(view, t):
    """The nodes Blazar's own evaluation (envboot.domain.properties) selects with the type's expression."""
    return {n.hostname for n in view.nodes_in(t.zone)
            if n.in_blazar and t.query.matches(n.columns, n.capabilities)}


def test_mixed_type_gets_an_exact_equality_expression(uc):
    res = resolve(uc, parse("gpus>=1"))
    gigaio = next(t for t in res.types if t.node_type == "compute_gigaio")
    assert gigaio.mixed and (gigaio.nodes, len(gigaio.matching)) == (8, 7)
    assert json.loads(gigaio.resource_properties) == [
        "and", ["==", "$node_type", "compute_gigaio"], ["==", "$gpu.gpu", "True"]]
    assert _selected(uc, gigaio) == set(gigaio.matching)


def test_numbers_are_never_compared_with_order_operators(everywhere):
    for text in ("cpus>=48", "disk>=8TB", "gpus>=2", "gpu_memory<=20GB", "ram>=200GB cpus>=64"):
        res = resolve(everywhere, parse(text))
        assert res.ok
        for t in res.types:
            assert all(c.op in ("==", "!=") for c in t.query.conditions), (text, t.resource_properties)
            assert _selected(everywhere, t) == set(t.matching), (text, t.zone, t.node_type)
            keys = {k for n in everywhere.nodes_in(t.zone) for k in n.capabilities} | {"hypervisor_hostname"}
            assert t.query.key_names() <= keys  # every key exists on the zone's hosts: no Blazar 500


def test_skylake_threads_split_by_exact_string(uc):
    res = resolve(uc, parse("cpus>=48"), zones=["CHI@UC"])
    sky = next(t for t in res.types if t.node_type == "compute_skylake")
    assert (len(sky.matching), sky.nodes) == (21, 23)
    assert ["==", "$architecture.smt_size", "48"] in json.loads(sky.resource_properties)


def test_node_identity_is_the_last_resort_and_says_so(everywhere):
    # storage_nvme at uc: 6 of 10 nodes have ≥ 8 TB; the split must still be exact.
    res = resolve(everywhere, parse("disk>=8TB"), zones=["uc"])
    nvme = next(t for t in res.types if t.node_type == "storage_nvme")
    assert nvme.selectable and _selected(everywhere, nvme) == set(nvme.matching)
    assert "exact for the inventory as read" in nvme.note


def test_no_hardware_names_the_closest(uc, everywhere):
    res = resolve(everywhere, parse("gpu_memory>=200GB"))
    assert not res.ok and res.types == ()
    assert res.closest() == "the most GPU memory in any zone is 128 GiB, on gpu_pontevecchio (tacc)"
    with pytest.raises(NoHardware) as exc:
        resolve(uc, parse("gpus>=8")).require()
    assert exc.value.exit_code == EXIT_NO_CAPACITY
    assert "the most GPUs per node in uc is 4, on gpu_a100_nvlink (uc)" in str(exc.value)


def test_closest_when_needs_are_met_only_separately(everywhere):
    res = resolve(everywhere, parse("ram>=2TB gpus>=1"))
    assert not res.ok
    assert res.closest().startswith("no single node meets all needs; closest: gpu_")
    assert "ram: 1024 GiB" in res.closest()


def test_unknown_zone_is_an_input_error(uc):
    with pytest.raises(InputError, match="unknown zone 'mars'"):
        resolve(uc, parse("gpus>=1"), zones=["mars"])


# ------------------------------------------------------------------------------------------- CLI

def test_cli_needs_match_json(envboot):
    r = envboot(["needs", "--needs", "gpus>=4 ram>=256GiB", "-f", "json"])
    assert r.code == 0, r.err
    doc = json.loads(r.out)
    assert doc["schema_version"] == 1 and doc["needs"] == "gpus>=4 ram>=256GiB"
    # best fit first: the PCIe A100 nodes have less excess hardware than the NVLink one
    assert [t["node_type"] for t in doc["match"]["types"]] == ["gpu_a100_pcie", "gpu_a100_nvlink"]
    assert doc["match"]["ok"] is True and doc["match"]["closest"] is None and doc["data"]["source"] == "snapshot"


def test_cli_needs_no_hardware_exits_1_with_one_line(envboot):
    r = envboot(["needs", "--needs", "gpu_memory>=100GB"])
    assert r.code == 1
    assert r.err.count("\n") == 1 and "the most GPU memory in uc is 80 GiB" in r.err


def test_cli_bad_needs_exit_2(envboot):
    r = envboot(["needs", "--needs", "gpu_memory>=40"])
    assert r.code == 2 and r.err.startswith("envboot: error: --needs: gpu_memory>=40: a size needs a unit")
    assert envboot(["needs"]).code == 2


def test_cli_zone_list_on_multisite(envboot):
    r = envboot(["needs", "--needs", "gpu_vendor=amd", "--data", str(MULTISITE), "--zone", "uc,tacc"])
    assert r.code == 0, r.err
    assert "tacc gpu_mi100: 8/8 node(s) match" in r.out
