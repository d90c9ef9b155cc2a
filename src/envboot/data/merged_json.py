"""The merged view's JSON file (the seed's ``lease_results_live.json``) and the data block every
document carries. The data layer's output format; field names are a public contract."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from envboot.core.timeutil import clock, humanize_age, iso_z
from envboot.domain.model import DataInfo, MergedView, Reservation

SCHEMA_VERSION = 1


def data_json(info: DataInfo, now: datetime | None = None) -> dict[str, Any]:
    now = clock(now)
    ref = info.fetched_at or info.fetched_before
    age_s = (now - ref).total_seconds() if ref else None
    return {
        "source": info.source,
        "path": info.path,
        "fetched_at": iso_z(info.fetched_at),
        "fetched_before": iso_z(info.fetched_before),
        "age_seconds": int(age_s) if age_s is not None else None,
        "age": (("≥ " if info.fetched_at is None else "") + humanize_age(age_s)) if age_s is not None else None,
        "stale_sites": list(info.stale_sites),
    }


def reservation_json(r: Reservation, show_users: bool) -> dict[str, Any]:
    out: dict[str, Any] = {
        "reservation_id": r.reservation_id,
        "lease_id": r.lease_id,
        "start": iso_z(r.start),
        "end": iso_z(r.end),
    }
    if show_users:
        out["user_name"] = r.user_name
    return out


def merged_json(view: MergedView, *, show_users: bool = False, now: datetime | None = None) -> dict[str, Any]:
    """The seed's ``lease_results_live.json``."""
    now = clock(now)
    summaries = []
    for site in view.sites:
        clusters: dict[str, list[dict[str, Any]]] = {}
        for n in view.nodes_in(site.uid):
            clusters.setdefault(n.cluster_id, []).append(
                {
                    "node_uuid": n.uid,
                    "hostname": n.hostname,
                    "node_type": n.node_type,
                    "resource_id": n.resource_id,
                    "reservable": n.reservable,
                    "in_inventory": n.in_inventory,
                    "in_blazar": n.in_blazar,
                    "su_factor": n.su_factor,
                    "reservations": [reservation_json(r, show_users) for r in n.reservations],
                }
            )
        summaries.append(
            {
                "site_id": site.uid,
                "name": site.name,
                "stale": site.uid in view.data.stale_sites,
                "clusters": [{"cluster_id": cid, "nodes": nodes} for cid, nodes in sorted(clusters.items())],
            }
        )
    return {
        "schema_version": SCHEMA_VERSION,
        "generated_at": iso_z(now.replace(microsecond=0)),
        "fetched_at": iso_z(view.data.fetched_at),
        "source": view.data.source,
        "data": data_json(view.data, now),
        "site_summaries": summaries,
        "unmatched_allocations": [
            {
                "site_id": u.site_id,
                "resource_id": u.resource_id,
                "reason": u.reason,
                "reservations": [reservation_json(r, show_users) for r in u.reservations],
            }
            for u in view.unmatched
        ],
        "stats": {
            "sites": len(view.sites),
            "nodes": len(view.nodes),
            "hosts": view.hosts_total,
            "mapped_hosts": view.mapped_hosts,
            "reservations": sum(len(n.reservations) for n in view.nodes),
            "unmatched_allocations": len(view.unmatched),
        },
    }
