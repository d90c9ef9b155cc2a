"""Join Blazar hosts/allocations with the reference inventory into one site → cluster → node view.

Rules (per site; joins never cross sites):
- host ↔ node by ``hypervisor_hostname == node uid``, else ``== node_name``;
- an allocation whose host id is unknown goes to ``unmatched`` with a reason;
- a Blazar host with no inventory node stays (cluster ``unknown``, ``in_inventory=False``);
- an inventory node with no Blazar host is kept with ``reservable=False`` (never available);
- reservations are sorted and exact duplicates dropped;
- capabilities are the Blazar host's extra capabilities when it has any, else the reference
  node flattened (see ``sources.inventory_files.flatten``).
"""

from __future__ import annotations

from collections import defaultdict

from envboot.core.errors import InputError
from envboot.data.sources.datadir import DataSet
from envboot.domain.model import (
    BlazarHost,
    DataInfo,
    InventoryNode,
    MergedView,
    Node,
    Reservation,
    Site,
    SiteLiveData,
    UnmatchedAllocation,
)

UNKNOWN_CLUSTER = "unknown"
UNKNOWN_TYPE = "unknown"


def merge(dataset: DataSet) -> MergedView:
    inventory_by_site: dict[str, list[InventoryNode]] = defaultdict(list)
    inventory, conflicts = _dedupe_inventory(dataset.inventory)
    for node in inventory:
        inventory_by_site[node.site_id].append(node)
    live_by_site = {s.site_id: s for s in dataset.live}

    nodes: list[Node] = []
    unmatched: list[UnmatchedAllocation] = []
    hosts_total = mapped = 0
    types_from_blazar: list[str] = []
    for site_id in sorted(set(inventory_by_site) | set(live_by_site)):
        live = live_by_site.get(site_id)
        site_nodes, site_unmatched, n_mapped = _merge_site(site_id, inventory_by_site.get(site_id, []), live)
        if live and live.hosts and not any(n.node_type != UNKNOWN_TYPE for n in site_nodes if n.resource_id):
            raise InputError(
                f"{dataset.path}: no host of site {site_id} has a known node type: the hardware inventory "
                f"({site_id}_chameleon_nodes.json) is missing or matches no host, and the Blazar hosts carry no "
                "node_type capability; add the reference inventory for the site, or fetch live data with "
                "`envboot refresh`"
            )
        if live and live.hosts and site_id not in inventory_by_site:
            types_from_blazar.append(site_id)
        nodes.extend(site_nodes)
        unmatched.extend(site_unmatched)
        hosts_total += len(live.hosts) if live else 0
        mapped += n_mapped
    nodes.sort(key=lambda n: (n.site_id, n.cluster_id, n.hostname, n.uid))
    used = {n.site_id for n in nodes} | {u.site_id for u in unmatched}
    sites = tuple(s for s in dataset.sites if s.uid in used) + tuple(
        Site(sid, sid) for sid in sorted(used - {s.uid for s in dataset.sites})
    )
    info = _data_info(dataset)
    info = DataInfo(info.source, info.path, info.fetched_at, info.fetched_before, info.stale_sites,
                    tuple(types_from_blazar), tuple(conflicts))
    return MergedView(sites, tuple(nodes), tuple(unmatched), info, hosts_total, mapped)


def _dedupe_inventory(inventory) -> tuple[list[InventoryNode], list[str]]:
    """One entry per (site, node uid): the first. A later entry that differs in cluster, node type or
    name is not merged silently: it gives a warning naming the node (the first entry is used)."""
    first: dict[tuple[str, str], InventoryNode] = {}
    kept: list[InventoryNode] = []
    conflicts: list[str] = []
    for node in inventory:
        key = (node.site_id, node.uid)
        seen = first.get(key)
        if seen is None:
            first[key] = node
            kept.append(node)
            continue
        diffs = [f"{what} {a!r} vs {b!r}" for what, a, b in (
            ("cluster", seen.cluster_id, node.cluster_id), ("node type", seen.node_type, node.node_type),
            ("name", seen.node_name, node.node_name)) if a != b]
        if diffs:
            conflicts.append(f"node {node.uid} ({seen.node_name}) in site {node.site_id} is listed twice in the "
                             f"inventory with different {', '.join(diffs)}; using the first "
                             f"(cluster {seen.cluster_id}, type {seen.node_type})")
    return kept, conflicts


def _merge_site(
    site_id: str, inventory: list[InventoryNode], live: SiteLiveData | None
) -> tuple[list[Node], list[UnmatchedAllocation], int]:
    by_uid = {n.uid: n for n in inventory}
    by_name: dict[str, InventoryNode] = {}
    for n in inventory:
        by_name.setdefault(n.node_name, n)
    hosts = live.hosts if live else ()
    stale = bool(live and live.stale)

    reservations_by_host: dict[str, list[Reservation]] = defaultdict(list)
    unmatched: list[UnmatchedAllocation] = []
    host_ids = {h.id for h in hosts}
    for alloc in live.allocations if live else ():
        if alloc.resource_id in host_ids:
            reservations_by_host[alloc.resource_id].extend(alloc.reservations)
        else:
            unmatched.append(
                UnmatchedAllocation(
                    site_id,
                    alloc.resource_id,
                    f"no Blazar host with id {alloc.resource_id!r} in site {site_id}",
                    _clean(alloc.reservations),
                )
            )

    claimed: set[str] = set()
    nodes: list[Node] = []
    mapped = 0
    for index, host in enumerate(hosts):
        inv = by_uid.get(host.hypervisor_hostname) or by_name.get(host.hypervisor_hostname)
        if inv is not None and inv.uid in claimed:
            inv = None  # two hosts claim one node: the second is treated as unknown hardware
        if inv is not None:
            claimed.add(inv.uid)
            mapped += 1
        nodes.append(_node_from_host(site_id, host, inv, _clean(reservations_by_host.get(host.id, [])), stale, index))
    for inv in inventory:
        if inv.uid not in claimed:
            nodes.append(
                Node(
                    site_id=site_id,
                    cluster_id=inv.cluster_id,
                    uid=inv.uid,
                    hostname=inv.node_name,
                    node_type=inv.node_type,
                    resource_id=None,
                    reservable=False,
                    in_inventory=True,
                    reservations=(),
                    capabilities=inv.properties,
                    su_factor=_su_factor(inv.properties, f"node {inv.uid}"),
                    stale=stale,
                )
            )
    return nodes, unmatched, mapped


def _node_from_host(
    site_id: str, host: BlazarHost, inv: InventoryNode | None, reservations: tuple[Reservation, ...], stale: bool,
    host_index: int = -1,
) -> Node:
    # Shared, not copied: the view is read-only and a federation has a hundred thousand of these.
    caps = host.capabilities if host.capabilities else inv.properties if inv else {}
    node_type = caps.get("node_type") or (inv.node_type if inv else UNKNOWN_TYPE)
    hostname = (inv.node_name if inv else None) or caps.get("node_name") or host.hypervisor_hostname
    return Node(
        site_id=site_id,
        cluster_id=inv.cluster_id if inv else UNKNOWN_CLUSTER,
        uid=inv.uid if inv else host.hypervisor_hostname,
        hostname=hostname,
        node_type=node_type,
        resource_id=host.id,
        reservable=host.reservable,
        in_inventory=inv is not None,
        reservations=reservations,
        capabilities=caps,
        columns=host.columns,
        su_factor=_su_factor(caps, f"host {host.id}"),
        stale=stale,
        host_index=host_index,
    )


def _clean(reservations: tuple[Reservation, ...] | list[Reservation]) -> tuple[Reservation, ...]:
    """Sort, and drop exact duplicates (the same reservation listed twice for one host)."""
    prev_start = prev_end = prev_id = None
    for r in reservations:  # one pass: strictly increasing (start, end, id) is sorted and has no duplicate
        start = r.start
        if prev_start is not None and (
            start < prev_start or (start == prev_start and (r.end, r.reservation_id) <= (prev_end, prev_id))
        ):
            break
        prev_start, prev_end, prev_id = start, r.end, r.reservation_id
    else:
        return tuple(reservations)
    items = list({(r.reservation_id, r.lease_id, r.start, r.end): r for r in reservations}.values())
    items.sort(key=lambda r: (r.start, r.end, r.reservation_id))
    return tuple(items)


def _su_factor(caps: dict[str, str], where: str) -> float | None:
    """The host's ``su_factor`` capability; None when it has none (its rate is then the policy's, not 1)."""
    raw = caps.get("su_factor")
    if raw is None or raw == "":
        return None
    try:
        value = float(raw)
    except ValueError:
        raise InputError(f"{where}: su_factor {raw!r} is not a number") from None
    if not (0 <= value < 1e6):
        raise InputError(f"{where}: su_factor {raw!r} is out of range")
    return value


def _data_info(dataset: DataSet) -> DataInfo:
    fetched = [s.fetched_at for s in dataset.live if s.fetched_at is not None]
    known_all = bool(dataset.live) and len(fetched) == len(dataset.live)
    fetched_at = min(fetched) if known_all else None
    fetched_before = None
    if fetched_at is None:
        # Blazar lists only reservations that have not ended: the data was fetched before the
        # earliest end it contains.
        ends = [r.end for s in dataset.live for a in s.allocations for r in a.reservations]
        fetched_before = min(ends) if ends else None
    stale = tuple(sorted(s.site_id for s in dataset.live if s.stale))
    return DataInfo(dataset.source, str(dataset.path), fetched_at, fetched_before, stale)
