"""The seed project's method, re-implemented faithfully as the baseline: step hour by hour from
the requested start, and at every step re-check every node's reservations (parsing the dates
again each time), finding a node's Blazar host id by scanning the resource map. (The allocation
list is indexed by host id once, which is kinder to the baseline than the seed was.)"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path


def load(site_dir: Path, inventory_file: Path) -> tuple[list[dict], dict, list[dict]]:
    with open(site_dir / "allocations.json") as fh:
        allocations = json.load(fh)
    with open(site_dir / "resource_map.json") as fh:
        resource_map = json.load(fh)
    with open(inventory_file) as fh:
        nodes = json.load(fh)["items"]
    return allocations, resource_map, nodes


def parse(value: str) -> datetime:
    return datetime.strptime(value.split(".")[0], "%Y-%m-%dT%H:%M:%S")


def earliest_hourly(allocations: list[dict], resource_map: dict, nodes: list[dict], node_type: str,
                    start: datetime, minutes: int, amount: int, horizon_hours: int) -> datetime | None:
    by_host = {str(a["resource_id"]): a["reservations"] for a in allocations}
    for step in range(horizon_hours + 1):
        t0 = start + timedelta(hours=step)
        t1 = t0 + timedelta(minutes=minutes)
        free = 0
        for node in nodes:
            if node.get("node_type") != node_type:
                continue
            resource_id = None
            for rid, hostname in resource_map.items():  # the seed scans the map for each node
                if hostname in (node["uid"], node.get("node_name")):
                    resource_id = rid
                    break
            if resource_id is None:
                continue
            busy = False
            for r in by_host.get(resource_id, []):  # every reservation, dates parsed again
                if parse(r["start_date"]) < t1 and parse(r["end_date"]) > t0:
                    busy = True
                    break
            if not busy:
                free += 1
        if free >= amount:
            return t0
    return None
