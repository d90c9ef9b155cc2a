#!/usr/bin/env python3
"""Write the bundled CHI@UC snapshot's SYNTHETIC floating IP pool (floatingips.json and
floatingip_allocations.json in src/envboot/bundled/chameleon-uc/; see its README.md).

    python scripts/make_fip_pool.py [--out DIR]

The pool is the sandbox's (envboot/sandbox/fip_seed.py) placed relative to the snapshot's time,
2025-10-30 19:54 UTC (its earliest reservation end: the data was fetched before it).
"""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime
from pathlib import Path

from envboot.core.settings import BUNDLED_SNAPSHOT
from envboot.sandbox.fip_files import pool_counts, write_pool

SNAPSHOT_AT = datetime(2025, 10, 30, 19, 54, tzinfo=UTC)
SITE = "uc"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=BUNDLED_SNAPSHOT)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    print(json.dumps(pool_counts(write_pool(args.out, SITE, SNAPSHOT_AT))))


if __name__ == "__main__":
    main()
