"""``flavor:instance``: KVM instances of a flavor (Blazar's ``flavor`` plugin) as a :class:`ResourceKind`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from envboot.core.errors import InputError
from envboot.core.timeutil import iso_z
from envboot.domain.model import DataInfo
from envboot.kinds.flavors.fetch import fetch_flavor_files, offers_kvm, write_flavor_files
from envboot.kinds.flavors.lease_body import flavor_reservation, option_json
from envboot.kinds.flavors.loaders import load_flavor_data
from envboot.kinds.flavors.model import FLAVOR_INSTANCE, RESERVATION_FLAVOR_PREFIX, FlavorData
from envboot.kinds.flavors.planner import FlavorOption, FlavorPlan, FlavorPlanRequest, plan_flavor
from envboot.kinds.flavors.update import instance_part
from envboot.kinds.flavors.verify import verify_flavor_lease
from envboot.kinds.protocol import Allocated, DataSource, Footprint, LeaseFacts, Verification, count_of
from envboot.kinds.updates import PredictionError


class FlavorKind:
    resource_type = FLAVOR_INSTANCE
    option_type = FlavorOption
    request_type = FlavorPlanRequest

    def fetch(self, conn: Any, data_dir: Path, site_id: str, hosts: list[dict[str, Any]]) -> None:
        if offers_kvm(data_dir, site_id):  # a KVM zone: flavors, Placement inventories and leases
            write_flavor_files(data_dir / site_id, fetch_flavor_files(conn, hosts))

    def load(self, source: DataSource, zones: Sequence[str]) -> FlavorData:
        data = load_flavor_data(source.data_dir)
        missing = [z for z in zones if z not in {fz.zone for fz in data.zones}]
        if missing:
            raise InputError(f"zone {missing[0]}: no flavor data (flavors.json) after refresh; flavor:instance needs "
                             "a KVM zone (site_class kvm in sites.json, e.g. KVM@TACC)")
        return data

    def persist(self, data: FlavorData, data_dir: Path) -> None:
        return None  # the flavor kind keeps no merged document

    def data_info(self, data: FlavorData) -> DataInfo:
        return data.data

    def plan(self, data: FlavorData, request: FlavorPlanRequest, *, cleaning_minutes: int,
             not_before: datetime | None) -> FlavorPlan:
        # the request carries its own cleaning time (instances share hosts with physical:host leases)
        if not_before is not None:
            request = replace(request, not_before=max(not_before, request.not_before or not_before))
        return plan_flavor({z.zone: z for z in data.zones}, request)

    def reservations(self, option: FlavorOption, *, pin_nodes: bool = False) -> list[dict[str, Any]]:
        return [flavor_reservation(option.flavor.id, option.amount)]

    def verify(self, data: FlavorData, lease: LeaseFacts, option: FlavorOption, *, cleaning_minutes: int,
               pin_nodes: bool = False) -> Verification:
        v = verify_flavor_lease(data.zone(option.zone), lease.raw_reservations, lease.id, option.flavor,
                                option.amount, lease.start, lease.end, option.start, option.end, cleaning_minutes)
        allocated = Allocated(hosts=v.hosts, reservation_id=v.reservation_id, launch_flavor=v.launch_flavor)
        summary = f"{self.describe(option)} {v.summary}" if v.ok else v.summary
        return Verification(v.ok, summary, allocated, v.problems)

    def update_part(self, reservation: dict[str, Any], holding: list[str], lease_id: str) -> Any:
        return instance_part(reservation, holding, lease_id)

    def update_inputs(self, source: Any, zone: str) -> dict[str, Any]:
        source.refresh([zone])  # the KVM hosts' Placement inventories: refresh's files for the zone
        found = next((z for z in load_flavor_data(source.data_dir).zones if z.zone == zone), None)
        if found is None:
            raise PredictionError(f"{zone} has no flavor data after refresh (not a KVM zone?)")
        return {"kvm_hosts": found.hosts}

    def footprint(self, o: FlavorOption) -> Footprint:
        return Footprint(FLAVOR_INSTANCE, o.start, o.end, o.flavor.id, o.amount, rate_name=o.flavor.name)

    def held_footprint(self, reservation: dict[str, Any], start: datetime, end: datetime) -> Footprint:
        return Footprint(FLAVOR_INSTANCE, start, end, str(reservation.get("flavor_id") or "") or None,
                         count_of(reservation.get("amount")))

    def describe(self, option: FlavorOption) -> str:
        return f"{option.amount} x {option.flavor.name}"

    def consent_fields(self, o: FlavorOption) -> tuple[tuple[str, Any], ...]:
        return (("instances", o.amount), ("flavor", o.flavor.name))  # a zone's flavor names are unique (planner)

    def consent_text(self, o: FlavorOption) -> str:
        hours = (o.end - o.start).total_seconds() / 3600
        where = ", ".join(f"{h.hypervisor_hostname}×{n}" for h, n in o.hosts)
        return (f"{o.amount} KVM instance(s) of flavor {o.flavor.label} (likely on {where}), "
                f"{o.start:%Y-%m-%d %H:%M}Z → {o.end:%Y-%m-%d %H:%M}Z ({hours:g} h)")

    def option_json(self, o: FlavorOption, rank: int) -> dict[str, Any]:
        return option_json(rank, o)

    def outcome_fields(self, allocated: Allocated | None) -> dict[str, Any]:
        return {"resource_type": FLAVOR_INSTANCE, "launch_flavor": allocated.launch_flavor if allocated else None}

    def allocated_fields(self, blazar: Any, reservations: Sequence[dict[str, Any]]) -> dict[str, Any]:
        return {}  # hosts: lease show lists them for every kind (Blazar's host allocations)

    def reservation_fields(self, reservations: Sequence[dict[str, Any]]) -> dict[str, Any]:
        # the Nova flavor Blazar creates for each reservation (its id is the reservation id): launch with it
        launch = [f"{RESERVATION_FLAVOR_PREFIX}{r.get('id')}" for r in reservations]
        if not launch:
            return {}
        return {"launch_flavor": launch[0] if len(launch) == 1 else ", ".join(launch),
                "instances": sum(count_of(r.get("amount")) for r in reservations)}

    def request_record(self, request: FlavorPlanRequest) -> dict[str, Any]:
        return {"resource_type": FLAVOR_INSTANCE, "start": iso_z(request.start),
                "duration_minutes": request.duration_minutes, "amount": request.amount, "flavor": request.flavor}

    def option_record(self, o: FlavorOption) -> dict[str, Any]:
        return {"strategy": o.strategy, "zone": o.zone, "start": iso_z(o.start), "end": iso_z(o.end),
                "amount": o.amount, "flavor": {"id": o.flavor.id, "name": o.flavor.name}, "why": o.why}

    def same_choice(self, a: FlavorOption, b: FlavorOption) -> bool:
        return (a.zone, a.start, a.flavor.id) == (b.zone, b.start, b.flavor.id)


KIND = FlavorKind()


