"""The comparison bench/sandbox_up.py prints (a fresh replay vs the cached seeded database) can fail:
any field of a host or lease as Blazar returns it, a date, an allocation window differs -> not identical."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from .sandbox.seed_compare import _doc, _lease_doc, comparison

T = datetime(2026, 12, 1, 20, 0, tzinfo=UTC)
HOST = {"id": "1", "hypervisor_hostname": "nc01", "node_type": "compute_skylake", "uid": "u1", "created_at": "x"}
LEASE = {"id": "L", "name": "a", "status": "PENDING", "project_id": "p", "start_date": "s", "trust_id": "t",
         "reservations": [{"id": "r", "resource_type": "physical:host", "min": 1, "max": 1}]}


def state(shift=timedelta(0), host=HOST, lease=LEASE, at=T - timedelta(days=1)):  # noqa: ANN001, ANN201
    return {"hosts": [("nc01", "compute_skylake", "u1"), ("neutron floating IPs", "10.0.0.1")],
            "host_docs": [_doc(host)], "lease_docs": [_lease_doc(lease)],
            "leases": [("a", "PENDING", T + shift, T + shift + timedelta(hours=1), 1)],
            "allocations": {"nc01": [(T + shift, T + shift + timedelta(hours=1))]}, "at": at + shift}


def results(a, b, delta=timedelta(0)):  # noqa: ANN001, ANN201
    return [r[3] for r in comparison(a, b, delta)]


def test_two_sandboxes_that_answer_alike_are_identical_ids_timestamps_and_trusts_aside():
    other = {**HOST, "id": "7", "created_at": "y"}
    lease = {**LEASE, "id": "M", "trust_id": "u", "reservations": [{**LEASE["reservations"][0], "id": "q"}]}
    assert results(state(), state(timedelta(minutes=4), other, lease), timedelta(minutes=4)) == ["identical"] * 5


def test_every_difference_is_found_and_named():
    got = results(state(), state(host={**HOST, "node_type": "gpu_v100"}))
    assert got[0] != "identical" and "gpu_v100" in got[0] and got[1:] == ["identical"] * 4
    got = results(state(), state(lease={**LEASE, "project_id": "other"}))
    assert got[1] != "identical" and "other" in got[1]
    got = results(state(), state(lease={**LEASE, "reservations": [{**LEASE["reservations"][0], "max": 2}]}))
    assert got[1] != "identical"
    got = results(state(), state(timedelta(minutes=4)))  # dates moved, but the bench was told no shift
    assert got[2] != "identical" and got[4] != "identical"
    assert results(state(), {**state(), "allocations": {}})[4] != "identical"
    assert results(state(), {**state(), "hosts": [("nc01", "compute_skylake", "u1"), ("neutron floating IPs",)]})[3] \
        != "identical"
