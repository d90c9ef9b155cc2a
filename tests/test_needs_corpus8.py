"""envboot's repository scanner over the eighth corpus (tests/needs_corpus8: 42 real public repositories,
SOURCES.md). Its truth was written by three readers who never ran envboot on it nor read the scanner.

Held out at first, measured once, 2026-12-02 (third session), after the corpus7 round (60cafbb): stance 40/42 = 95 %,
GPUs per node 20/30 = 67 %, per-GPU memory 6/15 = 40 %, vendor 21/24 = 88 %, RAM/CPUs/disk 5/17 = 29 %; 5 false
evidence lines as first scored, all five scorer gaps (the cited lines name an H800 and a "2080 Ti", NVIDIA models the
scorer's token list lacked; added), 0 after. The scanner at that session's start (8585cd8): 93 / 60 / 40 / 83 / 29 %.

TUNED ON since (fourth session, 2026-12-02; the rules are in tests/test_repo_needs_round8.py, each with a case where it
must not fire): device indices and documented GPU-count flags in commands, a training command's count over a GPU
something was tested on, "4x40GB A100s" / "an A100 (40G * 8)", guides at the top (TUTORIAL.md, *_Train.md), a script's
comment yielding to the README, the host of a timing is no minimum, a Mac's AMD GPU names no vendor, a requirements
comment asking for a CUDA-enabled install, alternative GPU sets read as one set. After: stance 40/42 = 95 %, GPUs
27/30 = 90 %, memory 9/15 = 60 %, vendor 22/24 = 92 %, RAM/CPUs/disk 6/17 = 35 %. These are no longer held-out
figures: tests/needs_corpus9 is the held-out estimate. Each floor is the figure measured, so that any regression fails.
"""

from __future__ import annotations

import pytest

from .needs_corpus_score import CORPUS8, score_all, truths

FLOORS = {
    "stance": 95.2,  # 40/42; goal 95
    "gpus": 90.0,  # 27/30 (held out: 20/30); goal 90
    "gpu_memory": 60.0,  # 9/15 (held out: 6/15); goal 90
    "gpu_vendor": 91.6,  # 22/24 (held out: 21/24); goal 90
    "hardware": 47.0,  # 8/17 (held out: 5/17); goal 90
}


@pytest.fixture(scope="module")
def scored():
    return score_all(truths(CORPUS8), corpus=CORPUS8)


def test_the_held_out_corpus_is_there():
    assert len(truths(CORPUS8)) == 42


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_agreement_on_the_held_out_corpus(scored, key):
    total, _ = scored
    assert total.totals[key] > 0
    pct = total.pct(key)
    assert pct >= FLOORS[key], f"corpus8 {key}: {pct:.1f} % < {FLOORS[key]} %; misses: {total.misses}"


def test_no_false_evidence_on_the_held_out_corpus(scored):
    assert scored[0].false_evidence == []
