"""The sandbox enforces like Chameleon, and envboot's policy checks predict what the real Blazar answers.

The session's sandbox runs Blazar's own MaxLeaseDurationFilter at 7 days; a second, small sandbox runs
Blazar's ExternalServiceFilter against envboot's enforcement service (src/envboot/sandbox/enforcement.py),
which applies the shipped policy file."""

from __future__ import annotations

import json
import time
from datetime import timedelta

import pytest
from blazarclient.exception import BlazarClientException

from envboot.core.settings import BUNDLED_SNAPSHOT
from envboot.core.timeutil import blazar_date, floor_minute, parse_api_time, utcnow
from envboot.planning.policy import load_policy
from envboot.planning.policy.checks import FAIL, PASS, extension_window, max_lease_length
from envboot.sandbox import enforcement, runtime, seed
from envboot.sandbox.from_snapshot import SeedHost, SeedPlan

from ..conftest import run_main
from ..schema_check import assert_valid

pytestmark = pytest.mark.sandbox

ANY_HOST = [{"resource_type": "physical:host", "min": 1, "max": 1, "hypervisor_properties": "",
             "resource_properties": ""}]


def _create(client, name, start, end):
    """(accepted, lease or the refusal's message) from the real Blazar."""
    try:
        first = start if isinstance(start, str) else blazar_date(start)
        return True, client.lease.create(name, first, blazar_date(end), ANY_HOST, [])
    except BlazarClientException as exc:
        return False, str(exc)


def test_blazar_refuses_an_8_day_lease_and_envboot_predicted_it(sandbox, demo, unique):
    policy = load_policy()
    start = floor_minute(utcnow() + timedelta(days=700))  # past every seeded lease and other tests' windows
    seen = {}
    for label, length in (("8 d", timedelta(days=8)), ("7 d 1 min", timedelta(days=7, minutes=1)),
                          ("7 d", timedelta(days=7))):
        predicted = max_lease_length(policy, "physical:host", start, start + length)
        accepted, answer = _create(demo, unique("len"), start, start + length)
        seen[label] = (predicted.outcome, accepted)
        if not accepted:
            assert "maximum lease duration of 604800 seconds" in answer, answer
    assert seen == {"8 d": (FAIL, False), "7 d 1 min": (FAIL, False), "7 d": (PASS, True)}


def test_blazar_refuses_prolonging_a_7_day_lease_and_envboot_predicted_it(sandbox, demo, unique):
    policy = load_policy()
    start = floor_minute(utcnow() + timedelta(days=720))
    accepted, lease = _create(demo, unique("len"), start, start + timedelta(days=6, hours=23))
    assert accepted, lease
    assert max_lease_length(policy, "physical:host", start, start + timedelta(days=7)).outcome == PASS
    demo.lease.update(lease["id"], prolong_for="1h")  # exactly 7 days: accepted
    assert max_lease_length(policy, "physical:host", start, start + timedelta(days=7, minutes=1)).outcome == FAIL
    with pytest.raises(BlazarClientException, match="maximum lease duration"):
        demo.lease.update(lease["id"], prolong_for="1m")
    assert parse_api_time(demo.lease.get(lease["id"])["end_date"], where="end") == start + timedelta(days=7)


def test_the_sandboxs_admin_is_exempt_as_the_seeded_maintenance_leases_need(sandbox, unique):
    admin = seed.client_for(sandbox, "admin")
    start = floor_minute(utcnow() + timedelta(days=740))
    accepted, lease = _create(admin, unique("adm"), start, start + timedelta(days=30))
    assert accepted, lease
    admin.lease.delete(lease["id"])


@pytest.fixture
def enforced(tmp_path):
    """A small sandbox (2 hosts) whose Blazar asks envboot's enforcement service, and the service."""
    server, url = enforcement.start_in_thread(load_policy())
    home = tmp_path / "enforced"
    try:
        info = runtime.up(home, region="CHI@UC", name="enforced", enforcement=enforcement.Enforcement(external_url=url))
        hosts = tuple(SeedHost(f"pol-{i}", {"node_type": "compute_skylake", "uid": f"pol-{i}"}) for i in range(2))
        seed.apply(info, SeedPlan("CHI@UC", "uc", hosts, (), timedelta(0), 0))
        yield info, server
    finally:
        runtime.down(home)
        server.shutdown()
        server.server_close()


def test_the_external_service_refuses_what_the_policy_forbids_and_envboot_predicted_it(enforced, unique):
    info, server = enforced
    policy = load_policy()
    demo = seed.client_for(info, "demo")
    start = floor_minute(utcnow() + timedelta(days=3))
    seen = {}
    for label, length in (("8 d", timedelta(days=8)), ("7 d", timedelta(days=7))):
        predicted = max_lease_length(policy, "physical:host", start, start + length)
        accepted, answer = _create(demo, unique("ext"), start, start + length)
        seen[label] = (predicted.outcome, accepted)
        if not accepted:
            assert predicted.detail in answer, answer  # Blazar passes the service's message on
    assert seen == {"8 d": (FAIL, False), "7 d": (PASS, True)}
    assert [endpoint for endpoint, _ in server.decisions] == ["check-create", "check-create"]


def test_the_external_service_refuses_an_extension_outside_the_48h_window(enforced, unique):
    info, server = enforced
    policy = load_policy()
    demo = seed.client_for(info, "demo")
    end = floor_minute(utcnow()) + timedelta(days=3)
    accepted, lease = _create(demo, unique("act"), "now", end)
    assert accepted, lease
    deadline = time.monotonic() + 60
    while demo.lease.get(lease["id"])["status"] != "ACTIVE":
        assert time.monotonic() < deadline, demo.lease.get(lease["id"])["status"]
        time.sleep(1)
    predicted = extension_window(policy, end, utcnow())
    assert predicted.outcome == FAIL and "extensions open at" in predicted.detail
    with pytest.raises(BlazarClientException, match="extensions open at"):
        demo.lease.update(lease["id"], prolong_for="1h")
    # shortening an active lease is no extension: the window does not apply
    demo.lease.update(lease["id"], reduce_by="1h")
    assert parse_api_time(demo.lease.get(lease["id"])["end_date"], where="end") == end - timedelta(hours=1)
    assert [e for e, _ in server.decisions][-2:] == ["check-update", "check-update"]


# -- the checks in `envboot reserve` ---------------------------------------------------------------------
@pytest.fixture
def live_env(sandbox, monkeypatch, tmp_path):
    for k, v in sandbox.user_env("demo").items():
        monkeypatch.setenv(k, v)
    monkeypatch.setenv("ENVBOOT_LIVE_DATA", str(tmp_path / "live"))
    monkeypatch.setenv("ENVBOOT_AUDIT", str(tmp_path / "audit.jsonl"))
    for name in ("OS_CLOUD", "ENVBOOT_CONFIG", "ENVBOOT_POLICY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path


def _reserve(start, *extra):
    from envboot.interfaces.cli.app import main

    return run_main(main, ["reserve", "--inventory", str(BUNDLED_SNAPSHOT), "--zone", "uc", "--start",
                           f"{start:%Y-%m-%d %H:%M}", "--duration", "2h", "-n", "1", "-t", "compute_skylake", *extra])


def test_reserve_names_the_projects_equivalent_lease_and_reports_each_check(live_env, demo, unique):
    start = floor_minute(utcnow() + timedelta(days=760))
    held = demo.lease.create(unique("held"), blazar_date(start + timedelta(hours=1)),
                             blazar_date(start + timedelta(hours=3)),
                             [{"resource_type": "physical:host", "min": 1, "max": 1, "hypervisor_properties": "",
                               "resource_properties": '["==", "$node_type", "compute_skylake"]'}], [])
    r = _reserve(start, "-f", "json")
    assert r.code == 0, r.err
    doc = assert_valid(json.loads(r.out), "reserve")
    checks = {c["check"]: c for c in doc["policy"]}
    assert list(checks) == ["max_lease_length", "su_cost", "lease_stacking", "equivalent_lease"]
    assert checks["equivalent_lease"]["outcome"] == "warn" and held["id"] in checks["equivalent_lease"]["detail"]
    assert checks["max_lease_length"]["outcome"] == "pass" and checks["lease_stacking"]["outcome"] == "pass"
    assert checks["su_cost"]["detail"].startswith("2 SU")  # compute_skylake: 1 SU/h from the rate table
    # a later window does not overlap the held lease: no equivalent lease; the table has a line per check
    table = _reserve(start + timedelta(hours=3))
    assert table.code == 0, table.err
    lines = [line for line in table.out.splitlines() if line.startswith("policy ")]
    assert [line.split()[1:3] for line in lines] == [["pass", "max_lease_length:"], ["pass", "su_cost:"],
                                                     ["pass", "lease_stacking:"], ["pass", "equivalent_lease:"]]


def test_reserve_with_a_bad_policy_file_is_one_line_exit_2(live_env, tmp_path):
    bad = tmp_path / "site.toml"
    bad.write_text("[lease_length.bare_metal]\nmax_seconds = \"a week\"\n")
    r = _reserve(floor_minute(utcnow() + timedelta(days=770)), "--policy", str(bad))
    assert r.code == 2 and str(bad) in r.err and "lease_length.bare_metal.max_seconds" in r.err
    assert len(r.err.strip().splitlines()) == 1, r.err
