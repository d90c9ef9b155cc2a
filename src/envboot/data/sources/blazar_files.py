"""Loaders for Blazar's side: allocations, hosts and the resource map (CLI or API shapes)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import msgspec

from envboot.core.errors import InputError
from envboot.core.timeutil import parse_api_time
from envboot.data.sources.decode import decode_file
from envboot.domain.model import Allocation, BlazarHost, Reservation

# Columns of Blazar's ComputeHost table: everything else on a host object is an extra capability.
HOST_COLUMNS = frozenset(
    {
        "id", "hypervisor_hostname", "vcpus", "memory_mb", "local_gb", "cpu_info", "hypervisor_type",
        "hypervisor_version", "service_name", "status", "availability_zone", "trust_id", "reservable",
        "created_at", "updated_at", "deleted", "deleted_at", "disabled",
    }
)  # fmt: skip


class _Extras(msgspec.Struct, forbid_unknown_fields=False):
    user_name: str | None = None


class _RawReservation(msgspec.Struct, forbid_unknown_fields=False):
    id: str
    lease_id: str
    start_date: str
    end_date: str
    extras: _Extras | None = None


class _RawAllocation(msgspec.Struct, forbid_unknown_fields=False):
    resource_id: str | int
    reservations: list[_RawReservation]


class _AllocationEnvelope(msgspec.Struct, forbid_unknown_fields=False):
    allocations: list[_RawAllocation]


class _HostEnvelope(msgspec.Struct, forbid_unknown_fields=False):
    hosts: list[dict[str, Any]]


def load_allocations(path: Path) -> tuple[Allocation, ...]:
    """`openstack reservation allocation list host -f json` output, or the API's ``{"allocations": [...]}``."""
    raw = decode_file(path, list[_RawAllocation] | _AllocationEnvelope)
    items = raw.allocations if isinstance(raw, _AllocationEnvelope) else raw
    prefix = f"{path}: "
    return tuple(allocation_from_raw(item, prefix, i) for i, item in enumerate(items))


def allocation_from_raw(item: _RawAllocation, prefix: str, index: int) -> Allocation:
    """``prefix`` and ``index`` name the item in errors (``{prefix}[{index}]``), formatted only then."""
    fromiso, utc = datetime.fromisoformat, "+00:00"
    try:  # fast path: Blazar's naive UTC dates, all of them (most of the time of a big load goes here)
        reservations = [
            Reservation(r.id, r.lease_id, fromiso(r.start_date + utc), fromiso(r.end_date + utc),
                        r.extras.user_name if r.extras else None)
            for r in item.reservations
        ]
    except ValueError:  # some date is not naive ISO: each one through the full parser, errors named
        where = f"{prefix}[{index}]"
        reservations = [_reservation(r, f"{where}.reservations[{j}]") for j, r in enumerate(item.reservations)]
    for r in reservations:
        if r.end < r.start:
            j = reservations.index(r)
            raise InputError(f"{prefix}[{index}].reservations[{j}]: end_date {item.reservations[j].end_date} is before "
                             f"start_date {item.reservations[j].start_date}")
    return Allocation(str(item.resource_id), tuple(reservations))


def _reservation(r: _RawReservation, where: str) -> Reservation:
    start = parse_api_time(r.start_date, where=f"{where}.start_date")
    end = parse_api_time(r.end_date, where=f"{where}.end_date")
    return Reservation(r.id, r.lease_id, start, end, r.extras.user_name if r.extras else None)


def allocations_from_api(items: list[dict[str, Any]], where: str) -> tuple[Allocation, ...]:
    """Decode the API's (python-blazarclient's) allocation list with the same strict rules."""
    raw = msgspec.convert(items, list[_RawAllocation], strict=True)
    return tuple(allocation_from_raw(item, where, i) for i, item in enumerate(raw))


def load_hosts(path: Path) -> tuple[BlazarHost, ...]:
    """`openstack reservation host list -f json` output (optionally with capabilities), or ``{"hosts": [...]}``."""
    raw = decode_file(path, list[dict[str, Any]] | _HostEnvelope)
    items = raw.hosts if isinstance(raw, _HostEnvelope) else raw
    prefix = f"{path}: "
    return tuple(host_from_dict(item, prefix, i) for i, item in enumerate(items))


def host_from_dict(item: dict[str, Any], prefix: str, index: int) -> BlazarHost:
    """``prefix`` and ``index`` name the host in errors (``{prefix}[{index}]``), formatted only then."""
    hid = item.get("id")
    name = item.get("hypervisor_hostname")
    if isinstance(hid, bool) or not isinstance(hid, str | int) or str(hid) == "":
        raise InputError(f"{prefix}[{index}].id: expected a host id string, got {hid!r}")
    if not isinstance(name, str) or not name:
        raise InputError(f"{prefix}[{index}].hypervisor_hostname: expected a non-empty string, got {name!r}")
    reservable = item.get("reservable", True)
    if type(reservable) is not bool:
        reservable = _as_bool(reservable, f"{prefix}[{index}].reservable")
    columns: dict[str, str] = {}
    capabilities: dict[str, str] = {}
    for key, value in item.items():
        kind = type(value)
        if kind is not str:
            if value is None or kind is dict or kind is list:
                continue
            value = str(value)
        if key in HOST_COLUMNS:
            columns[key] = value
        else:
            capabilities[key] = value
    columns["id"] = str(hid)
    disabled = item.get("disabled", False)
    if disabled if type(disabled) is bool else _as_bool(disabled, f"{prefix}[{index}].disabled"):
        reservable = False  # Chameleon's fork: a disabled host is never handed out
    return BlazarHost(str(hid), name, reservable, columns, capabilities)


def load_resource_map(path: Path) -> dict[str, str]:
    """``{blazar host id: hypervisor_hostname}``."""
    raw = decode_file(path, dict[str, str])
    for key, value in raw.items():
        if not key or not value:
            raise InputError(f"{path}: entry {key!r}: {value!r}: host id and hostname must be non-empty")
    return raw


def hosts_from_resource_map(mapping: dict[str, str]) -> tuple[BlazarHost, ...]:
    return tuple(BlazarHost(hid, name, True, {"id": hid, "hypervisor_hostname": name}) for hid, name in mapping.items())


def _as_bool(value: object, where: str) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false", "1", "0", "yes", "no"):
        return value.strip().lower() in ("true", "1", "yes")
    raise InputError(f"{where}: expected true or false, got {value!r}")

