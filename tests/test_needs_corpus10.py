"""envboot's repository scanner over the tenth corpus (tests/needs_corpus10: 19 real public repositories,
SOURCES_b.md, SOURCES_d.md), held out until 2026-12-03 and TUNED ON since (sixth session;
tests/test_repo_needs_round10.py has its rules): its truth was written by readers who never ran envboot on it nor
read the scanner. The held-out figures below were the honest estimate of how envboot reads repositories it has not
seen; tests/needs_corpus11 is held out now (issue 18's goals: stance >= 95 %, GPUs per node, per-GPU memory,
vendor and stated RAM/CPUs/disk >= 90 %; none met on this set).

Measured once, 2026-12-03 (fifth session), with the scanner frozen at d923ab2 (after the corpus9 round):
stance 17/19, GPUs per node 7/13, per-GPU memory 3/4, vendor 9/11,
RAM/CPUs/disk 3/7 (89 / 54 / 75 / 82 / 43 %); 0 false evidence lines. The scanner at the
session's start (3edf8fa) gives the same figures: the corpus9 round did not move this unseen set. Tuned on
(get_started.md read as a guide, one-line HTML comments skipped, "recommend ... more GPUs" presupposes GPUs, a
device list prefixing a launch command counts GPUs): stance 18/19, GPUs 9/13, memory 3/4, vendor 10/11,
RAM/CPUs/disk 3/7. Each floor is the figure now (rounded down), so that any regression fails.
"""

from __future__ import annotations

import pytest

from .needs_corpus_score import CORPUS10, score_all, truths

FLOORS = {
    "stance": 94.7,  # 18/19 (held out: 17/19); goal 95
    "gpus": 69.2,  # 9/13 (held out: 7/13); goal 90
    "gpu_memory": 75.0,  # 3/4; goal 90
    "gpu_vendor": 90.9,  # 10/11 (held out: 9/11); goal 90
    "hardware": 57.1,  # 4/7; goal 90
}


@pytest.fixture(scope="module")
def scored():
    return score_all(truths(CORPUS10), corpus=CORPUS10)


def test_the_held_out_corpus_is_there():
    assert len(truths(CORPUS10)) == 19


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_agreement_on_the_held_out_corpus(scored, key):
    total, _ = scored
    assert total.totals[key] > 0
    pct = total.pct(key)
    assert pct >= FLOORS[key], f"corpus10 {key}: {pct:.1f} % < {FLOORS[key]} %; misses: {total.misses}"


def test_no_false_evidence_on_the_held_out_corpus(scored):
    assert scored[0].false_evidence == []
