"""envboot's repository scanner over the fourth corpus (tests/needs_corpus4: 25 real public repositories,
SOURCES.md), HELD OUT: its truth was written by a reader who never ran envboot on it nor read the scanner,
and the scanner was never tuned on it. These figures are the honest estimate of how envboot reads
repositories it has not seen (issue 18's goals: stance >= 95 %, GPUs per node, per-GPU memory, vendor and
stated RAM/CPUs/disk >= 90 %; not met).

Measured 2026-12-02, once with each scanner: main before that day's last tuning round (on corpus3) gave
stance 17/25 = 68 %; the final scanner gives stance 18/25 = 72 %, GPUs per node 5/8, per-GPU memory 0/4,
vendor 9/9, RAM/CPUs/disk 4/6, 0 false evidence. Each floor is the figure measured, so that any regression
fails; per-GPU memory (0/4) has no floor, a 0 % floor could not fail. Whoever tunes the scanner on these
repositories must say so here and build a new held-out corpus.
"""

from __future__ import annotations

import pytest

from .needs_corpus_score import CORPUS4, score_all, truths

FLOORS = {
    "stance": 72.0,  # 18/25; goal 95
    "gpus": 62.5,  # 5/8; goal 90
    "gpu_vendor": 100.0,  # 9/9
    "hardware": 66.6,  # 4/6; goal 90
    # gpu_memory: 0/4 (goal 90): no floor
}


@pytest.fixture(scope="module")
def scored():
    return score_all(truths(CORPUS4), corpus=CORPUS4)


def test_the_held_out_corpus_is_there():
    assert len(truths(CORPUS4)) == 25


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_agreement_on_the_held_out_corpus(scored, key):
    total, _ = scored
    assert total.totals[key] > 0
    pct = total.pct(key)
    assert pct >= FLOORS[key], f"corpus4 {key}: {pct:.1f} % < {FLOORS[key]} %; misses: {total.misses}"


def test_no_false_evidence_on_the_held_out_corpus(scored):
    assert scored[0].false_evidence == []
