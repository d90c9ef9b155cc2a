"""The sandbox's SYNTHETIC floating IP pool (:mod:`.fip_seed`) written as the floating IP kind's data files.

The same generator the sandbox seeds Blazar with (:func:`.fip_seed.pool_for_site`, placed relative to a
"now"), rendered as ``envboot refresh`` would have fetched it at that time: ``floatingips.json`` (Blazar's
``GET /v1/floatingips`` rows) and ``floatingip_allocations.json`` (``GET /v1/floatingips/allocations``: per
address its reservations from that time on). Used by ``scripts/make_fip_pool.py`` (the bundled CHI@UC
snapshot) and ``scripts/make_multisite_example.py``. Both documents carry ``"synthetic": true`` and a note:
no real address, lease or user is represented. Deterministic: ids are uuid5 of the site and address.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from envboot.core.fsutil import atomic_write_text
from envboot.kinds.floatingips.loaders import FIP_ALLOCATIONS, FLOATINGIPS
from envboot.sandbox.fip_seed import NAMESPACE, FipPool, pool_for_site

NOTE = ("SYNTHETIC floating IP pool (envboot's sandbox generator, envboot/sandbox/fip_seed.py): documentation "
        "addresses (198.51.100.0/24, TEST-NET-2) and made-up leases; no real address, lease or user")
RUNNING_SINCE_MINUTES = 6 * 60  # the pool's leases "running now" started this long before "now"
API_TIME = "%Y-%m-%dT%H:%M:%S.000000"  # Blazar's allocation dates (naive UTC)


def _id(pool: FipPool, *parts: str) -> str:
    return str(uuid.uuid5(NAMESPACE, "/".join(("envboot-example", pool.site, *parts))))


def pool_documents(pool: FipPool, now: datetime) -> dict[str, dict[str, Any]]:
    """``{file name: document}`` of ``pool`` as fetched at ``now``."""
    ids = {a: _id(pool, "floatingip", a) for a in pool.addresses}
    held: dict[str, list[dict[str, Any]]] = {a: [] for a in pool.addresses}
    for lease in pool.leases:
        start = lease.start if lease.start is not None else now - timedelta(minutes=RUNNING_SINCE_MINUTES)
        lease_id = _id(pool, "lease", lease.name)
        for address in lease.addresses:
            held[address].append({"id": _id(pool, "reservation", lease.name), "lease_id": lease_id,
                                  "start_date": start.strftime(API_TIME), "end_date": lease.end.strftime(API_TIME),
                                  "status": "active" if start <= now else "pending"})
    return {
        FLOATINGIPS: {"synthetic": True, "note": NOTE, "floatingips": [
            {"id": ids[a], "floating_ip_address": a, "floating_network_id": pool.network_id,
             "subnet_id": pool.subnet_id, "reservable": True} for a in pool.addresses]},
        FIP_ALLOCATIONS: {"synthetic": True, "note": NOTE, "allocations": [
            {"resource_id": ids[a], "reservations": sorted(held[a], key=lambda r: r["start_date"])}
            for a in pool.addresses]},
    }


def write_pool(directory: Path, site: str, now: datetime) -> FipPool:
    """Write the site's synthetic pool as of ``now`` into ``directory`` (atomically, file by file)."""
    pool = pool_for_site(site, now)
    for name, doc in pool_documents(pool, now).items():
        atomic_write_text(directory / name, json.dumps(doc, indent=1) + "\n")
    return pool


def pool_counts(pool: FipPool) -> dict[str, int]:
    """What a README says of the pool: addresses, how many some lease reserves, and by how many leases."""
    return {"addresses": len(pool.addresses), "reserved": len({a for x in pool.leases for a in x.addresses}),
            "leases": len(pool.leases)}
