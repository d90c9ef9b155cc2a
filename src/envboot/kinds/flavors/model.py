"""Typed model of ``flavor:instance`` data: flavors, hosts with the inventories Blazar copied from
Placement, and the reservations on each host. Pure (no I/O).

What Blazar 18 asks of a flavor is :func:`resource_request` and :func:`trait_request`, a
transcription of ``FlavorPlugin._estimate_flavor_resources`` (``blazar/plugins/flavor/flavor_plugin.py``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

import msgspec

from envboot.core.errors import InputError
from envboot.domain.model import DataInfo

PHYSICAL_HOST = "physical:host"
FLAVOR_INSTANCE = "flavor:instance"
VIRTUAL_INSTANCE = "virtual:instance"
UNKNOWN = "unknown"  # a reservation in allocations.json that leases.json does not describe
RESERVATION_FLAVOR_PREFIX = "reservation:"  # Blazar names the flavor it creates ``reservation:<reservation id>``


class Flavor(msgspec.Struct, frozen=True):
    """A Nova flavor as the user sees it (``openstack flavor list --long`` / ``GET /flavors/detail``)."""

    id: str
    name: str
    vcpus: int
    ram: int  # MiB
    disk: int  # GiB, root disk
    ephemeral: int = 0  # GiB (``OS-FLV-EXT-DATA:ephemeral``)
    extra_specs: dict[str, str] = {}
    is_public: bool = True

    @property
    def label(self) -> str:
        return f"{self.name} ({self.vcpus} vCPU, {self.ram} MiB, {self.disk + self.ephemeral} GB)"


class Inventory(msgspec.Struct, frozen=True, forbid_unknown_fields=False):
    """One Placement inventory record as Blazar copied it into ``computehost_resource_inventory``
    when the host was added (Blazar never refreshes the copy). Blazar reads ``total``, ``reserved``,
    ``max_unit`` and ``allocation_ratio``; ``min_unit`` and ``step_size`` are kept for reference."""

    total: int
    reserved: int = 0
    min_unit: int = 1
    max_unit: int = 2**31 - 1
    step_size: int = 1
    allocation_ratio: float = 1.0

    @property
    def capacity(self) -> float:
        """``(total - reserved) * allocation_ratio``, in Blazar's float arithmetic."""
        return (self.total - self.reserved) * self.allocation_ratio


class HostReservation(msgspec.Struct, frozen=True, gc=False):
    """One reservation holding one host (deduplicated: a reservation with several instance slots
    on a host is listed once, as Blazar's ``get_reservations_by_host_id`` returns it once).

    ``usage`` is what Blazar charges this host for a ``flavor:instance`` reservation: the
    reservation's WHOLE ``amount`` times its flavor's request, on every host it holds
    (``FlavorPlugin._max_usages``), however its instances are spread over hosts."""

    reservation_id: str
    lease_id: str
    start: datetime
    end: datetime
    resource_type: str  # physical:host | flavor:instance | virtual:instance | unknown
    amount: int = 0
    usage: dict[str, int] = {}
    flavor_name: str | None = None


@dataclass(frozen=True, slots=True)
class KvmHost:
    """A Blazar host with its Placement inventories and traits."""

    id: str
    hypervisor_hostname: str
    reservable: bool
    inventories: Mapping[str, Inventory]
    traits: frozenset[str] | None  # None: no resource provider of that name (Placement never matches it)
    reservations: tuple[HostReservation, ...] = ()


@dataclass(frozen=True, slots=True)
class FlavorZone:
    """One site's flavor data (e.g. KVM@TACC)."""

    zone: str  # site uid, e.g. "kvm"
    name: str  # site name, e.g. "KVM@TACC"
    flavors: tuple[Flavor, ...]
    hosts: tuple[KvmHost, ...]
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class FlavorData:
    zones: tuple[FlavorZone, ...]
    data: DataInfo
    warnings: tuple[str, ...] = field(default_factory=tuple)

    def zone(self, uid: str) -> FlavorZone:
        return next(z for z in self.zones if z.zone == uid)


def resource_request(flavor: Flavor, *, where: str = "flavor") -> dict[str, int]:
    """Blazar's ``_estimate_flavor_resources``: the resources one instance of ``flavor`` takes.

    ``VCPU`` = vcpus, ``MEMORY_MB`` = ram, ``DISK_GB`` = disk + ephemeral (even for boot from
    volume); ``hw:cpu_policy=dedicated`` moves the vcpus to ``PCPU`` (``VCPU`` 0); every
    ``resources:<RC>=<n>`` extra spec then sets ``<RC>`` to ``n`` (overriding the above)."""
    request = {"VCPU": flavor.vcpus, "MEMORY_MB": flavor.ram, "DISK_GB": flavor.disk + flavor.ephemeral}
    if flavor.extra_specs.get("hw:cpu_policy") == "dedicated":
        request["PCPU"] = flavor.vcpus
        request["VCPU"] = 0
    for key, value in flavor.extra_specs.items():
        if key.startswith("resources:"):
            rc = key.split(":")[1]
            try:
                amount = int(value)
            except ValueError:
                raise InputError(f"{where}: extra spec {key}={value!r} is not an integer") from None
            if amount < 0:
                raise InputError(f"{where}: extra spec {key}={value!r} is negative")
            request[rc] = amount
    return request


def trait_request(flavor: Flavor, *, where: str = "flavor") -> dict[str, str]:
    """``trait:<NAME>`` extra specs: ``required`` or ``forbidden`` (anything else: Blazar's 400)."""
    traits: dict[str, str] = {}
    for key, value in flavor.extra_specs.items():
        if key.startswith("trait:"):
            trait = key.split(":")[1]
            if value not in ("required", "forbidden"):
                raise InputError(f"{where}: extra spec {key}={value!r}: Blazar accepts only required or "
                                 "forbidden (Malformed parameter)")
            traits[trait] = value
    return traits


def check_requestable(flavor: Flavor, *, where: str = "flavor") -> None:
    """Refuse a flavor Blazar cannot size: with no positive resource, ``_get_hosts_list`` never
    stops adding slots (an endless loop in Blazar)."""
    if not any(v > 0 for v in resource_request(flavor, where=where).values()):
        raise InputError(f"{where}: flavor {flavor.name!r} requests no resources; Blazar cannot count it")
    trait_request(flavor, where=where)


def usage_of(flavor: Flavor, amount: int, *, where: str = "flavor") -> dict[str, int]:
    """What a reservation of ``amount`` instances of ``flavor`` counts against EACH host it holds."""
    return {rc: n * amount for rc, n in resource_request(flavor, where=where).items() if n > 0}
