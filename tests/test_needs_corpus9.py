"""envboot's repository scanner over the ninth corpus (tests/needs_corpus9: 17 real public repositories,
SOURCES_a.md). Its truth was written by a reader who never ran envboot on it nor read the scanner. It was HELD OUT
until 2026-12-03 and is TUNED ON since (the fifth session's round, tests/test_repo_needs_round9.py): the honest
held-out figure is now tests/needs_corpus11's.

Measured once while held out, 2026-12-02 (fourth session), after the corpus8 round (3079601): stance 16/17 = 94 %,
GPUs per node 8/10 = 80 %, per-GPU memory 4/7 = 57 %, vendor 9/12 = 75 %, RAM/CPUs/disk 4/6 = 67 %; 0 false evidence
lines (the scanner at that session's start, 60cafbb: 94 / 80 / 43 / 67 / 67 %). Tuned on, 2026-12-03: stance 16/17,
GPUs 9/10, memory 6/7, vendor 11/12, RAM/CPUs/disk 6/6, 0 false evidence. Each floor is the figure measured, so that
any regression fails.
"""

from __future__ import annotations

import pytest

from .needs_corpus_score import CORPUS9, score_all, truths

FLOORS = {
    "stance": 94.1,  # 16/17 (held out: 16/17); goal 95
    "gpus": 90.0,  # 9/10 (held out: 8/10); goal 90
    "gpu_memory": 100.0,  # 7/7 (held out: 4/7); goal 90
    "gpu_vendor": 91.6,  # 11/12 (held out: 9/12); goal 90
    "hardware": 100.0,  # 6/6 (held out: 4/6); goal 90
}


@pytest.fixture(scope="module")
def scored():
    return score_all(truths(CORPUS9), corpus=CORPUS9)


def test_the_ninth_corpus_is_there():
    assert len(truths(CORPUS9)) == 17


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_agreement_on_the_ninth_corpus(scored, key):
    total, _ = scored
    assert total.totals[key] > 0
    pct = total.pct(key)
    assert pct >= FLOORS[key], f"corpus9 {key}: {pct:.1f} % < {FLOORS[key]} %; misses: {total.misses}"


def test_no_false_evidence_on_the_ninth_corpus(scored):
    assert scored[0].false_evidence == []
