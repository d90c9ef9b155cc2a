"""envboot's repository scanner over the nineteenth corpus (tests/needs_corpus19: 28 real public repositories,
SOURCES_a.md ... SOURCES_d.md), held out until the start of the eleventh session, TUNED ON since: its truth was
written by four readers (owners a-e, f-l, m-r, s-z) who never ran envboot on it nor read the scanner, and who were
asked to report no recorded figure. Held out, its figures were the estimate of how envboot reads repositories it has
not seen; tests/needs_corpus20 is the held-out set now.

Measured once, 2026-12-04 (tenth session), with the scanner of 2c20c46 (after corpus17's tuning, frozen with
``git archive``), before anyone looked at a truth file or a miss: stance 26/28, GPUs per node 11/14, per-GPU memory
4/8, vendor 15/17, RAM/CPUs/disk 7/24 (93 / 79 / 50 / 88 / 29 %); 0 false evidence lines. Measured again after
corpus18's tuning (aggregates only): the same. Each floor is the held-out figure (rounded down), so that any
regression fails.

TUNED ON since, 2026-12-06 (eleventh session), after tests/needs_corpus20 was built and measured with the scanner
frozen before this tuning (rules in tests/test_repo_needs_round19.py): 27/28, 12/14, 6/8, 16/17, 15/24 (the floors).
"""

from __future__ import annotations

import pytest

from .needs_corpus_score import CORPUS19, score_all, truths

FLOORS = {
    "stance": 96.4,  # 27/28 tuned on (held out: 26/28); goal 95
    "gpus": 85.7,  # 12/14 tuned on (held out: 11/14); goal 90
    "gpu_memory": 75.0,  # 6/8 tuned on (held out: 4/8); goal 90
    "gpu_vendor": 94.1,  # 16/17 tuned on (held out: 15/17); goal 90
    "hardware": 62.5,  # 15/24 tuned on (held out: 7/24); goal 90
}


@pytest.fixture(scope="module")
def scored():
    return score_all(truths(CORPUS19), corpus=CORPUS19)


def test_the_corpus_is_there():
    assert len(truths(CORPUS19)) == 28


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_agreement_on_the_corpus(scored, key):
    total, _ = scored
    assert total.totals[key] > 0
    pct = total.pct(key)
    assert pct >= FLOORS[key], f"corpus19 {key}: {pct:.1f} % < {FLOORS[key]} %\n" + "\n".join(total.misses)


def test_no_false_evidence_on_the_corpus(scored):
    assert scored[0].false_evidence == []
