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
def test_every_kind_has_a_description_for_the_checks(kind):
    from envboot.kinds.registry import kinds
    from envboot.planning.policy.inputs import DESCRIBE

    assert kind in {k.resource_type for k in kinds()} and kind in DESCRIBE
