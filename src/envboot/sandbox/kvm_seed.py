"""Seed a sandbox as a KVM site (``flavor:instance``): KVM hypervisors with Placement inventories
and traits, Nova flavors, and the data's reservations replayed through the REAL Blazar.

The sandbox must run Blazar's flavor plugin (``runtime.up(..., flavor_plugin=True)``). The data is
a flavor zone directory (``examples/kvm-synthetic``: SYNTHETIC): ``flavors.json``, ``hosts.json``,
``resource_providers.json``, ``allocations.json`` and ``leases.json`` (see
``envboot/kinds/flavors/loaders.py``). Times shift so the data's fetch time maps to ``at`` (default
now): a reservation already running starts ``now``, one already over is skipped.

``flavor:instance`` reservations are replayed as what they are (a flavor id and an amount): the
real Blazar decides where their instances go, so their hosts are Blazar's, not the data's.
``physical:host`` reservations are pinned to their host (``$hypervisor_hostname``). Non-reservable
hosts are left out (Blazar 18 cannot add a host as non-reservable). The replay runs with
``cleaning_time`` 0 and restores the sandbox's value afterwards, as :mod:`.seed` does.
"""

from __future__ import annotations

import json
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from envboot.core.errors import EnvbootError, InputError
from envboot.core.timeutil import blazar_date, floor_minute, utcnow
from envboot.data.sources.blazar_files import load_allocations, load_hosts
from envboot.kinds.flavors.loaders import FLAVORS, load_flavor_data, load_flavors, load_leases, load_resource_providers
from envboot.kinds.flavors.model import FLAVOR_INSTANCE, PHYSICAL_HOST, Flavor
from envboot.sandbox import runtime
from envboot.sandbox.runtime import SandboxInfo
from envboot.sandbox.seed import client_for

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True, slots=True)
class KvmHost:
    name: str  # hypervisor_hostname
    vcpus: int
    memory_mb: int
    local_gb: int
    inventories: dict[str, dict]
    traits: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class KvmReservation:
    resource_type: str  # flavor:instance | physical:host
    flavor_id: str | None = None
    amount: int = 0
    host: str | None = None  # physical:host: the hypervisor it holds


@dataclass(frozen=True, slots=True)
class KvmLease:
    name: str
    start: datetime | None  # None: already running at the shifted "now" (Blazar's "now")
    end: datetime
    reservations: tuple[KvmReservation, ...]


@dataclass(frozen=True, slots=True)
class KvmSeedPlan:
    region: str
    site: str
    hosts: tuple[KvmHost, ...]
    flavors: tuple[Flavor, ...]
    leases: tuple[KvmLease, ...]
    shift: timedelta
    skipped_over: int = 0  # reservations already over at the shifted "now"


@dataclass(frozen=True, slots=True)
class KvmSeedResult:
    hosts: int
    flavors: int
    leases: int
    seconds: float
    lease_ids: dict[str, str]  # seeded lease name -> Blazar lease id


def plan_from_kvm_dir(directory: Path, at: datetime | None = None) -> KvmSeedPlan:
    """A seeding plan from a flavor zone directory (single-site layout)."""
    directory = Path(directory)
    if not (directory / FLAVORS).exists():
        raise InputError(f"{directory}: no {FLAVORS}; a KVM sandbox is seeded from a flavor zone directory "
                         "(e.g. examples/kvm-synthetic)")
    data = load_flavor_data(directory)
    if len(data.zones) != 1:
        raise InputError(f"{directory}: a sandbox is one site; this data has {len(data.zones)} flavor zones")
    zone = data.zones[0]
    ref = data.data.fetched_at
    if ref is None:
        raise InputError(f"{directory / 'meta.json'}: needs fetched_at (when the data was taken)")
    now = floor_minute(at or utcnow())
    shift = now - floor_minute(ref)
    providers = load_resource_providers(directory / "resource_providers.json")
    blazar_hosts = list(load_hosts(directory / "hosts.json"))
    hosts = []
    names = {}
    for h in blazar_hosts:
        names[h.id] = h.hypervisor_hostname
        if not h.reservable:
            continue
        rp = providers.get(h.hypervisor_hostname)
        inventories = {rc: {"total": inv.total, "reserved": inv.reserved, "min_unit": inv.min_unit,
                            "max_unit": inv.max_unit, "step_size": inv.step_size,
                            "allocation_ratio": inv.allocation_ratio}
                       for rc, inv in (rp.inventories if rp else {}).items()}
        cols = h.columns
        hosts.append(KvmHost(h.hypervisor_hostname, int(cols.get("vcpus") or 0) or 48,
                             int(cols.get("memory_mb") or 0) or 131072, int(cols.get("local_gb") or 0) or 1800,
                             inventories, tuple(rp.traits) if rp else ()))
    reservable = {h.name for h in hosts}
    flavors = load_flavors(directory / FLAVORS)
    leases_info = load_leases(directory / "leases.json") if (directory / "leases.json").exists() else {}
    by_id = {f.id: f for f in flavors}
    # one window per reservation: the hosts it holds (physical:host) or its flavor and amount
    windows: dict[str, tuple[str, datetime, datetime, list[str]]] = {}
    for a in load_allocations(directory / "allocations.json"):
        for r in a.reservations:
            w = windows.setdefault(r.reservation_id, (r.lease_id, r.start, r.end, []))
            w[3].append(names.get(a.resource_id, a.resource_id))
    leases: dict[str, list] = {}
    skipped = 0
    for rid, (lease_id, start, end, hostnames) in sorted(windows.items(), key=lambda kv: (kv[1][1], kv[0])):
        start, end = floor_minute(start + shift), floor_minute(end + shift)
        if end <= now + timedelta(minutes=1):
            skipped += 1
            continue
        info = leases_info.get(rid)
        if info is None:
            raise InputError(f"{directory / 'leases.json'}: reservation {rid} is not described; cannot replay it")
        rtype, amount, cached, where = info
        if rtype == PHYSICAL_HOST:
            res = [KvmReservation(PHYSICAL_HOST, host=h) for h in sorted(set(hostnames)) if h in reservable]
        elif rtype == FLAVOR_INSTANCE and cached is not None:
            if cached.id not in by_id:
                raise InputError(f"{where}: its flavor {cached.id} ({cached.name}) is not in {FLAVORS}")
            res = [KvmReservation(FLAVOR_INSTANCE, flavor_id=cached.id, amount=amount)]
        else:
            raise InputError(f"{where}: only flavor:instance (with a cached flavor) and physical:host replay")
        entry = leases.setdefault(lease_id, [start, end, []])
        entry[2].extend(res)
    out = []
    for i, (lease_id, (start, end, res)) in enumerate(sorted(leases.items(), key=lambda kv: (kv[1][0], kv[0]))):
        if res:
            out.append(KvmLease(f"seed-{i:04d}-{lease_id[:8]}", None if start <= now + timedelta(minutes=1) else start,
                                end, tuple(res)))
    return KvmSeedPlan(zone.name, zone.zone, tuple(hosts), flavors, tuple(out), shift, skipped)


def _control(info: SandboxInfo, path: str, body: dict) -> None:
    req = urllib.request.Request(f"{info.control_url}/{path}", data=json.dumps(body).encode(), method="POST",
                                 headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req, timeout=30).close()


def reservation_body(r: KvmReservation) -> dict:
    if r.resource_type == FLAVOR_INSTANCE:
        return {"resource_type": FLAVOR_INSTANCE, "flavor_id": r.flavor_id, "amount": r.amount, "affinity": None}
    return {"resource_type": PHYSICAL_HOST, "min": 1, "max": 1, "resource_properties": "",
            "hypervisor_properties": json.dumps(["==", "$hypervisor_hostname", r.host])}


def add_hosts_and_flavors(info: SandboxInfo, hosts, flavors) -> None:
    """The cloud as an operator set it up: hypervisors, resource providers (inventories, traits), flavors."""
    _control(info, "kvm_hosts", {"hosts": [
        {"name": h.name, "vcpus": h.vcpus, "memory_mb": h.memory_mb, "local_gb": h.local_gb,
         "inventories": h.inventories, "traits": list(h.traits)} for h in hosts]})
    _control(info, "flavors", {"flavors": [
        {"id": f.id, "name": f.name, "vcpus": f.vcpus, "ram": f.ram, "disk": f.disk, "ephemeral": f.ephemeral,
         "extra_specs": dict(f.extra_specs), "is_public": f.is_public} for f in flavors]})


def apply_kvm(info: SandboxInfo, plan: KvmSeedPlan, on_progress: Progress | None = None) -> KvmSeedResult:
    if not info.flavor_plugin:
        raise EnvbootError("sandbox: a KVM seed needs Blazar's flavor plugin (start it with flavor_plugin=True)")
    started = time.monotonic()
    report = on_progress or (lambda stage, done, total: None)
    admin = client_for(info, "admin")
    add_hosts_and_flavors(info, plan.hosts, plan.flavors)
    report("hosts", 0, len(plan.hosts))
    for i, h in enumerate(plan.hosts, 1):
        admin.host.create(name=h.name)
        report("hosts", i, len(plan.hosts))
    cleaning = runtime.get_cleaning_time(info)
    ids: dict[str, str] = {}
    report("leases", 0, len(plan.leases))
    runtime.set_cleaning_time(info, 0)
    try:
        for i, lease in enumerate(plan.leases, 1):
            start = "now" if lease.start is None else blazar_date(lease.start)
            try:
                doc = admin.lease.create(lease.name, start, blazar_date(lease.end),
                                         [reservation_body(r) for r in lease.reservations], [])
            except Exception as exc:
                raise EnvbootError(f"sandbox seeding: lease {lease.name} refused: "
                                   f"{' '.join(str(exc).split())[:200]}") from None
            ids[lease.name] = doc["id"]
            report("leases", i, len(plan.leases))
    finally:
        runtime.set_cleaning_time(info, cleaning)
    return KvmSeedResult(len(plan.hosts), len(plan.flavors), len(plan.leases), time.monotonic() - started, ids)
