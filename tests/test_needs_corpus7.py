"""envboot's repository scanner over the seventh corpus (tests/needs_corpus7: 24 real public repositories,
SOURCES.md), HELD OUT: its truth was written by a reader who never ran envboot on it nor read the scanner, and the
scanner has never been tuned on it. These figures are the honest estimate of how envboot reads repositories it has
not seen (issue 18's goals: stance >= 95 %, GPUs per node, per-GPU memory, vendor and stated RAM/CPUs/disk >= 90 %;
not met).

Measured once, 2026-12-02 (second session), after the corpus4 and corpus5 rounds: stance 21/24 = 88 %, GPUs per
node 4/6, per-GPU memory 2/2, vendor 6/10, RAM/CPUs/disk 0/2, 0 false evidence (the scanner at the session's start,
cf690b6: the same but GPUs 3/6). Each floor is the figure measured, so that any regression fails; RAM/CPUs/disk
(0/2) has no floor, a 0 % floor could not fail. Whoever tunes the scanner on these repositories must say so here
and build a new held-out corpus.
"""

from __future__ import annotations

import pytest

from .needs_corpus_score import CORPUS7, score_all, truths

FLOORS = {
    "stance": 87.5,  # 21/24; goal 95
    "gpus": 66.6,  # 4/6; goal 90
    "gpu_memory": 100.0,  # 2/2
    "gpu_vendor": 60.0,  # 6/10; goal 90
    # hardware: 0/2 (goal 90): no floor
}


@pytest.fixture(scope="module")
def scored():
    return score_all(truths(CORPUS7), corpus=CORPUS7)


def test_the_held_out_corpus_is_there():
    assert len(truths(CORPUS7)) == 24


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_agreement_on_the_held_out_corpus(scored, key):
    total, _ = scored
    assert total.totals[key] > 0
    pct = total.pct(key)
    assert pct >= FLOORS[key], f"corpus7 {key}: {pct:.1f} % < {FLOORS[key]} %; misses: {total.misses}"


def test_no_false_evidence_on_the_held_out_corpus(scored):
    assert scored[0].false_evidence == []
