"""What a seeded sandbox answers, for comparing two of them (fresh replay vs cached seeded database)."""

from __future__ import annotations

import json
import time
import urllib.request
from datetime import timedelta
from pathlib import Path

from envboot.core.timeutil import parse_api_time, utcnow
from envboot.sandbox import fip_seed, seed, seed_cache

# Blazar's lease statuses in flight (docs: blazar-facts "transitional")
TRANSITIONAL = frozenset({"CREATING", "STARTING", "UPDATING", "TERMINATING", "DELETING"})
SLACK = timedelta(minutes=2)  # a "now" lease starts at the minute it was created (fresh) or restored


def state_of(info) -> dict:  # noqa: ANN001
    """Once Blazar has run every due event (a lease seeded "now" is PENDING until its start event runs)."""
    deadline = time.monotonic() + 60
    while seed_cache._due_events(Path(info.home) / seed_cache.DB) and time.monotonic() < deadline:
        time.sleep(0.5)
    admin = seed.client_for(info, "admin")
    # Blazar marks the start event DONE before its status decorator turns the lease STARTING -> ACTIVE
    while any(x["status"] in TRANSITIONAL for x in admin.lease.list()) and time.monotonic() < deadline:
        time.sleep(0.5)
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
    raw_hosts = admin.host.list()
    hosts = sorted((h["hypervisor_hostname"], h.get("node_type"), h.get("uid")) for h in raw_hosts)
    with urllib.request.urlopen(f"{info.control_url}/floatingips", timeout=30) as resp:  # what Neutron holds
        neutron = sorted(f["floating_ip_address"] for f in json.load(resp)["floatingips"])
    hosts.append(("neutron floating IPs", *neutron))
    return {"leases": leases, "allocations": allocations, "hosts": hosts, "at": utcnow(),
            "host_docs": sorted(_doc(h) for h in raw_hosts),
            "lease_docs": sorted(_lease_doc(x) for x in admin.lease.list())}


# What two sandboxes legitimately differ in: row ids, row timestamps, Keystone trusts (made anew per
# sandbox); dates are compared separately (shifted, with SLACK for leases that started "now").
VOLATILE = frozenset({"id", "lease_id", "resource_id", "created_at", "updated_at", "trust_id"})


def _doc(d: dict) -> tuple:
    """A Blazar document as its API returned it, minus :data:`VOLATILE` keys and dates: sorted (key, JSON)."""
    return tuple(sorted((k, json.dumps(v, sort_keys=True, default=str)) for k, v in d.items()
                        if k not in VOLATILE and not k.endswith("_date") and k != "events"))


def _lease_doc(lease: dict) -> tuple:
    """A lease by name: every other field, and each reservation's, as the API returned them (see :func:`_doc`)."""
    rest = {k: v for k, v in lease.items() if k != "reservations"}
    return (lease["name"], _doc(rest), tuple(sorted(_doc(r) for r in lease.get("reservations") or [])))


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


def _first(xs: list, ys: list, same=None) -> str:  # noqa: ANN001
    """'' if the two lists agree item by item (``same(x, y)``, default ``==``), else the first difference."""
    if len(xs) != len(ys):
        return f"{len(xs)} vs {len(ys)} items"
    for x, y in zip(xs, ys, strict=True):
        if not (same(x, y) if same else x == y):
            return f"{x} vs {y}"[:300]
    return ""


def comparison(a: dict, b: dict, delta: timedelta = timedelta(0)) -> list[tuple[str, str, str, str]]:
    """One row per thing compared: (what, in a, in b, 'identical' or the first difference). Hosts and leases
    as Blazar's API returned them (every field but :data:`VOLATILE`); lease dates and allocation windows
    shifted by ``delta`` (``a`` was seeded ``delta`` before ``b``), a start "now" within SLACK."""
    sa = shifted(a, delta)

    def start_ok(s1, s2) -> bool:  # noqa: ANN001
        return _same_start(s1, s2, sa["at"], b["at"])

    def lease_same(x, y) -> bool:  # noqa: ANN001
        return (x[0], x[1], x[3], x[4]) == (y[0], y[1], y[3], y[4]) and start_ok(x[2], y[2])

    def host_same(x, y) -> bool:  # noqa: ANN001
        return x[0] == y[0] and len(x[1]) == len(y[1]) and all(
            e1 == e2 and start_ok(s1, s2) for (s1, e1), (s2, e2) in zip(x[1], y[1], strict=True))

    windows = [sum(len(w) for w in x["allocations"].values()) for x in (sa, b)]  # hosts' and floating IPs'
    rows = [("hosts: every field but id and timestamps", len(a["host_docs"]), len(b["host_docs"]),
             _first(a["host_docs"], b["host_docs"])),
            ("leases: every field and reservation but ids, dates, timestamps, trust", len(a["lease_docs"]),
             len(b["lease_docs"]), _first(a["lease_docs"], b["lease_docs"])),
            ("leases: name, status, start, end, reservations (shifted)", len(a["leases"]), len(b["leases"]),
             _first(sa["leases"], b["leases"], lease_same)),
            ("floating IPs Neutron holds", len(a["hosts"][-1]) - 1, len(b["hosts"][-1]) - 1,
             _first(list(a["hosts"][-1]), list(b["hosts"][-1]))),
            ("allocations: host or floating IP, reservation windows (shifted)",
             f"{len(a['allocations'])} resources, {windows[0]} windows",
             f"{len(b['allocations'])} resources, {windows[1]} windows",
             _first(sorted(sa["allocations"].items()), sorted(b["allocations"].items()), host_same))]
    return [(what, str(x), str(y), diff or "identical") for what, x, y, diff in rows]
