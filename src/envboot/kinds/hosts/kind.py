"""``physical:host``: bare-metal hosts (Blazar's ``oshosts`` plugin) as a :class:`ResourceKind`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from envboot.core.timeutil import iso_z
from envboot.data.load import write_merged
from envboot.domain.model import DataInfo, MergedView
from envboot.domain.properties import to_json
from envboot.domain.resource_types import PHYSICAL_HOST
from envboot.kinds.hosts.documents import option_json
from envboot.kinds.hosts.lease_body import lease_reservations
from envboot.kinds.hosts.plan import make_plan
from envboot.kinds.hosts.planner import Option, Plan, PlanRequest
from envboot.kinds.hosts.su import short_source, su_text
from envboot.kinds.hosts.update import host_part
from envboot.kinds.hosts.verify import verify_lease
from envboot.kinds.protocol import Allocated, DataSource, Footprint, LeaseFacts, Verification, count_of

MERGED_FILE = "lease_results_live.json"  # the seed's merged view, rewritten after every verified reserve


class HostKind:
    resource_type = PHYSICAL_HOST
    option_type = Option
    request_type = PlanRequest

    def fetch(self, conn: Any, data_dir: Path, site_id: str, hosts: list[dict[str, Any]]) -> None:
        return None  # hosts and their allocations are every zone's base files, written by refresh itself

    def load(self, source: DataSource, zones: Sequence[str]) -> MergedView:
        return source.view()

    def persist(self, data: MergedView, data_dir: Path) -> None:
        write_merged(data, data_dir / MERGED_FILE)

    def data_info(self, data: MergedView) -> DataInfo:
        return data.data

    def plan(self, data: MergedView, request: PlanRequest, *, cleaning_minutes: int,
             not_before: datetime | None) -> Plan:
        if not_before is not None:
            request = replace(request, not_before=max(not_before, request.not_before or not_before))
        return make_plan(data, request, cleaning_minutes=cleaning_minutes)

    def reservations(self, option: Option, *, pin_nodes: bool = False) -> list[dict[str, Any]]:
        return lease_reservations(option, pin_nodes=pin_nodes)

    def verify(self, data: MergedView, lease: LeaseFacts, option: Option, *, cleaning_minutes: int,
               pin_nodes: bool = False) -> Verification:
        pinned = tuple(n.uid for n in option.nodes) if pin_nodes or option.pinned else ()
        low, high = (len(pinned), len(pinned)) if pinned else (option.min_amount, option.max_amount)
        v = verify_lease(data, option.zone, lease.id, option.start, option.end, low, high, option.query,
                         cleaning_minutes, pinned)
        allocated = Allocated(hosts=tuple(n.hostname for n in v.hosts), host_uids=tuple(n.uid for n in v.hosts))
        summary = f"{v.summary}, {su_text(option.su_cost)}" if v.ok else v.summary
        return Verification(v.ok, summary, allocated, v.problems)

    def update_part(self, reservation: dict[str, Any], holding: list[str], lease_id: str) -> Any:
        return host_part(reservation, holding)

    def update_inputs(self, source: Any, zone: str) -> dict[str, Any]:
        return {}  # the host allocations Blazar lists are all its rule reads

    def footprint(self, o: Option) -> Footprint:
        return Footprint(PHYSICAL_HOST, o.start, o.end, o.node_type, o.max_amount,
                         tuple((n.node_type, n.su_factor) for n in o.nodes))

    def held_footprint(self, reservation: dict[str, Any], start: datetime, end: datetime) -> Footprint:
        return Footprint(PHYSICAL_HOST, start, end, node_type_of(reservation.get("resource_properties")),
                         count_of(reservation.get("max")))

    def describe(self, option: Option) -> str:
        return f"{option.amount} host(s)"

    def consent_fields(self, o: Option) -> tuple[tuple[str, Any], ...]:
        return (("hosts", o.amount), ("min hosts", o.min_amount), ("max hosts", o.max_amount),
                ("node type", o.node_type), ("resource properties", to_json(o.query)), ("SU", o.su_cost))

    def consent_text(self, o: Option) -> str:
        hosts = ", ".join(n.hostname or n.uid for n in o.nodes)
        hours = (o.end - o.start).total_seconds() / 3600
        count = f"{o.amount} host(s)" if o.min_amount == o.max_amount else f"{o.min_amount}..{o.max_amount} host(s)"
        return (f"{count} of type {o.node_type or 'any (by properties)'} (likely {hosts}), "
                f"{o.start:%Y-%m-%d %H:%M}Z → {o.end:%Y-%m-%d %H:%M}Z ({hours:g} h), "
                f"{su_text(o.su_cost)} ({short_source(o.su_source)})")

    def option_json(self, o: Option, rank: int) -> dict[str, Any]:
        return option_json(None, rank, o)

    def outcome_fields(self, allocated: Allocated | None) -> dict[str, Any]:
        return {}

    def allocated_fields(self, blazar: Any, reservations: Sequence[dict[str, Any]]) -> dict[str, Any]:
        return {}  # hosts: lease show lists them for every kind (Blazar's host allocations)

    def reservation_fields(self, reservations: Sequence[dict[str, Any]]) -> dict[str, Any]:
        return {}

    def request_record(self, request: PlanRequest) -> dict[str, Any]:
        record = {"start": iso_z(request.start), "duration_minutes": request.duration_minutes,
                  "amount": request.amount, "min_amount": request.min_amount, "node_type": request.node_type}
        if request.needs:  # where the needs came from; a repository by its path only, never its contents
            record.update(needs=request.needs, needs_origin=request.needs_origin and str(request.needs_origin),
                          needs_repository=request.needs_repository)
        return record

    def option_record(self, o: Option) -> dict[str, Any]:
        return {"strategy": o.strategy, "zone": o.zone, "start": iso_z(o.start), "end": iso_z(o.end),
                "amount": o.amount, "node_type": o.node_type, "su_cost": o.su_cost, "su_source": o.su_source,
                "why": o.why}

    def same_choice(self, a: Option, b: Option) -> bool:
        return (a.zone, a.start, a.node_type) == (b.zone, b.start, b.node_type)


KIND = HostKind()




def node_type_of(properties: object) -> str | None:
    """The node type a reservation's ``resource_properties`` pins (``["==", "$node_type", X]``, alone or in
    an ``and``), else None."""
    import json

    try:
        expr = json.loads(properties) if isinstance(properties, str) and properties else properties
    except ValueError:
        return None
    if isinstance(expr, list) and len(expr) == 3 and expr[0] == "==" and expr[1] == "$node_type":
        return str(expr[2])
    if isinstance(expr, list) and expr and expr[0] == "and":
        found = {t for t in (node_type_of(e) for e in expr[1:]) if t}
        return found.pop() if len(found) == 1 else None
    return None
