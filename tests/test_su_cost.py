"""One SU figure per option (issue 20 part 2): the plan table's SU column, the plan JSON's ``su_cost`` and the
policy check ``su_cost`` agree, a host's Blazar su_factor winning over the policy's rate table, the source
named (``su_source``)."""

from __future__ import annotations

import json
import re

import pytest

from envboot.kinds.hosts.su import BLAZAR, HostRates, Rate, su_cost
from envboot.planning.policy import load_policy
from envboot.planning.policy.checks import Charge, HostCharge, su_estimate
from envboot.planning.policy.rates import host_rates

from .schema_check import assert_valid
from .snapshots import SiteFiles, multi_site
from .test_policy_kinds import no_live  # noqa: F401 - the fixture

URL = "https://chameleoncloud.org/blog/2025/09/03/chameleon-changelog-for-august-2025/"
UC = ["--zone", "uc", "--start", "2025-10-30 20:00", "--now", "2025-10-30 19:54"]


def policy_figure(doc: dict) -> float:
    (check,) = [c for c in doc["policy"] if c["check"] == "su_cost"]
    return float(check["detail"].split(" SU", 1)[0])


def su_column(table: str) -> list[str]:
    lines = table.splitlines()
    head = next(i for i, line in enumerate(lines) if re.match(r"^ *#  strategy", line))
    column = []
    for line in lines[head + 2:]:  # the rows, up to the first line that is not one
        if not re.match(r"^ *\d+\s", line):
            break
        column.append(line.split()[-1])
    return column


def test_the_table_the_json_and_the_policy_check_give_one_figure_on_the_bundled_snapshot(envboot):
    argv = ["plan", *UC, "--duration", "2h", "-n", "2", "-t", "gpu_a100_pcie"]
    doc = assert_valid(json.loads(envboot([*argv, "-f", "json"]).out), "plan")
    top = doc["options"][0]
    # the snapshot's hosts carry no su_factor: the policy's 16 SU/h per 4xA100 node, 2 h x 2 hosts
    assert top["su_cost"] == policy_figure(doc) == 64
    assert top["su_source"] == f"policy su-rates-2025-08 rate table: {URL}"
    assert [n["su_factor"] for n in top["nodes"]] == [None, None]
    table = envboot(argv).out
    assert su_column(table)[0] == "64" and "policy pass su_cost: 64 SU" in table


@pytest.fixture
def priced_by_blazar(tmp_path):
    """uc: 2 gpu_a100_pcie hosts whose Blazar records carry su_factor 3, and 1 that carries none."""
    s = SiteFiles("uc", "CHI@UC")
    for i, factor in enumerate(["3", "3", None]):
        s.node(f"a{i}", f"gpu-a{i}", node_type="gpu_a100_pcie")
        caps = {"su_factor": factor} if factor else {}
        s.host(str(10 + i), f"gpu-a{i}", node_type="gpu_a100_pcie", uid=f"a{i}", **caps)
    return str(multi_site(tmp_path, [s]))


WINDOW = ["--zone", "uc", "--start", "2025-01-02 10:00", "--now", "2025-01-02 09:50", "--duration", "2h"]


def test_a_hosts_blazar_su_factor_wins_over_the_rate_table_in_every_figure(envboot, priced_by_blazar):
    argv = ["plan", "--data", priced_by_blazar, *WINDOW, "-n", "2", "-t", "gpu_a100_pcie"]
    doc = assert_valid(json.loads(envboot([*argv, "-f", "json"]).out), "plan")
    top = doc["options"][0]
    assert [n["su_factor"] for n in top["nodes"]] == [3.0, 3.0]  # Blazar's order: the first two hosts
    assert top["su_cost"] == policy_figure(doc) == 2 * 2 * 3.0  # not the table's 16 SU/h
    assert top["su_source"] == BLAZAR
    assert su_column(envboot(argv).out)[0] == "12"


def test_hosts_with_and_without_su_factor_are_priced_each_its_own_way_and_both_sources_named(envboot,
                                                                                              priced_by_blazar):
    doc = assert_valid(json.loads(envboot(["plan", "--data", priced_by_blazar, *WINDOW, "-n", "3", "-t",
                                           "gpu_a100_pcie", "-f", "json"]).out), "plan")
    top = doc["options"][0]
    assert top["su_cost"] == policy_figure(doc) == 2 * (3.0 + 3.0 + 16.0)
    assert top["su_source"] == f"{BLAZAR} + policy su-rates-2025-08 rate table: {URL}"


def test_the_planners_rates_are_the_policy_checks_for_every_node_type_and_an_unlisted_one():
    policy = load_policy()
    rates = host_rates(policy)
    for node_type in [*policy.su_rates.node_types, "not_a_listed_type"]:
        hosts = ((node_type, None), (node_type, None))
        charge = Charge("physical:host", 1.5, hosts=tuple(HostCharge(t, f) for t, f in hosts))
        assert su_cost(1.5, hosts, rates)[0] == su_estimate(policy, charge).total, node_type
    assert su_cost(1.0, [("not_a_listed_type", None)], rates)[1].startswith(
        "policy su-rates-2025-08 default rate (node type not in the rate table)")
    assert su_cost(1.0, [("gpu_h100", None)], rates)[1] == "policy envboot rate table: " \
        "envboot's own reading where Chameleon documents no number"  # a source without a URL: its title


def test_an_unknown_rate_is_no_figure_not_a_guessed_one():
    assert su_cost(2.0, [("gpu_a", None)], None) == (None, "unknown")
    assert su_cost(2.0, [("gpu_a", 2.5), ("gpu_b", None)], HostRates({"gpu_a": Rate(9.0, "t")})) == (
        None, f"{BLAZAR} + unknown")


def test_the_table_names_each_rows_rate_source_when_the_policy_line_does_not_cover_them_all(envboot):
    from .conftest import REPO

    argv = ["plan", "--data", str(REPO / "examples" / "chameleon-multisite"), "--zone", "uc", "--start",
            "2026-06-29 14:00", "--now", "2026-06-29 12:00", "--duration", "2h", "-n", "2", "--min-amount", "1",
            "-t", "gpu_a100_pcie", "--any-zone", "--allow-downgrade", "--all"]
    doc = json.loads(envboot([*argv, "-f", "json"]).out)
    sources = {o["rank"]: o["su_source"].split(": ", 1)[0] for o in doc["options"]}
    assert sources[1] == "policy envboot rate table" and set(list(sources.values())[1:]) == {
        "policy su-rates-2025-08 rate table"}  # gpu_h100's rate is envboot's reading, the others the changelog's
    text = " ".join(envboot(argv).out.split())
    rest = " ".join(f"#{r}" for r in sorted(sources)[1:])
    assert f"SU: #1 policy envboot rate table; {rest} policy su-rates-2025-08 rate table" in text
    assert [float(s) for s in su_column(envboot(argv).out)] == [o["su_cost"] for o in doc["options"]]
    one = envboot(argv[:-1]).out  # the top option alone: its su_cost policy line names the rates
    assert "SU: " not in one and "policy pass su_cost: 64 SU" in one


def test_mcps_plan_gives_the_same_figure_and_source_as_its_policy_check(no_live):  # noqa: F811
    from .test_policy_kinds import _mcp_plans

    (plan,) = _mcp_plans({}, [("plan", {"zone": "uc", "start": "2025-10-30 20:00", "duration": "2h", "amount": 2,
                                         "node_type": "gpu_a100_pcie"})])
    assert not plan.is_error, plan.content
    doc = plan.structured_content
    top = doc["options"][0]
    assert top["su_cost"] == policy_figure(doc) == 64
    assert top["su_source"] == f"policy su-rates-2025-08 rate table: {URL}"
