"""envboot's repository scanner over the twenty-sixth corpus (tests/needs_corpus26: 28 real public repositories,
SOURCES_a.md ... SOURCES_d.md), held out until late in the twelfth session, TUNED ON since: its truth was written
by four readers (owners a-e, f-l, m-r, s-z) who never ran envboot on it nor read the scanner, and who were asked to
report no truth value. Held out, its figures were the estimate of how envboot reads repositories it has not seen;
tests/needs_corpus28 is the held-out set now.

Measured once, 2026-12-08 (twelfth session), with the scanner of 81b3191 (after corpus24's tuning, frozen with
``git archive``), before anyone looked at a truth file or a miss: stance 24/28, GPUs per node 12/16, per-GPU memory
5/7, vendor 16/17, RAM/CPUs/disk 4/8 (86 / 75 / 71 / 94 / 50 %); 0 false evidence lines. After corpus25's tuning
(aggregates only): the same.
Each floor was the held-out figure (rounded down).

TUNED ON since, 2026-12-08 (twelfth session), while tests/needs_corpus27 was being built, to be measured with the
scanner of 11cee78 frozen before this tuning (rules in tests/test_repo_needs_round26.py): 26/28, 14/16, 5/7, 17/17,
5/8 (the floors).
"""

from __future__ import annotations

import pytest

from .needs_corpus_score import CORPUS26, score_all, truths

FLOORS = {
    "stance": 92.8,  # 26/28 tuned on (held out: 24/28); goal 95
    "gpus": 87.5,  # 14/16 tuned on (held out: 12/16); goal 90
    "gpu_memory": 71.4,  # 5/7; goal 90
    "gpu_vendor": 100.0,  # 17/17 tuned on (held out: 16/17); goal 90
    "hardware": 62.5,  # 5/8 tuned on (held out: 4/8); goal 90
}


@pytest.fixture(scope="module")
def scored():
    return score_all(truths(CORPUS26), corpus=CORPUS26)


def test_the_corpus_is_there():
    assert len(truths(CORPUS26)) == 28


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_agreement_on_the_corpus(scored, key):
    total, _ = scored
    assert total.totals[key] > 0
    pct = total.pct(key)
    assert pct >= FLOORS[key], f"corpus26 {key}: {pct:.1f} % < {FLOORS[key]} %\n" + "\n".join(total.misses)


def test_no_false_evidence_on_the_corpus(scored):
    assert scored[0].false_evidence == []
