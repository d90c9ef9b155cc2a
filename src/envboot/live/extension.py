"""``lease extend``'s live side: what envboot.planning.extension needs, read from the zone's Blazar
(the lease, every host and every allocation, fetched now), and the audited update.

Blazar's ``GET /v1/os-hosts/allocations`` lists every project's reservations (their ids and dates),
which is all the host rules read. ``flavor:instance`` leases also need the KVM hosts' Placement
inventories: those come from ``envboot refresh``'s files for the zone (refreshed first)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from envboot.core.timeutil import blazar_date, iso_z
from envboot.data.sources.blazar_files import allocations_from_api, host_from_dict
from envboot.domain.model import Node, Reservation
from envboot.kinds.flavors.model import KvmHost
from envboot.live.audit import LEASE_EXTEND, AuditLog, new_intent_id
from envboot.live.blazar_errors import BlazarCallError
from envboot.live.leases import Lease, LeaseApi, lease_from_api, on_lease
from envboot.planning import extension as ext


class CannotPredict(BlazarCallError):
    """The lease has a reservation kind envboot does not predict (exit 4, before Blazar is asked)."""


@dataclass(frozen=True, slots=True)
class LiveLease:
    lease: Lease
    state: ext.LeaseState
    site: ext.SiteState


def nodes_from_api(site_id: str, hosts: list[dict[str, Any]], allocations: list[dict[str, Any]]) -> tuple[Node, ...]:
    """Every Blazar host as a :class:`Node` with its reservations (Blazar's own host order)."""
    held: dict[str, tuple[Reservation, ...]] = {
        a.resource_id: a.reservations for a in allocations_from_api(allocations, "Blazar allocations")}
    nodes = []
    for i, raw in enumerate(hosts):
        h = host_from_dict(raw, "Blazar hosts", i)
        caps = h.capabilities
        nodes.append(Node(site_id=site_id, cluster_id="", uid=h.hypervisor_hostname,
                          hostname=caps.get("node_name", h.hypervisor_hostname), node_type=caps.get("node_type", ""),
                          resource_id=h.id, reservable=h.reservable, in_inventory=False,
                          reservations=held.get(h.id, ()), capabilities=caps, columns=h.columns, host_index=i))
    return tuple(nodes)


def lease_state(lease: Lease, allocations: list[dict[str, Any]]) -> ext.LeaseState:
    """The lease's reservations, each as its kind's update part with the resources its allocations hold
    (hosts; instance slots, one row each), as Blazar lists them."""
    from envboot.core.errors import InputError
    from envboot.kinds.registry import kind_named

    parts = []
    for r in lease.raw_reservations:
        rid = str(r.get("id"))
        rows = [str(a.get("resource_id")) for a in allocations for x in a.get("reservations") or []
                if str(x.get("id")) == rid]
        kind = r.get("resource_type")
        try:
            part = kind_named(str(kind)).update_part(r, rows, lease.id)
        except InputError:
            part = None
        except ext.PredictionError as exc:
            raise CannotPredict(str(exc), 4) from None
        if part is None:
            raise CannotPredict(f"lease {lease.id}: {kind} reservations are not predicted by envboot", 4)
        parts.append(part)
    return ext.LeaseState(lease.id, lease.status, lease.start, lease.end, tuple(parts))


def read_lease(api: LeaseApi, zone: str, lease_id: str, *, cleaning_minutes: int, max_lease_duration: int = -1,
               kvm_hosts: Sequence[KvmHost] = ()) -> LiveLease:
    lease = on_lease(lambda: api.get(lease_id), f"lease extend {lease_id}", lease_id, zone)
    allocations = on_lease(api.allocations, f"lease extend {lease_id}: allocations", lease_id, zone)
    hosts = on_lease(api.hosts, f"lease extend {lease_id}: hosts", lease_id, zone)
    state = lease_state(lease, allocations)
    site = ext.SiteState(nodes_from_api(zone, hosts, allocations), tuple(kvm_hosts), cleaning_minutes,
                         max_lease_duration)
    return LiveLease(lease, state, site)


def lease_kinds(lease: Lease) -> list[Any]:
    """The resource kinds of the lease's reservations (unknown ones left out: ``lease_state`` refuses them)."""
    from envboot.core.errors import InputError
    from envboot.kinds.registry import kind_named

    found = []
    for rtype in dict.fromkeys(str(r.get("resource_type")) for r in lease.raw_reservations):
        try:
            found.append(kind_named(rtype))
        except InputError:
            continue
    return found


def audited_update(api: LeaseApi, audit: AuditLog, zone: str, lease: Lease, change: ext.Change,
                   prediction: ext.Prediction) -> Lease:
    """``PUT /v1/leases/{id}`` with the change's dates; a ``lease_extend`` record (also on failure)
    carries envboot's prediction beside Blazar's answer."""
    audit.check_writable()
    lease_id = lease.id
    intent_id = audit.intent_of_lease(lease_id) or new_intent_id()
    body: dict[str, str] = {}
    if change.start is not None:
        body["start_date"] = blazar_date(change.start)
    if change.end is not None:
        body["end_date"] = blazar_date(change.end)
    by = int((prediction.requested_end - ext.minute_of(lease.end)).total_seconds() // 60)
    facts = {"lease_id": lease_id, "zone": zone, "by_minutes": by, "start": iso_z(prediction.requested_start),
             "end_requested": iso_z(prediction.requested_end), "predicted": prediction.verdict}

    def put() -> Lease:
        _, doc = api.blazar.lease.request_manager.put(f"/leases/{lease_id}", body=body)
        return lease_from_api(doc["lease"])

    try:
        lease = on_lease(put, f"lease extend {lease_id}", lease_id, zone)
    except BlazarCallError as exc:
        audit.append(LEASE_EXTEND, intent_id, **facts, result="failed", reason=str(exc))
        raise
    audit.append(LEASE_EXTEND, intent_id, **facts, result="extended", end=iso_z(lease.end), status=lease.status)
    return lease


def follow_on_json(f: ext.FollowOn) -> dict[str, Any]:
    return {"label": f.label, "resource_type": f.resource_type, "zone": f.zone, "start": iso_z(f.start),
            "end": iso_z(f.end), "duration_minutes": f.minutes, "amount": f.amount, "hosts": list(f.hosts),
            "node_type": f.node_type, "flavor": f.flavor, "expected_hosts": list(f.expected), "why": f.why}


def prediction_json(p: ext.Prediction, lease: Lease, change_kind: str, *, dry_run: bool,
                    updated: Lease | None = None, policy: Sequence[Any] = (),
                    follow_ons: Sequence[ext.FollowOn] = ()) -> dict[str, Any]:
    """The ``lease-extend`` document (schema ``lease-extend``); the interfaces add each follow-on's command."""
    return {
        "lease_id": lease.id,
        "change": change_kind,
        "current_start": iso_z(lease.start),
        "current_end": iso_z(lease.end),
        "requested_start": iso_z(p.requested_start),
        "requested_end": iso_z(p.requested_end),
        "verdict": p.verdict,
        "reason": p.reason,
        "rule": p.rule,
        "latest_end": iso_z(p.latest_end),
        "latest_end_note": p.latest_end_note,
        "dropped_hosts": list(p.dropped),
        "policy": [{"check": c.check, "outcome": c.outcome, "detail": c.detail} for c in policy],
        "dry_run": dry_run,
        "updated": updated is not None,
        "end": iso_z(updated.end) if updated is not None else None,
        "follow_on": [follow_on_json(f) for f in follow_ons],
    }


def now_minute(now: datetime) -> datetime:
    return ext.minute_of(now)


@dataclass(frozen=True, slots=True)
class UpdatePlan:
    """A lease update as envboot will send it: the lease now, the change, and Blazar's answer predicted."""

    lease: Lease
    kind: str  # prolong | shorten | defer | advance | max
    change: ext.Change
    prediction: ext.Prediction
    policy: tuple[Any, ...] = ()  # the policy checks of the new window (envboot.planning.policy.checks.Check)
    follow_ons: tuple[ext.FollowOn, ...] = ()  # refused: new leases carrying on from the end, best first


@dataclass(frozen=True, slots=True)
class UpdateAsk:
    """Exactly one of: ``by``/``defer_by``/``advance_by`` (minutes), ``to`` (a time), ``to_max``."""

    by: int | None = None
    to: datetime | None = None
    defer_by: int | None = None
    advance_by: int | None = None
    to_max: bool = False
    show_only: bool = False  # a dry run: ``to_max`` with no accepted end is predicted at the current end


def plan_update(ctx: Any, site: str, lease_id: str, ask: UpdateAsk, *, now: datetime, cleaning_minutes: int,
                max_lease_duration: int = -1, policy: Any = None) -> UpdatePlan:
    """Read the lease and the zone's allocations now, and predict Blazar 18's answer to ``ask`` (the CLI's
    ``lease extend`` and the MCP ``lease_extend`` alike). Raises ``CannotPredict`` (exit 4) when envboot
    cannot predict it, ``ValueError`` for ``--max`` when no end is accepted or nothing bounds it."""
    from datetime import timedelta

    api = ctx.leases(site)
    live = read_lease(api, site, lease_id, cleaning_minutes=cleaning_minutes, max_lease_duration=max_lease_duration)
    extra: dict[str, Any] = {}
    for kind in lease_kinds(live.lease):  # what each kind's update rule reads besides the host allocations
        try:
            extra.update(kind.update_inputs(ctx, site))
        except ext.PredictionError as exc:
            raise CannotPredict(f"lease {lease_id}: {exc}", 4) from None
    if extra:
        live = read_lease(api, site, lease_id, cleaning_minutes=cleaning_minutes,
                          max_lease_duration=max_lease_duration, **extra)
    lease, state = live.lease, live.state
    if ask.by is not None:
        kind, change = "prolong", ext.prolong(state, timedelta(minutes=ask.by))
    elif ask.to is not None:
        kind, change = ("shorten" if ask.to < lease.end else "prolong"), ext.Change(end=ask.to)
    elif ask.defer_by is not None:
        kind, change = "defer", ext.defer(state, timedelta(minutes=ask.defer_by))
    elif ask.advance_by is not None:
        kind, change = "advance", ext.advance(state, timedelta(minutes=ask.advance_by))
    else:
        try:
            latest, note = ext.latest_end(state, live.site, now)
        except ext.PredictionError as exc:
            raise CannotPredict(f"lease extend {lease_id}: cannot predict Blazar's answer: {exc}", 4) from None
        if latest is None and not ask.show_only:
            raise ValueError("no end is accepted" if note == "none" else "nothing bounds the end")
        kind, change = "max", ext.Change(end=latest or lease.end)
    try:
        p = ext.predict(state, live.site, change, now)
    except ext.PredictionError as exc:
        raise CannotPredict(f"lease extend {lease_id}: cannot predict Blazar's answer: {exc}", 4) from None
    checks = ()
    if policy is not None:
        from envboot.planning.policy.inputs import inventory_counts

        checks = update_checks(policy, lease, kind, p, now, held=project_spans(api, lease_id),
                               inventory=inventory_counts(live.site.nodes))
    return UpdatePlan(lease, kind, change, p, checks, ext.follow_ons(state, live.site, p, site, now))


def update_checks(policy: Any, lease: Lease, kind: str, p: ext.Prediction, now: datetime, *,
                  held: Sequence[Any] | None = None, inventory: dict[str, int] | None = None) -> tuple[Any, ...]:
    """Chameleon's checks of the new window, apart from Blazar's verdict: the maximum lease length of each of
    the lease's kinds, and, to prolong a lease that has started, the extension window before its end; with
    ``held`` (the project's other leases, read from Blazar) lease stacking of the lease in its new window."""
    from dataclasses import replace

    from envboot.planning.policy import checks
    from envboot.planning.policy.inputs import held_spans

    kinds = sorted({str(r.get("resource_type")) for r in lease.raw_reservations})
    out = [checks.max_lease_length(policy, k, p.requested_start, p.requested_end) for k in kinds]
    if kind in ("prolong", "max") and p.requested_end > lease.end and lease.start <= now:
        out.append(checks.extension_window(policy, lease.end, now))
    if held is not None and p.requested_end > lease.end:  # the lease in its new window, as its kinds describe it
        for span in held_spans([replace(lease, start=p.requested_start, end=p.requested_end)]):
            if span.hardware is not None and span.kind == checks.PHYSICAL_HOST:  # stacking counts node types
                out.append(checks.lease_stacking(policy, held, span, inventory or {}, now))
    return tuple(out)


def project_spans(api: LeaseApi, lease_id: str) -> list[Any] | None:
    """The project's other leases as policy spans; None when Blazar's lease list cannot be read."""
    from envboot.planning.policy.inputs import held_spans

    try:
        return held_spans(api.list(), exclude=lease_id)
    except Exception:  # noqa: BLE001 - the checks are advice: the prediction goes on without stacking
        return None
