"""Verification of a created lease against fresh allocations. Pure.

A lease is right when it sits on between ``min`` and ``max`` hosts, every one of those hosts
matches the request's filter, and none of them has another reservation overlapping the lease
(widened by cleaning time): Blazar itself can double-book under concurrency.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from envboot.domain.model import MergedView, Node
from envboot.domain.properties import Query


@dataclass(frozen=True, slots=True)
class Verdict:
    ok: bool
    hosts: tuple[Node, ...]
    problems: tuple[str, ...]

    @property
    def summary(self) -> str:
        names = ", ".join(n.hostname for n in self.hosts) or "none"
        return f"on {len(self.hosts)} host(s): {names}" if self.ok else "; ".join(self.problems)


def verify_lease(
    view: MergedView,
    zone: str,
    lease_id: str,
    start: datetime,
    end: datetime,
    min_hosts: int,
    max_hosts: int,
    query: Query,
    cleaning_minutes: int = 0,
    pinned_uids: tuple[str, ...] = (),
) -> Verdict:
    hosts = tuple(n for n in view.nodes_in(zone) if any(r.lease_id == lease_id for r in n.reservations))
    problems: list[str] = []
    if not min_hosts <= len(hosts) <= max_hosts:
        problems.append(f"lease {lease_id} is on {len(hosts)} host(s), expected {min_hosts}..{max_hosts}")
    for n in hosts:
        if pinned_uids and n.uid not in pinned_uids:
            problems.append(f"host {n.hostname} was not one of the pinned nodes")
        elif not pinned_uids and not query.matches(n.columns, n.capabilities):
            problems.append(f"host {n.hostname} ({n.node_type}) does not match the request's filter")
    pad = timedelta(minutes=cleaning_minutes)
    for n in hosts:
        for r in n.reservations:
            if r.lease_id != lease_id and r.start - pad < end and r.end + pad > start:
                problems.append(f"host {n.hostname} is double-booked: reservation {r.reservation_id} of another "
                                f"lease overlaps {r.start:%Y-%m-%d %H:%M}..{r.end:%Y-%m-%d %H:%M}Z")
    return Verdict(not problems, hosts, tuple(problems))
