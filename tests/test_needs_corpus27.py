"""envboot's repository scanner over the twenty-seventh corpus (tests/needs_corpus27: 28 real public repositories,
SOURCES_a.md ... SOURCES_d.md), HELD OUT: its truth was written by four readers (owners a-e, f-l, m-r, s-z) who never
ran envboot on it nor read the scanner, and who were asked to report no truth value; the scanner has never been
tuned on it. These figures are the honest estimate of how envboot reads repositories it has not seen (issue 18's
goals: stance >= 95 %, GPUs per node, per-GPU memory, vendor and stated RAM/CPUs/disk >= 90 %; none met on this set).

Measured once, 2026-12-08 (twelfth session), with the scanner of 11cee78 (after corpus25's tuning, frozen with
``git archive``), before anyone looked at a truth file or a miss: stance 23/28, GPUs per node 4/8, per-GPU memory
1/3, vendor 11/13, RAM/CPUs/disk 12/20 (82 / 50 / 33 / 85 / 60 %). The check found one false evidence line, which was
the check's own gap, not the scanner's: "# Run on an A6000" cited for gpus>=1 (an RTX A6000 is a GPU), where the
check's GPU tokens knew "RTX" and "A100" but not "A6000"; with that token added, 0. The same after corpus26's tuning
(aggregates only).
Each floor is the held-out figure (rounded down), so that any regression fails.
Whoever tunes the scanner on these repositories must say so here and build a new held-out corpus.
"""

from __future__ import annotations

import pytest

from .needs_corpus_score import CORPUS27, score_all, truths

FLOORS = {
    "stance": 82.1,  # 23/28; goal 95
    "gpus": 50.0,  # 4/8; goal 90
    "gpu_memory": 33.3,  # 1/3; goal 90
    "gpu_vendor": 84.6,  # 11/13; goal 90
    "hardware": 60.0,  # 12/20; goal 90
}


@pytest.fixture(scope="module")
def scored():
    return score_all(truths(CORPUS27), corpus=CORPUS27)


def test_the_held_out_corpus_is_there():
    assert len(truths(CORPUS27)) == 28


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_agreement_on_the_held_out_corpus(scored, key):
    total, _ = scored
    assert total.totals[key] > 0
    pct = total.pct(key)
    # (the misses are not printed: the corpus is held out)
    assert pct >= FLOORS[key], f"corpus27 {key}: {pct:.1f} % < {FLOORS[key]} % ({len(total.misses)} misses)"


def test_no_false_evidence_on_the_held_out_corpus(scored):
    assert scored[0].false_evidence == []
