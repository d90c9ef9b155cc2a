"""Typed access to Blazar leases through python-blazarclient (one zone's client), and the audited
``lease extend`` / ``lease delete``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from envboot.core.errors import EXIT_BLAZAR
from envboot.core.timeutil import iso_z, parse_api_time
from envboot.live.audit import LEASE_DELETE, LEASE_EXTEND, AuditLog, new_intent_id
from envboot.live.blazar_errors import BlazarCallError, call_blazar

T = TypeVar("T")

SUCCESS_STATES = ("PENDING", "ACTIVE")
TRANSITIONAL = ("CREATING", "STARTING", "UPDATING", "TERMINATING", "DELETING")


@dataclass(frozen=True, slots=True)
class Lease:
    id: str
    name: str
    status: str
    start: Any  # datetime
    end: Any
    reservation_ids: tuple[str, ...]
    raw_reservations: tuple[dict, ...]

    @property
    def settled(self) -> bool:
        return self.status not in ("CREATING", "STARTING", "UPDATING")


def lease_from_api(doc: dict[str, Any]) -> Lease:
    reservations = tuple(r for r in (doc.get("reservations") or []) if isinstance(r, dict))
    return Lease(
        id=str(doc["id"]),
        name=str(doc.get("name") or ""),
        status=str(doc.get("status") or "UNKNOWN"),
        start=parse_api_time(doc.get("start_date"), where=f"lease {doc['id']} start_date"),
        end=parse_api_time(doc.get("end_date"), where=f"lease {doc['id']} end_date"),
        reservation_ids=tuple(str(r.get("id")) for r in reservations),
        raw_reservations=reservations,
    )


class LeaseApi:
    """Own-project leases of one zone. Every method may raise the client's exceptions."""

    def __init__(self, blazar: Any) -> None:
        self.blazar = blazar

    def create(self, body: dict[str, Any]) -> Lease:
        doc = self.blazar.lease.create(body["name"], body["start_date"], body["end_date"], body["reservations"],
                                       body.get("events", []))
        return lease_from_api(doc)

    def get(self, lease_id: str) -> Lease:
        return lease_from_api(self.blazar.lease.get(lease_id))

    def list(self) -> list[Lease]:
        return [lease_from_api(d) for d in self.blazar.lease.list()]

    def find_by_name(self, name: str) -> list[Lease]:
        return [lease for lease in self.list() if lease.name == name]

    def delete(self, lease_id: str) -> None:
        self.blazar.lease.delete(lease_id)

    def extend(self, lease_id: str, minutes: int) -> Lease:
        return lease_from_api(self.blazar.lease.update(lease_id, prolong_for=f"{minutes}m"))

    def allocations(self) -> list[dict[str, Any]]:
        return self.blazar.allocation.list("os-hosts")

    def hosts(self) -> list[dict[str, Any]]:
        return self.blazar.host.list()


def lease_hosts(api: LeaseApi, lease: Lease) -> list[str]:
    """The hosts Blazar allocated to ``lease``'s reservations (host and instance reservations alike), by
    name as the merged view names them: the ``node_name`` capability, else the hypervisor hostname."""
    names = {str(h.get("id")): str(h.get("node_name") or h.get("hypervisor_hostname") or h.get("id"))
             for h in api.hosts()}
    mine = set(lease.reservation_ids)
    return sorted({names.get(str(a.get("resource_id")), str(a.get("resource_id"))) for a in api.allocations()
                   if any(r.get("lease_id") == lease.id or r.get("id") in mine for r in a.get("reservations") or [])})


def on_lease(fn: Callable[[], T], what: str, lease_id: str, zone: str) -> T:
    """``fn()`` through :func:`call_blazar`; a lease Blazar does not have is one line, exit 4:
    ``no lease ID in ZONE`` (not Blazar's raw ``Object with {...} not found``)."""
    got = call_blazar(lambda: (fn(),), what, missing_ok=True)
    if got is None:
        raise LeaseNotFound(lease_id, zone)
    return got[0]


class LeaseNotFound(BlazarCallError):
    def __init__(self, lease_id: str, zone: str) -> None:
        super().__init__(f"no lease {lease_id} in {zone}", EXIT_BLAZAR)


def audited_extend(api: LeaseApi, audit: AuditLog, zone: str, lease_id: str, minutes: int) -> Lease:
    """``lease extend``: prolong the lease by ``minutes`` and record a ``lease_extend`` (also on failure)."""
    audit.check_writable()  # exit 3 before Blazar is asked, not after it changed the lease
    intent_id = audit.intent_of_lease(lease_id) or new_intent_id()
    try:
        lease = on_lease(lambda: api.extend(lease_id, minutes), f"lease extend {lease_id}", lease_id, zone)
    except BlazarCallError as exc:
        audit.append(LEASE_EXTEND, intent_id, lease_id=lease_id, zone=zone, by_minutes=minutes, result="failed",
                     reason=str(exc))
        raise
    audit.append(LEASE_EXTEND, intent_id, lease_id=lease_id, zone=zone, by_minutes=minutes, result="extended",
                 end=iso_z(lease.end), status=lease.status)
    return lease


def audited_delete(api: LeaseApi, audit: AuditLog, zone: str, lease_id: str, *, missing_ok: bool) -> bool:
    """``lease delete``: True if deleted, False if already gone (``missing_ok``); a ``lease_delete`` record
    either way, so the intent that created the lease no longer reads as a standing success."""
    audit.check_writable()
    intent_id = audit.intent_of_lease(lease_id) or new_intent_id()
    try:
        on_lease(lambda: api.delete(lease_id), f"lease delete {lease_id}", lease_id, zone)
    except LeaseNotFound as exc:
        audit.append(LEASE_DELETE, intent_id, lease_id=lease_id, zone=zone,
                     result="already_gone" if missing_ok else "failed", reason=str(exc))
        if missing_ok:
            return False
        raise
    except BlazarCallError as exc:
        audit.append(LEASE_DELETE, intent_id, lease_id=lease_id, zone=zone, result="failed", reason=str(exc))
        raise
    audit.append(LEASE_DELETE, intent_id, lease_id=lease_id, zone=zone, result="deleted")
    return True
