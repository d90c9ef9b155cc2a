"""Discover and load a data directory (single-site or multi-site layout).

Single-site (the seed's): ``DIR/allocations.json``, ``DIR/hosts.json`` and/or
``DIR/resource_map.json`` beside the inventory (``sites.json``, ``{site}_clusters.json``,
``{site}_chameleon_nodes.json``). Multi-site: each site's live files in ``DIR/<site>/``
beside a shared inventory at the top. An optional ``meta.json`` (top or per site) says
``{"site": "uc", "fetched_at": "...Z", "source": "snapshot|live|synthetic"}``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import msgspec

from envboot.core.errors import InputError
from envboot.core.timeutil import parse_api_time
from envboot.data.sources.blazar_files import hosts_from_resource_map, load_allocations, load_hosts, load_resource_map
from envboot.data.sources.decode import decode_file
from envboot.data.sources.inventory_files import NODES_SUFFIX, load_nodes, load_sites
from envboot.domain.model import Allocation, BlazarHost, InventoryNode, Site, SiteLiveData

ALLOCATIONS = "allocations.json"
HOSTS = "hosts.json"
RESOURCE_MAP = "resource_map.json"
META = "meta.json"
SITES = "sites.json"
MISSING_ALLOCATIONS_HINT = ("export it with `openstack reservation allocation list host -f json`, "
                            "or fetch live data with `envboot refresh`")


class Meta(msgspec.Struct, forbid_unknown_fields=False):
    site: str | None = None
    fetched_at: str | None = None
    source: str | None = None
    stale: bool = False
    stale_reason: str | None = None


@dataclass(frozen=True, slots=True)
class DataSet:
    """Everything read from one data directory, before the merge."""

    path: Path
    sites: tuple[Site, ...]
    inventory: tuple[InventoryNode, ...]
    live: tuple[SiteLiveData, ...]
    source: str


def load_dataset(path: Path, *, allocations_file: Path | None = None, require_live: bool = True) -> DataSet:
    """``require_live=False`` accepts an inventory without Blazar files (to resolve zone and node-type
    names before a first refresh); every answer about availability needs the live files."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: data directory not found (set --data or ENVBOOT_DATA)")
    if not path.is_dir():
        raise InputError(f"{path}: not a directory (set --data or ENVBOOT_DATA to a data directory)")
    top_meta = _load_meta(path)
    inventory = _load_inventory(path)
    sites = _load_site_list(path, inventory)
    live: list[SiteLiveData] = []
    top_hosts = next((f for f in (path / HOSTS, path / RESOURCE_MAP) if f.exists()), None)
    if top_hosts is not None and allocations_file is None and not (path / ALLOCATIONS).exists():
        raise InputError(f"{path / ALLOCATIONS}: not found beside {top_hosts.name}; {MISSING_ALLOCATIONS_HINT}")
    if (path / ALLOCATIONS).exists() or allocations_file is not None:
        site_id = _single_site_id(path, top_meta, inventory, sites)
        live.append(_load_site_live(path, site_id, top_meta, allocations_file))
    for sub in sorted(p for p in path.iterdir() if p.is_dir() and (p / ALLOCATIONS).exists()):
        meta = _load_meta(sub)
        site_id = meta.site or sub.name
        if any(s.site_id == site_id for s in live):
            raise InputError(f"{sub}: site {site_id!r} also has live files at the top of {path}")
        live.append(_load_site_live(sub, site_id, meta, None))
    for sub in sorted(p for p in path.iterdir() if p.is_dir() and not (p / ALLOCATIONS).exists()):
        if (sub / HOSTS).exists() or (sub / RESOURCE_MAP).exists():
            beside = HOSTS if (sub / HOSTS).exists() else RESOURCE_MAP
            raise InputError(f"{sub / ALLOCATIONS}: not found beside {beside}; {MISSING_ALLOCATIONS_HINT}")
    if not live:
        if not inventory:
            raise InputError(
                f"{path}: no {ALLOCATIONS} and no *{NODES_SUFFIX} found; is this an envboot data directory?"
            )
        if not require_live:
            return DataSet(path, tuple(sites), inventory, (), top_meta.source or "inventory")
        raise InputError(f"{path / ALLOCATIONS}: not found (nor DIR/<site>/{ALLOCATIONS}): without Blazar's "
                         f"allocations nothing can be called free; {MISSING_ALLOCATIONS_HINT}")
    known = {s.uid for s in sites}
    extra = [Site(s.site_id, s.site_id) for s in live if s.site_id not in known]
    source = top_meta.source or next((_load_meta_source(path / s.site_id) for s in live), None) or "snapshot"
    return DataSet(path, tuple(sites) + tuple(extra), inventory, tuple(live), source)


def _load_meta_source(sub: Path) -> str | None:
    return _load_meta(sub).source if sub.is_dir() else None


def _load_meta(directory: Path) -> Meta:
    meta_path = directory / META
    return decode_file(meta_path, Meta) if meta_path.exists() else Meta()


def _load_inventory(path: Path) -> tuple[InventoryNode, ...]:
    files = sorted(path.glob(f"*{NODES_SUFFIX}")) + sorted(path.glob(f"*/*{NODES_SUFFIX}"))
    seen: dict[tuple[str, str], InventoryNode] = {}
    nodes: list[InventoryNode] = []
    for f in files:
        for node in load_nodes(f):
            key = (node.site_id, node.uid)
            if seen.get(key) == node:
                continue  # the same node listed identically in two inventory files
            seen.setdefault(key, node)
            nodes.append(node)  # a differing duplicate is kept for merge() to warn about
    return tuple(nodes)


def _load_site_list(path: Path, inventory: tuple[InventoryNode, ...]) -> list[Site]:
    sites = list(load_sites(path / SITES)) if (path / SITES).exists() else []
    known = {s.uid for s in sites}
    for site_id in sorted({n.site_id for n in inventory} - known):
        sites.append(Site(site_id, site_id))
    return sites


def _single_site_id(path: Path, meta: Meta, inventory: tuple[InventoryNode, ...], sites: list[Site]) -> str:
    if meta.site:
        return meta.site
    inv_sites = sorted({n.site_id for n in inventory})
    if len(inv_sites) == 1:
        return inv_sites[0]
    if not inv_sites and len(sites) == 1:
        return sites[0].uid
    raise InputError(
        f"{path}: cannot tell which site {ALLOCATIONS} belongs to (inventory has sites "
        f"{', '.join(inv_sites) or 'none'}); add {META} with {{\"site\": \"<site>\"}} "
        f"or use the multi-site layout DIR/<site>/{ALLOCATIONS}"
    )


def _load_site_live(directory: Path, site_id: str, meta: Meta, allocations_file: Path | None) -> SiteLiveData:
    allocations: tuple[Allocation, ...] = load_allocations(allocations_file or directory / ALLOCATIONS)
    hosts = _load_hosts(directory)
    fetched_at: datetime | None = None
    if meta.fetched_at:
        fetched_at = parse_api_time(meta.fetched_at, where=f"{directory / META}: fetched_at")
    return SiteLiveData(site_id, hosts, allocations, fetched_at, meta.stale, meta.stale_reason)


def _load_hosts(directory: Path) -> tuple[BlazarHost, ...]:
    hosts_path, map_path = directory / HOSTS, directory / RESOURCE_MAP
    hosts: list[BlazarHost] = list(load_hosts(hosts_path)) if hosts_path.exists() else []
    if map_path.exists():
        known = {h.id for h in hosts}
        extra = {hid: name for hid, name in load_resource_map(map_path).items() if hid not in known}
        hosts.extend(hosts_from_resource_map(extra))
    if not hosts_path.exists() and not map_path.exists():
        raise InputError(f"{directory}: neither {HOSTS} nor {RESOURCE_MAP} found; one is needed to map hosts")
    seen: set[str] = set()
    for h in hosts:
        if h.id in seen:
            raise InputError(f"{directory / HOSTS}: host id {h.id!r} appears twice")
        seen.add(h.id)
    return tuple(hosts)
