"""`envboot sandbox up` from the bundled CHI@UC snapshot: the first start (replay through Blazar's API,
then cached) and a second start from the same snapshot (the cached seeded database), wall clock.

    .venv/bin/python bench/sandbox_up.py      # prints a Markdown table; about 3-7 min on 2 cores

Each start runs in a throwaway sandbox home and seed cache (ENVBOOT_SANDBOX_HOME, ENVBOOT_SEED_CACHE),
so the first start is a real cache miss. After both starts it compares the two sandboxes' lease and
allocation lists (they must agree, the first moved by the difference of the two shifts: it was seeded
earlier; leases that started "now" may start a minute or two apart) and prints the comparison, one row
per thing compared: hosts and leases with every field Blazar's API returns but ids, timestamps and
trusts, lease dates, allocation windows. Exit 1 if they differ, if nothing was compared, or if the
second start did not restore the cache. Target: cached <= 30 s.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "sandbox"))
PY = sys.executable
ENVBOOT = str(Path(PY).parent / "envboot")


def up(env: dict[str, str]) -> tuple[float, timedelta, bool]:
    """Seconds the start took, the shift it applied and whether it restored the cached seeded database
    (parsed from its own report line)."""
    t0 = time.perf_counter()
    done = subprocess.run([ENVBOOT, "sandbox", "up"], env=env, check=True, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - t0
    sys.stderr.write(done.stderr)
    days, hms = re.search(r"shift (?:(\d+) days?, )?(\d+:\d\d:\d\d)", done.stderr).groups()
    h, m, s = (int(x) for x in hms.split(":"))
    cached = "restored from the cached seeded database" in done.stderr
    return seconds, timedelta(days=int(days or 0), hours=h, minutes=m, seconds=s), cached


def main() -> None:
    from seed_compare import comparison, state_of

    from envboot.sandbox import runtime

    with tempfile.TemporaryDirectory(prefix="envboot-bench-") as tmp:
        base = {**os.environ, "ENVBOOT_SEED_CACHE": f"{tmp}/cache"}
        first_env = {**base, "ENVBOOT_SANDBOX_HOME": f"{tmp}/a"}
        second_env = {**base, "ENVBOOT_SANDBOX_HOME": f"{tmp}/b"}
        try:
            first, shift_a, first_cached = up(first_env)
            second, shift_b, second_cached = up(second_env)
            a, b = (state_of(runtime.load(Path(e["ENVBOOT_SANDBOX_HOME"]))) for e in (first_env, second_env))
            rows = comparison(a, b, shift_b - shift_a)
        finally:
            for e in (first_env, second_env):
                runtime.down(Path(e["ENVBOOT_SANDBOX_HOME"]))
    print(f"| `envboot sandbox up` (bundled CHI@UC, {os.cpu_count()} cores) | wall clock, s |\n|---|---|")
    print(f"| first start (replay, then cache) | {first:.0f} |")
    print(f"| second start (cached seeded database) | {second:.0f} |")
    print(f"| the first start replayed (a cache miss) | {'yes' if not first_cached else 'NO: it restored a cache'} |")
    print(f"| the second start restored the cached seeded database | {'yes' if second_cached else 'NO: it replayed'} |")
    print("\nWhat Blazar's API answers in each sandbox (admin: host list, lease list, allocation list os-hosts and"
          " the floating IP pool's; Neutron's floating IPs),"
          f" the first one's dates moved by the difference of the two shifts ({shift_b - shift_a}):\n")
    print("| compared | first start | second start | result |\n|---|---|---|---|")
    for what, x, y, result in rows:
        print(f"| {what} | {x} | {y} | {result.replace('|', '/')} |")
    empty = not (a["host_docs"] and a["lease_docs"] and a["allocations"])
    same = all(r[3] == "identical" for r in rows) and not empty
    print(f"\n{'identical' if same else 'DIFFER' if not empty else 'NOTHING COMPARED (an empty sandbox)'}; "
          f"cached <= 30 s: {'PASS' if second <= 30 and second_cached else 'FAIL'}")
    sys.exit(0 if same and not first_cached and second_cached else 1)


if __name__ == "__main__":
    main()
