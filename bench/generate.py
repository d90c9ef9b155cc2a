#!/usr/bin/env python3
"""Write the benchmark snapshots (synthetic, in the real file formats) into bench/out/<size>/.

    python bench/generate.py [uc 10k 100k]
"""

from __future__ import annotations

import shutil
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from envboot.core.settings import BUNDLED_SNAPSHOT

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/synth.py: the test data generator
from tests.synth import synth_live, synthetic_inventory_files, synthetic_nodes, write_snapshot

OUT = Path(__file__).resolve().parent / "out"
FETCHED_AT = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)
SIZES = {"10k": (10_000, 10), "100k": (100_000, 10)}  # nodes, reservations per node
SITES = 10


def generate(size: str) -> Path:
    target = OUT / size
    if target.exists():
        shutil.rmtree(target)
    if size == "uc":
        shutil.copytree(BUNDLED_SNAPSHOT, target)
        return target
    n_nodes, per_node = SIZES[size]
    nodes = synthetic_nodes(n_nodes, SITES, seed=n_nodes)
    live = synth_live(nodes, FETCHED_AT, seed=n_nodes, capabilities=False, exact_per_node=per_node,
                      pressure={}, id_base=1)
    write_snapshot(target, synthetic_inventory_files(nodes), live, FETCHED_AT, compact=True)
    return target


def main(argv: list[str]) -> None:
    for size in argv or ["uc", "10k", "100k"]:
        t = time.perf_counter()
        path = generate(size)
        mb = sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6
        print(f"{size}: {path} ({mb:.0f} MB) in {time.perf_counter() - t:.1f} s", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
