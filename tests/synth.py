"""Deterministic SYNTHETIC snapshots in the real file formats (examples and benchmarks).

Nothing here is real usage data. Given an inventory (reference-API node dicts, real or
generated) and a seed, it writes per site what Blazar would print: ``hosts.json`` (one host per
node, ``hypervisor_hostname`` = node uid, ids unique per site only, as on Chameleon),
``allocations.json`` (non-overlapping reservations per host; multi-host leases share a window),
``resource_map.json`` and ``meta.json`` (``"source": "synthetic"``), in the multi-site layout
(inventory at the top of the directory, live files in ``DIR/<site>/``).
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from envboot.data.sources.inventory_files import flatten

DATE_FMT = "%Y-%m-%dT%H:%M:%S.000000"
DURATIONS_H = (1, 2, 3, 4, 8, 24, 48, 72, 168)  # lease lengths users pick, 7 days at most


@dataclass(frozen=True, slots=True)
class Pressure:
    """How busy a (site, node type) is: mean idle gap between leases, in hours."""

    mean_gap_h: float


def site_of(node: dict[str, Any]) -> str:
    for link in node.get("links") or []:
        parts = str(link.get("href", "")).strip("/").split("/")
        if len(parts) >= 2 and parts[0] == "sites":
            return parts[1]
    raise ValueError(f"node {node.get('uid')} has no site link")


def synth_live(
    nodes: Iterable[dict[str, Any]],
    fetched_at: datetime,
    *,
    seed: int,
    reservations_per_node: float = 1.5,
    pressure: dict[tuple[str, str], Pressure] | None = None,
    capabilities: bool = True,
    id_base: int = 1000,
    exact_per_node: int | None = None,
) -> dict[str, tuple[list[dict], list[dict]]]:
    """Per site: (hosts, allocations) for ``nodes``, reproducible from ``seed``. With
    ``exact_per_node``, every host gets exactly that many reservations (benchmarks)."""
    rng = random.Random(seed)
    by_site: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for n in nodes:
        by_site[site_of(n)].append(n)
    out: dict[str, tuple[list[dict], list[dict]]] = {}
    lease_no = 0
    for site in sorted(by_site):
        site_nodes = sorted(by_site[site], key=lambda n: n["uid"])
        hosts, host_ids = [], {}
        for i, n in enumerate(site_nodes):
            host_id = str(id_base + i)
            host_ids[n["uid"]] = host_id
            host = {"id": host_id, "hypervisor_hostname": n["uid"], "vcpus": 0, "memory_mb": 0, "local_gb": 0}
            if capabilities:
                host.update(flatten(n))
            hosts.append(host)
        reservations: dict[str, list[dict]] = {h: [] for h in host_ids.values()}
        by_type: dict[str, list[dict]] = defaultdict(list)
        for n in site_nodes:
            by_type[n.get("node_type", "unknown")].append(n)
        for node_type in sorted(by_type):
            group = by_type[node_type]
            gap_h = (pressure or {}).get((site, node_type), Pressure(rng.choice((2.0, 12.0, 48.0)))).mean_gap_h
            i = 0
            while i < len(group):
                block = group[i:i + rng.choice((1, 1, 1, 2, 2, 3, 4))]
                i += len(block)
                lease_no = _walk(rng, block, host_ids, reservations, fetched_at, gap_h, reservations_per_node,
                                 lease_no, seed, exact_per_node)
        allocations = [{"resource_id": h, "reservations": reservations[h]} for h in sorted(reservations, key=int)]
        out[site] = (hosts, allocations)
    return out


def _walk(rng: random.Random, block: list[dict], host_ids: dict[str, str], reservations: dict[str, list[dict]],
          fetched_at: datetime, gap_h: float, per_node: float, lease_no: int, seed: int,
          exact: int | None = None) -> int:
    """Leases for a block of hosts that share windows: back-to-back-ish, never overlapping."""
    t = fetched_at - timedelta(hours=rng.uniform(0, 72))
    count = exact if exact is not None else _random_count(rng, per_node)
    made = 0
    while made < count:
        t += timedelta(minutes=round(rng.expovariate(1 / gap_h) * 60) if gap_h > 0 else 0)
        end = t + timedelta(hours=rng.choice(DURATIONS_H))
        if end <= fetched_at:  # Blazar lists only leases that have not ended
            t = end
            if exact is None:
                made += 1
            continue
        made += 1
        lease_no += 1
        lease_id = f"{seed:08x}-0000-4000-8000-{lease_no:012x}"
        for j, n in enumerate(block):
            reservations[host_ids[n["uid"]]].append({
                "id": f"{seed:08x}-0000-4000-9000-{lease_no:08x}{j:04x}",
                "lease_id": lease_id,
                "start_date": t.strftime(DATE_FMT),
                "end_date": end.strftime(DATE_FMT),
            })
        t = end
    return lease_no


def _random_count(rng: random.Random, per_node: float) -> int:
    return max(0, round(rng.expovariate(1 / per_node))) if per_node > 0 else 0


def write_snapshot(directory: Path, inventory_files: dict[str, bytes], live: dict[str, tuple[list, list]],
                   fetched_at: datetime, *, compact: bool = False) -> None:
    """Inventory files at the top, each site's live files in ``directory/<site>/``."""
    indent = None if compact else 1
    directory.mkdir(parents=True, exist_ok=True)
    for name, data in sorted(inventory_files.items()):
        (directory / name).write_bytes(data)
    for site, (hosts, allocations) in sorted(live.items()):
        d = directory / site
        d.mkdir(exist_ok=True)
        (d / "hosts.json").write_text(json.dumps(hosts, indent=indent, sort_keys=True) + "\n")
        (d / "allocations.json").write_text(json.dumps(allocations, indent=indent) + "\n")
        (d / "resource_map.json").write_text(
            json.dumps({h["id"]: h["hypervisor_hostname"] for h in hosts}, indent=indent) + "\n")
        meta = {"site": site, "source": "synthetic", "fetched_at": fetched_at.strftime("%Y-%m-%dT%H:%M:%SZ")}
        (d / "meta.json").write_text(json.dumps(meta, indent=1) + "\n")


def synthetic_nodes(n_nodes: int, n_sites: int, *, seed: int) -> list[dict[str, Any]]:
    """A made-up inventory of ``n_nodes`` nodes over ``n_sites`` sites (benchmarks)."""
    rng = random.Random(seed)
    types = [("compute_a", False, 48), ("compute_b", False, 96), ("gpu_x", True, 48), ("gpu_y", True, 80),
             ("storage_z", False, 48)]
    nodes = []
    for i in range(n_nodes):
        site = f"s{i % n_sites:02d}"
        node_type, gpu, threads = rng.choice(types)
        uid = f"{seed:08x}-{i:04x}-4{i % 4096:03x}-8{(i // 4096) % 4096:03x}-{i:012x}"
        nodes.append({
            "uid": uid, "node_name": f"n{i:06d}", "node_type": node_type, "type": "node",
            "architecture": {"smt_size": threads},
            "gpu": {"gpu": gpu, "gpu_count": 1 if gpu else 0},
            "main_memory": {"ram_size": 206158430208},
            "links": [{"rel": "self", "href": f"/sites/{site}/clusters/chameleon/nodes/{uid}"}],
        })
    return nodes


def synthetic_inventory_files(nodes: list[dict[str, Any]]) -> dict[str, bytes]:
    sites = sorted({site_of(n) for n in nodes})
    files = {"sites.json": json.dumps({"items": [
        {"uid": s, "name": f"CHI@{s.upper()}", "type": "site", "links": [{"rel": "self", "href": f"/sites/{s}"}]}
        for s in sites]}).encode()}
    for s in sites:
        items = [n for n in nodes if site_of(n) == s]
        files[f"{s}_chameleon_nodes.json"] = json.dumps({"items": items}).encode()
    return files
