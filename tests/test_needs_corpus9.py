"""envboot's repository scanner over the ninth corpus (tests/needs_corpus9: 17 real public repositories,
SOURCES_a.md), HELD OUT: its truth was written by a reader who never ran envboot on it nor read the scanner, and
the scanner has never been tuned on it. These figures are the honest estimate of how envboot reads repositories it
has not seen (issue 18's goals: stance >= 95 %, GPUs per node, per-GPU memory, vendor and stated RAM/CPUs/disk
>= 90 %; none met on this set).

Measured once, 2026-12-02 (fourth session), after the corpus8 round (3079601): stance 16/17 = 94 %, GPUs per node
8/10 = 80 %, per-GPU memory 4/7 = 57 %, vendor 9/12 = 75 %, RAM/CPUs/disk 4/6 = 67 %; 0 false evidence lines. The
scanner at the session's start (60cafbb): 94 / 80 / 43 / 67 / 67 %. Only one of the corpus's readers (owners a-h)
delivered in time, so the set is small and its figures are coarse (one repository moves GPUs by 10 points, memory
by 14). Each floor is the figure measured, so that any regression fails. Whoever tunes the scanner on these
repositories must say so here and build a new held-out corpus.
"""

from __future__ import annotations

import pytest

from .needs_corpus_score import CORPUS9, score_all, truths

FLOORS = {
    "stance": 94.1,  # 16/17; goal 95
    "gpus": 80.0,  # 8/10; goal 90
    "gpu_memory": 57.1,  # 4/7; goal 90
    "gpu_vendor": 75.0,  # 9/12; goal 90
    "hardware": 66.6,  # 4/6; goal 90
}


@pytest.fixture(scope="module")
def scored():
    return score_all(truths(CORPUS9), corpus=CORPUS9)


def test_the_held_out_corpus_is_there():
    assert len(truths(CORPUS9)) == 17


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_agreement_on_the_held_out_corpus(scored, key):
    total, _ = scored
    assert total.totals[key] > 0
    pct = total.pct(key)
    assert pct >= FLOORS[key], f"corpus9 {key}: {pct:.1f} % < {FLOORS[key]} %; misses: {total.misses}"


def test_no_false_evidence_on_the_held_out_corpus(scored):
    assert scored[0].false_evidence == []
