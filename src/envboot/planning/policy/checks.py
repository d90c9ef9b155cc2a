"""Chameleon's policy checks: pure functions of typed inputs and a :class:`Policy`; no I/O, no clock.

Each returns one :class:`Check` (``check``, ``outcome`` pass | warn | fail, ``detail``). A policy check is
reported apart from Blazar's own verdict: a Blazar without Chameleon's enforcement accepts what the policy
forbids, and one with it refuses (see ``max_lease_length``, which Blazar's ``MaxLeaseDurationFilter`` applies).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import cast

from envboot.domain.resource_types import FLAVOR_INSTANCE, PHYSICAL_HOST
from envboot.kinds.hosts.su import Rate, host_rate
from envboot.planning.policy.model import Policy
from envboot.planning.policy.rates import host_rates

PASS, WARN, FAIL = "pass", "warn", "fail"
FLOATING_IP = "virtual:floatingip"
GONE = frozenset({"TERMINATED", "ERROR", "DELETING", "DELETED"})  # lease states hammers ignores


@dataclass(frozen=True, slots=True)
class Check:
    check: str
    outcome: str  # pass | warn | fail
    detail: str
    needs_yes: bool = False  # a warning the user must confirm (``--yes``) before envboot books

    def to_json(self) -> dict[str, str]:
        return {"check": self.check, "outcome": self.outcome, "detail": self.detail}


@dataclass(frozen=True, slots=True)
class HostCharge:
    """One host an option would take. ``su_factor``: the host's Blazar capability, None when Blazar has none."""

    node_type: str
    su_factor: float | None = None


@dataclass(frozen=True, slots=True)
class Charge:
    """What an option reserves, for its SU cost: hosts (physical:host), or ``amount`` of a flavor / addresses."""

    kind: str
    hours: float
    hosts: tuple[HostCharge, ...] = ()
    flavor: str | None = None
    amount: int = 0


@dataclass(frozen=True, slots=True)
class LeaseSpan:
    """One reservation of a lease: the project's own (from Blazar's lease list) or the one about to be made.
    ``hardware``: node type (physical:host; None = any matching host), flavor, or network id."""

    kind: str
    start: datetime
    end: datetime
    hardware: str | None
    count: int
    lease_id: str = ""
    name: str = ""
    status: str = "PENDING"

    @property
    def label(self) -> str:
        who = f"'{self.name}' ({self.lease_id})" if self.name else self.lease_id or "the new lease"
        return f"{who}: {self.count} x {self.hardware or 'any'} {_at(self.start)}..{_at(self.end)}"


@dataclass(frozen=True, slots=True)
class ActiveLease:
    """An ACTIVE lease and what runs on it. ``instances``: launched on its hosts; None when the cloud does not
    let envboot see them."""

    lease_id: str
    name: str
    kind: str
    started: datetime
    instances: int | None


# -- maximum lease length ------------------------------------------------------------------------------
def max_lease_length(policy: Policy, kind: str, start: datetime, end: datetime, flavor: str | None = None) -> Check:
    """Blazar's ``MaxLeaseDurationFilter``: refused when ``(end - start)`` exceeds the maximum (in seconds)."""
    rule = policy.length_rule(kind, flavor)
    name = "max_lease_length"
    if rule is None:
        return Check(name, PASS, f"no maximum lease length known for {kind} in the policy file")
    seconds = (end - start).total_seconds()
    what = f"{kind}{f' {flavor}' if flavor and rule.flavors else ''}"
    cite = _cite(policy, rule.source, rule.assumption)
    if seconds > rule.max_seconds:
        return Check(name, FAIL, f"{_span(seconds)} is longer than the {_span(rule.max_seconds)} maximum for {what} "
                     f"(over by {_span(seconds - rule.max_seconds)}; {cite})")
    return Check(name, PASS, f"{_span(seconds)} is within the {_span(rule.max_seconds)} maximum for {what} ({cite})")


# -- extension window ----------------------------------------------------------------------------------
def extension_window(policy: Policy, current_end: datetime, now: datetime) -> Check:
    """An active lease may be extended only within ``hours_before_end`` of its current end."""
    name = "extension_window"
    rule = policy.extension
    opens = current_end - timedelta(hours=rule.hours_before_end)
    cite = _cite(policy, rule.source)
    if now >= current_end:
        return Check(name, FAIL, f"the lease ended at {_at(current_end)}: an ended lease cannot be extended")
    if now < opens:
        return Check(name, FAIL, f"extensions open at {_at(opens)}, {rule.hours_before_end:g} h before the current "
                     f"end {_at(current_end)} (in {_span((opens - now).total_seconds())}; {cite})")
    return Check(name, PASS, f"within {rule.hours_before_end:g} h of the current end {_at(current_end)} ({cite})")


# -- SU cost -------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class SuEstimate:
    total: float | None  # None: a rate is unknown
    basis: str  # how it was computed, with the rates' sources
    guessed: bool  # a rate came from the policy's default for an unlisted node type, or is unknown


def su_estimate(policy: Policy, charge: Charge) -> SuEstimate:
    rates = policy.su_rates
    if charge.kind == PHYSICAL_HOST:
        per_hour = 0.0
        parts: list[str] = []
        guessed = False
        groups: dict[tuple[str, float, str], int] = {}
        table = host_rates(policy)
        for host in charge.hosts:
            # the planner's rule (kinds/hosts/su.py), one figure for both; the policy's table has a default rate
            rate = cast(Rate, host_rate(host.node_type, host.su_factor, table))
            if host.su_factor is not None:
                source = "Blazar's su_factor of the host"
            elif host.node_type in rates.node_types:
                r = rates.node_types[host.node_type]
                source = f"rate table, {_cite(policy, r.source, r.assumption)}"
            else:
                r = rates.default_node
                guessed = True
                source = f"not in the rate table: default, {_cite(policy, r.source, r.assumption)}"
            key = (host.node_type, rate.rate, source)
            groups[key] = groups.get(key, 0) + 1
            per_hour += key[1]
        for (node_type, rate, source), count in groups.items():
            parts.append(f"{count} x {node_type} at {rate:g} SU/h ({source})")
        total = round(per_hour * charge.hours, 4)
        return SuEstimate(total, f"{charge.hours:g} h x [{'; '.join(parts) or 'no hosts'}]", guessed)
    if charge.kind == FLAVOR_INSTANCE:
        r = rates.flavors.get(charge.flavor or "")
        if r is None:
            return SuEstimate(None, f"no rate for flavor {charge.flavor} in the policy file's table", True)
        total = round(r.rate * charge.amount * charge.hours, 4)
        return SuEstimate(total, f"{charge.amount} x {charge.flavor} x {charge.hours:g} h at {r.rate:g} SU/h "
                          f"({_cite(policy, r.source, r.assumption)})", False)
    if charge.kind == FLOATING_IP:
        total = round(rates.floating_ip * charge.amount * charge.hours, 4)
        return SuEstimate(total, f"{charge.amount} floating IP(s) x {charge.hours:g} h at {rates.floating_ip:g} SU/h "
                          f"({_cite(policy, rates.source)})", False)
    return SuEstimate(None, f"no SU rate known for {charge.kind}", True)


def su_cost(policy: Policy, charge: Charge, balance: float | None = None) -> Check:
    """The option's SU cost: hosts' ``su_factor`` where Blazar carries it, else the policy's rate table.
    Warns when a rate is not in the table; fails when the cost exceeds ``balance`` (the allocation's SUs
    left, when known: Chameleon's portal refuses such a lease)."""
    name = "su_cost"
    est = su_estimate(policy, charge)
    if est.total is None:
        return Check(name, WARN, f"SU cost unknown: {est.basis}")
    detail = f"{est.total:g} SU = {est.basis}"
    if balance is not None and est.total > balance:
        return Check(name, FAIL, f"{detail}: more than the {balance:g} SU left on the allocation")
    return Check(name, WARN if est.guessed else PASS, detail)


# -- lease stacking (hammers' lease_stack_notifier) ------------------------------------------------------
def _live(spans: Sequence[LeaseSpan], node_type: str, now: datetime) -> list[LeaseSpan]:
    return [s for s in spans if s.kind == PHYSICAL_HOST and s.hardware == node_type and s.end > now
            and s.status.upper() not in GONE]


def stacking_coverage(spans: Sequence[LeaseSpan], now: datetime, window: timedelta) -> float:
    """hammers' coverage of one node type: the time its leases cover from now on, each lease once whatever its
    host count, a lease overlapping one already counted for >= 90% of its remaining time not counted again;
    over the period from min(now, first start) to max(now + window, last end)."""
    counted: list[LeaseSpan] = []
    covered = 0.0
    for s in sorted(spans, key=lambda s: (s.start, s.end, s.lease_id)):
        rest = (s.end - max(s.start, now)).total_seconds()
        if rest <= 0:
            continue
        if any(_overlap(s, c, now) >= 0.9 * rest for c in counted):
            continue
        counted.append(s)
        covered += rest
    if not counted:
        return 0.0
    first = min(now, min(s.start for s in spans))
    last = max(now + window, max(s.end for s in spans))
    return covered / (last - first).total_seconds()


def lease_stacking(policy: Policy, held: Sequence[LeaseSpan], new: LeaseSpan, inventory: Mapping[str, int],
                   now: datetime) -> Check:
    """Warn when ``new`` would put the project over Chameleon's lease-stacking thresholds for its node type:
    coverage >= 90% over the 21-day window, or (high-end types of more than 4 nodes) more than half the type's
    nodes in leases ending within the window. ``inventory``: nodes per node type at the site."""
    name = "lease_stacking"
    rule = policy.lease_stacking
    node_type = new.hardware
    if new.kind != PHYSICAL_HOST or node_type is None:
        return Check(name, PASS, "not checked: lease stacking is counted per node type of a host lease")
    window = timedelta(days=rule.window_days)
    before = _live(held, node_type, now)
    after = [*before, new]
    cov_before, cov_after = stacking_coverage(before, now, window), stacking_coverage(after, now, window)
    cite = _cite(policy, rule.source)
    problems: list[str] = []
    if cov_after >= rule.coverage_threshold:
        problems.append(f"the project's {node_type} leases would cover {cov_after:.0%} of the {rule.window_days}-day "
                        f"window (from {cov_before:.0%}; threshold {rule.coverage_threshold:.0%})")
    total = inventory.get(node_type, 0)
    held_nodes = 0
    if rule.high_end(node_type) and total > rule.high_end_min_nodes:
        held_nodes = sum(s.count for s in after if now <= s.end <= now + window)
        if held_nodes > rule.high_end_share * total:
            problems.append(f"it would hold {held_nodes} of the {total} {node_type} nodes in leases ending within "
                            f"{rule.window_days} days (more than {rule.high_end_share:.0%} of a high-end type)")
    if problems:
        return Check(name, WARN, f"{'; '.join(problems)}: Chameleon warns such projects and can end their leases "
                     f"({cite})")
    share = f"; {held_nodes} of {total} nodes" if held_nodes else ""
    return Check(name, PASS, f"{node_type}: coverage {cov_after:.0%} of {rule.window_days} days "
                 f"(threshold {rule.coverage_threshold:.0%}){share} ({cite})")


# -- an equivalent lease already held -------------------------------------------------------------------
def equivalent_lease(held: Sequence[LeaseSpan], new: LeaseSpan) -> Check:
    """The project already holds the same thing (kind, hardware, count) over an overlapping window: named, and
    the booking needs ``--yes`` (two agents of one project must not book it twice)."""
    name = "equivalent_lease"
    same = [h for h in held if h.kind == new.kind and h.hardware == new.hardware and h.count == new.count
            and h.start < new.end and new.start < h.end and h.status.upper() not in GONE]
    if same:
        names = "; ".join(h.label for h in sorted(same, key=lambda h: (h.start, h.lease_id)))
        return Check(name, WARN, f"the project already holds an equivalent lease ({names}): --yes books another",
                     needs_yes=True)
    return Check(name, PASS, f"no lease of the project has {new.count} x {new.hardware or 'any'} ({new.kind}) in an "
                 f"overlapping window")


# -- idle lease ----------------------------------------------------------------------------------------
def idle_lease(policy: Policy, lease: ActiveLease, now: datetime) -> Check:
    """An active lease with nothing launched on it: warned at ``warn_hours``, deleted by Chameleon at
    ``delete_hours`` after its start."""
    name = "idle_lease"
    rule = policy.idle_lease
    cite = _cite(policy, rule.source)
    if lease.kind not in rule.kinds:
        return Check(name, PASS, f"not checked for {lease.kind} leases")
    if lease.instances is None:
        return Check(name, PASS, "not checked: the cloud does not let envboot see the lease's instances")
    if lease.instances > 0:
        return Check(name, PASS, f"{lease.instances} instance(s) launched on it")
    hours = (now - lease.started).total_seconds() / 3600
    idle = f"nothing launched on {lease.name or lease.lease_id} for {_span((now - lease.started).total_seconds())}"
    if hours >= rule.delete_hours:
        return Check(name, FAIL, f"{idle}: Chameleon deletes such leases after {rule.delete_hours:g} h ({cite})")
    if hours >= rule.warn_hours:
        deadline = lease.started + timedelta(hours=rule.delete_hours)
        return Check(name, WARN, f"{idle}: Chameleon deletes it at {_at(deadline)} ({rule.delete_hours:g} h) "
                     f"unless an instance is launched ({cite})")
    return Check(name, PASS, f"{idle} (warned at {rule.warn_hours:g} h, deleted at {rule.delete_hours:g} h)")


# -- helpers -------------------------------------------------------------------------------------------
def _overlap(a: LeaseSpan, b: LeaseSpan, now: datetime) -> float:
    start, end = max(a.start, b.start, now), min(a.end, b.end)
    return max(0.0, (end - start).total_seconds())


def _cite(policy: Policy, source: str, assumption: str = "") -> str:
    return policy.cite(source) + (f"; assumption: {assumption}" if assumption else "")


def _at(value: datetime) -> str:
    return f"{value:%Y-%m-%d %H:%M}Z"


def _span(seconds: float) -> str:
    """``8 d``, ``7 d 2 h``, ``3 h 5 min``, ``40 s``: exact to the second."""
    s = int(round(seconds))
    d, rest = divmod(s, 86400)
    h, rest = divmod(rest, 3600)
    m, sec = divmod(rest, 60)
    parts = [f"{d} d" if d else "", f"{h} h" if h else "", f"{m} min" if m else "", f"{sec} s" if sec else ""]
    return " ".join(p for p in parts if p) or "0 s"
