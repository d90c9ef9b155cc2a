"""Chameleon's policy file and its checks: each check fires in one test and stays quiet in another."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from envboot.core.errors import InputError
from envboot.planning.policy import SHIPPED, load_policy
from envboot.planning.policy.checks import (
    FAIL,
    PASS,
    WARN,
    ActiveLease,
    Charge,
    HostCharge,
    LeaseSpan,
    equivalent_lease,
    extension_window,
    idle_lease,
    lease_stacking,
    max_lease_length,
    stacking_coverage,
    su_cost,
)

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
H, D = timedelta(hours=1), timedelta(days=1)


@pytest.fixture(scope="module")
def policy():
    return load_policy()


def span(start, days, node_type="compute_skylake", count=1, lease_id="l1", name="mine", kind="physical:host",
         status="PENDING"):
    return LeaseSpan(kind, start, start + days * D, node_type, count, lease_id, name, status)


# -- the shipped file ------------------------------------------------------------------------------------
def test_shipped_policy_is_versioned_dated_and_every_rule_names_a_source(policy):
    assert SHIPPED.name == "chameleon.toml" and SHIPPED.is_file()
    assert policy.version == 1 and policy.date.year >= 2025
    assert policy.lease_length["bare_metal"].max_seconds == 604800
    assert policy.length_rule("flavor:instance", "g1.h100.pci.1").max_seconds == 604800
    assert policy.length_rule("flavor:instance", "m1.small").max_seconds > 604800
    assert policy.extension.hours_before_end == 48
    assert policy.su_rates.floating_ip == 0
    assert policy.su_rates.node_types["gpu_a100_pcie"].rate == 16
    assert policy.su_rates.flavors["m1.tiny"].rate == 0.01 and policy.su_rates.flavors["m1.xlarge"].rate == 0.15
    assert (policy.lease_stacking.window_days, policy.lease_stacking.coverage_threshold) == (21, 0.9)
    assert (policy.idle_lease.warn_hours, policy.idle_lease.delete_hours) == (6, 9)
    assert policy.sources["kvm-docs"].url.startswith("https://")


# -- overriding ----------------------------------------------------------------------------------------
def test_a_partial_override_file_merges_over_the_shipped_one(tmp_path):
    site = tmp_path / "site.toml"
    site.write_text('version = 7\n[lease_length.bare_metal]\nmax_seconds = 86400\n'
                    '[su_rates.node_types]\ncompute_skylake = { rate = 3.0, source = "mine" }\n'
                    '[sources.mine]\ntitle = "our site"\n')
    p = load_policy(site)
    assert p.version == 7
    assert p.lease_length["bare_metal"].max_seconds == 86400
    assert p.lease_length["bare_metal"].source == "chameleon-policy"  # kept from the shipped file
    assert p.su_rates.node_types["compute_skylake"].rate == 3.0
    assert p.su_rates.node_types["gpu_a100_pcie"].rate == 16  # untouched entries stay
    assert str(site) in p.origin
    check = max_lease_length(p, "physical:host", NOW, NOW + 2 * D)
    assert check.outcome == FAIL and "1 d maximum" in check.detail


@pytest.mark.parametrize(("text", "needle"), [
    ('[lease_length.bare_metal]\nmax_seconds = "a week"\n', "field lease_length.bare_metal.max_seconds"),
    ('[extension]\nhours_befor_end = 3\n', "extension has unknown field hours_befor_end"),
    ('version = \n', "not valid TOML"),
    ('[su_rates.node_types]\nx = { rate = 2.0, source = "nowhere" }\n', "field su_rates.node_types.x.source"),
    ('[su_rates.flavors]\n"m1.small" = { rate = -1.0, source = "envboot" }\n', "su_rates.flavors.m1.small.rate"),
    ('[idle_lease]\nwarn_hours = 10\n', "field idle_lease.warn_hours"),
    ('date = "yesterday"\n', "field date"),
    ('[lease_length.x]\nkind = "physical:host"\nmax_seconds = 3600\n', "field lease_length.x: Object missing"),
])
def test_a_bad_policy_file_is_one_line_naming_the_file_and_field(tmp_path, text, needle):
    path = tmp_path / "bad.toml"
    path.write_text(text)
    with pytest.raises(InputError) as err:
        load_policy(path)
    message = str(err.value)
    assert "\n" not in message and str(path) in message and needle in message, message


def test_a_missing_or_binary_policy_file_is_a_clear_error(tmp_path):
    with pytest.raises(InputError, match=r"nope\.toml: not found"):
        load_policy(tmp_path / "nope.toml")
    (tmp_path / "bin.toml").write_bytes(b"\xff\xfe\x00")
    with pytest.raises(InputError, match="not UTF-8"):
        load_policy(tmp_path / "bin.toml")
    with pytest.raises(InputError, match="is a directory"):
        load_policy(tmp_path)


# -- max_lease_length ----------------------------------------------------------------------------------
def test_max_lease_length_fails_one_second_over_seven_days(policy):
    check = max_lease_length(policy, "physical:host", NOW, NOW + 7 * D + timedelta(seconds=1))
    assert check.check == "max_lease_length" and check.outcome == FAIL
    assert "over by 1 s" in check.detail and "chameleon-policy" in check.detail


def test_max_lease_length_passes_exactly_seven_days(policy):
    # Blazar's filter refuses only duration > max_lease_duration
    assert max_lease_length(policy, "physical:host", NOW, NOW + 7 * D).outcome == PASS


def test_max_lease_length_for_kvm_flavors(policy):
    month = NOW + 30 * D
    assert max_lease_length(policy, "flavor:instance", NOW, month, flavor="m1.small").outcome == PASS
    gpu = max_lease_length(policy, "flavor:instance", NOW, month, flavor="g1.h100.pci.1")
    assert gpu.outcome == FAIL and "kvm-docs" in gpu.detail
    assert max_lease_length(policy, "flavor:instance", NOW, NOW + 200 * D, flavor="m1.small").outcome == FAIL


# -- extension_window ----------------------------------------------------------------------------------
def test_extension_window_fails_more_than_48h_before_the_end(policy):
    check = extension_window(policy, NOW + 48 * H + timedelta(minutes=1), NOW)
    assert check.outcome == FAIL and "extensions open at 2026-12-01 12:01Z" in check.detail
    assert extension_window(policy, NOW - H, NOW).outcome == FAIL  # ended


def test_extension_window_passes_within_48h(policy):
    assert extension_window(policy, NOW + 48 * H, NOW).outcome == PASS
    assert extension_window(policy, NOW + H, NOW).outcome == PASS


# -- su_cost -------------------------------------------------------------------------------------------
def test_su_cost_uses_blazars_su_factor_when_the_host_carries_one(policy):
    charge = Charge("physical:host", 2.0, hosts=(HostCharge("gpu_a100_pcie", 3.0), HostCharge("gpu_a100_pcie", 3.0)))
    check = su_cost(policy, charge)
    assert check.outcome == PASS and check.detail.startswith("12 SU") and "su_factor" in check.detail


def test_su_cost_falls_back_to_the_rate_table_naming_its_source(policy):
    check = su_cost(policy, Charge("physical:host", 2.0, hosts=(HostCharge("gpu_a100_pcie"),)))
    assert check.outcome == PASS and check.detail.startswith("32 SU") and "su-rates-2025-08" in check.detail
    kvm = su_cost(policy, Charge("flavor:instance", 10.0, flavor="m1.xxlarge", amount=2))
    assert kvm.outcome == PASS and kvm.detail.startswith("6 SU")
    fip = su_cost(policy, Charge("virtual:floatingip", 100.0, amount=3))
    assert fip.outcome == PASS and fip.detail.startswith("0 SU")


def test_su_cost_warns_on_a_rate_not_in_the_table(policy):
    assert su_cost(policy, Charge("physical:host", 1.0, hosts=(HostCharge("compute_new"),))).outcome == WARN
    unknown = su_cost(policy, Charge("flavor:instance", 1.0, flavor="m9.huge", amount=1))
    assert unknown.outcome == WARN and "m9.huge" in unknown.detail


def test_su_cost_fails_over_the_allocations_balance(policy):
    charge = Charge("physical:host", 10.0, hosts=(HostCharge("compute_skylake"),) * 2)
    assert su_cost(policy, charge, balance=19.5).outcome == FAIL
    assert su_cost(policy, charge, balance=20).outcome == PASS


# -- lease_stacking ------------------------------------------------------------------------------------
INVENTORY = {"compute_skylake": 23, "gpu_rtx_6000": 37, "gpu_a100_pcie": 4}


def test_lease_stacking_warns_when_back_to_back_leases_cover_the_window(policy):
    held = [span(NOW, 7, lease_id="a"), span(NOW + 7 * D, 7, lease_id="b")]
    new = span(NOW + 14 * D, 6.5, lease_id="")
    check = lease_stacking(policy, held, new, INVENTORY, NOW)
    assert check.outcome == WARN and "cover 98%" in check.detail and "from 67%" in check.detail


def test_lease_stacking_passes_with_room_in_the_window(policy):
    held = [span(NOW, 7, lease_id="a")]
    check = lease_stacking(policy, held, span(NOW + 10 * D, 7, lease_id=""), INVENTORY, NOW)
    assert check.outcome == PASS and "coverage 67%" in check.detail


def test_parallel_leases_count_once_and_other_types_or_projects_leases_do_not_count(policy):
    held = [span(NOW, 7, lease_id="a"), span(NOW, 7, lease_id="b", count=3),
            span(NOW + 7 * D, 7, node_type="compute_cascadelake_r", lease_id="c"),
            span(NOW + 7 * D, 7, lease_id="d", status="TERMINATED")]
    assert lease_stacking(policy, held, span(NOW + 14 * D, 7, lease_id=""), INVENTORY, NOW).outcome == PASS
    assert stacking_coverage(held[:2], NOW, 21 * D) == pytest.approx(7 / 21)


def test_lease_stacking_warns_on_more_than_half_of_a_high_end_type(policy):
    held = [span(NOW, 2, node_type="gpu_rtx_6000", count=10, lease_id="a")]
    new = span(NOW + 3 * D, 2, node_type="gpu_rtx_6000", count=9, lease_id="")
    check = lease_stacking(policy, held, new, INVENTORY, NOW)
    assert check.outcome == WARN and "19 of the 37 gpu_rtx_6000" in check.detail
    fewer = span(NOW + 3 * D, 2, node_type="gpu_rtx_6000", count=8, lease_id="")
    assert lease_stacking(policy, held, fewer, INVENTORY, NOW).outcome == PASS
    # a type of at most 4 nodes is not checked for share (hammers), and a compute type is not high-end
    small = span(NOW, 2, node_type="gpu_a100_pcie", count=4, lease_id="")
    assert lease_stacking(policy, [], small, INVENTORY, NOW).outcome == PASS
    assert lease_stacking(policy, [], span(NOW, 2, count=20, lease_id=""), INVENTORY, NOW).outcome == PASS


# -- equivalent_lease ----------------------------------------------------------------------------------
def test_equivalent_lease_is_named_and_needs_yes():
    held = [span(NOW, 1, count=2, lease_id="L-9", name="agent-a")]
    check = equivalent_lease(held, span(NOW + 12 * H, 1, count=2, lease_id=""))
    assert check.outcome == WARN and check.needs_yes
    assert "'agent-a' (L-9)" in check.detail and "--yes" in check.detail


@pytest.mark.parametrize("new", [
    span(NOW + D, 1, count=2, lease_id=""),  # touches the held lease's end: no overlap
    span(NOW, 1, count=3, lease_id=""),  # other count
    span(NOW, 1, count=2, node_type="gpu_v100", lease_id=""),  # other hardware
    span(NOW, 1, count=2, kind="flavor:instance", lease_id=""),  # other kind
])
def test_equivalent_lease_passes_for_a_different_request(new):
    held = [span(NOW, 1, count=2, lease_id="L-9", name="agent-a")]
    check = equivalent_lease(held, new)
    assert check.outcome == PASS and not check.needs_yes


# -- idle_lease ----------------------------------------------------------------------------------------
def test_idle_lease_warns_at_6h_and_fails_at_9h(policy):
    lease = ActiveLease("L-1", "idle", "physical:host", NOW - 6 * H, instances=0)
    warn = idle_lease(policy, lease, NOW)
    assert warn.outcome == WARN and "deletes it at 2026-12-01 15:00Z" in warn.detail
    assert idle_lease(policy, lease, NOW + 3 * H).outcome == FAIL


def test_idle_lease_passes_when_used_young_or_unseen(policy):
    assert idle_lease(policy, ActiveLease("L", "n", "physical:host", NOW - 8 * H, 1), NOW).outcome == PASS
    assert idle_lease(policy, ActiveLease("L", "n", "physical:host", NOW - 5 * H, 0), NOW).outcome == PASS
    unseen = idle_lease(policy, ActiveLease("L", "n", "physical:host", NOW - 10 * H, None), NOW)
    assert unseen.outcome == PASS and "not checked" in unseen.detail


def test_check_json_is_check_outcome_detail(policy):
    doc = max_lease_length(policy, "physical:host", NOW, NOW + D).to_json()
    assert set(doc) == {"check", "outcome", "detail"} and doc["outcome"] == PASS


def test_the_shipped_file_is_package_data():
    pyproject = (Path(__file__).resolve().parents[1] / "pyproject.toml").read_text()
    assert "planning/policy/*.toml" in pyproject


# -- the sandbox's enforcement service (its pure part; tests/sandbox/test_policy_sandbox.py runs it under Blazar)
def test_enforcement_service_checks_each_reservation_and_the_window_of_a_started_lease(policy):
    from envboot.sandbox.enforcement import Enforcement, lease_checks

    body = {"start_date": "2026-12-01T12:00:00", "end_date": "2026-12-09T12:00:00",
            "reservations": [{"resource_type": "physical:host"}, {"resource_type": "virtual:floatingip"}]}
    checks = lease_checks(policy, body, None, NOW)
    assert [(c.check, c.outcome) for c in checks] == [("max_lease_length", FAIL)] * 2
    # an update of a started lease (Blazar sends it as UPDATING) moving its end later, 3 days before the end
    current = {"start_date": "2026-12-01T11:00:00", "end_date": "2026-12-04T12:00:00", "status": "UPDATING"}
    longer = {**body, "end_date": "2026-12-04T13:00:00", "reservations": [{"resource_type": "physical:host"}]}
    assert [(c.check, c.outcome) for c in lease_checks(policy, longer, current, NOW)] == [
        ("max_lease_length", PASS), ("extension_window", FAIL)]
    shorter = {**longer, "end_date": "2026-12-04T11:00:00"}
    assert [c.check for c in lease_checks(policy, shorter, current, NOW)] == ["max_lease_length"]
    pending = {**current, "start_date": "2026-12-02T12:00:00"}
    assert [c.check for c in lease_checks(policy, longer, pending, NOW)] == ["max_lease_length"]
    assert Enforcement().conf() == ""
    conf = Enforcement(max_lease_duration=604800, external_url="http://127.0.0.1:9/").conf()
    assert "enabled_filters = MaxLeaseDurationFilter,ExternalServiceFilter" in conf
    assert "max_lease_duration = 604800" in conf and "external_service_base_endpoint = http://127.0.0.1:9/" in conf


# -- a plan's options as the checks' inputs --------------------------------------------------------------
def test_option_checks_on_a_real_plan_price_hosts_without_su_factor_from_the_rate_table(policy):
    from envboot import api
    from envboot.core.settings import BUNDLED_SNAPSHOT
    from envboot.kinds.hosts.planner import PlanRequest
    from envboot.planning.policy.inputs import inventory_counts, option_checks, option_span
    from envboot.planning.policy.rates import host_rates

    view = api.load_view(BUNDLED_SNAPSHOT)
    start = datetime(2025, 10, 30, 20, 0, tzinfo=UTC)
    plan = api.make_plan(view, PlanRequest("uc", start, 120, 2, 2, "gpu_a100_pcie", su_rates=host_rates(policy)))
    option = plan.options[0]
    assert option.su_cost == 64.0  # the planner prices it as the check below: the rate table's 16 SU/h
    inventory = inventory_counts(view.nodes)
    assert inventory["gpu_a100_pcie"] == 4
    checks = {c.check: c for c in option_checks(policy, option, held=[], inventory=inventory, now=start)}
    assert list(checks) == ["max_lease_length", "su_cost", "lease_stacking", "equivalent_lease"]
    assert checks["max_lease_length"].outcome == PASS
    # the snapshot's hosts carry no su_factor: the rate table's 16 SU/h per 4xA100 node prices them
    assert checks["su_cost"].outcome == PASS and checks["su_cost"].detail.startswith("64 SU")
    mine = option_span(option)
    again = option_checks(policy, option, held=[LeaseSpan(**{**_fields(mine), "lease_id": "L-1", "name": "a"})],
                          inventory=inventory, now=start)
    assert [c.outcome for c in again if c.check == "equivalent_lease"] == [WARN]
    assert [c.check for c in option_checks(policy, option, held=None, inventory=inventory, now=start)] == [
        "max_lease_length", "su_cost"]


def _fields(span):
    return {f: getattr(span, f) for f in span.__dataclass_fields__}


# -- `envboot plan`: the checks in the JSON document and the table; --policy ---------------------------------
def _plan(*extra):
    from envboot.interfaces.cli.app import main

    from .conftest import run_main

    return run_main(main, ["plan", "--zone", "uc", "--start", "2025-10-30 20:00", "--duration", "2h", "-n", "2",
                           "-t", "gpu_a100_pcie", *extra])


def test_plan_reports_the_top_options_policy_checks(monkeypatch):
    import json

    from .schema_check import assert_valid

    monkeypatch.delenv("ENVBOOT_POLICY", raising=False)
    r = _plan("-f", "json")
    assert r.code == 0, r.err
    doc = assert_valid(json.loads(r.out), "plan")
    assert [(c["check"], c["outcome"]) for c in doc["policy"]] == [("max_lease_length", PASS), ("su_cost", PASS)]
    assert doc["policy"][1]["detail"].startswith("64 SU")
    table = _plan()
    assert [line.split()[:3] for line in table.out.splitlines() if line.startswith("policy ")] == [
        ["policy", "pass", "max_lease_length:"], ["policy", "pass", "su_cost:"]]


def test_plan_with_a_site_policy_file_and_with_a_bad_one(tmp_path, monkeypatch):
    import json

    monkeypatch.delenv("ENVBOOT_POLICY", raising=False)
    site = tmp_path / "site.toml"
    site.write_text("[lease_length.bare_metal]\nmax_seconds = 3600\n")
    r = _plan("-f", "json", "--policy", str(site))
    assert r.code == 0, r.err
    first = json.loads(r.out)["policy"][0]
    assert first["outcome"] == FAIL and "1 h maximum" in first["detail"]
    site.write_text("[lease_length.bare_metal]\nmax_secs = 3600\n")
    bad = _plan("--policy", str(site))
    assert bad.code == 2 and bad.out == ""
    assert bad.err.strip().count("\n") == 0 and str(site) in bad.err and "unknown field max_secs" in bad.err


def test_reserve_checks_read_the_projects_leases_leave_out_the_created_one_and_survive_a_failed_list(policy):
    from envboot import api
    from envboot.core.settings import BUNDLED_SNAPSHOT
    from envboot.interfaces.policy_checks import reserve_checks
    from envboot.kinds.hosts.planner import PlanRequest
    from envboot.live.leases import lease_from_api

    view = api.load_view(BUNDLED_SNAPSHOT)
    start = datetime(2025, 10, 30, 20, 0, tzinfo=UTC)
    option = api.make_plan(view, PlanRequest("uc", start, 120, 2, 2, "gpu_a100_pcie")).options[0]
    overlapping = option.start + H  # the top option is a later window (the 4 nodes are busy at 20:00)
    mine = lease_from_api({"id": "L-7", "name": "twin", "status": "PENDING",
                           "start_date": f"{overlapping:%Y-%m-%dT%H:%M}",
                           "end_date": f"{option.end + H:%Y-%m-%dT%H:%M}", "reservations": [
                               {"id": "r", "resource_type": "physical:host", "min": "2", "max": "2",
                                "resource_properties": '["and", ["==", "$node_type", "gpu_a100_pcie"], '
                                                       '[">=", "$memory_mb", "1"]]'}]})

    class Ctx:
        def __init__(self, leases):
            self._leases = leases

        def leases(self, zone):
            assert zone == option.zone
            if self._leases is None:
                raise RuntimeError("Blazar is down")
            return type("Api", (), {"list": lambda _self: self._leases})()

        def view(self, require_live=True):
            return view

    checks = {c["check"]: c for c in reserve_checks(policy, Ctx([mine]), option, start)}
    assert checks["equivalent_lease"]["outcome"] == WARN and "'twin' (L-7)" in checks["equivalent_lease"]["detail"]
    created = {c["check"]: c for c in reserve_checks(policy, Ctx([mine]), option, start, created="L-7")}
    assert created["equivalent_lease"]["outcome"] == PASS
    said = []
    down = reserve_checks(policy, Ctx(None), option, start, say=said.append)
    assert [c["check"] for c in down] == ["max_lease_length", "su_cost"] and "could not be read" in said[0]
