"""Verification of a created ``flavor:instance`` lease against fresh allocations. Pure."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from envboot.kinds.flavors.loaders import flavor_from_cached
from envboot.kinds.flavors.model import FLAVOR_INSTANCE, PHYSICAL_HOST, RESERVATION_FLAVOR_PREFIX


@dataclass(frozen=True, slots=True)
class FlavorVerdict:
    ok: bool
    hosts: tuple[str, ...]  # hypervisor_hostname of every host holding the reservation
    problems: tuple[str, ...]
    reservation_id: str | None = None

    @property
    def launch_flavor(self) -> str | None:
        """The flavor Blazar created for the reservation: instances launch on it."""
        return f"{RESERVATION_FLAVOR_PREFIX}{self.reservation_id}" if self.reservation_id else None

    @property
    def summary(self) -> str:
        if not self.ok:
            return "; ".join(self.problems)
        return f"on {len(self.hosts)} host(s): {', '.join(self.hosts) or 'none'}; launch on flavor {self.launch_flavor}"


def verify_flavor_lease(zone, reservations: tuple[dict, ...], lease_id: str, flavor, amount: int,
                        lease_start: datetime, lease_end: datetime, start: datetime, end: datetime,
                        cleaning_minutes: int = 0) -> FlavorVerdict:
    """A ``flavor:instance`` lease is right when it holds ONE reservation of that type, for the
    requested ``amount`` of the requested flavor (the flavor Blazar cached in the reservation), with
    the reservation's own flavor created (``flavor_id`` = the reservation id), status pending or
    active, the requested window, and hosts in fresh allocations none of which a ``physical:host``
    reservation of another lease holds during the window (widened by cleaning time).

    ``zone``: the zone's fresh :class:`envboot.kinds.flavors.model.FlavorZone`; ``reservations``: the lease's
    reservations as Blazar returns them; ``flavor``: the requested :class:`envboot.kinds.flavors.model.Flavor`."""
    problems: list[str] = []
    if len(reservations) != 1 or reservations[0].get("resource_type") != FLAVOR_INSTANCE:
        kinds = ", ".join(str(r.get("resource_type")) for r in reservations) or "none"
        return FlavorVerdict(False, (), (f"lease {lease_id} holds reservation(s) of type {kinds}, expected one "
                                         f"{FLAVOR_INSTANCE}",))
    r = reservations[0]
    rid = str(r.get("id"))
    if r.get("amount") != amount:
        problems.append(f"reservation {rid} is for {r.get('amount')} instance(s), expected {amount}")
    try:
        cached = flavor_from_cached(r.get("resource_properties") or "", f"reservation {rid}")
    except Exception as exc:  # noqa: BLE001 - a malformed cache is a verification failure, not a crash
        cached, problems = None, [*problems, str(exc)]
    if cached is None:
        problems.append(f"reservation {rid} has no cached flavor (resource_properties)")
    elif (cached.id, cached.vcpus, cached.ram, cached.disk, cached.ephemeral) != (
            flavor.id, flavor.vcpus, flavor.ram, flavor.disk, flavor.ephemeral):
        problems.append(f"reservation {rid} is for flavor {cached.id} ({cached.name}), expected {flavor.id} "
                        f"({flavor.name})")
    if str(r.get("flavor_id")) != rid:
        problems.append(f"reservation {rid}: Blazar did not create its flavor (flavor_id {r.get('flavor_id')!r})")
    if str(r.get("status", "")).lower() not in ("pending", "active"):
        problems.append(f"reservation {rid} is {r.get('status')}")
    if (lease_start, lease_end) != (start, end):
        problems.append(f"lease {lease_id} runs {lease_start:%Y-%m-%d %H:%M}..{lease_end:%Y-%m-%d %H:%M}Z, "
                        f"expected {start:%Y-%m-%d %H:%M}..{end:%Y-%m-%d %H:%M}Z")
    holding = [h for h in zone.hosts if any(x.reservation_id == rid for x in h.reservations)]
    if not holding:
        problems.append(f"no host holds reservation {rid} in the fresh allocations")
    pad = timedelta(minutes=cleaning_minutes)
    for h in holding:
        for x in h.reservations:
            if x.lease_id != lease_id and x.resource_type == PHYSICAL_HOST and x.start - pad <= end and (
                    x.end + pad >= start):
                problems.append(f"host {h.hypervisor_hostname} is double-booked: physical:host reservation "
                                f"{x.reservation_id} holds it {x.start:%Y-%m-%d %H:%M}..{x.end:%Y-%m-%d %H:%M}Z")
    return FlavorVerdict(not problems, tuple(h.hypervisor_hostname for h in holding), tuple(problems), rid)
