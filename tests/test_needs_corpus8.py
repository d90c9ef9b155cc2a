"""envboot's repository scanner over the eighth corpus (tests/needs_corpus8: 42 real public repositories,
SOURCES.md), HELD OUT: its truth was written by three readers who never ran envboot on it nor read the scanner, and
the scanner has never been tuned on it. These figures are the honest estimate of how envboot reads repositories it
has not seen (issue 18's goals: stance >= 95 %, GPUs per node, per-GPU memory, vendor and stated RAM/CPUs/disk
>= 90 %; only stance met).

Measured once, 2026-12-02 (third session), after the corpus7 round (60cafbb): stance 40/42 = 95 %, GPUs per node
20/30 = 67 %, per-GPU memory 6/15 = 40 %, vendor 21/24 = 88 %, RAM/CPUs/disk 5/17 = 29 %; 5 false evidence lines
as first scored, all five scorer gaps (the cited lines name an H800 and a "2080 Ti", NVIDIA models the scorer's token
list lacked; added), 0 after. The scanner at the session's start (8585cd8): 93 / 60 / 40 / 83 / 29 %. Each floor is
the figure measured, so that any regression fails. Whoever tunes the scanner on these repositories must say so here
and build a new held-out corpus.
"""

from __future__ import annotations

import pytest

from .needs_corpus_score import CORPUS8, score_all, truths

FLOORS = {
    "stance": 95.2,  # 40/42; goal 95
    "gpus": 66.6,  # 20/30; goal 90
    "gpu_memory": 40.0,  # 6/15; goal 90
    "gpu_vendor": 87.5,  # 21/24; goal 90
    "hardware": 29.4,  # 5/17; goal 90
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
