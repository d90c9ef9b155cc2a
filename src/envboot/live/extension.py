"""``lease extend``'s live side: what envboot.planning.extension needs, read from the zone's Blazar
(the lease, every host and every allocation, fetched now), and the audited update.

Blazar's ``GET /v1/os-hosts/allocations`` lists every project's reservations (their ids and dates),
which is all the host rules read. ``flavor:instance`` leases also need the KVM hosts' Placement
inventories: those come from ``envboot refresh``'s files for the zone (refreshed first)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from envboot.core.timeutil import blazar_date, iso_z
from envboot.data.sources.blazar_files import allocations_from_api, host_from_dict
from envboot.domain.model import Node, Reservation
from envboot.kinds.flavors.loaders import flavor_from_cached
from envboot.kinds.flavors.model import FLAVOR_INSTANCE, PHYSICAL_HOST, KvmHost
from envboot.live.audit import LEASE_EXTEND, AuditLog, new_intent_id
from envboot.live.blazar_errors import BlazarCallError
from envboot.live.leases import Lease, LeaseApi, lease_from_api, on_lease
from envboot.planning import extension as ext


class CannotPredict(BlazarCallError):
    """The lease has a reservation kind envboot does not predict (exit 4, before Blazar is asked)."""


@dataclass(frozen=True, slots=True)
class LiveLease:
    lease: Lease
    state: ext.LeaseState
    site: ext.SiteState


def nodes_from_api(site_id: str, hosts: list[dict[str, Any]], allocations: list[dict[str, Any]]) -> tuple[Node, ...]:
    """Every Blazar host as a :class:`Node` with its reservations (Blazar's own host order)."""
    held: dict[str, tuple[Reservation, ...]] = {
        a.resource_id: a.reservations for a in allocations_from_api(allocations, "Blazar allocations")}
    nodes = []
    for i, raw in enumerate(hosts):
        h = host_from_dict(raw, "Blazar hosts", i)
        caps = h.capabilities
        nodes.append(Node(site_id=site_id, cluster_id="", uid=h.hypervisor_hostname,
                          hostname=caps.get("node_name", h.hypervisor_hostname), node_type=caps.get("node_type", ""),
                          resource_id=h.id, reservable=h.reservable, in_inventory=False,
                          reservations=held.get(h.id, ()), capabilities=caps, columns=h.columns, host_index=i))
    return tuple(nodes)


def lease_state(lease: Lease, allocations: list[dict[str, Any]]) -> ext.LeaseState:
    """The lease's reservations with the hosts (instance slots) each holds, as Blazar lists them."""
    parts: list[ext.HostPart | ext.InstancePart] = []
    for r in lease.raw_reservations:
        rid = str(r.get("id"))
        rows = [str(a.get("resource_id")) for a in allocations for x in a.get("reservations") or []
                if str(x.get("id")) == rid]
        kind = r.get("resource_type")
        if kind == PHYSICAL_HOST:
            parts.append(ext.HostPart(rid, str(r.get("status") or ""), int(r.get("min") or 1), int(r.get("max") or 1),
                                      tuple(dict.fromkeys(rows)), r.get("hypervisor_properties") or "",
                                      r.get("resource_properties") or ""))
        elif kind == FLAVOR_INSTANCE:
            flavor = flavor_from_cached(r.get("resource_properties") or "", f"lease {lease.id} reservation {rid}")
            if flavor is None:
                raise CannotPredict(f"lease {lease.id}: reservation {rid} has no cached flavor: cannot predict it", 4)
            parts.append(ext.InstancePart(rid, str(r.get("status") or ""), flavor, Counter(rows)))
        else:
            raise CannotPredict(f"lease {lease.id}: {kind} reservations are not predicted by envboot", 4)
    return ext.LeaseState(lease.id, lease.status, lease.start, lease.end, tuple(parts))


def read_lease(api: LeaseApi, zone: str, lease_id: str, *, cleaning_minutes: int, max_lease_duration: int = -1,
               kvm_hosts: Sequence[KvmHost] = ()) -> LiveLease:
    lease = on_lease(lambda: api.get(lease_id), f"lease extend {lease_id}", lease_id, zone)
    allocations = on_lease(api.allocations, f"lease extend {lease_id}: allocations", lease_id, zone)
    hosts = on_lease(api.hosts, f"lease extend {lease_id}: hosts", lease_id, zone)
    state = lease_state(lease, allocations)
    site = ext.SiteState(nodes_from_api(zone, hosts, allocations), tuple(kvm_hosts), cleaning_minutes,
                         max_lease_duration)
    return LiveLease(lease, state, site)


def has_instances(lease: Lease) -> bool:
    return any(r.get("resource_type") == FLAVOR_INSTANCE for r in lease.raw_reservations)


def audited_update(api: LeaseApi, audit: AuditLog, zone: str, lease: Lease, change: ext.Change,
                   prediction: ext.Prediction) -> Lease:
    """``PUT /v1/leases/{id}`` with the change's dates; a ``lease_extend`` record (also on failure)
    carries envboot's prediction beside Blazar's answer."""
    audit.check_writable()
    lease_id = lease.id
    intent_id = audit.intent_of_lease(lease_id) or new_intent_id()
    body: dict[str, str] = {}
    if change.start is not None:
        body["start_date"] = blazar_date(change.start)
    if change.end is not None:
        body["end_date"] = blazar_date(change.end)
    by = int((prediction.requested_end - ext.minute_of(lease.end)).total_seconds() // 60)
    facts = {"lease_id": lease_id, "zone": zone, "by_minutes": by, "start": iso_z(prediction.requested_start),
             "end_requested": iso_z(prediction.requested_end), "predicted": prediction.verdict}

    def put() -> Lease:
        _, doc = api.blazar.lease.request_manager.put(f"/leases/{lease_id}", body=body)
        return lease_from_api(doc["lease"])

    try:
        lease = on_lease(put, f"lease extend {lease_id}", lease_id, zone)
    except BlazarCallError as exc:
        audit.append(LEASE_EXTEND, intent_id, **facts, result="failed", reason=str(exc))
        raise
    audit.append(LEASE_EXTEND, intent_id, **facts, result="extended", end=iso_z(lease.end), status=lease.status)
    return lease


def prediction_json(p: ext.Prediction, lease: Lease, change_kind: str, *, dry_run: bool,
                    updated: Lease | None = None) -> dict[str, Any]:
    """The ``lease-extend`` document (schema ``lease-extend``)."""
    return {
        "lease_id": lease.id,
        "change": change_kind,
        "current_start": iso_z(lease.start),
        "current_end": iso_z(lease.end),
        "requested_start": iso_z(p.requested_start),
        "requested_end": iso_z(p.requested_end),
        "verdict": p.verdict,
        "reason": p.reason,
        "rule": p.rule,
        "latest_end": iso_z(p.latest_end),
        "latest_end_note": p.latest_end_note,
        "dropped_hosts": list(p.dropped),
        "policy": [],
        "dry_run": dry_run,
        "updated": updated is not None,
        "end": iso_z(updated.end) if updated is not None else None,
    }


def now_minute(now: datetime) -> datetime:
    return ext.minute_of(now)
