"""Bench: envboot's repository scanner over the corpus (tests/needs_corpus).

Prints the per-category agreement table (the one docs/needs.md publishes), the median seconds per
repository, and the peak memory of a scan of a generated repository of 5,000 files (in a child
process: its peak RSS and the Python heap peak by tracemalloc).

    .venv/bin/python bench/needs_corpus.py
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from envboot.data.repo_needs import scan  # noqa: E402
from tests.needs_corpus_score import CORPUS, score_all, table, truths  # noqa: E402

_CHILD = r"""
import json, resource, sys, tempfile, tracemalloc
from pathlib import Path
from envboot.data.repo_needs import scan
with tempfile.TemporaryDirectory() as d:
    root = Path(d)
    for i in range(5000):
        sub = root / f"pkg{i % 50}" / f"mod{i % 7}"
        sub.mkdir(parents=True, exist_ok=True)
        name = ("README.md" if i % 100 == 0 else "requirements.txt" if i % 100 == 1 else f"f{i}.py")
        text = ("# Model\n\nTraining requires 4 A100 80GB GPUs.\n" * 20 if name == "README.md" else
                "torch==2.3.0+cu121\nnumpy\n" if name == "requirements.txt" else "x = 1\n" * 50)
        (sub / name).write_text(text)
    import time
    tracemalloc.start()
    t0 = time.perf_counter()
    r = scan(root)
    seconds = time.perf_counter() - t0
    heap = tracemalloc.get_traced_memory()[1]
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(json.dumps({"files": r.files_scanned, "heap": heap, "rss": rss, "seconds": seconds}))
"""


def main() -> int:
    found = truths()
    if not found:
        print(f"no corpus under {CORPUS}")
        return 1
    times = []
    for slug, _ in found:
        t0 = time.perf_counter()
        scan(CORPUS / "repos" / slug)
        times.append(time.perf_counter() - t0)
    total, per = score_all(found)
    print(table(total, per))
    print()
    print(f"median {statistics.median(times):.3f} s per repository (max {max(times):.3f} s) over {len(found)} "
          "repositories")
    child = subprocess.run([sys.executable, "-c", _CHILD], capture_output=True, text=True, check=True)
    mem = json.loads(child.stdout)
    print(f"generated repository of 5,000 files ({mem['files']} read): peak RSS {mem['rss'] / 1e6:.0f} MB, "
          f"Python heap peak {mem['heap'] / 1e6:.1f} MB, {mem['seconds']:.2f} s (under tracemalloc)")
    if total.false_evidence:
        print("\nfalse evidence:\n  " + "\n  ".join(total.false_evidence))
    if total.misses:
        print("\nmisses:\n  " + "\n  ".join(total.misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
