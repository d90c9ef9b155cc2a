"""What is launched on the project's leases, as far as the cloud lets envboot see it (Nova's server list of
the project and Blazar's host allocations). For ``lease list``'s idle-lease check (Chameleon deletes an
active host lease with nothing launched on it after 9 h).

What envboot can know without admin rights: a project with no server at all has nothing launched on any of
its leases. With servers, a server is placed on a lease's host only when Nova shows the server's
``OS-EXT-SRV-ATTR:hypervisor_hostname`` (admin-only by Nova's default policy); otherwise envboot cannot
tell, and says so rather than warn falsely."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from envboot.live.leases import Lease, LeaseApi

HYPERVISOR = "OS-EXT-SRV-ATTR:hypervisor_hostname"
PHYSICAL_HOST = "physical:host"


def project_servers(session: Any, region: str | None) -> list[dict[str, Any]] | None:
    """The project's servers (Nova ``GET /servers/detail``), None when Nova cannot be asked, refuses, or
    answers one page of a longer list."""
    try:
        resp = session.get("/servers/detail", endpoint_filter={"service_type": "compute", "interface": "public",
                                                                 "region_name": region},
                           raise_exc=False)
        if resp.status_code != 200:
            return None
        doc = resp.json()
        servers = doc.get("servers")
        if any(isinstance(x, dict) and x.get("rel") == "next" for x in doc.get("servers_links") or ()):
            return None  # one page of a longer list (Nova's max_limit): not all the project's servers
    except Exception:  # noqa: BLE001 - no compute endpoint, a transport error: envboot cannot see the instances
        return None
    return [s for s in servers if isinstance(s, dict)] if isinstance(servers, list) else None


def host_lease_instances(api: LeaseApi, leases: Sequence[Lease],
                         servers: list[dict[str, Any]] | None) -> dict[str, int | None]:
    """For each ACTIVE lease with a ``physical:host`` reservation: the servers running on its hosts now, or
    None when envboot cannot tell (no server list, or servers whose host Nova does not show)."""
    active = [x for x in leases if x.status == "ACTIVE"
              and any(r.get("resource_type") == PHYSICAL_HOST for r in x.raw_reservations)]
    if not active:
        return {}
    if servers is None or (servers and not all(HYPERVISOR in s for s in servers)):
        return {x.id: None for x in active}
    if not servers:
        return {x.id: 0 for x in active}
    hostnames = {str(h.get("id")): str(h.get("hypervisor_hostname") or "") for h in api.hosts()}
    allocations = api.allocations()
    per_host: dict[str, int] = {}
    for s in servers:
        per_host[str(s.get(HYPERVISOR))] = per_host.get(str(s.get(HYPERVISOR)), 0) + 1
    out: dict[str, int | None] = {}
    for x in active:
        mine = set(x.reservation_ids)
        hosts = {hostnames.get(str(a.get("resource_id")), "") for a in allocations
                 if any(r.get("lease_id") == x.id or r.get("id") in mine for r in a.get("reservations") or [])}
        out[x.id] = sum(per_host.get(h, 0) for h in hosts if h)
    return out
