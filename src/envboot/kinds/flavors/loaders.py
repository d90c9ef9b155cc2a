"""Load ``flavor:instance`` data from a directory. Every failure is one line naming file and field.

A flavor zone is a directory holding ``flavors.json``; single-site (files at the top of ``DIR``,
with ``meta.json`` naming the site) or multi-site (``DIR/<site>/``). Per zone:

- ``flavors.json``: ``openstack flavor list --long -f json`` (``ID, Name, RAM, Disk, Ephemeral,
  VCPUs, Is Public, Properties``) or Nova's ``GET /flavors/detail`` (``{"flavors": [...]}``, with
  ``extra_specs``, microversion >= 2.61);
- ``hosts.json`` / ``resource_map.json``: Blazar's hosts, as for ``physical:host``;
- ``resource_providers.json``: per Placement resource provider (named by the host's
  ``hypervisor_hostname``) the ``inventories`` Blazar copied (``GET
  /resource_providers/{uuid}/inventories``) and the ``traits``: ``[{"name", "inventories", "traits"}]``;
- ``allocations.json``: ``openstack reservation allocation list host -f json`` (which reservation
  holds which host, when);
- ``leases.json`` (optional): Blazar's ``GET /v1/leases`` (``{"leases": [...]}``), giving each
  reservation's ``resource_type``, ``amount`` and cached flavor (``resource_properties``);
  a reservation it does not describe is ``unknown`` and makes its host count as full;
- ``meta.json`` (optional): ``{"site": "kvm", "fetched_at": "...Z", "source": "synthetic"}``.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

import msgspec

from envboot.core.errors import InputError
from envboot.core.settings import BUNDLED_REFERENCE
from envboot.core.timeutil import parse_api_time
from envboot.data.sources.blazar_files import hosts_from_resource_map, load_allocations, load_hosts, load_resource_map
from envboot.data.sources.datadir import Meta
from envboot.data.sources.decode import decode_file
from envboot.data.sources.inventory_files import load_sites
from envboot.domain.model import DataInfo
from envboot.kinds.flavors.model import (
    FLAVOR_INSTANCE,
    PHYSICAL_HOST,
    UNKNOWN,
    VIRTUAL_INSTANCE,
    Flavor,
    FlavorData,
    FlavorZone,
    HostReservation,
    Inventory,
    KvmHost,
    usage_of,
)

FLAVORS = "flavors.json"
RESOURCE_PROVIDERS = "resource_providers.json"
LEASES = "leases.json"
ALLOCATIONS = "allocations.json"
CACHED_FLAVOR_KEY = "OS-FLV-EXT-DATA:ephemeral"  # Blazar's test for a cached flavor (_get_cached_flavor)


# -- flavors -----------------------------------------------------------------------------------
class _OscFlavor(msgspec.Struct, forbid_unknown_fields=False):
    id: str | int = msgspec.field(name="ID")
    name: str = msgspec.field(name="Name")
    ram: int = msgspec.field(name="RAM")
    disk: int = msgspec.field(name="Disk")
    vcpus: int = msgspec.field(name="VCPUs")
    ephemeral: int = msgspec.field(name="Ephemeral", default=0)
    is_public: bool = msgspec.field(name="Is Public", default=True)
    properties: dict[str, str] | str | None = msgspec.field(name="Properties", default=None)


class _NovaFlavor(msgspec.Struct, forbid_unknown_fields=False):
    id: str | int
    name: str
    ram: int
    disk: int
    vcpus: int
    ephemeral: int = msgspec.field(name="OS-FLV-EXT-DATA:ephemeral", default=0)
    is_public: bool = msgspec.field(name="os-flavor-access:is_public", default=True)
    extra_specs: dict[str, str] = {}


class _NovaFlavors(msgspec.Struct, forbid_unknown_fields=False):
    flavors: list[_NovaFlavor]


_PROP_RE = re.compile(r"\s*([^=,\s]+)\s*=\s*'((?:[^'\\]|\\.)*)'\s*(?:,|$)")


def _properties(text: str, where: str) -> dict[str, str]:
    """Older python-openstackclient prints extra specs as ``key='value', key2='value2'``."""
    out: dict[str, str] = {}
    pos = 0
    text = text.strip()
    while pos < len(text):
        m = _PROP_RE.match(text, pos)
        if not m:
            raise InputError(f"{where}.Properties: cannot read {text!r}; expected key='value', ...")
        out[m.group(1)] = m.group(2)
        pos = m.end()
    return out


def load_flavors(path: Path) -> tuple[Flavor, ...]:
    raw = decode_file(path, list[dict[str, Any]] | _NovaFlavors)
    flavors: list[Flavor] = []
    items: list[_OscFlavor | _NovaFlavor] = []
    if isinstance(raw, _NovaFlavors):
        items = list(raw.flavors)
    else:
        for i, item in enumerate(raw):
            try:  # the OpenStack CLI's columns ("ID", "Name", ...) or the API's fields
                items.append(msgspec.convert(item, _OscFlavor if "ID" in item else _NovaFlavor, strict=True))
            except msgspec.ValidationError as exc:
                raise InputError(f"{path}: [{i}]: {exc}") from None
    for i, f in enumerate(items):
        where = f"{path}: [{i}]" if isinstance(raw, list) else f"{path}: flavors[{i}]"
        if isinstance(f, _OscFlavor):
            props = f.properties
            specs = _properties(props, where) if isinstance(props, str) else dict(props or {})
        else:
            specs = dict(f.extra_specs)
        flavor = Flavor(str(f.id), f.name, f.vcpus, f.ram, f.disk, f.ephemeral, specs, f.is_public)
        _check_flavor(flavor, where)
        flavors.append(flavor)
    seen: set[str] = set()
    for i, f in enumerate(flavors):
        if f.id in seen:
            raise InputError(f"{path}: [{i}]: flavor id {f.id!r} appears twice")
        seen.add(f.id)
    return tuple(flavors)


def _check_flavor(f: Flavor, where: str) -> None:
    if not f.id or not f.name:
        raise InputError(f"{where}: a flavor needs a non-empty id and name")
    for field_name in ("vcpus", "ram", "disk", "ephemeral"):
        if getattr(f, field_name) < 0:
            raise InputError(f"{where}.{field_name}: must be >= 0, got {getattr(f, field_name)}")


def flavor_from_cached(text: str | dict[str, Any], where: str) -> Flavor | None:
    """The flavor Blazar cached in a reservation's ``resource_properties``, or ``None`` when the
    text has no ``OS-FLV-EXT-DATA:ephemeral`` (then Blazar's flavor plugin cannot size the
    reservation and fails with ``ReservationTypeConflict``)."""
    if isinstance(text, str):
        if CACHED_FLAVOR_KEY not in text:
            return None
        try:
            data = json.loads(text)
        except ValueError:
            raise InputError(f"{where}.resource_properties: not JSON") from None
    else:
        if CACHED_FLAVOR_KEY not in text:
            return None
        data = text
    try:
        raw = msgspec.convert(data, _NovaFlavor, strict=True)
    except msgspec.ValidationError as exc:
        raise InputError(f"{where}.resource_properties: {exc}") from None
    flavor = Flavor(str(raw.id), raw.name, raw.vcpus, raw.ram, raw.disk, raw.ephemeral, dict(raw.extra_specs))
    _check_flavor(flavor, f"{where}.resource_properties")
    return flavor


# -- resource providers -------------------------------------------------------------------------
class _RawProvider(msgspec.Struct, forbid_unknown_fields=False):
    name: str
    inventories: dict[str, Inventory]
    traits: list[str] = []
    uuid: str | None = None


class _ProvidersEnvelope(msgspec.Struct, forbid_unknown_fields=False):
    resource_providers: list[_RawProvider]


def load_resource_providers(path: Path) -> dict[str, _RawProvider]:
    raw = decode_file(path, list[_RawProvider] | _ProvidersEnvelope)
    items = raw.resource_providers if isinstance(raw, _ProvidersEnvelope) else raw
    out: dict[str, _RawProvider] = {}
    for i, rp in enumerate(items):
        where = f"{path}: [{i}]"
        if not rp.name:
            raise InputError(f"{where}.name: expected the host's hypervisor_hostname")
        if rp.name in out:
            raise InputError(f"{where}.name: resource provider {rp.name!r} appears twice")
        for rc, inv in rp.inventories.items():
            w = f"{where}.inventories.{rc}"
            if inv.total < 0 or inv.reserved < 0 or inv.max_unit < 1:
                raise InputError(f"{w}: total and reserved must be >= 0 and max_unit >= 1")
            if not inv.allocation_ratio > 0 or inv.allocation_ratio == float("inf"):
                raise InputError(f"{w}.allocation_ratio: must be a positive number, got {inv.allocation_ratio}")
        out[rp.name] = rp
    return out


# -- leases ---------------------------------------------------------------------------------------
class _RawLeaseReservation(msgspec.Struct, forbid_unknown_fields=False):
    id: str
    resource_type: str
    amount: int | None = None
    resource_properties: str | dict[str, Any] | None = None
    flavor_id: str | None = None


class _RawLease(msgspec.Struct, forbid_unknown_fields=False):
    id: str
    reservations: list[_RawLeaseReservation] = []


class _LeasesEnvelope(msgspec.Struct, forbid_unknown_fields=False):
    leases: list[_RawLease]


def load_leases(path: Path) -> dict[str, tuple[str, int, Flavor | None, str]]:
    """``{reservation id: (resource_type, amount, cached flavor or None, where)}``."""
    raw = decode_file(path, list[_RawLease] | _LeasesEnvelope)
    items = raw.leases if isinstance(raw, _LeasesEnvelope) else raw
    out: dict[str, tuple[str, int, Flavor | None, str]] = {}
    for i, lease in enumerate(items):
        for j, r in enumerate(lease.reservations):
            where = f"{path}: leases[{i}].reservations[{j}]"
            flavor = None
            amount = 0
            if r.resource_type != PHYSICAL_HOST:
                if r.amount is None or r.amount < 1:
                    raise InputError(f"{where}.amount: a {r.resource_type} reservation needs an amount >= 1")
                amount = r.amount
                if r.resource_properties is not None:
                    flavor = flavor_from_cached(r.resource_properties, where)
            out[r.id] = (r.resource_type, amount, flavor, where)
    return out


# -- a zone ----------------------------------------------------------------------------------------
def load_zone(directory: Path, zone: str, name: str) -> FlavorZone:
    flavors = load_flavors(directory / FLAVORS)
    hosts_path, map_path = directory / "hosts.json", directory / "resource_map.json"
    if hosts_path.exists():
        blazar_hosts = list(load_hosts(hosts_path))
    elif map_path.exists():
        blazar_hosts = list(hosts_from_resource_map(load_resource_map(map_path)))
    else:
        raise InputError(f"{directory}: neither hosts.json nor resource_map.json found; flavor:instance needs "
                         "Blazar's hosts (`openstack reservation host list -f json`)")
    rp_path = directory / RESOURCE_PROVIDERS
    if not rp_path.exists():
        raise InputError(f"{rp_path}: not found; flavor:instance needs each host's Placement inventories "
                         "(see docs/planner.md, flavor:instance)")
    providers = load_resource_providers(rp_path)
    alloc_path = directory / ALLOCATIONS
    if not alloc_path.exists():
        raise InputError(f"{alloc_path}: not found; export it with "
                         "`openstack reservation allocation list host -f json`")
    allocations = load_allocations(alloc_path)
    leases = load_leases(directory / LEASES) if (directory / LEASES).exists() else {}
    warnings: list[str] = []
    by_id: dict[str, list[HostReservation]] = {}
    unknown: set[str] = set()
    for a in allocations:
        seen: set[str] = set()
        for r in a.reservations:
            if r.reservation_id in seen:
                continue  # Blazar's query returns a reservation once per host, however many slots it holds there
            seen.add(r.reservation_id)
            info = leases.get(r.reservation_id)
            flavor = None
            usage: dict[str, int] = {}
            if info is None:
                rtype, amount = UNKNOWN, 0
                unknown.add(r.reservation_id)
            else:
                rtype, amount, flavor, where = info
                if flavor is not None:
                    rtype, usage = FLAVOR_INSTANCE, usage_of(flavor, amount, where=where)
                elif rtype != PHYSICAL_HOST:
                    rtype = VIRTUAL_INSTANCE  # no cached flavor: Blazar's flavor plugin cannot size it
            by_id.setdefault(a.resource_id, []).append(HostReservation(
                r.reservation_id, r.lease_id, r.start, r.end, rtype, amount, usage,
                flavor.name if flavor is not None else None))
    if unknown:
        warnings.append(f"{len(unknown)} reservation(s) in {alloc_path.name} are not described by {LEASES}: "
                        "their hosts count as full while they last")
    hosts: list[KvmHost] = []
    missing_rp = []
    for h in blazar_hosts:
        rp = providers.get(h.hypervisor_hostname)
        if rp is None and h.reservable:
            missing_rp.append(h.hypervisor_hostname)
        hosts.append(KvmHost(
            h.id, h.hypervisor_hostname, h.reservable,
            dict(rp.inventories) if rp else {}, frozenset(rp.traits) if rp else None,
            tuple(by_id.get(h.id, ())),
        ))
    if missing_rp:
        warnings.append(f"{len(missing_rp)} reservable host(s) have no entry in {RESOURCE_PROVIDERS} "
                        f"(e.g. {missing_rp[0]}): Blazar holds no inventory for them, so no instance fits there")
    known_ids = {h.id for h in blazar_hosts}
    stray = [a.resource_id for a in allocations if a.resource_id not in known_ids and a.reservations]
    if stray:
        warnings.append(f"{len(stray)} allocation(s) name hosts not in the host list (e.g. {stray[0]}); ignored")
    return FlavorZone(zone, name, flavors, tuple(hosts), tuple(warnings))


def _site_names(path: Path) -> dict[str, str]:
    for candidate in (path / "sites.json", BUNDLED_REFERENCE / "sites.json"):
        if candidate.exists():
            return {s.uid: s.name for s in load_sites(candidate)}
    return {}


def load_flavor_data(path: Path) -> FlavorData:
    """Every flavor zone under ``path`` (the top itself, or its sub-directories)."""
    path = Path(path)
    if not path.is_dir():
        raise InputError(f"{path}: data directory not found (set --data or ENVBOOT_DATA)")
    names = _site_names(path)
    dirs: list[tuple[Path, str]] = []
    if (path / FLAVORS).exists():
        meta = _meta(path)
        if not meta.site:
            raise InputError(f"{path / 'meta.json'}: needs {{\"site\": \"<site>\"}} to name the zone of {FLAVORS}")
        dirs.append((path, meta.site))
    for sub in sorted(p for p in path.iterdir() if p.is_dir() and (p / FLAVORS).exists()):
        dirs.append((sub, _meta(sub).site or sub.name))
    if not dirs:
        raise InputError(f"{path}: no {FLAVORS} (nor DIR/<site>/{FLAVORS}): flavor:instance needs the flavors, "
                         f"hosts, {RESOURCE_PROVIDERS} and {ALLOCATIONS} of a KVM site (docs/planner.md)")
    zones: list[FlavorZone] = []
    fetched: list[datetime] = []
    sources: list[str] = []
    for directory, site in dirs:
        if any(z.zone == site for z in zones):
            raise InputError(f"{directory}: zone {site!r} appears twice in {path}")
        meta = _meta(directory)
        if meta.fetched_at:
            fetched.append(parse_api_time(meta.fetched_at, where=f"{directory / 'meta.json'}: fetched_at"))
        if meta.source:
            sources.append(meta.source)
        zones.append(load_zone(directory, site, names.get(site, site)))
    top = _meta(path)
    info = DataInfo(top.source or (sources[0] if sources else "snapshot"), str(path), min(fetched) if fetched else None)
    return FlavorData(tuple(zones), info)


def _meta(directory: Path) -> Meta:
    p = directory / "meta.json"
    return decode_file(p, Meta) if p.exists() else Meta()
