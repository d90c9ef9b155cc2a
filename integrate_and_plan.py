#!/usr/bin/env python3
"""Seed-compatible command line, now a thin shim over the envboot package.

    ./integrate_and_plan.py --zone uc --start "2025-10-30 20:00" --duration 60 --amount 2 [--find-earliest]

Runs with envboot installed (``pip install -e .``); when started by a python without it, it
re-runs itself with the project's ``.venv`` if there is one.
"""

import os
import sys
from pathlib import Path

try:
    from envboot.interfaces.cli.seed_compat import main
except ModuleNotFoundError:
    venv = Path(__file__).resolve().parent / ".venv"
    venv_python = venv / "bin" / "python"
    if venv_python.exists() and Path(sys.prefix).resolve() != venv.resolve():
        os.execv(str(venv_python), [str(venv_python), *sys.argv])
    sys.stderr.write(
        "integrate_and_plan.py: error: envboot is not installed; run "
        "'python3 -m venv .venv && .venv/bin/pip install -e .' in the repository first\n"
    )
    sys.exit(3)

if __name__ == "__main__":
    main()
