"""envboot's repository scanner over the twenty-first corpus (tests/needs_corpus21: 28 real public repositories,
SOURCES_a.md ... SOURCES_d.md), held out until late in the eleventh session, TUNED ON since: its truth was written by
four readers (owners a-e, f-l, m-r, s-z) who never ran envboot on it nor read the scanner, and who were asked to
report no truth value. Held out, its figures were the estimate of how envboot reads repositories it has not seen;
tests/needs_corpus22 is the held-out set now.

Measured once, 2026-12-06 (eleventh session), with the scanner of fb89e96 (after corpus19's tuning, frozen with
``git archive``), before anyone looked at a truth file or a miss: stance 23/28, GPUs per node 8/13, per-GPU memory
2/4, vendor 10/13, RAM/CPUs/disk 2/5 (82 / 62 / 50 / 77 / 40 %), and 2 false evidence lines. Those two lines (the
scanner's citations, checked against the cited file, no truth involved) were then read and fixed: "onnxruntime-gpu"
on a requirements line is the CUDA build the vendor claim names (the check's vendor tokens lacked it), and "a
feasible sized sample to run on a laptop" said nothing of a GPU (the scanner read it as no GPU). After that fix:
stance 24/28, the rest the same, 0 false evidence lines. After corpus20's tuning (aggregates only): the same.

TUNED ON since, 2026-12-06 (eleventh session), after tests/needs_corpus22 was built and measured with the scanner
frozen before this tuning (rules in tests/test_repo_needs_round21.py): 26/28, 9/13, 3/4, 11/13, 2/5 (the floors).
"""

from __future__ import annotations

import pytest

from .needs_corpus_score import CORPUS21, score_all, truths

FLOORS = {
    "stance": 92.8,  # 26/28 tuned on (held out: 23/28); goal 95
    "gpus": 69.2,  # 9/13 tuned on (held out: 8/13); goal 90
    "gpu_memory": 75.0,  # 3/4 tuned on (held out: 2/4); goal 90
    "gpu_vendor": 84.6,  # 11/13 tuned on (held out: 10/13); goal 90
    "hardware": 40.0,  # 2/5; goal 90
}


@pytest.fixture(scope="module")
def scored():
    return score_all(truths(CORPUS21), corpus=CORPUS21)


def test_the_corpus_is_there():
    assert len(truths(CORPUS21)) == 28


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_agreement_on_the_corpus(scored, key):
    total, _ = scored
    assert total.totals[key] > 0
    pct = total.pct(key)
    assert pct >= FLOORS[key], f"corpus21 {key}: {pct:.1f} % < {FLOORS[key]} %\n" + "\n".join(total.misses)


def test_no_false_evidence_on_the_corpus(scored):
    assert scored[0].false_evidence == []
