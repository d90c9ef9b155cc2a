"""Zones: a site uid (``uc``), a site name (``CHI@UC``), or ``current``."""

from __future__ import annotations

from dataclasses import dataclass

from envboot.core.errors import InputError
from envboot.core.suggest import did_you_mean
from envboot.domain.model import MergedView, Node


@dataclass(frozen=True, slots=True)
class ZoneSummary:
    site_id: str
    name: str
    nodes: int  # every node of the merged view in this site
    reservable: int  # in Blazar and reservable: the ones that can ever be available
    mapped: int  # Blazar host joined to an inventory node
    unmapped_inventory: int  # inventory node with no Blazar host
    unmapped_hosts: int  # Blazar host with no inventory node
    reservations: int
    stale: bool


def resolve_zone(view: MergedView, zone: str | None, region_name: str | None = None) -> str:
    """Return the site uid for ``zone``; ``None``/``current`` means the region of the environment."""
    known = [s for s in view.sites if view.nodes_in(s.uid)]
    listing = ", ".join(f"{s.uid} ({s.name})" if s.name != s.uid else s.uid for s in known) or "none"
    if zone is None or zone.strip().lower() in ("", "current"):
        if region_name:
            match = _match(known, region_name)
            if match:
                return match
            raise InputError(
                f"zone current: OS_REGION_NAME={region_name!r} is not a zone in the data; known zones: {listing}"
            )
        if len(known) == 1:
            return known[0].uid
        raise InputError(f"zone current: OS_REGION_NAME is not set and the data has several zones; "
                         f"pass --zone, one of: {listing}")
    match = _match(known, zone)
    if match is None:
        names = [n for s in known for n in (s.uid, s.name)]
        raise InputError(f"unknown zone {zone!r}; {did_you_mean(zone, names)}known zones: {listing}")
    return match


def _match(sites, text: str) -> str | None:
    key = text.strip().lower()
    for s in sites:
        if key in (s.uid.lower(), s.name.lower()):
            return s.uid
    return None


def zone_name(view: MergedView, site_id: str) -> str:
    return next((s.name for s in view.sites if s.uid == site_id), site_id)


def summarize_zones(view: MergedView) -> list[ZoneSummary]:
    out = []
    for site in view.sites:
        nodes = view.nodes_in(site.uid)
        if not nodes:
            continue
        out.append(
            ZoneSummary(
                site_id=site.uid,
                name=site.name,
                nodes=len(nodes),
                reservable=sum(1 for n in nodes if is_reservable(n)),
                mapped=sum(1 for n in nodes if n.in_blazar and n.in_inventory),
                unmapped_inventory=sum(1 for n in nodes if not n.in_blazar),
                unmapped_hosts=sum(1 for n in nodes if not n.in_inventory),
                reservations=sum(len(n.reservations) for n in nodes),
                stale=any(n.stale for n in nodes),
            )
        )
    return out


def is_reservable(node: Node) -> bool:
    """Only a Blazar host marked reservable can ever be handed out to a (non-admin) user."""
    return node.in_blazar and node.reservable
