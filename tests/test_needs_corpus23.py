"""envboot's repository scanner over the twenty-third corpus (tests/needs_corpus23: 27 real public repositories,
SOURCES_a.md ... SOURCES_d.md), held out until the twelfth session, TUNED ON since: its truth was written by four
readers (owners a-e, f-l, m-r, s-z) who never ran envboot on it nor read the scanner, and who were asked to report no
truth value. Held out, its figures were the estimate of how envboot reads repositories it has not seen;
tests/needs_corpus28 is the held-out set now.
A 28th repository, tinkoff-ai/CORL, was dropped before anything ran: it is corl-team/CORL (also in this corpus) under
its former owner's name.

Measured once, 2026-12-06 (eleventh session), with the scanner of 750b8e4 (after corpus21's tuning, frozen with
``git archive``), before anyone looked at a truth file or a miss: stance 23/27, GPUs per node 4/8, per-GPU memory
2/5, vendor 14/16, RAM/CPUs/disk 1/5 (85 / 50 / 40 / 88 / 20 %); 0 false evidence lines. The same after corpus22's
tuning (30240961, aggregates only).

TUNED ON since, 2026-12-08 (twelfth session), after tests/needs_corpus24 had been built and measured with the scanner
of 3cded75 frozen before this tuning (rules in tests/test_repo_needs_round23.py): 27/27, 7/8, 4/5, 16/16, 4/5 (the
floors).
"""

from __future__ import annotations

import pytest

from .needs_corpus_score import CORPUS23, score_all, truths

FLOORS = {
    "stance": 100.0,  # 27/27 tuned on (held out: 23/27); goal 95
    "gpus": 87.5,  # 7/8 tuned on (held out: 4/8); goal 90
    "gpu_memory": 80.0,  # 4/5 tuned on (held out: 2/5); goal 90
    "gpu_vendor": 100.0,  # 16/16 tuned on (held out: 14/16); goal 90
    "hardware": 80.0,  # 4/5 tuned on (held out: 1/5); goal 90
}


@pytest.fixture(scope="module")
def scored():
    return score_all(truths(CORPUS23), corpus=CORPUS23)


def test_the_corpus_is_there():
    assert len(truths(CORPUS23)) == 27


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_agreement_on_the_corpus(scored, key):
    total, _ = scored
    assert total.totals[key] > 0
    pct = total.pct(key)
    assert pct >= FLOORS[key], f"corpus23 {key}: {pct:.1f} % < {FLOORS[key]} %\n" + "\n".join(total.misses)


def test_no_false_evidence_on_the_corpus(scored):
    assert scored[0].false_evidence == []
