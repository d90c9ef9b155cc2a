"""Small hand-made snapshots in the real file formats, for rule-by-rule tests."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Res:
    id: str
    lease_id: str
    start: str  # as Blazar prints it: "2025-01-01T10:00:00.000000"
    end: str
    user: str | None = None

    def to_json(self) -> dict:
        out = {"id": self.id, "lease_id": self.lease_id, "start_date": self.start, "end_date": self.end}
        if self.user:
            out["extras"] = {"user_name": self.user}
        return out


@dataclass
class SiteFiles:
    """One site: inventory nodes, Blazar hosts and allocations."""

    site: str
    name: str
    nodes: list[dict] = field(default_factory=list)  # reference nodes
    hosts: list[dict] = field(default_factory=list)  # os-hosts entries
    allocations: dict[str, list[Res]] = field(default_factory=dict)  # host id -> reservations

    def node(self, uid: str, name: str, node_type: str = "compute", cluster: str = "chameleon", **extra) -> None:
        self.nodes.append({
            "uid": uid, "node_name": name, "node_type": node_type, "type": "node",
            "links": [{"rel": "self", "href": f"/sites/{self.site}/clusters/{cluster}/nodes/{uid}"}],
            **extra,
        })

    def host(self, host_id: str, hypervisor_hostname: str, **capabilities) -> None:
        self.hosts.append({"id": host_id, "hypervisor_hostname": hypervisor_hostname, "vcpus": 48,
                           "memory_mb": 196608, "local_gb": 200, **capabilities})

    def reserve(self, host_id: str, *reservations: Res) -> None:
        self.allocations.setdefault(host_id, []).extend(reservations)


def write_inventory(root: Path, sites: list[SiteFiles]) -> None:
    root.mkdir(parents=True, exist_ok=True)
    (root / "sites.json").write_text(json.dumps({"items": [
        {"uid": s.site, "name": s.name, "type": "site", "links": [{"rel": "self", "href": f"/sites/{s.site}"}]}
        for s in sites
    ]}))
    for s in sites:
        (root / f"{s.site}_chameleon_nodes.json").write_text(json.dumps({"items": s.nodes}))


def write_live(directory: Path, s: SiteFiles, *, meta: dict | None = None, resource_map: bool = False) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    allocations = [{"resource_id": hid, "reservations": [r.to_json() for r in rs]}
                   for hid, rs in s.allocations.items()]
    (directory / "allocations.json").write_text(json.dumps(allocations))
    if resource_map:
        (directory / "resource_map.json").write_text(
            json.dumps({h["id"]: h["hypervisor_hostname"] for h in s.hosts}))
    else:
        (directory / "hosts.json").write_text(json.dumps(s.hosts))
    if meta is not None:
        (directory / "meta.json").write_text(json.dumps(meta))


def single_site(root: Path, s: SiteFiles, **kw) -> Path:
    write_inventory(root, [s])
    write_live(root, s, **kw)
    return root


def multi_site(root: Path, sites: list[SiteFiles]) -> Path:
    write_inventory(root, sites)
    for s in sites:
        write_live(root / s.site, s, meta={"site": s.site, "fetched_at": "2025-01-01T00:00:00Z"})
    return root
