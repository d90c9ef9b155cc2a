"""envboot's repository scanner over the twentieth corpus (tests/needs_corpus20: 28 real public repositories,
SOURCES_a.md ... SOURCES_d.md), held out until the middle of the eleventh session, TUNED ON since: its truth was
written by four readers (owners a-e, f-l, m-r, s-z) who never ran envboot on it nor read the scanner, and who were
asked to report no truth value. Held out, its figures were the estimate of how envboot reads repositories it has
not seen; tests/needs_corpus21 is the held-out set now.

Measured once, 2026-12-06 (eleventh session), with the scanner of 7a1f3a4 (after corpus18's tuning, frozen with
``git archive``), before anyone looked at a truth file or a miss: stance 26/28, GPUs per node 10/14, per-GPU memory
3/5, vendor 11/13, RAM/CPUs/disk 6/8 (93 / 71 / 60 / 85 / 75 %); 0 false evidence lines. Each floor is the held-out
figure (rounded down), so that any regression fails. Measured again after corpus19's tuning (aggregates only):
the same.

TUNED ON since, 2026-12-06 (eleventh session), after tests/needs_corpus21 was built and measured with the scanner
frozen before this tuning (rules in tests/test_repo_needs_round20.py): 28/28, 11/14, 5/5, 11/13, 8/8 (the floors);
after corpus21's tuning vendor 12/13 (a command run on CUDA_VISIBLE_DEVICES).
"""

from __future__ import annotations

import pytest

from .needs_corpus_score import CORPUS20, score_all, truths

FLOORS = {
    "stance": 100.0,  # 28/28 tuned on (held out: 26/28); goal 95
    "gpus": 78.5,  # 11/14 tuned on (held out: 10/14); goal 90
    "gpu_memory": 100.0,  # 5/5 tuned on (held out: 3/5); goal 90
    "gpu_vendor": 92.3,  # 12/13 after corpus21's tuning (11/13 held out and after its own); goal 90
    "hardware": 100.0,  # 8/8 tuned on (held out: 6/8); goal 90
}


@pytest.fixture(scope="module")
def scored():
    return score_all(truths(CORPUS20), corpus=CORPUS20)


def test_the_corpus_is_there():
    assert len(truths(CORPUS20)) == 28


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_agreement_on_the_corpus(scored, key):
    total, _ = scored
    assert total.totals[key] > 0
    pct = total.pct(key)
    assert pct >= FLOORS[key], f"corpus20 {key}: {pct:.1f} % < {FLOORS[key]} %\n" + "\n".join(total.misses)


def test_no_false_evidence_on_the_corpus(scored):
    assert scored[0].false_evidence == []
