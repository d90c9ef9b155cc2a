"""What a seeded sandbox answers, for comparing two of them (fresh replay vs cached seeded database)."""

from __future__ import annotations

import json
import time
import urllib.request
from datetime import timedelta
from pathlib import Path

from envboot.core.timeutil import parse_api_time, utcnow
from envboot.sandbox import fip_seed, seed, seed_cache

SLACK = timedelta(minutes=2)  # a "now" lease starts at the minute it was created (fresh) or restored


def state_of(info) -> dict:  # noqa: ANN001
    """Once Blazar has run every due event (a lease seeded "now" is PENDING until its start event runs)."""
    deadline = time.monotonic() + 60
    while seed_cache._due_events(Path(info.home) / seed_cache.DB) and time.monotonic() < deadline:
        time.sleep(0.5)
    admin = seed.client_for(info, "admin")
    names = {str(h["id"]): h["hypervisor_hostname"] for h in admin.host.list()}
    leases = sorted((lease["name"], lease["status"], parse_api_time(lease["start_date"], where="start_date"),
                     parse_api_time(lease["end_date"], where="end_date"), len(lease["reservations"]))
                    for lease in admin.lease.list())
    allocations: dict[str, list] = {}
    for a in admin.allocation.list("os-hosts"):
        allocations[names[str(a["resource_id"])]] = sorted(
            (parse_api_time(r["start_date"], where="start_date"), parse_api_time(r["end_date"], where="end_date"))
            for r in a["reservations"])
    for address, reservations in fip_seed.allocations(admin).items():  # the floating IP pool's, by address
        allocations[f"floating IP {address}"] = sorted(
            (parse_api_time(r["start_date"], where="start_date"), parse_api_time(r["end_date"], where="end_date"))
            for r in reservations)
    hosts = sorted((h["hypervisor_hostname"], h.get("node_type"), h.get("uid")) for h in admin.host.list())
    with urllib.request.urlopen(f"{info.control_url}/floatingips", timeout=30) as resp:  # what Neutron holds
        neutron = sorted(f["floating_ip_address"] for f in json.load(resp)["floatingips"])
    hosts.append(("neutron floating IPs", *neutron))
    return {"leases": leases, "allocations": allocations, "hosts": hosts, "at": utcnow()}


def _same_start(s1, s2, a_at, b_at) -> bool:  # noqa: ANN001
    """Equal, or both leases already started when their sandbox was read (seeded "now": each starts at the
    minute its sandbox created or restored it)."""
    return s1 == s2 or (s1 <= a_at + SLACK and s2 <= b_at + SLACK)


def shifted(a: dict, delta: timedelta) -> dict:
    """``a`` as seeded ``delta`` later (a sandbox seeded at another minute: every planned date moves with
    it, and so does the time ``a`` was read: a start already past in ``a`` stays "already started")."""
    return {**a, "at": a["at"] + delta,
            "leases": [(n, st, s + delta, e + delta, k) for n, st, s, e, k in a["leases"]],
            "allocations": {h: [(s + delta, e + delta) for s, e in w] for h, w in a["allocations"].items()}}


def differences(a: dict, b: dict, delta: timedelta = timedelta(0)) -> str:
    """'' when both answer the same (``a`` seeded ``delta`` before ``b``): hosts, lease names/status/end/size
    exact, starts exact except leases that started "now" (within SLACK); the first difference otherwise."""
    a = shifted(a, delta)
    if a["hosts"] != b["hosts"]:
        return f"hosts differ ({len(a['hosts'])} vs {len(b['hosts'])})"
    if len(a["leases"]) != len(b["leases"]):
        return f"{len(a['leases'])} vs {len(b['leases'])} leases"
    for x, y in zip(a["leases"], b["leases"], strict=True):
        if (x[0], x[1], x[3], x[4]) != (y[0], y[1], y[3], y[4]) or not _same_start(x[2], y[2], a["at"], b["at"]):
            return f"lease {x} vs {y}"
    if sorted(a["allocations"]) != sorted(b["allocations"]):
        return "allocated hosts differ"
    for host, wa in a["allocations"].items():
        wb = b["allocations"][host]
        if len(wa) != len(wb) or any(e1 != e2 or not _same_start(s1, s2, a["at"], b["at"])
                                     for (s1, e1), (s2, e2) in zip(wa, wb, strict=True)):
            return f"host {host}: {wa} vs {wb}"
    return ""
