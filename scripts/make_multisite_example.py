#!/usr/bin/env python3
"""Build examples/chameleon-multisite/: the real inventory of all Chameleon bare-metal sites with
deterministic SYNTHETIC allocations (see that directory's README.md).

    python scripts/make_multisite_example.py [--reference DIR] [--out DIR] [--seed N]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from datetime import UTC, datetime
from pathlib import Path

from envboot import api
from envboot.core.settings import BUNDLED_REFERENCE
from envboot.interfaces.jsonout import merged_json
from envboot.sandbox.fip_files import pool_counts, write_pool

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/synth.py: the test data generator
from tests.synth import Pressure, synth_live, write_snapshot

FETCHED_AT = datetime(2026, 6, 29, 12, 0, tzinfo=UTC)
SEED = 20260629
# Scarce at one site, plentiful at another, so zone changes and downgrades have something to show.
PRESSURE = {
    ("uc", "compute_cascadelake_r"): Pressure(0.5),
    ("uc", "compute_skylake"): Pressure(1.0),
    ("uc", "gpu_a100_pcie"): Pressure(0.25),
    ("uc", "gpu_rtx_6000"): Pressure(2.0),
    ("tacc", "compute_cascadelake_r"): Pressure(72.0),
    ("tacc", "compute_skylake"): Pressure(48.0),
    ("tacc", "gpu_p100"): Pressure(1.0),
    ("nu", "compute_haswell"): Pressure(24.0),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, default=BUNDLED_REFERENCE)
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "examples" /
                        "chameleon-multisite")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()

    inventory = {f.name: f.read_bytes() for f in sorted(args.reference.glob("*.json"))}
    nodes = [n for name, data in inventory.items() if name.endswith("_chameleon_nodes.json")
             for n in json.loads(data)["items"]]
    live = synth_live(nodes, FETCHED_AT, seed=args.seed, reservations_per_node=2.0, pressure=PRESSURE)
    if args.out.exists():
        shutil.rmtree(args.out)
    write_snapshot(args.out, inventory, live, FETCHED_AT)
    pools = [pool_counts(write_pool(site, site.name, FETCHED_AT)) for site in sorted(args.out.iterdir())
             if (site / "meta.json").exists()]
    stats = merged_json(api.load_view(args.out))["stats"]
    (args.out / "README.md").write_text(README.format(seed=args.seed, fetched=FETCHED_AT.isoformat(), **stats,
                                                      fip=pools[0]))
    print(json.dumps(stats))


README = """# Chameleon, all bare-metal sites — SYNTHETIC allocations

**The allocations here are synthetic.** The inventory (`sites.json`, `*_clusters.json`,
`*_chameleon_nodes.json`) is the real reference inventory of Chameleon's bare-metal sites
(ChameleonCloud/reference-repository, June 2026). Every site's `hosts.json`, `allocations.json`,
`resource_map.json` and `meta.json` (in `<site>/`, the multi-site layout) were GENERATED,
deterministically, by

    python scripts/make_multisite_example.py --seed {seed}

as if fetched at {fetched}: one Blazar host per node (host ids unique per site only, as on
Chameleon; the node's reference fields as extra capabilities), and non-overlapping leases of 1 h
to 7 days, some spanning several hosts. Some node types are made busy at one site and idle at
another, so `envboot plan` can show zone changes and downgrades offline. No real user, lease or
usage is represented.

Every site's `floatingips.json` and `floatingip_allocations.json` are SYNTHETIC too: the sandbox's
floating IP pool (`envboot/sandbox/fip_seed.py`, documentation addresses 198.51.100.200 on, one
network `public`) placed relative to the same time. Floating IPs (SYNTHETIC): {fip[addresses]} reservable
addresses per site, {fip[reserved]} reserved by {fip[leases]} leases (some held at the fetch time).

Counts: {sites} sites, {nodes} nodes, {hosts} hosts, {mapped_hosts} mapped, {reservations} reservations,
{unmatched_allocations} unmatched allocations.
"""

if __name__ == "__main__":
    main()
