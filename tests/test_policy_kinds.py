"""The policy checks of every kind's plan (issue 20 section 2): floating IPs alone and KVM flavors get the
checks that apply (maximum lease length per kind, SU cost), chosen by the kind's resource type."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from envboot.kinds.floatingips.planner import FipOption
from envboot.planning.policy import load_policy
from envboot.planning.policy.checks import FAIL, PASS
from envboot.planning.policy.inputs import option_checks

from .schema_check import assert_valid
from .test_fip_plan import NOW as FIP_NOW
from .test_fip_plan import WINDOW as FIP_WINDOW
from .test_fip_plan import pool  # noqa: F401 - the fixture
from .test_flavor_plan import FLAVOR
from .test_flavor_plan import WINDOW as KVM_WINDOW

START = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


def fip_option(days: float) -> FipOption:
    return FipOption("base", "uc", START, START + timedelta(days=days), 2, "net-public-uc", (), ("a", "b"),
                     ("a", "b"), 0, "free")


def test_a_floating_ip_option_gets_its_kinds_length_and_a_zero_su_cost():
    policy = load_policy()
    checks = {c.check: c for c in option_checks(policy, fip_option(2), held=None, inventory={}, now=START)}
    assert list(checks) == ["max_lease_length", "su_cost"]
    assert checks["max_lease_length"].outcome == PASS and "virtual:floatingip" in checks["max_lease_length"].detail
    assert checks["su_cost"].outcome == PASS and checks["su_cost"].detail.startswith("0 SU = 2 floating IP(s)")
    long = {c.check: c for c in option_checks(policy, fip_option(8), held=None, inventory={}, now=START)}
    assert long["max_lease_length"].outcome == FAIL and "over by 1 d" in long["max_lease_length"].detail


def test_a_floating_ip_option_is_checked_for_an_equivalent_lease_when_the_leases_are_read():
    from envboot.planning.policy.checks import LeaseSpan

    policy = load_policy()
    held = [LeaseSpan("virtual:floatingip", START, START + timedelta(days=1), "net-public-uc", 2, "L-1", "ips")]
    checks = {c.check: c for c in option_checks(policy, fip_option(2), held=held, inventory={}, now=START)}
    assert list(checks) == ["max_lease_length", "su_cost", "equivalent_lease"]
    assert checks["equivalent_lease"].needs_yes and "L-1" in checks["equivalent_lease"].detail


def test_plan_floating_ips_alone_has_the_policy_checks_in_json_and_table(envboot, pool):  # noqa: F811
    args = ["plan", "--resource-type", "virtual:floatingip", *FIP_WINDOW, "-n", "2", "--data", str(pool), *FIP_NOW]
    doc = assert_valid(json.loads(envboot([*args, "-f", "json"]).out), "plan")
    checks = {c["check"]: c for c in doc["policy"]}
    assert list(checks) == ["max_lease_length", "su_cost"]
    assert checks["su_cost"]["outcome"] == "pass" and checks["su_cost"]["detail"].startswith("0 SU")
    table = envboot(args).out
    assert "policy pass max_lease_length" in table and "policy pass su_cost: 0 SU" in table


def test_plan_flavor_prices_the_kvm_flavor_from_the_rate_table(envboot):
    r = envboot(["plan", *FLAVOR, "-n", "20", *KVM_WINDOW, "-f", "json"])
    assert r.code == 0, r.err
    doc = assert_valid(json.loads(r.out), "plan")
    checks = {c["check"]: c for c in doc["policy"]}
    assert list(checks) == ["max_lease_length", "su_cost"]
    # 20 x m1.xlarge x 4 h at 0.15 SU/h (Chameleon's August 2025 KVM rates)
    assert checks["su_cost"]["detail"].startswith("12 SU = 20 x m1.xlarge x 4 h at 0.15 SU/h")
    assert checks["max_lease_length"]["outcome"] == "pass" and "flavor:instance" in checks["max_lease_length"]["detail"]
    table = envboot(["plan", *FLAVOR, "-n", "20", *KVM_WINDOW]).out
    assert "policy pass su_cost: 12 SU" in table


@pytest.mark.parametrize("kind", ["physical:host", "flavor:instance", "virtual:floatingip"])
def test_every_kind_describes_its_footprint_for_the_checks(kind):
    """The checks ask each kind what its reservations hold (the protocol's footprint), never branch on it."""
    from datetime import UTC, datetime

    from envboot.kinds.registry import kind_named

    t = datetime(2026, 1, 1, tzinfo=UTC)
    fp = kind_named(kind).held_footprint({"resource_type": kind, "max": 2, "amount": 2}, t, t)
    assert fp.resource_type == kind and fp.count == 2


# -- the MCP tools --------------------------------------------------------------------------------------
def _mcp_plans(config_kwargs, calls):
    import anyio
    from mcp import Client

    from envboot.interfaces.mcp import ServerConfig, build_server

    async def main():
        async with Client(build_server(ServerConfig(**config_kwargs))) as c:
            return [await c.call_tool(name, args) for name, args in calls]

    return anyio.run(main)


@pytest.fixture
def no_live(monkeypatch, tmp_path):
    import os

    for k in [k for k in os.environ if k.startswith("OS_")]:
        monkeypatch.delenv(k)
    monkeypatch.setenv("ENVBOOT_LIVE_DATA", str(tmp_path / "live"))
    monkeypatch.setenv("ENVBOOT_AUDIT", str(tmp_path / "audit.jsonl"))
    monkeypatch.delenv("ENVBOOT_POLICY", raising=False)


def test_mcp_plan_and_plan_instances_show_the_policy_checks_like_the_cli(envboot, no_live):
    from .test_flavor_plan import KVM
    from .test_mcp import SHIFTED, tomorrow_9

    (plan,) = _mcp_plans({}, [("plan", SHIFTED)])
    assert not plan.is_error, plan.content
    cli = json.loads(envboot(["plan", "--zone", "uc", "--start", "2025-10-30 20:00", "--duration", "2h", "-n", "3",
                              "-t", "compute_skylake", "-f", "json"]).out)
    p = plan.structured_content
    assert [c["check"] for c in p["policy"]] == ["max_lease_length", "su_cost"] and p["policy"] == cli["policy"]
    later = {"zone": "kvm", "start": tomorrow_9(), "duration": "2h", "flavor": "m1.large", "amount": 4}
    (inst,) = _mcp_plans({"data": KVM}, [("plan_instances", later)])
    checks = {c["check"]: c for c in inst.structured_content["policy"]}
    assert checks["su_cost"]["detail"].startswith("0.64 SU = 4 x m1.large x 2 h at 0.08 SU/h")
    # the output schema names the list (a client can rely on it)
    from envboot.interfaces.mcp import schemas

    assert "policy" in schemas.PlanDoc.model_fields and "policy" in schemas.InstancePlanDoc.model_fields
    assert "policy" in schemas.ReserveDoc.model_fields


def test_mcp_plan_takes_the_servers_policy_file(tmp_path, no_live):
    from .test_mcp import SHIFTED

    one_hour = tmp_path / "site.toml"
    one_hour.write_text("[lease_length.bare_metal]\nmax_seconds = 3600\n")
    (plan,) = _mcp_plans({"policy": one_hour}, [("plan", SHIFTED)])
    checks = {c["check"]: c for c in plan.structured_content["policy"]}
    assert checks["max_lease_length"]["outcome"] == "fail" and "over by 1 h" in checks["max_lease_length"]["detail"]


def test_envboot_mcp_refuses_a_bad_policy_file_before_serving(envboot, tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[lease_length.bare_metal]\nmax_secs = 3600\n")
    r = envboot(["mcp", "--policy", str(bad)])
    assert r.code == 2 and "policy file" in r.err and "max_secs" in r.err and len(r.err.strip().splitlines()) == 1


# -- lease list: idle leases ------------------------------------------------------------------------------
def _lease(lease_id, status, started, kind="physical:host"):
    from envboot.live.leases import Lease

    return Lease(lease_id, f"n-{lease_id}", status, started, started + timedelta(days=1), (f"r-{lease_id}",),
                 ({"id": f"r-{lease_id}", "resource_type": kind},))


def test_idle_checks_warn_from_6_h_fail_from_9_h_and_say_once_when_envboot_cannot_tell():
    from envboot.interfaces.policy_checks import idle_checks

    policy = load_policy()
    leases = [_lease("a", "ACTIVE", START - timedelta(hours=7)), _lease("b", "ACTIVE", START - timedelta(hours=10)),
              _lease("c", "ACTIVE", START - timedelta(hours=2)), _lease("d", "PENDING", START + timedelta(hours=1)),
              _lease("e", "ACTIVE", START - timedelta(hours=8), kind="flavor:instance")]
    checks, note = idle_checks(policy, leases, {"a": 0, "b": 0, "c": 0}, START)
    assert note is None
    by = {c["lease_id"]: c for c in checks}
    assert list(by) == ["a", "b", "c"]  # active host leases only
    assert by["a"]["outcome"] == "warn" and "deletes it at" in by["a"]["detail"] and "7 h" in by["a"]["detail"]
    assert by["b"]["outcome"] == "fail" and "after 9 h" in by["b"]["detail"]
    assert by["c"]["outcome"] == "pass"
    launched, _ = idle_checks(policy, leases, {"a": 2, "b": 1, "c": 0}, START)
    assert [c["outcome"] for c in launched] == ["pass", "pass", "pass"]
    blind, note = idle_checks(policy, leases, {"a": None, "b": None, "c": None}, START)
    assert blind == [] and note is not None and "cannot see" in note


def test_host_lease_instances_counts_only_what_envboot_can_place():
    from envboot.live.instances import host_lease_instances

    class Blazar:  # the two Blazar lists the count reads (hosts and their allocations)
        def hosts(self):
            return [{"id": "1", "hypervisor_hostname": "node-1"}, {"id": "2", "hypervisor_hostname": "node-2"}]

        def allocations(self):
            return [{"resource_id": "1", "reservations": [{"id": "r-a", "lease_id": "a"}]},
                    {"resource_id": "2", "reservations": [{"id": "r-b", "lease_id": "b"}]}]

    leases = [_lease("a", "ACTIVE", START), _lease("b", "ACTIVE", START), _lease("p", "PENDING", START)]
    assert host_lease_instances(Blazar(), leases, []) == {"a": 0, "b": 0}  # no server at all: nothing launched
    assert host_lease_instances(Blazar(), leases, None) == {"a": None, "b": None}  # Nova not readable
    hidden = [{"id": "s1"}]  # a server whose host Nova does not show (not admin): cannot tell
    assert host_lease_instances(Blazar(), leases, hidden) == {"a": None, "b": None}
    placed = [{"id": "s1", "OS-EXT-SRV-ATTR:hypervisor_hostname": "node-2"}]
    assert host_lease_instances(Blazar(), leases, placed) == {"a": 0, "b": 1}


def test_a_partial_server_list_is_cannot_tell_not_an_idle_lease():
    """Nova pages its server list (``servers_links`` rel next): a first page is not the project's servers."""
    from envboot.live.instances import project_servers

    class Answer:
        def __init__(self, status, doc):
            self.status_code, self.doc = status, doc

        def json(self):
            return self.doc

    class Session:  # keystoneauth's Session.get as project_servers calls it
        def __init__(self, answer):
            self.answer = answer

        def get(self, path, endpoint_filter, raise_exc):
            assert path == "/servers/detail" and endpoint_filter["service_type"] == "compute" and not raise_exc
            return self.answer

    assert project_servers(Session(Answer(200, {"servers": []})), "r") == []
    assert project_servers(Session(Answer(403, {"forbidden": {}})), "r") is None
    page = {"servers": [{"id": "s1"}], "servers_links": [{"rel": "next", "href": "http://nova/servers?marker=s1"}]}
    assert project_servers(Session(Answer(200, page)), "r") is None
