"""The downgrade ladder: for a node type, which other node types may stand in, best first. Pure.

Default ladder, derived from the inventory's hardware (see ``hardware.HardwareProfile``):
- a GPU type falls back only to other GPU types: same GPU family (chip) first, then the closest
  GPU count, then the closest memory and thread count;
- a compute type falls back to other compute types, then to storage types (general-purpose
  nodes with extra disks), closest memory and thread count first;
- a storage type falls back to other storage types; FPGA types have no default fallback.
"Closest" is the absolute log2 ratio, so 2× more and 2× less are equally far.
A user ladder file (``--downgrade-ladder``) replaces the default for the types it names.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from .hardware import COMPUTE, GPU, STORAGE, HardwareProfile

Ladder = Mapping[str, tuple[str, ...]]

_FALLBACK_CATEGORIES = {GPU: (GPU,), COMPUTE: (COMPUTE, STORAGE), STORAGE: (STORAGE,)}


def default_ladder(profiles: Mapping[str, HardwareProfile]) -> dict[str, tuple[str, ...]]:
    return {t: _rungs(p, profiles) for t, p in profiles.items()}


def _rungs(want: HardwareProfile, profiles: Mapping[str, HardwareProfile]) -> tuple[str, ...]:
    categories = _FALLBACK_CATEGORIES.get(want.category, ())
    candidates = [p for p in profiles.values() if p.node_type != want.node_type and p.category in categories]
    return tuple(p.node_type for p in sorted(candidates, key=lambda p: _distance(want, p, categories)))


def _distance(want: HardwareProfile, have: HardwareProfile, categories: tuple[str, ...]) -> tuple:
    return (
        categories.index(have.category),
        want.gpu_family is not None and have.gpu_family != want.gpu_family,
        _log_gap(want.gpu_count, have.gpu_count),
        round(_log_gap(want.ram_bytes, have.ram_bytes) + _log_gap(want.threads, have.threads), 3),
        have.node_type,
    )


def _log_gap(a: int | None, b: int | None) -> float:
    if not a or not b:
        return 0.0 if a == b else 8.0
    return abs(math.log2(b / a))


def with_overrides(default: Mapping[str, tuple[str, ...]], overrides: Ladder) -> dict[str, tuple[str, ...]]:
    out = dict(default)
    out.update({t: tuple(v) for t, v in overrides.items()})
    return out
