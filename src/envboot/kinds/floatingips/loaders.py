"""Read the floating IP kind's files from a data directory (written by ``envboot refresh``).

Per zone, next to its ``hosts.json``/``allocations.json`` (``DIR/<site>/`` or, for a single-site
directory whose ``meta.json`` names the site, ``DIR/`` itself):

- ``floatingips.json``: Blazar's ``GET /v1/floatingips`` rows (``id``, ``floating_ip_address``,
  ``floating_network_id``, ``subnet_id``, ``reservable``), in Blazar's order;
- ``floatingip_allocations.json``: ``GET /v1/floatingips/allocations`` (Chameleon's route): per
  address (``resource_id`` = the floating IP's id) its reservations (``id``, ``lease_id``,
  ``start_date``, ``end_date``) from the fetch time on; without project or lease names.

A malformed file is one line naming the file, the entry and the field (``InputError``, exit 2).
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from envboot.core.errors import InputError
from envboot.core.timeutil import parse_api_time
from envboot.domain.model import DataInfo
from envboot.kinds.floatingips.model import FipData, FipReservation, FipZone, FloatingIp
from envboot.kinds.minutes import to_minute

FLOATINGIPS = "floatingips.json"
FIP_ALLOCATIONS = "floatingip_allocations.json"


def _read(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    except ValueError as exc:
        raise InputError(f"{path}: not JSON ({exc})") from None


def _rows(doc: Any, key: str, path: Path) -> list[dict]:
    rows = doc.get(key) if isinstance(doc, dict) else doc
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        raise InputError(f"{path}: expected a list of objects (or {{\"{key}\": [...]}})")
    return rows


def _text(row: dict, field: str, where: str) -> str:
    value = row.get(field)
    if not isinstance(value, str) or not value:
        raise InputError(f"{where}: field {field!r} must be a non-empty string, got {value!r}")
    return value


def _meta(directory: Path) -> dict:
    path = directory / "meta.json"
    if not path.exists():
        return {}
    doc = _read(path)
    return doc if isinstance(doc, dict) else {}


def load_zone(directory: Path, zone: str, allocations_required: bool = True) -> FipZone:
    """The zone's pool; without ``allocations_required`` a missing allocations file gives a zone whose
    ``allocations_known`` is False (its addresses, no reservations: for listing, never for planning)."""
    fips_path, alloc_path = directory / FLOATINGIPS, directory / FIP_ALLOCATIONS
    known = alloc_path.exists()
    if not known and allocations_required:
        raise InputError(f"{alloc_path}: missing; the floating IP allocations of zone {zone} are unknown (its Blazar "
                         "has no GET /v1/floatingips/allocations?); refresh again or give the file")
    by_id: dict[str, list[FipReservation]] = {}
    for i, a in enumerate(_rows(_read(alloc_path), "allocations", alloc_path) if known else ()):
        where = f"{alloc_path}: allocations[{i}]"
        rid = _text(a, "resource_id", where)
        reservations = a.get("reservations") or []
        if not isinstance(reservations, list):
            raise InputError(f"{where}: field 'reservations' must be a list")
        for j, r in enumerate(reservations):
            w = f"{where}.reservations[{j}]"
            if not isinstance(r, dict):
                raise InputError(f"{w}: expected an object")
            start = to_minute(parse_api_time(r.get("start_date"), where=f"{w}.start_date"))
            end = to_minute(parse_api_time(r.get("end_date"), where=f"{w}.end_date"))
            if end <= start:
                raise InputError(f"{w}: end_date is not after start_date")
            by_id.setdefault(rid, []).append(FipReservation(_text(r, "id", w), str(r.get("lease_id") or ""),
                                                            start, end))
    addresses = []
    seen: set[str] = set()
    for i, f in enumerate(_rows(_read(fips_path), "floatingips", fips_path)):
        where = f"{fips_path}: floatingips[{i}]"
        fid, address = _text(f, "id", where), _text(f, "floating_ip_address", where)
        if address in seen:
            raise InputError(f"{where}: address {address} is listed twice")
        seen.add(address)
        reservable = f.get("reservable", True)
        addresses.append(FloatingIp(fid, address, _text(f, "floating_network_id", where), str(f.get("subnet_id") or ""),
                                    reservable is True or reservable in (1, "1", "true", "True"),
                                    tuple(sorted(by_id.get(fid, ()), key=lambda r: (r.start, r.end)))))
    fetched = _meta(directory).get("fetched_at")
    minute = to_minute(parse_api_time(fetched, where=f"{directory / 'meta.json'}: fetched_at")) if fetched else None
    return FipZone(zone, tuple(addresses), minute, known)


def load_fip_data(path: Path, allocations_required: bool = True) -> FipData:
    """Every zone with floating IP files under ``path`` (the top itself, or its sub-directories)."""
    path = Path(path)
    if not path.is_dir():
        raise InputError(f"{path}: data directory not found (set --data or ENVBOOT_DATA)")
    dirs: list[tuple[Path, str]] = []
    if (path / FLOATINGIPS).exists():
        site = _meta(path).get("site")
        if not site:
            raise InputError(f"{path / 'meta.json'}: needs {{\"site\": \"<site>\"}} to name the zone of {FLOATINGIPS}")
        dirs.append((path, str(site)))
    for sub in sorted(p for p in path.iterdir() if p.is_dir() and (p / FLOATINGIPS).exists()):
        dirs.append((sub, str(_meta(sub).get("site") or sub.name)))
    zones = [load_zone(d, site, allocations_required) for d, site in dirs]
    fetched: list[datetime] = []
    sources: list[str] = []
    for d, _site in dirs:
        meta = _meta(d)
        if meta.get("fetched_at"):
            fetched.append(parse_api_time(meta["fetched_at"], where=f"{d / 'meta.json'}: fetched_at"))
        if meta.get("source"):
            sources.append(str(meta["source"]))
    top = _meta(path)
    source = str(top.get("source") or (sources[0] if sources else "live"))
    if any(_synthetic(d / FLOATINGIPS) for d, _site in dirs):
        source = "synthetic"  # a made-up pool (the bundled data's): every answer about it says so
    return FipData(tuple(zones), DataInfo(source, str(path), min(fetched) if fetched else None))


def _synthetic(path: Path) -> bool:
    doc = _read(path)
    return isinstance(doc, dict) and doc.get("synthetic") is True
