"""A lease of hosts AND floating IPs in one window (planning/lease_plan.py) against a minute-stepping
oracle: the plan's earliest option is the first minute at which the hosts (Blazar's host rule, the real
hosts planner) and the addresses (the floating IP kind's engine) are both free for the whole window."""

from __future__ import annotations

import msgspec
from hypothesis import given, settings
from hypothesis import strategies as st

from envboot.domain.model import DataInfo
from envboot.kinds.floatingips.engine import address_free
from envboot.kinds.floatingips.kind import KIND as FIPS
from envboot.kinds.floatingips.model import FipData, FipReservation, FipZone, FloatingIp
from envboot.kinds.floatingips.planner import FipRequest
from envboot.kinds.hosts.engine import AvailabilityEngine, from_minute
from envboot.kinds.hosts.kind import KIND as HOSTS
from envboot.kinds.hosts.planner import PlanRequest, plan
from envboot.planning.lease_plan import Part, plan_lease

from .test_engine_oracle import oracle_free, scenarios

NET = "net-public"


class EngineHosts:
    """The hosts kind planning on an engine (the real planner and rules; no view to build)."""

    resource_type = HOSTS.resource_type

    def __init__(self, engine: AvailabilityEngine) -> None:
        self.engine = engine

    def plan(self, data, request, *, cleaning_minutes, not_before):
        return plan(self.engine, request)

    def same_choice(self, a, b):
        return HOSTS.same_choice(a, b)

    def describe(self, o):
        return HOSTS.describe(o)


@st.composite
def pools(draw):
    ips = []
    for i in range(draw(st.integers(0, 5))):
        res = []
        for j in range(draw(st.integers(0, 3))):
            s = draw(st.integers(0, 150))
            res.append(FipReservation(f"f{i}-{j}", f"fl{j}", s, s + draw(st.integers(1, 60))))
        ips.append(FloatingIp(f"ip{i}", f"10.0.0.{i}", NET, "sub", True, tuple(sorted(res, key=lambda r: r.start))))
    return FipZone("uc", tuple(ips))


def oracle_joint(nodes, zone, start, duration, horizon, c, node_type, hosts, fips):
    for t in range(start, start + horizon + 1):
        free_ips = [a for a in zone.addresses if address_free(a, t, t + duration, c)]  # Blazar pads them too
        if len(oracle_free(nodes, t, t + duration, c, node_type)) >= hosts and len(free_ips) >= fips:
            return t
    return None


@settings(max_examples=600, deadline=None)
@given(scenarios(), pools(), st.integers(1, 3))
def test_the_earliest_joint_window_matches_the_oracle(sc, zone, fips):
    nodes, c, start, duration, horizon, amount, node_type = sc
    start = max(start, 0)
    nodes = [msgspec.structs.replace(n, capabilities={"node_type": n.node_type})  # Blazar matches the capability
             for n in nodes if n.site_id == "uc"]
    req = PlanRequest("uc", from_minute(start), duration, amount, amount, node_type, max_delay_minutes=horizon)
    data = FipData((zone,), DataInfo("synthetic", "-", None))
    part = Part(FIPS, data, FipRequest("uc", req.start, duration, fips, NET if zone.addresses else None,
                                       max_delay_minutes=horizon))
    try:
        lease = plan_lease(EngineHosts(AvailabilityEngine(nodes, c)), None, req, [part], cleaning_minutes=c,
                           not_before=None)
    except Exception as exc:  # noqa: BLE001 - an empty pool is one clear error, like the CLI's
        assert not zone.addresses, exc
        return
    want = oracle_joint(nodes, zone, start, duration, horizon, c, node_type, amount, fips)
    got = min((o.start for o in lease.plan.options), default=None)
    assert got == (None if want is None else from_minute(want))
    for o, parts in zip(lease.plan.options, lease.parts, strict=True):
        (kind, fip), = parts
        assert (fip.start, fip.end, fip.zone) == (o.start, o.end, o.zone) and fip.amount == fips
        assert o.delay_minutes == int((o.start - req.start).total_seconds() // 60)  # never looks unshifted
