"""envboot's repository scanner over the fourteenth corpus (tests/needs_corpus14: 24 real public repositories,
SOURCES_a.md ... SOURCES_d.md), held out until 2026-12-03 (eighth session) and TUNED ON since: its truth was written
by readers who never ran envboot on it nor read the scanner. tests/needs_corpus15 is the held-out set now (built and
measured with the scanner of 87a20cc before this tuning began). Issue 18's goals: stance >= 95 %, GPUs per node,
per-GPU memory, vendor and stated RAM/CPUs/disk >= 90 %.

Measured once, 2026-12-03 (seventh session), with the scanner of b56efca (after corpora 11, 12 and 13 were tuned on),
before anyone looked at a truth file, in two steps because part a (owners a-e) came in four minutes after the other
three had been measured: parts b-d (18) stance 13/18, GPUs per node 7/10, per-GPU memory 1/1, vendor 6/9,
RAM/CPUs/disk 5/9; part a (6) 5/6, 2/4, 1/2, 5/5, 0/5; all 24: stance 18/24, GPUs 9/14, per-GPU memory 2/3, vendor
11/14, RAM/CPUs/disk 5/14 (75 / 64 / 67 / 79 / 36 %); 0 false evidence lines. Each floor is the figure measured
(rounded down). Then tuned on (tests/test_repo_needs_round14.py): stance 23/24, GPUs per node 12/14, per-GPU memory
2/3, vendor 13/14, RAM/CPUs/disk 8/14 (96 / 86 / 67 / 93 / 57 %), 0 false evidence; the floors are those figures.
"""

from __future__ import annotations

import pytest

from .needs_corpus_score import CORPUS14, score_all, truths

FLOORS = {
    "stance": 95.8,  # 23/24 after the tuning (18/24 held out); goal 95
    "gpus": 85.7,  # 12/14 (9/14); goal 90
    "gpu_memory": 66.6,  # 2/3 (2/3); goal 90
    "gpu_vendor": 92.8,  # 13/14 (11/14); goal 90
    "hardware": 57.1,  # 8/14 (5/14); goal 90
}


@pytest.fixture(scope="module")
def scored():
    return score_all(truths(CORPUS14), corpus=CORPUS14)


def test_the_tuned_corpus_is_there():
    assert len(truths(CORPUS14)) == 24


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_agreement_on_the_tuned_corpus(scored, key):
    total, _ = scored
    assert total.totals[key] > 0
    pct = total.pct(key)
    assert pct >= FLOORS[key], f"corpus14 {key}: {pct:.1f} % < {FLOORS[key]} %; misses: {total.misses}"


def test_no_false_evidence_on_the_tuned_corpus(scored):
    assert scored[0].false_evidence == []
