"""A created ``virtual:floatingip`` reservation checked against fresh data (Blazar's allocations). Pure."""

from __future__ import annotations

from dataclasses import dataclass

from envboot.kinds.floatingips.model import FLOATINGIP, FipZone
from envboot.kinds.minutes import to_minute


@dataclass(frozen=True, slots=True)
class FipVerification:
    ok: bool
    summary: str
    reservation_id: str | None
    addresses: tuple[str, ...]
    problems: tuple[str, ...]


def _reservation(raw: tuple[dict, ...], network_id: str, amount: int, taken: set[str]) -> dict | None:
    for r in raw:
        if (r.get("resource_type") == FLOATINGIP and r.get("network_id") == network_id
                and str(r.get("amount")) == str(amount) and str(r.get("id")) not in taken):
            return r
    return None


def verify_fips(zone: FipZone, raw_reservations: tuple[dict, ...], lease_id: str, network_id: str, amount: int,
                required: tuple[str, ...], lease_start, lease_end, start, end, taken: set[str] | None = None,  # noqa: ANN001
                ) -> FipVerification:
    """Is there a floating IP reservation of ``amount`` addresses on ``network_id`` in the window, holding the
    ``required`` ones, each address held by it alone at that time? ``taken``: reservation ids already matched
    to another part of the same lease."""
    res = _reservation(raw_reservations, network_id, amount, taken or set())
    if res is None:
        msg = f"lease {lease_id} has no {FLOATINGIP} reservation of {amount} on network {network_id}"
        return FipVerification(False, msg, None, (), (msg,))
    rid = str(res.get("id"))
    problems: list[str] = []
    if (to_minute(lease_start), to_minute(lease_end)) != (to_minute(start), to_minute(end)):
        problems.append(f"lease window {lease_start:%Y-%m-%d %H:%M}–{lease_end:%H:%M} is not the planned "
                        f"{start:%Y-%m-%d %H:%M}–{end:%H:%M}")
    held = []
    for ip in zone.addresses:
        mine = [r for r in ip.reservations if r.reservation_id == rid]
        if not mine:
            continue
        held.append(ip.address)
        if ip.network_id != network_id:
            problems.append(f"{ip.address} is on network {ip.network_id}, not {network_id}")
        for m in mine:
            if (m.start, m.end) != (to_minute(lease_start), to_minute(lease_end)):
                problems.append(f"{ip.address}: allocated for another window than the lease's")
            clash = [r for r in ip.reservations if r.reservation_id != rid and r.start < m.end and r.end > m.start]
            if clash:
                problems.append(f"{ip.address} is also held by reservation {clash[0].reservation_id} at the same time")
    if len(held) != amount:
        problems.append(f"Blazar allocated {len(held)} floating IP(s), {amount} were asked")
    missing = [a for a in required if a not in held]
    if missing:
        problems.append(f"required floating IP(s) not allocated: {', '.join(missing)}")
    if problems:
        return FipVerification(False, "; ".join(problems), rid, tuple(held), tuple(problems))
    return FipVerification(True, f"{amount} floating IP(s): {', '.join(held)}", rid, tuple(held), ())
