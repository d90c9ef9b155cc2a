"""Bench: envboot's repository scanner over the corpora (tests/needs_corpus, needs_corpus3 ... needs_corpus28).

Prints the per-category agreement tables (the ones docs/needs.md publishes) of the two parts of the corpus
(the 62 development repositories of SOURCES.md, and the second part, SOURCES2.md: held out until 2026-12-02,
tuned on since) and of the third corpus (tests/needs_corpus3: held out until 2026-12-02, tuned on since), the
median seconds per repository, and the peak memory of a scan of a generated repository
of 5,000 files (in a child process: its peak RSS and the Python heap peak by tracemalloc).

    .venv/bin/python bench/needs_corpus.py
    PYTHONPATH=/path/to/other/checkout/src .venv/bin/python bench/needs_corpus.py   # another scanner's figures
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
from tests.needs_corpus_score import (  # noqa: E402
    CORPUS,
    CORPUS3,
    CORPUS4,
    CORPUS5,
    CORPUS7,
    CORPUS8,
    CORPUS9,
    CORPUS10,
    CORPUS11,
    CORPUS12,
    CORPUS13,
    CORPUS14,
    CORPUS15,
    CORPUS16,
    CORPUS17,
    CORPUS18,
    CORPUS19,
    CORPUS20,
    CORPUS21,
    CORPUS22,
    CORPUS23,
    CORPUS24,
    CORPUS25,
    CORPUS26,
    CORPUS27,
    CORPUS28,
    score_all,
    table,
    truths,
)

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


LABELS = {
    "needs_corpus3": "third corpus (tests/needs_corpus3: held out at 70 % stance until 2026-12-02, tuned on since)",
    "needs_corpus4": "fourth corpus (tests/needs_corpus4: held out at 72 % stance until 2026-12-02, tuned on since)",
    "needs_corpus5": "fifth corpus (tests/needs_corpus5: held out at 89 % stance until 2026-12-02, tuned on since)",
    "needs_corpus7": "seventh corpus (tests/needs_corpus7: held out at 88 % stance until 2026-12-02, tuned on since)",
    "needs_corpus8": "eighth corpus (tests/needs_corpus8: held out at 67 % GPUs until 2026-12-02, tuned on since)",
    "needs_corpus9": "ninth corpus (tests/needs_corpus9: held out at 80 % GPUs until 2026-12-03, tuned on since)",
    "needs_corpus10": "tenth corpus (tests/needs_corpus10: held out at 54 % GPUs until 2026-12-03, tuned on since)",
    "needs_corpus11": "eleventh corpus (tests/needs_corpus11: held out at 80 % GPUs until 2026-12-03, tuned on since)",
    "needs_corpus12": "twelfth corpus (tests/needs_corpus12: held out at 40 % GPUs until 2026-12-03, tuned on since)",
    "needs_corpus13": "thirteenth corpus (tests/needs_corpus13: held out at 69 % GPUs until 2026-12-03, tuned on "
                      "since)",
    "needs_corpus14": "fourteenth corpus (tests/needs_corpus14: held out until 2026-12-03, tuned on since)",
    "needs_corpus15": "fifteenth corpus (tests/needs_corpus15: held out at 88 % GPUs until 2026-12-03, tuned on since)",
    "needs_corpus16": "sixteenth corpus (tests/needs_corpus16: held out at 71 % GPUs until 2026-12-04, tuned on since)",
    "needs_corpus17": "seventeenth corpus (tests/needs_corpus17: held out at 64 % GPUs until 2026-12-04, tuned on "
                      "since)",
    "needs_corpus18": "eighteenth corpus (tests/needs_corpus18: held out at 79 % GPUs until 2026-12-04, tuned on "
                      "since)",
    "needs_corpus19": "nineteenth corpus (tests/needs_corpus19: held out at 79 % GPUs until 2026-12-06, tuned on "
                      "since)",
    "needs_corpus20": "twentieth corpus (tests/needs_corpus20: held out at 71 % GPUs until 2026-12-06, tuned on "
                      "since)",
    "needs_corpus21": "twenty-first corpus (tests/needs_corpus21: held out at 62 % GPUs until 2026-12-06, tuned "
                      "on since)",
    "needs_corpus22": "twenty-second corpus (tests/needs_corpus22: held out at 64 % GPUs until 2026-12-06, tuned "
                      "on since)",
    "needs_corpus23": "twenty-third corpus (tests/needs_corpus23: held out at 50 % GPUs until 2026-12-08, tuned "
                      "on since)",
    "needs_corpus24": "twenty-fourth corpus (tests/needs_corpus24: held out at 54 % GPUs until 2026-12-08, tuned "
                      "on since)",
    "needs_corpus25": "twenty-fifth corpus (tests/needs_corpus25: held out at 45 % GPUs until 2026-12-08, tuned "
                      "on since)",
    "needs_corpus26": "twenty-sixth corpus (tests/needs_corpus26: held out at 75 % GPUs until 2026-12-08, tuned "
                      "on since)",
    "needs_corpus27": "twenty-seventh corpus (tests/needs_corpus27: held out at 50 % GPUs until 2026-12-08, tuned "
                      "on since)",
    "needs_corpus28": "twenty-eighth corpus (tests/needs_corpus28: HELD OUT, never tuned on)",
}


def main() -> int:
    found = truths()
    if not found:
        print(f"no corpus under {CORPUS}")
        return 1
    later = [(c, truths(c)) for c in (CORPUS3, CORPUS4, CORPUS5, CORPUS7, CORPUS8, CORPUS9, CORPUS10, CORPUS11,
                                      CORPUS12, CORPUS13, CORPUS14, CORPUS15, CORPUS16, CORPUS17, CORPUS18,
                                      CORPUS19, CORPUS20, CORPUS21, CORPUS22, CORPUS23, CORPUS24, CORPUS25,
                                      CORPUS26, CORPUS27, CORPUS28)]
    times = []
    for corpus, slugs in ((CORPUS, found), *later):
        for slug, _ in slugs:
            t0 = time.perf_counter()
            scan(corpus / "repos" / slug)
            times.append(time.perf_counter() - t0)
    second = second_part()
    parts = [("development part (SOURCES.md)", None, [t for t in found if t[0] not in second]),
             ("second part (SOURCES2.md: held out until 2026-12-02, tuned on since)", None,
              [t for t in found if t[0] in second])]
    parts += [(f"{LABELS[c.name]}", c, slugs) for c, slugs in later if slugs]
    for name, corpus, chosen in parts:
        part_total, per = score_all(chosen, corpus=corpus)
        print(f"{name}:\n")
        print(table(part_total, per))
        print()
        if part_total.false_evidence:
            print("false evidence:\n  " + "\n  ".join(part_total.false_evidence) + "\n")
        if part_total.misses and "HELD OUT" not in name:  # a held-out corpus's misses stay unread
            print("misses:\n  " + "\n  ".join(part_total.misses) + "\n")
        elif part_total.misses:
            print(f"misses: {len(part_total.misses)} (not printed: the corpus is held out)\n")
    print(f"median {statistics.median(times):.3f} s per repository (max {max(times):.3f} s) over {len(times)} "
          "repositories")
    child = subprocess.run([sys.executable, "-c", _CHILD], capture_output=True, text=True, check=True)
    mem = json.loads(child.stdout)
    print(f"generated repository of 5,000 files ({mem['files']} read): peak RSS {mem['rss'] / 1e6:.0f} MB, "
          f"Python heap peak {mem['heap'] / 1e6:.1f} MB, {mem['seconds']:.2f} s (under tracemalloc)")
    return 0


def second_part() -> frozenset[str]:
    """The slugs of the second part (the rows of SOURCES2.md)."""
    path = CORPUS / "SOURCES2.md"
    if not path.is_file():
        return frozenset()
    return frozenset(line.split("|")[1].strip() for line in path.read_text().splitlines()
                     if line.startswith("|") and "__" in line)


if __name__ == "__main__":
    raise SystemExit(main())
