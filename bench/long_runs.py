"""The long sandbox runs at their published sizes (the test suite runs them smaller, to fit its budget).

    .venv/bin/python bench/long_runs.py        # about 9-13 min on 2 cores

- the fault run: 200 `reserve` attempts through injected faults (the suite: 60), figures in
  docs/reliability.md, report in bench/out/faults.json;
- the flavor:instance agreement: 102 requests per cleaning time, 306 in all (the suite: 40 each).

Same tests, same invariants (thresholds pro rata); only the sizes differ (ENVBOOT_FAULT_ATTEMPTS,
ENVBOOT_FLAVOR_REQUESTS). Prints each test's output (its figures) and pytest's durations.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TESTS = ["tests/sandbox/test_reliability.py::test_200_reserves_through_injected_faults_keep_every_invariant",
         "tests/sandbox/test_flavor_agreement.py::test_envboot_plan_and_blazar_agree_on_every_flavor_request"]


def main() -> int:
    env = {**os.environ, "ENVBOOT_FAULT_ATTEMPTS": "200", "ENVBOOT_FLAVOR_REQUESTS": "102"}
    return subprocess.run([sys.executable, "-m", "pytest", "-n", "0", "-s", "-q", *TESTS], cwd=ROOT, env=env,
                          check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
