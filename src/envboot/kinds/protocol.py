"""The contract every Blazar resource kind implements, named after Blazar's own plugin contract.

Blazar handles each reservation of a lease with the plugin of its ``resource_type``
(``blazar/plugins/base.py`` ``BasePlugin``: ``reserve_resource``, ``update_reservation``, ...). envboot
mirrors that: one sub-package of :mod:`envboot.kinds` per resource type, each exposing one object that
satisfies :class:`ResourceKind`, registered in :mod:`envboot.kinds.registry`. Everything above the kinds
(planning, the reserve flow, the interfaces) talks to a kind only through this protocol, so no flow
branches on a kind. To add a kind, see docs/architecture.md ("Adding a resource kind").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from envboot.domain.model import DataInfo, MergedView


class DataSource(Protocol):
    """Where a kind's data lives: the data directory ``refresh`` writes, and its merged host view."""

    data_dir: Path

    def view(self) -> MergedView: ...


class LeaseFacts(Protocol):
    """A lease as Blazar returns it (``envboot.live.leases.Lease`` satisfies this)."""

    id: str
    start: datetime
    end: datetime
    raw_reservations: tuple[dict, ...]


@dataclass(frozen=True, slots=True)
class Allocated:
    """What Blazar allocated to one reservation, as verification found it."""

    hosts: tuple[str, ...] = ()  # hypervisor_hostname of every host holding it
    host_uids: tuple[str, ...] = ()
    reservation_id: str | None = None
    launch_flavor: str | None = None  # flavor:instance: the flavor instances launch on
    addresses: tuple[str, ...] = ()  # virtual:floatingip: the reserved addresses

    def record(self) -> dict[str, Any]:
        """The non-empty fields, for the audit's outcome record."""
        out: dict[str, Any] = {"hosts": list(self.hosts)}
        if self.host_uids:
            out["host_uids"] = list(self.host_uids)
        if self.reservation_id:
            out["reservation_id"] = self.reservation_id
        if self.launch_flavor:
            out["launch_flavor"] = self.launch_flavor
        if self.addresses:
            out["addresses"] = list(self.addresses)
        return out


@dataclass(frozen=True, slots=True)
class Verification:
    """A kind's verdict on one created reservation: right or not, what it holds, and why not."""

    ok: bool
    summary: str  # "on 2 host(s): a, b" when ok, else the problems
    allocated: Allocated
    problems: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Footprint:
    """What one reservation holds, for Chameleon's policy checks (``planning/policy``), kind-neutral."""

    resource_type: str
    start: datetime
    end: datetime
    hardware: str | None  # what makes two leases equivalent: a node type, a flavor id, a network id
    count: int  # hosts (Blazar's max), instances or addresses
    hosts: tuple[tuple[str, float | None], ...] = ()  # per host: node type, Blazar's su_factor (None: not carried)
    rate_name: str | None = None  # the name the rate table and the length rules know it by (a KVM flavor's name)


def count_of(value: object) -> int:
    """A count Blazar gives as a number or a string (a reservation's ``max``, ``amount``); 0 when it is neither."""
    try:
        return int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0


class KindPlan(Protocol):
    """A kind's ranked options for a request (``options[0]`` is its best)."""

    options: tuple[Any, ...]
    warnings: tuple[str, ...]

    @property
    def status(self) -> str: ...

    @property
    def explanation(self) -> str: ...


@runtime_checkable
class ResourceKind(Protocol):
    """One Blazar resource type: its data, its options for a request, its reservation body, how a created
    reservation is verified and how it is recorded. ``request``/``option`` are the kind's own typed
    dataclasses; every option has ``zone``, ``start``, ``end``, ``amount``, ``strategy``,
    ``delay_minutes`` and ``why``."""

    resource_type: str  # Blazar's (physical:host, flavor:instance, virtual:floatingip)
    request_type: type  # the kind's request dataclass: how a flow finds the kind of a request
    option_type: type  # the kind's option dataclass: how a flow finds the kind of an option

    def fetch(self, conn: Any, data_dir: Path, site_id: str, hosts: list[dict[str, Any]]) -> None:
        """Live: after ``refresh`` fetched a zone's hosts and host allocations from Blazar, fetch and write
        (atomically, under ``data_dir/site_id``) what else this kind plans from; nothing when the zone does
        not offer the kind. ``conn``: an ``envboot.live.auth.Connection`` (its ``blazar`` client and session)."""
        ...

    def load(self, source: DataSource, zones: Sequence[str]) -> Any:
        """The kind's inventory and allocations for ``zones`` (files written by refresh, or a snapshot)."""
        ...

    def persist(self, data: Any, data_dir: Path) -> None:
        """After a refresh for verification: write the kind's merged document of ``data`` into ``data_dir``
        (hosts: ``lease_results_live.json``, the seed's file), atomically; nothing for a kind without one."""
        ...

    def data_info(self, data: Any) -> DataInfo:
        """Where ``data`` came from and when it was fetched (every answer says how old its data is)."""
        ...

    def plan(self, data: Any, request: Any, *, cleaning_minutes: int, not_before: datetime | None) -> KindPlan:
        """Ranked, explained options for ``request`` (the exact engine and the planner's strategies). Pure."""
        ...

    def reservations(self, option: Any, *, pin_nodes: bool = False) -> list[dict[str, Any]]:
        """The reservation(s) of ``option`` in Blazar's ``POST /v1/leases`` body. Pure."""
        ...

    def verify(self, data: Any, lease: LeaseFacts, option: Any, *, cleaning_minutes: int,
               pin_nodes: bool = False) -> Verification:
        """Is the created lease what ``option`` asked for, on fresh ``data``? Pure."""
        ...

    def update_part(self, reservation: dict[str, Any], holding: list[str], lease_id: str) -> Any | None:
        """A reservation of a lease being updated (as Blazar returns it, with the resources its allocations
        hold) as the kind's update part: an object whose ``update(s1, e1, s2, e2, site)`` gives Blazar 18's
        answer for it (``kinds/updates.py``); None when envboot does not predict this kind's updates."""
        ...

    def update_inputs(self, source: Any, zone: str) -> dict[str, Any]:
        """What the kind's update rule reads besides Blazar's host allocations, as fields of
        ``kinds.updates.SiteState`` (flavors: the KVM hosts' inventories, from ``source``'s zone refreshed
        first: ``{"kvm_hosts": ...}``); ``{}`` for none. ``source``: the live context."""
        ...

    def footprint(self, option: Any) -> Footprint:
        """What the lease of ``option`` would hold (for the policy checks)."""
        ...

    def held_footprint(self, reservation: dict[str, Any], start: datetime, end: datetime) -> Footprint:
        """What a reservation of one of the project's leases (Blazar's lease list) holds."""
        ...

    def describe(self, option: Any) -> str:
        """What ``option`` reserves, for a person: ``2 host(s)``, ``3 x m1.small``."""
        ...

    def consent_fields(self, option: Any) -> tuple[tuple[str, Any], ...]:
        """What a person consents to besides zone and window, labelled: ``(("hosts", 2), ("SU", 4.0), ...)``.
        Two options with the same zone, window and fields ask Blazar for the same lease."""
        ...

    def consent_text(self, option: Any) -> str:
        """The lease for a person's consent, after its zone: ``2 host(s) of type X (likely a, b), window, SU``."""
        ...

    def option_json(self, option: Any, rank: int) -> dict[str, Any]:
        """The option's JSON document (the schemas' option of this kind)."""
        ...

    def outcome_fields(self, allocated: Allocated | None) -> dict[str, Any]:
        """What a reserve outcome's JSON document adds for this kind (``{}`` for none)."""
        ...

    def reservation_fields(self, reservations: Sequence[dict[str, Any]]) -> dict[str, Any]:
        """What a lease's JSON document shows of its reservations of this kind, as Blazar returns them."""
        ...

    def allocated_fields(self, blazar: Any, reservations: Sequence[dict[str, Any]]) -> dict[str, Any]:
        """``lease show``: what Blazar allocated to these reservations beyond their hosts (a floating IP
        reservation: its addresses), read now through the python-blazarclient ``blazar``."""
        ...

    def request_record(self, request: Any) -> dict[str, Any]:
        """The request, for the audit's intent record."""
        ...

    def option_record(self, option: Any) -> dict[str, Any]:
        """The chosen option, for the audit."""
        ...

    def same_choice(self, a: Any, b: Any) -> bool:
        """Do two options (from two plans) book the same zone, start and hardware?"""
        ...


@runtime_checkable
class CompanionKind(ResourceKind, Protocol):
    """A kind that can ride along in another kind's lease, in its window and zone (floating IPs with
    hosts, as python-chi's ``add_node_reservation`` + ``add_fip_reservation``). Its request's zone and
    window are the lease's; ``planning.lease_plan`` finds the earliest window where every part fits."""

    def describe_request(self, request: Any) -> str:
        """What the request asks for, for a person: ``2 floating IP(s)``."""
        ...

    def fit(self, data: Any, request: Any, zone: str, start: datetime, end: datetime, *,
            cleaning_minutes: int) -> Any | None:
        """The kind's option for ``request`` in exactly [start, end) in ``zone``, or None when it does not fit."""
        ...

    def earliest(self, data: Any, request: Any, zone: str, not_before: datetime, duration_minutes: int, *,
                 cleaning_minutes: int, horizon_minutes: int) -> datetime | None:
        """The earliest start >= ``not_before`` (to the minute, within the horizon) where it fits, or None."""
        ...
