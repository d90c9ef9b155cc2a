"""Typed access to Blazar leases through python-blazarclient (one zone's client)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..timeutil import parse_api_time

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
