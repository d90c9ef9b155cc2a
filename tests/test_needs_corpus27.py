"""envboot's repository scanner over the twenty-seventh corpus (tests/needs_corpus27: 28 real public repositories,
SOURCES_a.md ... SOURCES_d.md), held out until late in the twelfth session, TUNED ON since: its truth was written
by four readers (owners a-e, f-l, m-r, s-z) who never ran envboot on it nor read the scanner, and who were asked to
report no truth value. Held out, its figures were the estimate of how envboot reads repositories it has not seen;
tests/needs_corpus28 is the held-out set now.

Measured once, 2026-12-08 (twelfth session), with the scanner of 11cee78 (after corpus25's tuning, frozen with
``git archive``), before anyone looked at a truth file or a miss: stance 23/28, GPUs per node 4/8, per-GPU memory
1/3, vendor 11/13, RAM/CPUs/disk 12/20 (82 / 50 / 33 / 85 / 60 %). The check found one false evidence line, which was
the check's own gap, not the scanner's: "# Run on an A6000" cited for gpus>=1 (an RTX A6000 is a GPU), where the
check's GPU tokens knew "RTX" and "A100" but not "A6000"; with that token added, 0. The same after corpus26's tuning
(aggregates only). Each floor was the held-out figure (rounded down).

TUNED ON since, 2026-12-08 (twelfth session), while tests/needs_corpus28 was being built, to be measured with the
scanner of bf663dc frozen before this tuning (rules in tests/test_repo_needs_round27.py): 25/28, 5/8, 2/3, 12/13,
12/20 (the floors).
"""

from __future__ import annotations

import pytest

from .needs_corpus_score import CORPUS27, score_all, truths

FLOORS = {
    "stance": 89.2,  # 25/28 tuned on (held out: 23/28); goal 95
    "gpus": 62.5,  # 5/8 tuned on (held out: 4/8); goal 90
    "gpu_memory": 66.6,  # 2/3 tuned on (held out: 1/3); goal 90
    "gpu_vendor": 92.3,  # 12/13 tuned on (held out: 11/13); goal 90
    "hardware": 60.0,  # 12/20; goal 90
}


@pytest.fixture(scope="module")
def scored():
    return score_all(truths(CORPUS27), corpus=CORPUS27)


def test_the_corpus_is_there():
    assert len(truths(CORPUS27)) == 28


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_agreement_on_the_corpus(scored, key):
    total, _ = scored
    assert total.totals[key] > 0
    pct = total.pct(key)
    assert pct >= FLOORS[key], f"corpus27 {key}: {pct:.1f} % < {FLOORS[key]} %\n" + "\n".join(total.misses)


def test_no_false_evidence_on_the_corpus(scored):
    assert scored[0].false_evidence == []
