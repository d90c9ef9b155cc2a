"""The downgrade ladder: for a node type, which other node types may stand in, best first. Pure.

Default ladder, derived from the inventory's hardware (see ``hardware.HardwareProfile``):
- a GPU type falls back only to other GPU types of the SAME GPU vendor (an NVIDIA request never gets
  AMD or Intel GPUs unless a ladder file names them), in three groups, in this order:
  1. types that give nothing up (``compare(...).upgrade``: as many GPUs per node, as much GPU memory,
     the same or a newer GPU generation, as many threads and as much RAM) — the same chip first;
  2. types with as many GPUs per node that give something else up (less GPU memory, an older
     generation), closest first;
  3. types with FEWER GPUs per node, the most GPUs first — every such option's reason says so;
- a compute type falls back to other compute types, then to storage types (general-purpose
  nodes with extra disks), closest memory and thread count first;
- a storage type falls back to other storage types; FPGA types have no default fallback.
"Closest" is the absolute log2 ratio, so 2× more and 2× less are equally far.
A user ladder file (``--downgrade-ladder``) replaces the default for the types it names; ``compare``
still labels each of its rungs an upgrade or a downgrade.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from envboot.domain.hardware import COMPUTE, GPU, STORAGE, HardwareProfile

Ladder = Mapping[str, tuple[str, ...]]

_FALLBACK_CATEGORIES = {GPU: (GPU,), COMPUTE: (COMPUTE, STORAGE), STORAGE: (STORAGE,)}


@dataclass(frozen=True, slots=True)
class Comparison:
    """What ``have`` gives up against ``want`` (one phrase each), and whether it gives up nothing."""

    upgrade: bool
    gives_up: tuple[str, ...]
    gains: tuple[str, ...]


def compare(want: HardwareProfile, have: HardwareProfile) -> Comparison:
    lost: list[str] = []
    gained: list[str] = []
    if want.gpu_count:
        if want.gpu_vendor and have.gpu_vendor and have.gpu_vendor != want.gpu_vendor:
            lost.append(f"{have.gpu_vendor} GPUs instead of {want.gpu_vendor}")
        _more_or_less(want.gpu_count, have.gpu_count, "{} GPU(s) per node instead of {}", lost, gained)
        wm, hm = want.gpu_memory_gb, have.gpu_memory_gb
        if wm and not hm:
            lost.append(f"GPU memory unknown (asked {wm} GB)")
        else:
            _more_or_less(wm, hm, "{} GB GPU memory instead of {} GB", lost, gained)
        wg, hg = want.gpu_generation, have.gpu_generation
        if wg is not None and hg is not None and hg != wg:
            (lost if hg < wg else gained).append(f"{'an older' if hg < wg else 'a newer'} GPU generation "
                                                 f"({have.gpu_family} instead of {want.gpu_family})")
        elif want.gpu_family and have.gpu_family != want.gpu_family and (wg is None or hg is None):
            lost.append(f"another GPU ({have.gpu_family} instead of {want.gpu_family})")
    _more_or_less(want.threads, have.threads, "{} threads instead of {}", lost, gained)
    gib = None if want.ram_bytes is None else want.ram_bytes // 2**30
    _more_or_less(gib, None if have.ram_bytes is None else have.ram_bytes // 2**30,
                  "{} GiB RAM instead of {}", lost, gained)
    return Comparison(not lost, tuple(lost), tuple(gained))


def _more_or_less(want: int | None, have: int | None, text: str, lost: list[str], gained: list[str]) -> None:
    if want is None or have is None or want == have:
        return
    (lost if have < want else gained).append(text.format(have, want))


def default_ladder(profiles: Mapping[str, HardwareProfile]) -> dict[str, tuple[str, ...]]:
    return {t: _rungs(p, profiles) for t, p in profiles.items()}


def _rungs(want: HardwareProfile, profiles: Mapping[str, HardwareProfile]) -> tuple[str, ...]:
    categories = _FALLBACK_CATEGORIES.get(want.category, ())
    candidates = [p for p in profiles.values() if p.node_type != want.node_type and p.category in categories
                  and not (want.category == GPU and want.gpu_vendor and p.gpu_vendor
                           and p.gpu_vendor != want.gpu_vendor)]
    return tuple(p.node_type for p in sorted(candidates, key=lambda p: _distance(want, p, categories)))


def _distance(want: HardwareProfile, have: HardwareProfile, categories: tuple[str, ...]) -> tuple:
    gpu = want.category == GPU
    return (
        categories.index(have.category),
        gpu and have.gpu_count < want.gpu_count,  # fewer GPUs per node: last
        gpu and not compare(want, have).upgrade,  # what gives nothing up first
        _log_gap(want.gpu_count, have.gpu_count),
        want.gpu_family is not None and have.gpu_family != want.gpu_family,
        abs((want.gpu_generation or 0) - (have.gpu_generation or 0)) if gpu else 0,
        _log_gap(want.gpu_memory_gb, have.gpu_memory_gb) if gpu else 0.0,
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
