"""A seeding plan from a snapshot: one Blazar host per reservable node, and the snapshot's
allocations replayed as leases, shifted in time so the snapshot's fetch time maps to ``at``; plus
the site's synthetic floating IP pool (:mod:`.fip_seed`) placed relative to the same "now"."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from envboot import api
from envboot.core.errors import InputError
from envboot.core.timeutil import floor_minute, utcnow
from envboot.sandbox.fip_seed import FipPool, pool_for_site

# The reference fields the planner and downgrade ladder read, plus identity (see docs/planner.md).
CAPABILITY_PREFIXES = ("architecture.", "gpu.", "main_memory.", "processor.", "placement.")
IDENTITY = ("uid", "node_name", "node_type")


@dataclass(frozen=True, slots=True)
class SeedHost:
    name: str  # the hypervisor name = the node uid
    capabilities: dict[str, str]


@dataclass(frozen=True, slots=True)
class SeedLease:
    name: str
    start: datetime | None  # None: already running at the shifted "now"; Blazar's "now"
    end: datetime
    host_uids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SeedPlan:
    region: str
    site: str
    hosts: tuple[SeedHost, ...]
    leases: tuple[SeedLease, ...]
    shift: timedelta
    skipped_over: int  # reservations already over at the shifted "now"
    adjusted: int = 0  # leases started later because they overlapped the previous one on a host
    now: datetime | None = None  # the minute the snapshot's fetch time maps to (fetch time + shift)
    fips: FipPool | None = None  # the site's reservable floating IPs and the leases holding some


def plan_from_snapshot(data_dir: Path, at: datetime | None = None) -> SeedPlan:
    view = api.load_view(data_dir)
    sites = [s for s in view.sites if view.nodes_in(s.uid)]
    if len(sites) != 1:
        names = ", ".join(s.uid for s in sites)
        raise InputError(f"{data_dir}: a sandbox is one site; this data has {len(sites)} ({names})")
    site = sites[0]
    ref = view.data.fetched_at or view.data.fetched_before
    if ref is None:
        raise InputError(f"{data_dir}: cannot tell when the snapshot was taken (no fetched_at, no reservations)")
    now = floor_minute(at or utcnow())
    shift = now - floor_minute(ref)
    hosts: list[SeedHost] = []
    windows: dict[tuple[str, datetime, datetime], list[str]] = defaultdict(list)
    skipped = 0
    for node in view.nodes_in(site.uid):
        if not node.reservable:
            continue
        caps = {k: v for k, v in node.capabilities.items() if k.startswith(CAPABILITY_PREFIXES)}
        caps.update({"uid": node.uid, "node_name": node.hostname, "node_type": node.node_type})
        if node.su_factor is not None:  # a host the snapshot gives no su_factor gets none: the policy prices it
            caps["su_factor"] = f"{node.su_factor:g}"
        hosts.append(SeedHost(node.uid, caps))
        for r in node.reservations:
            start, end = floor_minute(r.start + shift), floor_minute(r.end + shift)
            if end <= now + timedelta(minutes=1):
                skipped += 1
                continue
            windows[(r.lease_id, start, end)].append(node.uid)
    leases = []
    busy_until: dict[str, datetime] = {}
    adjusted = 0
    for i, ((lease_id, start, end), uids) in enumerate(sorted(windows.items(), key=lambda kv: (kv[0][1], kv[0][0]))):
        # Chameleon's Blazar lets a renewal overlap the lease it follows by a few minutes; upstream
        # Blazar refuses that, so such a lease starts when the one before it on its hosts ends.
        floor = max((busy_until.get(u, start) for u in uids), default=start)
        if floor > start:
            adjusted += 1
            start = floor
        if start >= end:
            continue
        for u in uids:
            busy_until[u] = end
        leases.append(SeedLease(f"seed-{i:04d}-{lease_id[:8]}", None if start <= now + timedelta(minutes=1) else start,
                                end, tuple(sorted(uids))))
    return SeedPlan(site.name, site.uid, tuple(hosts), tuple(leases), shift, skipped, adjusted, now,
                    pool_for_site(site.uid, now))


def closer_than(plan: SeedPlan, minutes: int) -> int:
    """Pairs of consecutive seeded reservations on one host that are less than ``minutes`` apart.

    Blazar refuses to PLACE such a pair under ``cleaning_time = minutes``; the snapshot has them
    (Chameleon's Blazar accepted them), so seeding replays them with ``cleaning_time`` 0."""
    if minutes <= 0:
        return 0
    by_host: dict[str, list[SeedLease]] = defaultdict(list)
    for lease in plan.leases:
        for uid in lease.host_uids:
            by_host[uid].append(lease)
    gap = timedelta(minutes=minutes)
    pairs = 0
    for leases in by_host.values():
        leases.sort(key=lambda x: x.end)
        pairs += sum(1 for a, b in zip(leases, leases[1:], strict=False)
                     if b.start is not None and b.start - a.end < gap)
    return pairs
