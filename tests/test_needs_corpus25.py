"""envboot's repository scanner over the twenty-fifth corpus (tests/needs_corpus25: 28 real public repositories,
SOURCES_a.md ... SOURCES_d.md), held out until late in the twelfth session, TUNED ON since: its truth was written
by four readers (owners a-e, f-l, m-r, s-z) who never ran envboot on it nor read the scanner, and who were asked to
report no truth value. Held out, its figures were the estimate of how envboot reads repositories it has not seen;
tests/needs_corpus28 is the held-out set now.

Measured once, 2026-12-08 (twelfth session), with the scanner of 511644e (after corpus23's tuning, frozen with
``git archive``), before anyone looked at a truth file or a miss: stance 25/28, GPUs per node 5/11, per-GPU memory
2/5, vendor 11/13, RAM/CPUs/disk 1/4 (89 / 45 / 40 / 85 / 25 %). The check found one false evidence line, which was
the check's own gap, not the scanner's: "But 4 1080Ti GPUs can also train ..." cited for gpu_vendor=nvidia (a
GeForce 1080 Ti, NVIDIA's), where the check's vendor tokens knew "1080" but not "1080Ti"; with that token added, 0.
Each floor is the held-out figure (rounded down), so that any regression fails. After corpus24's tuning (81b3191,
aggregates only): vendor 12/13, the rest the same.

TUNED ON since, 2026-12-08 (twelfth session), after tests/needs_corpus26 had been built and measured with the scanner
of 81b3191 frozen before this tuning (rules in tests/test_repo_needs_round25.py): 27/28, 8/11, 2/5, 13/13, 1/4 (the
floors).
"""

from __future__ import annotations

import pytest

from .needs_corpus_score import CORPUS25, score_all, truths

FLOORS = {
    "stance": 96.4,  # 27/28 tuned on (held out: 25/28); goal 95
    "gpus": 72.7,  # 8/11 tuned on (held out: 5/11); goal 90
    "gpu_memory": 40.0,  # 2/5; goal 90
    "gpu_vendor": 100.0,  # 13/13 tuned on (held out: 11/13); goal 90
    "hardware": 25.0,  # 1/4; goal 90
}


@pytest.fixture(scope="module")
def scored():
    return score_all(truths(CORPUS25), corpus=CORPUS25)


def test_the_corpus_is_there():
    assert len(truths(CORPUS25)) == 28


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_agreement_on_the_corpus(scored, key):
    total, _ = scored
    assert total.totals[key] > 0
    pct = total.pct(key)
    assert pct >= FLOORS[key], f"corpus25 {key}: {pct:.1f} % < {FLOORS[key]} %\n" + "\n".join(total.misses)


def test_no_false_evidence_on_the_corpus(scored):
    assert scored[0].false_evidence == []
