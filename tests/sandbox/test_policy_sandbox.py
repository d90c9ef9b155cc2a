"""The sandbox enforces like Chameleon, and envboot's policy checks predict what the real Blazar answers.

The session's sandbox runs Blazar's own MaxLeaseDurationFilter at 7 days; a second, small sandbox runs
Blazar's ExternalServiceFilter against envboot's enforcement service (src/envboot/sandbox/enforcement.py),
which applies the shipped policy file."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from blazarclient.exception import BlazarClientException

from envboot.core.timeutil import blazar_date, floor_minute, parse_api_time, utcnow
from envboot.planning.policy import load_policy
from envboot.planning.policy.checks import FAIL, PASS, extension_window, max_lease_length
from envboot.sandbox import enforcement, runtime, seed
from envboot.sandbox.from_snapshot import SeedHost, SeedPlan

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
