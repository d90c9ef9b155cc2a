"""The floating IP kind's data: a zone's reservable addresses and their reservations. Pure."""

from __future__ import annotations

from dataclasses import dataclass

from envboot.domain.model import DataInfo

FLOATINGIP = "virtual:floatingip"


@dataclass(frozen=True, slots=True)
class FipReservation:
    """One reservation holding an address (Blazar's allocation): its window in whole minutes [start, end)."""

    reservation_id: str
    lease_id: str
    start: int  # minutes since the epoch (kinds.minutes)
    end: int


@dataclass(frozen=True, slots=True)
class FloatingIp:
    """A reservable address as Blazar lists it (``GET /v1/floatingips``), in Blazar's list order."""

    id: str
    address: str
    network_id: str
    subnet_id: str
    reservable: bool
    reservations: tuple[FipReservation, ...]  # from the data's fetch time on, by start


@dataclass(frozen=True, slots=True)
class FipZone:
    zone: str  # site uid
    addresses: tuple[FloatingIp, ...]
    fetched_at_minute: int | None = None  # reservations that ended before the fetch are not in the data
    allocations_known: bool = True  # False: no floatingip_allocations.json (loaded with allocations_required=False)

    def networks(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(a.network_id for a in self.addresses))

    def on_network(self, network_id: str) -> tuple[FloatingIp, ...]:
        return tuple(a for a in self.addresses if a.network_id == network_id and a.reservable)


@dataclass(frozen=True, slots=True)
class FipData:
    zones: tuple[FipZone, ...]
    data: DataInfo

    def zone(self, zone: str) -> FipZone:
        for z in self.zones:
            if z.zone == zone:
                return z
        raise KeyError(zone)
