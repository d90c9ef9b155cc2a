"""``virtual:floatingip``: reservable public addresses (Blazar's ``floatingips`` plugin) as a
:class:`~envboot.kinds.protocol.ResourceKind` and a :class:`~envboot.kinds.protocol.CompanionKind` (floating
IPs ride along in a host lease, as python-chi's ``add_node_reservation`` + ``add_fip_reservation``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from envboot.core.errors import InputError
from envboot.core.timeutil import iso_z
from envboot.domain.model import DataInfo
from envboot.kinds.floatingips.fetch import fetch_fip_files, fetch_zone
from envboot.kinds.floatingips.loaders import FIP_ALLOCATIONS, FLOATINGIPS, load_fip_data
from envboot.kinds.floatingips.model import FLOATINGIP, FipData
from envboot.kinds.floatingips.planner import FipOption, FipPlan, FipRequest, earliest_start, fit, network_of, plan_fips
from envboot.kinds.floatingips.render import option_json
from envboot.kinds.floatingips.verify import verify_fips
from envboot.kinds.protocol import Allocated, DataSource, Footprint, LeaseFacts, Verification, count_of
from envboot.kinds.strategies import BASE


def reservation_body(network_id: str, amount: int, required: Sequence[str] = ()) -> dict[str, Any]:
    """One ``virtual:floatingip`` reservation of ``POST /v1/leases`` (blazar-facts §8)."""
    return {"resource_type": FLOATINGIP, "network_id": network_id, "amount": amount,
            "required_floatingips": list(required)}


class FloatingIpKind:
    resource_type = FLOATINGIP
    option_type = FipOption
    request_type = FipRequest

    def fetch(self, conn: Any, data_dir: Path, site_id: str, hosts: list[dict[str, Any]]) -> None:
        fetch_zone(conn.blazar, data_dir / site_id)

    def load(self, source: DataSource, zones: Sequence[str]) -> FipData:
        data = load_fip_data(source.data_dir)
        missing = [z for z in zones if z not in {fz.zone for fz in data.zones}]
        if missing:
            raise InputError(f"zone {missing[0]}: no floating IP data (floatingips.json) after refresh; its Blazar "
                             "lists no reservable floating IPs")
        return data

    def persist(self, data: FipData, data_dir: Path) -> None:
        return None  # the floating IP kind keeps no merged document: its files are Blazar's own lists

    def data_info(self, data: FipData) -> DataInfo:
        return data.data

    def plan(self, data: FipData, request: FipRequest, *, cleaning_minutes: int,
             not_before: datetime | None) -> FipPlan:
        if not_before is not None:
            request = replace(request, not_before=max(not_before, request.not_before or not_before))
        return plan_fips(data, request, cleaning_minutes)

    def reservations(self, option: FipOption, *, pin_nodes: bool = False) -> list[dict[str, Any]]:
        return [reservation_body(option.network_id, option.amount, option.required)]

    def verify(self, data: FipData, lease: LeaseFacts, option: FipOption, *, cleaning_minutes: int,
               pin_nodes: bool = False) -> Verification:
        v = verify_fips(data.zone(option.zone), lease.raw_reservations, lease.id, option.network_id, option.amount,
                        option.required, lease.start, lease.end, option.start, option.end)
        return Verification(v.ok, v.summary, Allocated(reservation_id=v.reservation_id, addresses=v.addresses),
                            v.problems)

    def update_part(self, reservation: dict[str, Any], holding: list[str], lease_id: str) -> Any:
        return None  # Blazar's floating IP update rules are not predicted yet

    def update_inputs(self, source: Any, zone: str) -> dict[str, Any]:
        return {}

    def footprint(self, o: FipOption) -> Footprint:
        return Footprint(FLOATINGIP, o.start, o.end, o.network_id, o.amount)

    def held_footprint(self, reservation: dict[str, Any], start: datetime, end: datetime) -> Footprint:
        return Footprint(FLOATINGIP, start, end, str(reservation.get("network_id") or "") or None,
                         count_of(reservation.get("amount")))

    def describe(self, option: FipOption) -> str:
        return f"{option.amount} floating IP(s)"

    def describe_request(self, request: FipRequest) -> str:
        return f"{request.amount} floating IP(s)"

    def consent_fields(self, o: FipOption) -> tuple[tuple[str, Any], ...]:
        return (("floating IPs", o.amount), ("network", o.network_id), ("required floating IPs", o.required))

    def consent_text(self, o: FipOption) -> str:
        hours = (o.end - o.start).total_seconds() / 3600
        return (f"{o.amount} floating IP(s) of network {o.network_id} (likely {', '.join(o.addresses)}), "
                f"{o.start:%Y-%m-%d %H:%M}Z → {o.end:%Y-%m-%d %H:%M}Z ({hours:g} h)")

    def option_json(self, o: FipOption, rank: int) -> dict[str, Any]:
        return {"rank": rank, **option_json(o)}

    def outcome_fields(self, allocated: Allocated | None) -> dict[str, Any]:
        return {"resource_type": FLOATINGIP, "addresses": list(allocated.addresses) if allocated else []}

    def allocated_fields(self, blazar: Any, reservations: Sequence[dict[str, Any]]) -> dict[str, Any]:
        """The addresses Blazar allocated (``GET /v1/floatingips`` + its allocations route); null when this
        Blazar has no allocations route (upstream 18: the addresses cannot be read before the lease starts)."""
        files = fetch_fip_files(blazar)
        if FIP_ALLOCATIONS not in files:
            return {"floating_ips": None}
        address = {str(f.get("id")): str(f.get("floating_ip_address")) for f in files[FLOATINGIPS]}
        ids = {str(r.get("id")) for r in reservations}
        return {"floating_ips": sorted(address.get(str(a["resource_id"]), str(a["resource_id"]))
                                       for a in files[FIP_ALLOCATIONS]
                                       if any(str(x.get("id")) in ids for x in a["reservations"]))}

    def reservation_fields(self, reservations: Sequence[dict[str, Any]]) -> dict[str, Any]:
        return {"floating_ip_reservations": [str(r.get("id")) for r in reservations]}

    def request_record(self, request: FipRequest) -> dict[str, Any]:
        return {"resource_type": FLOATINGIP, "zone": request.zone, "start": iso_z(request.start),
                "duration_minutes": request.duration_minutes, "amount": request.amount,
                "network_id": request.network_id, "required_floatingips": list(request.required)}

    def option_record(self, o: FipOption) -> dict[str, Any]:
        return {"strategy": o.strategy, "zone": o.zone, "start": iso_z(o.start), "end": iso_z(o.end),
                "amount": o.amount, "network_id": o.network_id, "required_floatingips": list(o.required),
                "predicted": list(o.addresses), "free": len(o.free), "why": o.why}

    def same_choice(self, a: FipOption, b: FipOption) -> bool:
        return (a.zone, a.start, a.network_id) == (b.zone, b.start, b.network_id)

    # -- as a companion of another kind's lease ------------------------------------------------------
    def _network(self, data: FipData, request: FipRequest, zone: str) -> tuple[Any, str] | None:
        try:
            z = data.zone(zone)
            return z, network_of(z, request.network_id if zone == request.zone else None)
        except (KeyError, InputError):
            return None

    def fit(self, data: FipData, request: FipRequest, zone: str, start: datetime, end: datetime, *,
            cleaning_minutes: int) -> FipOption | None:
        found = self._network(data, request, zone)
        if found is None:
            return None
        z, net = found
        required = request.required if zone == request.zone else ()
        return fit(z, net, request.amount, required, start, end, cleaning_minutes, BASE)

    def earliest(self, data: FipData, request: FipRequest, zone: str, not_before: datetime, duration_minutes: int, *,
                 cleaning_minutes: int, horizon_minutes: int) -> datetime | None:
        found = self._network(data, request, zone)
        if found is None:
            return None
        z, net = found
        required = request.required if zone == request.zone else ()
        return earliest_start(z, net, request.amount, required, not_before, duration_minutes, cleaning_minutes,
                              horizon_minutes)


KIND = FloatingIpKind()


