"""The planner's vocabulary, shared by every kind: strategy names, their statuses, preferences. Pure."""

from __future__ import annotations

from enum import StrEnum

BASE, TIME_SHIFT, ZONE_CHANGE, DOWNGRADE, UPGRADE = "base", "time_shift", "zone_change", "downgrade", "upgrade"
STRATEGIES = (BASE, TIME_SHIFT, ZONE_CHANGE, UPGRADE, DOWNGRADE)
STATUS_OF = {BASE: "ok", TIME_SHIFT: "shifted", ZONE_CHANGE: "zone_changed", DOWNGRADE: "downgraded",
             UPGRADE: "upgraded"}


class Prefer(StrEnum):
    soonest = "soonest"
    same_zone = "same-zone"
    same_hardware = "same-hardware"
    cheapest = "cheapest"
