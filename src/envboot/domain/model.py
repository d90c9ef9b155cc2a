"""Typed data model shared by every layer.

Sources decode files / API answers into these types; the merge joins them into a
:class:`MergedView`; the engine and planner read the view and never do I/O.
All datetimes are timezone-aware UTC, truncated to the minute where Blazar is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import msgspec


class Reservation(msgspec.Struct, frozen=True, gc=False):
    """One Blazar reservation on one host (an allocation entry).

    A frozen msgspec Struct rather than a dataclass: a federation holds millions of these, and a
    Struct is ten times cheaper to create and invisible to the garbage collector.
    """

    reservation_id: str
    lease_id: str
    start: datetime
    end: datetime
    user_name: str | None = None  # personal data: rendered only with --show-users


class Allocation(msgspec.Struct, frozen=True, gc=False):
    """`openstack reservation allocation list host` entry: a Blazar host id and its reservations."""

    resource_id: str
    reservations: tuple[Reservation, ...]


class BlazarHost(msgspec.Struct, frozen=True, gc=False):
    """A Blazar host (`os-hosts`). ``capabilities`` holds every extra capability, as strings.

    Frozen msgspec Structs (here and for the other per-item types): a federation has a hundred
    thousand of each, and a Struct is several times cheaper to build than a frozen dataclass.
    """

    id: str
    hypervisor_hostname: str
    reservable: bool = True
    columns: dict[str, str] = msgspec.field(default_factory=dict)  # vcpus, memory_mb, local_gb, ... as strings
    capabilities: dict[str, str] = msgspec.field(default_factory=dict)


class InventoryNode(msgspec.Struct, frozen=True, gc=False):
    """A reference-API node. ``properties`` is the node flattened to dotted keys with string values."""

    uid: str
    node_name: str
    node_type: str
    site_id: str
    cluster_id: str
    properties: dict[str, str] = msgspec.field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Site:
    uid: str
    name: str


@dataclass(frozen=True, slots=True)
class SiteLiveData:
    """One site's Blazar side: hosts and allocations, with when they were fetched."""

    site_id: str
    hosts: tuple[BlazarHost, ...]
    allocations: tuple[Allocation, ...]
    fetched_at: datetime | None = None
    stale: bool = False
    stale_reason: str | None = None


class Node(msgspec.Struct, frozen=True, gc=False):
    """A node of the merged view: inventory joined with its Blazar host and reservations.

    A frozen msgspec Struct (like :class:`Reservation`): cheap to build by the hundred thousand.
    Its dicts are shared with the sources and must be treated as read-only.
    """

    site_id: str
    cluster_id: str
    uid: str  # reference uid, or the hypervisor_hostname for a host with no inventory node
    hostname: str  # node_name
    node_type: str
    resource_id: str | None  # Blazar host id; None for an inventory-only node
    reservable: bool
    in_inventory: bool
    reservations: tuple[Reservation, ...]
    capabilities: dict[str, str]  # extra capabilities Blazar's property language sees for this host
    columns: dict[str, str] = msgspec.field(default_factory=dict)  # Blazar host columns (id, vcpus, ...)
    su_factor: float | None = None  # SU per hour: Blazar's su_factor capability; None when the data has none
    stale: bool = False  # its site's live data could not be refreshed
    host_index: int = -1  # position in its site's Blazar host list (Blazar's own host order); -1: unknown

    @property
    def in_blazar(self) -> bool:
        return self.resource_id is not None


@dataclass(frozen=True, slots=True)
class UnmatchedAllocation:
    site_id: str
    resource_id: str
    reason: str
    reservations: tuple[Reservation, ...]


@dataclass(frozen=True, slots=True)
class DataInfo:
    """Provenance of an answer: which data, from where, how old."""

    source: str  # "snapshot" | "live" | "synthetic"
    path: str
    fetched_at: datetime | None  # oldest fetch time over the sites used; None if unknown
    fetched_before: datetime | None = None  # when unknown: an upper bound read off the data
    stale_sites: tuple[str, ...] = ()
    types_from_blazar: tuple[str, ...] = ()  # sites without inventory: node types read off Blazar's hosts
    inventory_conflicts: tuple[str, ...] = ()  # a node listed twice with different cluster/type/name (warned)


@dataclass(frozen=True, slots=True)
class MergedView:
    sites: tuple[Site, ...]
    nodes: tuple[Node, ...]  # sorted by (site_id, cluster_id, hostname, uid)
    unmatched: tuple[UnmatchedAllocation, ...]
    data: DataInfo
    hosts_total: int = 0
    mapped_hosts: int = 0

    def site_ids(self) -> list[str]:
        return [s.uid for s in self.sites]

    def nodes_in(self, site_id: str) -> list[Node]:
        return [n for n in self.nodes if n.site_id == site_id]
