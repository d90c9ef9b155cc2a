"""Start-up time of the envboot CLI (issue 10 §6), side by side with the interpreter's own.

    .venv/bin/python bench/startup.py            # prints a Markdown table (median of N runs each)

Each row is a fresh process, timed wall-clock, N runs, the median reported: the bare interpreter,
`import envboot.interfaces.cli.app`, `envboot --version`, `envboot plan --help`, and a whole `envboot plan`
on the bundled CHI@UC snapshot. Target: `envboot --version` <= 60 ms.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

PY = sys.executable
ENVBOOT = str(Path(PY).parent / "envboot")
RUNS = 15
CASES = [
    ("python -c pass (interpreter alone)", [PY, "-c", "pass"]),
    ("python -c 'import envboot.interfaces.cli.app'", [PY, "-c", "import envboot.interfaces.cli.app"]),
    ("envboot --version", [ENVBOOT, "--version"]),
    ("envboot plan --help", [ENVBOOT, "plan", "--help"]),
    ("envboot plan (bundled CHI@UC, -f json)", [ENVBOOT, "plan", "--zone", "uc", "--start", "2025-10-30 20:00",
                                               "--duration", "2h", "-n", "3", "-t", "compute_skylake", "--now",
                                               "2025-10-30 19:54", "-f", "json"]),
]


def median_ms(argv: list[str]) -> float:
    times = []
    for _ in range(RUNS):
        t0 = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def main() -> None:
    rows = [(label, median_ms(argv)) for label, argv in CASES]
    print(f"| command | median of {RUNS} runs, ms |\n|---|---|")
    for label, ms in rows:
        print(f"| {label} | {ms:.0f} |")
    version_ms = dict(rows)["envboot --version"]
    print(f"\n`envboot --version` {version_ms:.0f} ms (target <= 60 ms: {'PASS' if version_ms <= 60 else 'FAIL'})")


if __name__ == "__main__":
    main()
