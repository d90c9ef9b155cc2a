"""Refresh: fetch each zone's hosts and allocations from its Blazar, in parallel, and write the
zone's files atomically into the live data directory (multi-site layout, ``DIR/<site>/``).

A zone that fails keeps its previous files and is marked stale (``meta.json``) with the reason.
Other users' names (``extras.user_name``) are dropped unless ``keep_user_names`` is set.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from envboot.core.errors import ConfigError, EnvbootError
from envboot.core.fsutil import atomic_write_text
from envboot.core.timeutil import iso_z, utcnow
from envboot.data.sources.datadir import ALLOCATIONS, HOSTS, META, RESOURCE_MAP, SITES
from envboot.data.sources.inventory_files import NODES_SUFFIX, load_sites
from envboot.domain.model import Site
from envboot.kinds.registry import kinds
from envboot.live.auth import Connection, connect
from envboot.live.blazar_errors import classify
from envboot.live.config import ZoneEndpoint

PRIVATE_HOST_KEYS = frozenset({"trust_id"})


@dataclass(frozen=True, slots=True)
class RefreshResult:
    zone: str
    site_id: str | None
    ok: bool
    hosts: int = 0
    reservations: int = 0
    seconds: float = 0.0
    error: str | None = None


def site_for(endpoint: ZoneEndpoint, sites: list[Site], region: str | None) -> str:
    """The site uid of a zone: its config key if that is a site, else the site named by its region."""
    uids = {s.uid for s in sites}
    if endpoint.zone in uids:
        return endpoint.zone
    for s in sites:
        if region and region.lower() in (s.uid.lower(), s.name.lower()):
            return s.uid
    known = ", ".join(f"{s.uid} ({s.name})" for s in sites)
    raise ConfigError(f"zone {endpoint.zone}: region {region!r} is not a site of the inventory ({known}); "
                      "name the zone after a site in the zones config")


def _is_inventory_file(name: str) -> bool:
    return name == SITES or name.endswith(NODES_SUFFIX) or name.endswith("_clusters.json")


def ensure_inventory(data_dir: Path, inventory_dir: Path, *, replace: bool = False) -> None:
    """Copy the static inventory next to the live files once (the reference API changes rarely).

    ``replace`` (an explicit ``--inventory``): the given inventory wins: its files overwrite the copies,
    and inventory files it does not have are removed, so no earlier inventory is silently kept."""
    data_dir.mkdir(parents=True, exist_ok=True)
    wanted = {f.name: f for f in sorted(inventory_dir.glob("*.json")) if _is_inventory_file(f.name)}
    if replace:
        if SITES not in wanted:
            raise ConfigError(f"{inventory_dir}: no {SITES}; --inventory needs a reference inventory directory "
                              f"({SITES}, <site>_clusters.json, <site>{NODES_SUFFIX})")
        for old in sorted(data_dir.glob("*.json")):
            if _is_inventory_file(old.name) and old.name not in wanted:
                old.unlink()
    for name, f in wanted.items():
        target = data_dir / name
        text = f.read_text(encoding="utf-8")
        if not target.exists() or (replace and target.read_text(encoding="utf-8") != text):
            atomic_write_text(target, text)
    if not (data_dir / SITES).exists():
        raise ConfigError(f"{inventory_dir}: no {SITES}; pass --inventory with a reference inventory directory")


def refresh(
    endpoints: list[ZoneEndpoint],
    data_dir: Path,
    inventory_dir: Path,
    *,
    keep_user_names: bool = False,
    insecure: bool | None = None,
    on_done: Callable[[RefreshResult], None] | None = None,
    connect_fn: Callable[[ZoneEndpoint], Connection] | None = None,
    reuse_hosts: bool = False,
) -> list[RefreshResult]:
    """Fetch each zone's hosts and allocations from Blazar and write them atomically.

    ``reuse_hosts``: take the hosts from the zone's ``hosts.json`` when there is one, fetching only the
    allocations. For a re-check moments after a full refresh (``reserve``'s verification): Blazar's host
    list is its slowest call (a query per host), and hosts do not change within a reservation's flow."""
    ensure_inventory(data_dir, inventory_dir)
    sites = list(load_sites(data_dir / SITES))
    make = connect_fn or (lambda ep: connect(ep, insecure=insecure))

    def one(endpoint: ZoneEndpoint) -> RefreshResult:
        result = _refresh_zone(endpoint, data_dir, sites, keep_user_names, make, reuse_hosts)
        if on_done:
            on_done(result)
        return result

    with ThreadPoolExecutor(max_workers=max(1, min(8, len(endpoints)))) as pool:
        return list(pool.map(one, endpoints))


def _refresh_zone(endpoint: ZoneEndpoint, data_dir: Path, sites: list[Site], keep_users: bool,
                  make: Callable[[ZoneEndpoint], Connection], reuse_hosts: bool = False) -> RefreshResult:
    started = time.monotonic()
    site_id: str | None = None
    try:
        conn = make(endpoint)
        site_id = site_for(endpoint, sites, conn.region)
        fetched_at = utcnow()
        known = _known_hosts(data_dir / site_id / HOSTS) if reuse_hosts else None
        host_rows = known if known is not None else clean_hosts(conn.blazar.host.list())
        alloc_rows = clean_allocations(conn.blazar.allocation.list("os-hosts"), keep_users)
        for kind in kinds():  # what else each kind plans from (a KVM zone's flavors, ...)
            kind.fetch(conn, data_dir, site_id, host_rows)
        write_zone(data_dir / site_id, site_id, host_rows, alloc_rows, fetched_at, conn.region)
    except EnvbootError as exc:
        return _failed(endpoint, site_id, data_dir, str(exc), started)
    except Exception as exc:  # noqa: BLE001 - any client/transport failure marks the zone stale
        c = classify(exc)
        return _failed(endpoint, site_id, data_dir, f"{c.kind}: {c.message}", started)
    n_res = sum(len(a.get("reservations") or []) for a in alloc_rows)
    return RefreshResult(endpoint.zone, site_id, True, len(host_rows), n_res, time.monotonic() - started)


def _known_hosts(path: Path) -> list[dict[str, Any]] | None:
    """The host rows an earlier refresh wrote, or None when there are none usable (then they are fetched)."""
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return rows if isinstance(rows, list) and rows and all(isinstance(r, dict) for r in rows) else None


def clean_hosts(hosts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in h.items() if k not in PRIVATE_HOST_KEYS} for h in hosts]


def clean_allocations(allocations: list[dict[str, Any]], keep_users: bool) -> list[dict[str, Any]]:
    out = []
    for a in allocations:
        rows = []
        for r in a.get("reservations") or []:
            r = dict(r)
            extras = r.pop("extras", None)
            if keep_users and isinstance(extras, dict) and "user_name" in extras:
                r["extras"] = {"user_name": extras["user_name"]}
            rows.append(r)
        out.append({"resource_id": str(a.get("resource_id")), "reservations": rows})
    return out


def write_zone(directory: Path, site_id: str, hosts: list[dict], allocations: list[dict], fetched_at,
               region: str | None) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    atomic_write_text(directory / HOSTS, json.dumps(hosts, indent=1, sort_keys=True) + "\n", mode=0o600)
    atomic_write_text(directory / ALLOCATIONS, json.dumps(allocations, indent=1) + "\n", mode=0o600)
    resource_map = {str(h["id"]): h.get("hypervisor_hostname") for h in hosts}
    atomic_write_text(directory / RESOURCE_MAP, json.dumps(resource_map, indent=1, sort_keys=True) + "\n", mode=0o600)
    meta = {"site": site_id, "source": "live", "fetched_at": iso_z(fetched_at), "region": region, "stale": False}
    atomic_write_text(directory / META, json.dumps(meta, indent=1) + "\n", mode=0o600)


def _failed(endpoint: ZoneEndpoint, site_id: str | None, data_dir: Path, reason: str, started: float) -> RefreshResult:
    if site_id and (data_dir / site_id / META).exists():
        meta_path = data_dir / site_id / META
        try:
            meta = json.loads(meta_path.read_text())
        except ValueError:
            meta = {"site": site_id}
        meta.update({"stale": True, "stale_reason": reason[:300], "last_failure": iso_z(utcnow())})
        atomic_write_text(meta_path, json.dumps(meta, indent=1) + "\n", mode=0o600)
    return RefreshResult(endpoint.zone, site_id, False, seconds=time.monotonic() - started, error=reason)
