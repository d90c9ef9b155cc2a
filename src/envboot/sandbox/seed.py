"""Apply a seeding plan to a running sandbox through the REAL python-blazarclient, then check
that Blazar's allocation list matches the plan host by host.

The replay runs with Blazar's ``cleaning_time`` set to 0 and restores the sandbox's value after it
(Blazar reads the option only when it places a reservation): the snapshot is what Chameleon's
Blazar accepted, and with a cleaning time some of its back-to-back reservations would be refused.
The result counts those pairs (``closer_than_cleaning``). The plan's floating IP pool
(:mod:`.fip_seed`) is registered after the hosts and its leases replayed after the host leases."""

from __future__ import annotations

import json
import urllib.request
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from envboot.core.errors import EnvbootError
from envboot.core.timeutil import blazar_date, parse_api_time, utcnow
from envboot.sandbox import fip_seed, runtime
from envboot.sandbox.from_snapshot import SeedPlan, closer_than
from envboot.sandbox.runtime import USERS, SandboxInfo

# on_progress(stage, done, total): stage is "hosts", "leases" or "check"
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True, slots=True)
class SeedResult:
    hosts: int
    leases: int
    reservations: int
    seconds: float
    cleaning_time: int = 0  # the sandbox's cleaning_time (minutes), restored after the replay
    closer_than_cleaning: int = 0  # seeded reservation pairs on one host closer than cleaning_time
    from_cache: bool = False  # restored from the cached seeded database (seed_cache), not replayed
    floating_ips: int = 0  # reservable floating IPs registered (the plan's synthetic pool)
    fip_leases: int = 0  # leases holding some of them

    def differences(self) -> str:
        """How the replay differs from a Blazar that had this cleaning time all along (one line)."""
        if not self.closer_than_cleaning:
            return f"cleaning_time {self.cleaning_time}: every seeded reservation respects it"
        return (f"replayed with cleaning_time 0, then set to {self.cleaning_time}: {self.closer_than_cleaning} "
                f"pair(s) of reservations on one host are less than {self.cleaning_time} min apart "
                f"(as in the snapshot); new leases must keep {self.cleaning_time} min from every reservation")


def client_for(info: SandboxInfo, user: str = "admin"):
    """A real python-blazarclient for the sandbox, built on a keystoneauth1 session."""
    from blazarclient import client
    from keystoneauth1 import session
    from keystoneauth1.identity import v3

    u = USERS[user]
    auth = v3.Password(auth_url=info.auth_url, username=user, password=u["password"], project_name=u["project"],
                       user_domain_name="Default", project_domain_name="Default")
    return client.Client(1, session=session.Session(auth=auth), service_type="reservation", region_name=info.region)


def add_hypervisors(info: SandboxInfo, names: list[str]) -> None:
    req = urllib.request.Request(f"{info.control_url}/hypervisors", data=json.dumps({"names": names}).encode(),
                                 method="POST", headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=30).close()


def apply(info: SandboxInfo, plan: SeedPlan, on_progress: Progress | None = None) -> SeedResult:
    import time

    started = time.monotonic()
    report = on_progress or (lambda stage, done, total: None)
    admin = client_for(info, "admin")
    add_hypervisors(info, [h.name for h in plan.hosts])
    report("hosts", 0, len(plan.hosts))
    for i, h in enumerate(plan.hosts, 1):
        admin.host.create(name=h.name, **h.capabilities)
        report("hosts", i, len(plan.hosts))
    if plan.fips is not None:
        fip_seed.add_network(info, plan.fips)
        fip_seed.register(admin, plan.fips)
    cleaning = runtime.get_cleaning_time(info)
    seeded_at = utcnow()
    n_res = n_fip_leases = 0
    report("leases", 0, len(plan.leases))
    runtime.set_cleaning_time(info, 0)
    try:
        for i, lease in enumerate(plan.leases, 1):
            reservations = [{"resource_type": "physical:host", "min": 1, "max": 1, "hypervisor_properties": "",
                             "resource_properties": json.dumps(["==", "$uid", uid])} for uid in lease.host_uids]
            start = "now" if lease.start is None else blazar_date(lease.start)
            try:
                admin.lease.create(lease.name, start, blazar_date(lease.end), reservations, [])
            except Exception as exc:
                raise EnvbootError(f"sandbox seeding: lease {lease.name} on {len(lease.host_uids)} host(s) refused: "
                                   f"{' '.join(str(exc).split())[:200]}") from None
            n_res += len(reservations)
            report("leases", i, len(plan.leases))
        if plan.fips is not None:
            n_fip_leases = fip_seed.replay(admin, plan.fips)
    finally:
        runtime.set_cleaning_time(info, cleaning)
    report("check", 0, 1)
    check(admin, plan, seeded_at)
    report("check", 1, 1)
    return SeedResult(len(plan.hosts), len(plan.leases), n_res, time.monotonic() - started, cleaning,
                      closer_than(plan, cleaning), floating_ips=len(plan.fips.addresses) if plan.fips else 0,
                      fip_leases=n_fip_leases)


def check(admin, plan: SeedPlan, seeded_at: datetime) -> None:
    """Blazar's allocations must equal the plan, host by host (``now`` leases: start at seeding time)."""
    names = {str(h["id"]): h["hypervisor_hostname"] for h in admin.host.list()}
    actual: dict[str, list[tuple[datetime, datetime]]] = defaultdict(list)
    for a in admin.allocation.list("os-hosts"):
        for r in a["reservations"]:
            actual[names[str(a["resource_id"])]].append(
                (parse_api_time(r["start_date"], where="start_date"), parse_api_time(r["end_date"], where="end_date")))
    expected: dict[str, list[tuple[datetime | None, datetime]]] = defaultdict(list)
    for lease in plan.leases:
        for uid in lease.host_uids:
            expected[uid].append((lease.start, lease.end))
    slack = timedelta(minutes=2)
    for uid in {h.name for h in plan.hosts}:
        want = sorted(expected.get(uid, []), key=lambda w: w[1])
        got = sorted(actual.get(uid, []), key=lambda w: w[1])
        ok = len(want) == len(got) and all(
            e2 == e1 and (s1 == s2 if s1 is not None else seeded_at - slack <= s2 <= utcnow() + slack)
            for (s1, e1), (s2, e2) in zip(want, got, strict=True)
        ) if len(want) == len(got) else False
        if not ok:
            raise EnvbootError(f"sandbox seeding: host {uid} has {len(got)} reservation(s) in Blazar, "
                               f"the snapshot {len(want)}; windows differ")
    if plan.fips is not None:
        fip_seed.check(admin, plan.fips, seeded_at)
