"""Fetch a zone's reservable floating IPs and their allocations from Blazar (``envboot refresh``).

Writes, atomically, next to the zone's ``hosts.json`` (see ``loaders``): ``floatingips.json`` (``GET
/v1/floatingips``) and ``floatingip_allocations.json`` (``GET /v1/floatingips/allocations``, the route
Chameleon's Blazar answers; upstream Blazar 18 has none, and then no allocations file is written, so
planning says the allocations are unknown instead of calling every address free). Reservation rows
keep ``id``, ``lease_id``, ``start_date``, ``end_date`` and ``status``: never project ids or lease names.
A zone whose Blazar does not answer the floating IP list (no floating IP plugin) gets no files.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from envboot.core.fsutil import atomic_write_text
from envboot.kinds.floatingips.loaders import FIP_ALLOCATIONS, FLOATINGIPS

FIP_KEYS = ("id", "floating_ip_address", "floating_network_id", "subnet_id", "reservable")
RESERVATION_KEYS = ("id", "lease_id", "start_date", "end_date", "status")


def fetch_fip_files(blazar: Any) -> dict[str, Any]:
    """``{file name: document}``; only ``floatingips.json`` when the allocations route is missing."""
    fips = [{k: f.get(k) for k in FIP_KEYS if k in f} for f in blazar.floatingip.list()]
    out: dict[str, Any] = {FLOATINGIPS: fips}
    try:
        _resp, body = blazar.floatingip.request_manager.get("/floatingips/allocations")
    except Exception:  # noqa: BLE001 - upstream Blazar: no such route (404); the allocations stay unknown
        return out
    out[FIP_ALLOCATIONS] = [{"resource_id": a.get("resource_id"),
                             "reservations": [{k: r.get(k) for k in RESERVATION_KEYS if k in r}
                                              for r in a.get("reservations") or []]}
                            for a in (body or {}).get("allocations") or []]
    return out


def write_fip_files(directory: Path, files: dict[str, Any]) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for name in (FLOATINGIPS, FIP_ALLOCATIONS):
        if name in files:
            atomic_write_text(directory / name, json.dumps(files[name], indent=1) + "\n", mode=0o600)
        else:
            (directory / name).unlink(missing_ok=True)


def fetch_zone(blazar: Any, directory: Path) -> bool:
    """Fetch and write; False (and the zone's floating IP files removed) when Blazar lists no floating IPs."""
    try:
        files = fetch_fip_files(blazar)
    except Exception:  # noqa: BLE001 - the zone's Blazar has no floating IP plugin (or refuses the list)
        files = {}
    if not files.get(FLOATINGIPS):
        write_fip_files(directory, {})
        return False
    write_fip_files(directory, files)
    return True
