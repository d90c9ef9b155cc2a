"""envboot's repository scanner over the twelfth corpus (tests/needs_corpus12: 24 real public repositories,
SOURCES_a.md ... SOURCES_d.md, more of them inference servers, RL, scientific, systems/networking and notebooks):
held out until 2026-12-03 (seventh session), TUNED ON since. Its truth was written by readers who never ran envboot
on it nor read the scanner; the held-out figures below are the honest estimate the sixth session's scanner gave on
unseen repositories (tests/needs_corpus15 is the held-out set now).

Measured once, 2026-12-03 (seventh session), with the scanner of 36a21d2 (what the sixth session landed), before
anyone looked at a truth file: stance 21/24, GPUs per node 6/15, per-GPU memory 2/6, vendor 10/13, RAM/CPUs/disk
7/15 (87 / 40 / 33 / 77 / 47 %); 0 false evidence lines. With the rules tuned on corpus11: RAM/CPUs/disk 9/15. Tuned
on in the seventh session (rules in tests/test_repo_needs_round12.py): stance 22/24, GPUs 11/15, per-GPU memory 3/6,
vendor 12/13, RAM/CPUs/disk 13/15. Each floor is the figure measured after the tuning (rounded down), so that any
regression fails.
"""

from __future__ import annotations

import pytest

from .needs_corpus_score import CORPUS12, score_all, truths

FLOORS = {
    "stance": 91.6,  # 22/24 (held out: 21/24); goal 95
    "gpus": 73.3,  # 11/15 (held out: 6/15); goal 90
    "gpu_memory": 50.0,  # 3/6 (held out: 2/6); goal 90
    "gpu_vendor": 92.3,  # 12/13 (held out: 10/13); goal 90
    "hardware": 86.6,  # 13/15 (held out: 7/15); goal 90
}


@pytest.fixture(scope="module")
def scored():
    return score_all(truths(CORPUS12), corpus=CORPUS12)


def test_the_corpus_is_there():
    assert len(truths(CORPUS12)) == 24


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_agreement_on_the_tuned_corpus(scored, key):
    total, _ = scored
    assert total.totals[key] > 0
    pct = total.pct(key)
    assert pct >= FLOORS[key], f"corpus12 {key}: {pct:.1f} % < {FLOORS[key]} %; misses: {total.misses}"


def test_no_false_evidence_on_the_tuned_corpus(scored):
    assert scored[0].false_evidence == []
