"""Reserve: plan on fresh data, create the lease through Blazar, wait, verify, audit — once, for every kind.

The flow never branches on a resource kind: the request's kind (:func:`envboot.kinds.registry.kind_of`)
loads its data, plans, gives its reservation body, verifies what Blazar allocated and says how it is
recorded (:class:`envboot.kinds.protocol.ResourceKind`). ``physical:host`` (bare metal) and
``flavor:instance`` (KVM instances, launched on the flavor Blazar creates, ``reservation:<id>``) are two
such kinds.

Guarantees: one intent never yields two leases (after an ambiguous failure the lease is looked up
by its intent name before any retry); an intent record is fsynced BEFORE Blazar is called and an
outcome after, so a crash leaves evidence ``reconcile`` resolves; a lease that ends in ERROR or
fails verification is reported as a failure, never as a success.
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from envboot.core.errors import (
    EXIT_AUTH_CONFIG,
    EXIT_BAD_INPUT,
    EXIT_BLAZAR,
    EXIT_NO_CAPACITY,
    EXIT_OK,
    EXIT_VERIFY_FAILED,
    InputError,
)
from envboot.core.timeutil import iso_z, utcnow
from envboot.domain.freshness import first_bookable_minute
from envboot.kinds.lease import lease_body
from envboot.kinds.protocol import Allocated, KindPlan, ResourceKind, Verification
from envboot.kinds.registry import kind_of
from envboot.live.audit import CREATE_ATTEMPT, INTENT, OUTCOME, RECONCILED, AuditLog, IntentState, new_intent_id
from envboot.live.blazar_errors import Classified, Failure, classify
from envboot.live.context import LiveContext
from envboot.live.leases import Lease, LeaseApi
from envboot.planning.lease_plan import LeasePlan, Part, plan_lease

CRASH_ENV = "ENVBOOT_CRASH_AT"  # fault injection for the crash tests: after_intent | after_create | before_outcome
AMBIGUOUS_LOOKUPS = 4
VERIFY_REFRESHES = 5  # look for the lease this many times (1 s apart) before concluding it was not created
WAIT_POLL_S = 1.0


@dataclass(frozen=True, slots=True)
class ReserveSpec:
    """What to reserve: ``request`` is a kind's request (``PlanRequest`` for hosts, ``FlavorPlanRequest``
    for instances, ...); the kind is found from it."""

    request: Any
    dry_run: bool = True
    option_index: int | None = None  # 1-based; None = the planner's top option
    pin_nodes: bool = False  # kinds that select nodes: one reservation per chosen node
    name: str | None = None
    retry_attempts: int = 3
    retry_refresh: bool = True
    allow_shift: bool = False  # a later window (time shift) may be taken, first or after a refusal
    wait_timeout_s: float = 300.0
    cleaning_minutes: int = 0
    companions: tuple[Any, ...] = ()  # requests of companion kinds in the same lease and window (floating IPs)

    @property
    def kind(self) -> ResourceKind:
        return kind_of(self.request)


@dataclass
class Outcome:
    result: str  # success | dry_run | no_capacity | failed | verify_failed | error_state
    exit_code: int
    message: str
    intent_id: str | None = None
    lease_name: str | None = None
    lease_id: str | None = None
    status: str | None = None
    option: Any = None
    body: dict | None = None
    hosts: list[str] = field(default_factory=list)
    attempts: list[dict] = field(default_factory=list)
    plan: KindPlan | None = None
    resource_type: str = "physical:host"
    launch_flavor: str | None = None  # flavor:instance: the flavor instances launch on
    addresses: list[str] = field(default_factory=list)  # virtual:floatingip: the reserved addresses
    parts: tuple = ()  # the option's companion parts (kind, option): floating IPs in the same lease
    needs_consent: tuple = ()  # the plan's options (1-based rank, option) the flags do not allow: --option N books one
    warnings: list[str] = field(default_factory=list)  # what reading the audit trail skipped (torn lines)


def _body(spec: ReserveSpec, option, name: str | None, parts: tuple = ()) -> dict:
    """One lease, one window: the option's reservations, then each companion part's (floating IPs, ...)."""
    reservations = spec.kind.reservations(option, pin_nodes=spec.pin_nodes)
    for kind, part in parts:
        reservations += kind.reservations(part)
    return lease_body(option.start, option.end, reservations, name=name)


def _describe(spec: ReserveSpec, option, parts: tuple = ()) -> str:
    return " + ".join([spec.kind.describe(option), *(kind.describe(part) for kind, part in parts)])


def _option_record(spec: ReserveSpec, option, parts: tuple = ()) -> dict:
    record = spec.kind.option_record(option)
    if parts:
        record["parts"] = [{"resource_type": kind.resource_type, **kind.option_record(part)} for kind, part in parts]
    return record


def allowed(option, spec) -> bool:
    """May ``option`` be booked without being named (``--option N``)? The requested window, in the
    requested zone or one the flags named (``--alt-zones``/``--any-zone``), on the requested hardware
    or a fallback ``--allow-downgrade`` asked for, with ``--min-amount``..``--amount`` hosts, is; a
    later start only with ``--allow-shift``. (The planner offers other zones and hardware only when
    asked; a later start it always offers, so that is checked here.)"""
    return option.delay_minutes == 0 or spec.allow_shift


def choose_option(options, spec, retry_of=None):
    """The option to book, or None when the flags allow none of the plan's options.

    ``spec.option_index`` names one explicitly (the person took it from a shown plan). After Blazar
    refused the chosen option (``retry_of``), the re-plan's first option the flags allow is taken,
    or one with the same zone, start and hardware as the refused one when that was named."""
    if not options:
        return None
    if retry_of is None and spec.option_index is not None:
        if not 1 <= spec.option_index <= len(options):
            raise InputError(f"--option {spec.option_index}: the plan has {len(options)} option(s)")
        return options[spec.option_index - 1]

    def same(o) -> bool:
        return retry_of is not None and spec.kind.same_choice(o, retry_of)
    return next((o for o in options if allowed(o, spec) or same(o)), None)


def not_asked_message(spec, unasked) -> str:
    req = spec.request
    flags = "--allow-shift" if not spec.allow_shift else ""
    lines = [f"the requested window ({iso_z(req.start)} for {req.duration_minutes} min in {req.zone}) cannot be "
             f"booked as asked; nothing was created. Book one of these by adding --option N"
             + (f" (or {flags} for the earliest later window)" if flags else "") + ":"]
    for i, o in unasked:
        lines.append(f"  {i}. {o.strategy} {o.zone} {iso_z(o.start)} → {iso_z(o.end)}, "
                     f"{spec.kind.describe(o)}: {o.why}")
    return "\n".join(lines)


def window(option) -> str:
    return f"{option.start:%Y-%m-%d %H:%M}Z → {option.end:%Y-%m-%d %H:%M}Z (UTC)"


def crash_point(name: str) -> None:
    """Die here, as ``kill -9`` would, when the crash tests ask for it (never set in normal use)."""
    if os.environ.get(CRASH_ENV) == name:
        os.kill(os.getpid(), signal.SIGKILL)


def lease_name(now: datetime, intent_id: str) -> str:
    """The seed's name, plus the intent id that makes it a key: ``envboot-auto-YYYYMMDD-HHMMSS-<id>``."""
    return f"envboot-auto-{now:%Y%m%d-%H%M%S}-{intent_id}"


def preflight(spec: ReserveSpec, now: datetime, max_lease_minutes: int) -> None:
    req = spec.request
    if req.start < now + timedelta(minutes=1):
        raise InputError(f"--start {iso_z(req.start)} is in the past or within a minute of now ({iso_z(now)}); "
                         "Blazar refuses leases that start in the past")
    if req.duration_minutes > max_lease_minutes:
        raise InputError(f"--duration {req.duration_minutes} min exceeds the maximum lease of {max_lease_minutes} min")


def combined(checks: list[Verification]) -> Verification:
    """The lease is right when every one of its reservations is."""
    if len(checks) == 1:
        return checks[0]
    ok = all(c.ok for c in checks)
    first = checks[0].allocated
    allocated = Allocated(first.hosts, first.host_uids, first.reservation_id, first.launch_flavor,
                          tuple(a for c in checks for a in c.allocated.addresses))
    summary = "; ".join(c.summary for c in checks if c.ok == ok)
    return Verification(ok, summary, allocated, tuple(p for c in checks for p in c.problems))


class Reserver:
    def __init__(self, ctx: LiveContext, audit: AuditLog, *, on_event: Callable[[str], None] | None = None,
                 sleep: Callable[[float], None] = time.sleep,
                 confirm: Callable[[str, Any, dict], bool] | None = None,
                 choose: Callable[[KindPlan], Any] | None = None,
                 waiting: Callable[[Lease | None, float], None] | None = None) -> None:
        self.confirm = confirm
        self.waiting = waiting  # called on every poll while waiting for the lease (None, 0: done), e.g. a spinner
        self.choose = choose  # fixes the option on every (re-)plan, e.g. the MCP server's plan ids; None: the flags
        self.ctx = ctx
        self.audit = audit
        self.say = on_event or (lambda _m: None)
        self.sleep = sleep
        self.data: dict = {}
        self.lease_plan: LeasePlan | None = None  # the last plan, with each option's companion parts

    # -- the whole flow ------------------------------------------------------------------------
    def reserve(self, spec: ReserveSpec) -> Outcome:
        kind = spec.kind
        rtype = kind.resource_type
        zones = [spec.request.zone, *spec.request.alt_zones]
        self.reconcile(zones)
        plan = self._fresh_plan(spec)
        option = self._choose(plan, spec)
        if option is None and plan.options and self.choose is None:
            unasked = tuple((i, o) for i, o in enumerate(plan.options, 1))
            return Outcome("no_capacity", EXIT_NO_CAPACITY, not_asked_message(spec, unasked), plan=plan,
                           resource_type=rtype, needs_consent=unasked)
        if option is None:
            return Outcome("no_capacity", EXIT_NO_CAPACITY, plan.explanation, plan=plan, resource_type=rtype)
        parts = self._parts(option)
        if spec.dry_run:
            body = _body(spec, option, "<assigned at creation>", parts)
            return Outcome("dry_run", EXIT_OK, f"dry run: would reserve {_describe(spec, option, parts)}: {option.why}",
                           option=option, body=body, plan=plan, resource_type=rtype, parts=parts)
        if self.confirm is not None and not self.confirm(_describe(spec, option, parts), option,
                                                         _body(spec, option, None, parts)):
            return Outcome("aborted", 130, "not confirmed; nothing was created", option=option, plan=plan,
                           resource_type=rtype)
        intent_id = new_intent_id()
        name = spec.name or lease_name(utcnow(), intent_id)
        if spec.name:
            name = f"{spec.name}-{intent_id}"
        attempts: list[dict] = []
        self.audit.append(INTENT, intent_id, lease_name=name, zone=option.zone, data=self.data,
                          request=kind.request_record(spec.request), option=_option_record(spec, option, parts))
        crash_point("after_intent")
        for attempt in range(1, spec.retry_attempts + 2):
            body = _body(spec, option, name, parts)
            leases = self.ctx.leases(option.zone)
            self.audit.append(CREATE_ATTEMPT, intent_id, attempt=attempt, zone=option.zone, body=body)
            self.say(f"creating lease {name} in {option.zone}: {_describe(spec, option, parts)}, {option.why}")
            lease, failure = self._create(leases, body, name)
            if lease is not None:
                crash_point("after_create")
                return self._finish(spec, intent_id, name, option, body, lease, leases, attempts, plan, parts)
            attempts.append({"attempt": attempt, "zone": option.zone, "kind": str(failure.kind),
                             "message": failure.message, "option": _option_record(spec, option, parts)})
            if failure.kind is Failure.unknown:
                msg = (f"the create call failed and Blazar could not be asked whether lease {name} exists "
                       f"({failure.message}); run 'envboot audit reconcile' when Blazar answers")
                # No outcome record: the intent stays dangling, so reconcile (or the next reserve) settles it.
                return Outcome("unknown", EXIT_BLAZAR, msg, intent_id, name, attempts=attempts, option=option,
                               body=body, resource_type=rtype)
            if failure.kind is Failure.ambiguous and attempt <= spec.retry_attempts:
                self.say(f"the create call failed ({failure.message}) and no lease named {name} exists; retrying")
                continue  # same intent, same name: the lookup above guarantees no duplicate
            if failure.kind is not Failure.capacity:
                code = EXIT_AUTH_CONFIG if failure.kind is Failure.auth else (
                    EXIT_BAD_INPUT if failure.kind in (Failure.bad_request, Failure.max_duration) else EXIT_BLAZAR)
                msg = (f"the create call failed {attempt} time(s) ({failure.message}); no lease {name} exists "
                       "(checked by name)" if failure.kind is Failure.ambiguous
                       else f"Blazar refused the lease ({failure.kind}): {failure.message}")
                self.audit.append(OUTCOME, intent_id, result="failed", reason=msg, attempts=attempts)
                return Outcome("failed", code, msg, intent_id, name, attempts=attempts, option=option, body=body,
                               resource_type=rtype)
            self.say(f"capacity refused in {option.zone} ({failure.message}); re-planning")
            if attempt > spec.retry_attempts:
                break
            plan = self._fresh_plan(spec, refresh=spec.retry_refresh)
            option = self._choose(plan, spec, first_only=True, taken=option)
            if option is None:
                break
            parts = self._parts(option)
        msg = f"no capacity after {len(attempts)} attempt(s): {plan.explanation}"
        self.audit.append(OUTCOME, intent_id, result="no_capacity", reason=msg, attempts=attempts)
        return Outcome("no_capacity", EXIT_NO_CAPACITY, msg, intent_id, name, attempts=attempts, plan=plan,
                       resource_type=rtype)

    # -- steps -----------------------------------------------------------------------------------
    def _fresh_plan(self, spec: ReserveSpec, refresh: bool = True) -> KindPlan:
        """Refresh the zones (a zone's refresh fetches every kind's data it offers), then plan on that data."""
        kind = spec.kind
        zones = [spec.request.zone, *spec.request.alt_zones]
        failed: list[str] = []
        if refresh:
            for r in self.ctx.refresh(zones):
                if not r.ok:
                    failed.append(r.site_id or r.zone)
                    self.say(f"refresh of {r.zone} failed: {r.error} (its data is marked stale)")
        data = kind.load(self.ctx, zones)
        info = kind.data_info(data)
        stale = list(dict.fromkeys([*info.stale_sites, *failed]))
        self.data = {"source": info.source, "fetched_at": iso_z(info.fetched_at), "stale_sites": stale}
        companions = [Part(k, k.load(self.ctx, zones), r) for r in spec.companions for k in (kind_of(r),)]
        self.lease_plan = plan_lease(kind, data, spec.request, companions, cleaning_minutes=spec.cleaning_minutes,
                                     not_before=first_bookable_minute(utcnow()))
        return self.lease_plan.plan

    def _parts(self, option) -> tuple:
        return self.lease_plan.parts_of(option) if self.lease_plan is not None else ()

    def _choose(self, plan: KindPlan, spec: ReserveSpec, first_only: bool = False, taken: Any = None) -> Any:
        if self.choose is not None:
            return self.choose(plan)
        return choose_option(plan.options, spec, retry_of=taken if first_only else None)

    def _create(self, leases: LeaseApi, body: dict, name: str) -> tuple[Lease | None, object]:
        try:
            return leases.create(body), None
        except Exception as exc:  # noqa: BLE001 - classified below, never swallowed
            failure = classify(exc)
        if failure.kind is not Failure.ambiguous:
            return None, failure
        # The request may have reached Blazar: find the lease by its (unique) intent name first. Only
        # lookups that SUCCEED and find nothing (twice) prove absence; if they keep failing we cannot
        # know, and must not create again (that could make a second lease): the intent stays for reconcile.
        empty = 0
        for _ in range(AMBIGUOUS_LOOKUPS + 4):
            try:
                found = leases.find_by_name(name)
            except Exception:  # noqa: BLE001 - the lookup itself may fail; try again
                found = None
            if found:
                self.say(f"the create call failed ({failure.message}) but the lease exists: {found[0].id}")
                return found[0], None
            if found is not None:
                empty += 1
                if empty >= 2:
                    return None, failure
            self.sleep(1.0)
        return None, Classified(Failure.unknown, failure.status,
                                f"{failure.message}; whether the lease exists could not be checked")

    def _finish(self, spec, intent_id, name, option, body, lease, leases, attempts, plan, parts=()) -> Outcome:
        rtype = spec.kind.resource_type
        lease = self._wait(leases, lease, spec.wait_timeout_s)
        if lease.status == "ERROR" or lease.status not in ("PENDING", "ACTIVE"):
            msg = f"lease {lease.id} ended in {lease.status}"
            if lease.status == "ERROR":
                try:
                    leases.delete(lease.id)
                    msg += "; the broken lease was deleted"
                except Exception as exc:  # noqa: BLE001
                    msg += f"; deleting it failed: {classify(exc).message}"
            self.audit.append(OUTCOME, intent_id, result="error_state", lease_id=lease.id, status=lease.status,
                              reason=msg, attempts=attempts)
            return Outcome("error_state", EXIT_BLAZAR, msg, intent_id, name, lease.id, lease.status, option, body,
                           attempts=attempts, plan=plan, resource_type=rtype)
        verdict = self.verify(spec, option, lease, parts)
        got = verdict.allocated
        hosts = list(got.hosts)
        if not verdict.ok:
            msg = f"lease {lease.id} FAILED verification: {verdict.summary}"
            self.audit.append(OUTCOME, intent_id, result="verify_failed", lease_id=lease.id, status=lease.status,
                              hosts=hosts, reason=msg, attempts=attempts)
            return Outcome("verify_failed", EXIT_VERIFY_FAILED, msg, intent_id, name, lease.id, lease.status, option,
                           body, hosts, attempts, plan, rtype)
        crash_point("before_outcome")
        self.audit.append(OUTCOME, intent_id, result="success", lease_id=lease.id, status=lease.status,
                          zone=option.zone, attempts=attempts, **got.record())
        return Outcome("success", EXIT_OK, f"lease {lease.id} ({name}) {lease.status} in {option.zone}, "
                       f"{window(option)}: {verdict.summary}", intent_id,
                       name, lease.id, lease.status, option, body, hosts, attempts, plan, rtype, got.launch_flavor,
                       list(got.addresses), parts=parts)

    def _refresh_to_verify(self, zone: str, lease_id: str) -> str | None:
        """Fresh allocations for verifying (stale data would prove nothing): None, or why they could not be
        had. The hosts are those of the refresh that planned this lease, moments ago (``reuse_hosts``)."""
        for attempt in range(VERIFY_REFRESHES):
            (result,) = self.ctx.refresh([zone], reuse_hosts=True)
            if result.ok:
                return None
            self.say(f"refresh for verification failed ({result.error}); retrying")
            self.sleep(1.0 + attempt)
        return (f"could not refresh {zone} to verify lease {lease_id} ({result.error}); check it with "
                f"'envboot lease show {lease_id}'")

    def _wait(self, leases: LeaseApi, lease: Lease, timeout_s: float) -> Lease:
        """Until the lease leaves CREATING; for a lease that starts within the wait, until it has started
        (so a start that fails, ERROR, is reported, not an early PENDING)."""
        deadline = time.monotonic() + timeout_s
        starts_soon = lease.start <= utcnow() + timedelta(seconds=timeout_s)
        try:
            while time.monotonic() < deadline and (
                lease.status in ("CREATING", "STARTING", "UPDATING") or (starts_soon and lease.status == "PENDING")
            ):
                if self.waiting is not None:
                    self.waiting(lease, max(0.0, deadline - time.monotonic()))
                self.sleep(WAIT_POLL_S)
                try:
                    lease = leases.get(lease.id)
                except Exception as exc:  # noqa: BLE001 - keep polling through transient failures
                    self.say(f"waiting for {lease.id}: {classify(exc).message}")
        finally:
            if self.waiting is not None:
                self.waiting(None, 0.0)
        return lease

    def verify(self, spec: ReserveSpec, option, lease: Lease, parts: tuple = ()) -> Verification:
        """Refresh the zone, write the merged view, re-read the lease, and let its kind judge it."""
        problem = self._refresh_to_verify(option.zone, lease.id)
        if problem:
            return Verification(False, problem, Allocated(), (problem,))
        try:  # the lease as Blazar has it now (e.g. a flavor reservation's flavor is set once Nova made it)
            lease = self.ctx.leases(option.zone).get(lease.id)
        except Exception as exc:  # noqa: BLE001
            self.say(f"re-reading lease {lease.id} failed ({classify(exc).message}); verifying what create returned")
        data = spec.kind.load(self.ctx, [option.zone])
        spec.kind.persist(data, self.ctx.data_dir)
        checks = [spec.kind.verify(data, lease, option, cleaning_minutes=spec.cleaning_minutes,
                                   pin_nodes=spec.pin_nodes)]
        for kind, part in parts:
            checks.append(kind.verify(kind.load(self.ctx, [option.zone]), lease, part,
                                      cleaning_minutes=spec.cleaning_minutes))
        return combined(checks)

    # -- reconciliation --------------------------------------------------------------------------
    def reconcile(self, zones: list[str] | None = None) -> list[dict]:
        """Resolve intents with no outcome by looking their lease up by name. Creates nothing."""
        resolved = []
        for state in self.audit.intents():
            if not state.dangling:
                continue
            zone = state.intent.data.get("zone")
            if zones is not None and zone not in zones:
                continue
            resolved.append(self._reconcile_one(state, zone))
        return resolved

    def _reconcile_one(self, state: IntentState, zone: str) -> dict:
        try:
            found = self.ctx.leases(zone).find_by_name(state.lease_name or "")
        except Exception as exc:  # noqa: BLE001
            return {"intent_id": state.intent_id, "result": "unknown", "reason": classify(exc).message}
        if found:
            lease = found[0]
            self.audit.append(RECONCILED, state.intent_id, result="created", lease_id=lease.id, status=lease.status,
                              duplicates=len(found) - 1)
            return {"intent_id": state.intent_id, "result": "created", "lease_id": lease.id, "status": lease.status}
        self.audit.append(RECONCILED, state.intent_id, result="not_created")
        return {"intent_id": state.intent_id, "result": "not_created"}
