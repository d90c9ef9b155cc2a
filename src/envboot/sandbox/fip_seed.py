"""A reservable floating IP pool for a seeded sandbox (SYNTHETIC: the snapshots hold no floating IPs).

One public network per site (named ``public``, as python-chi looks it up; its id derived from the
site, so every sandbox of a site has the same one), one subnet in the documentation range
198.51.100.0/24 (TEST-NET-2: never a real address) with Neutron's own allocation pool .2–.127, and
:data:`POOL_SIZE` addresses outside it (.200 on) registered with Blazar's floating IP API
(``POST /v1/floatingips``), as an operator does. Some of them are reserved by leases placed
relative to the snapshot's "now" (:data:`TAKEN`): two running now (Blazar starts them, so the fake
Neutron holds their floating IPs, tagged ``reservation:<id>``), two later, so the pool is partly
taken now and over the next days. Leases ``fipseed-N`` are owned by the admin and pin their
addresses with ``required_floatingips``.
"""

from __future__ import annotations

import ipaddress
import json
import urllib.request
import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from envboot.core.errors import EnvbootError
from envboot.core.timeutil import blazar_date, parse_api_time, utcnow

RESOURCE_TYPE = "virtual:floatingip"
NETWORK_NAME = "public"
NAMESPACE = uuid.UUID("6f1f0d52-5b8e-4c55-9a44-2f6c1e7d0f19")  # fixed: ids are the same in every sandbox
CIDR = "198.51.100.0/24"
GATEWAY = "198.51.100.1"
NEUTRON_POOL = ("198.51.100.2", "198.51.100.127")  # Neutron's own allocation pool: not reservable
FIRST = "198.51.100.200"
POOL_SIZE = 16
# (start minutes after "now" or None for "now", end minutes after "now", how many addresses)
TAKEN = ((None, 3 * 24 * 60, 3), (None, 24 * 60, 2), (2 * 60, 26 * 60, 4), (2 * 24 * 60, 5 * 24 * 60, 2))


@dataclass(frozen=True, slots=True)
class FipLease:
    name: str
    start: datetime | None  # None: running at "now" (Blazar's "now")
    end: datetime
    addresses: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class FipPool:
    site: str
    network_id: str
    subnet_id: str
    addresses: tuple[str, ...]
    leases: tuple[FipLease, ...]
    network_name: str = NETWORK_NAME
    cidr: str = CIDR
    gateway: str = GATEWAY

    def relative(self, now: datetime) -> list:
        """The pool with times as minutes from ``now`` (the seed cache's key)."""
        return [self.site, self.network_id, self.subnet_id, list(self.addresses),
                [[x.name, None if x.start is None else (x.start - now) // timedelta(minutes=1),
                  (x.end - now) // timedelta(minutes=1), list(x.addresses)] for x in self.leases]]


def network_id(site: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"envboot-sandbox/{site}/network/{NETWORK_NAME}"))


def pool_for_site(site: str, now: datetime) -> FipPool:
    first = ipaddress.ip_address(FIRST)
    addresses = tuple(str(first + i) for i in range(POOL_SIZE))
    leases, k = [], 0
    for i, (start, end, count) in enumerate(TAKEN):
        leases.append(FipLease(f"fipseed-{i:02d}", None if start is None else now + timedelta(minutes=start),
                               now + timedelta(minutes=end), addresses[k:k + count]))
        k += count
    return FipPool(site, network_id(site), str(uuid.uuid5(NAMESPACE, f"envboot-sandbox/{site}/subnet/{CIDR}")),
                   addresses, tuple(leases))


def reservation(pool: FipPool, amount: int, required: tuple[str, ...] = ()) -> dict:
    return {"resource_type": RESOURCE_TYPE, "network_id": pool.network_id, "amount": amount,
            "required_floatingips": list(required)}


def add_network(info, pool: FipPool) -> None:  # noqa: ANN001
    """The public network and subnet in the fake Neutron (what an operator created)."""
    body = {"networks": [{"id": pool.network_id, "name": pool.network_name, "external": True, "subnets": [
        {"id": pool.subnet_id, "cidr": pool.cidr, "gateway_ip": pool.gateway,
         "allocation_pools": [{"start": NEUTRON_POOL[0], "end": NEUTRON_POOL[1]}]}]}]}
    req = urllib.request.Request(f"{info.control_url}/networks", data=json.dumps(body).encode(), method="POST",
                                 headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=30).close()


def register(admin, pool: FipPool) -> None:  # noqa: ANN001
    for address in pool.addresses:
        try:
            admin.floatingip.create(pool.network_id, address)
        except Exception as exc:
            raise EnvbootError(f"sandbox seeding: floating IP {address} refused: {' '.join(str(exc).split())[:200]}") \
                from None


def replay(admin, pool: FipPool) -> int:  # noqa: ANN001
    """The pool's leases (cleaning_time must be 0, as for the host replay); the reservations placed."""
    for lease in pool.leases:
        start = "now" if lease.start is None else blazar_date(lease.start)
        try:
            admin.lease.create(lease.name, start, blazar_date(lease.end),
                               [reservation(pool, len(lease.addresses), lease.addresses)], [])
        except Exception as exc:
            raise EnvbootError(f"sandbox seeding: lease {lease.name} ({len(lease.addresses)} floating IPs) refused: "
                               f"{' '.join(str(exc).split())[:200]}") from None
    return len(pool.leases)


def allocations(client) -> dict[str, list[dict]]:  # noqa: ANN001
    """Address -> its allocations from now on (``GET /v1/floatingips/allocations``, Chameleon's route)."""
    addresses = {str(f["id"]): f["floating_ip_address"] for f in client.floatingip.list()}
    _resp, body = client.floatingip.request_manager.get("/floatingips/allocations")
    return {addresses[str(a["resource_id"])]: list(a["reservations"]) for a in body["allocations"]}


def check(admin, pool: FipPool, seeded_at: datetime) -> None:  # noqa: ANN001
    """Blazar's floating IPs and allocations must equal the pool, address by address."""
    registered = {f["floating_ip_address"]: f for f in admin.floatingip.list()}
    if sorted(registered) != sorted(pool.addresses) or any(
            f["floating_network_id"] != pool.network_id for f in registered.values()):
        raise EnvbootError(f"sandbox seeding: Blazar has {len(registered)} floating IP(s), "
                           f"the pool {len(pool.addresses)}")
    expected: dict[str, list] = defaultdict(list)
    for lease in pool.leases:
        for address in lease.addresses:
            expected[address].append((lease.start, lease.end))
    slack = timedelta(minutes=2)
    for address, allocs in allocations(admin).items():
        got = sorted((parse_api_time(r["start_date"], where="start_date"),
                      parse_api_time(r["end_date"], where="end_date")) for r in allocs)
        want = sorted(expected.get(address, []), key=lambda w: w[1])
        ok = len(got) == len(want) and all(
            e1 == e2 and (s1 == s2 if s1 is not None else seeded_at - slack <= s2 <= utcnow() + slack)
            for (s1, e1), (s2, e2) in zip(want, sorted(got, key=lambda w: w[1]), strict=True))
        if not ok:
            raise EnvbootError(f"sandbox seeding: floating IP {address} has {len(got)} reservation(s) in Blazar, "
                               f"the pool {len(want)}; windows differ")
