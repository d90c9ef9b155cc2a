"""envboot's repository scanner over the sixteenth corpus (tests/needs_corpus16: 24 real public repositories,
SOURCES_a.md ... SOURCES_d.md), HELD OUT: its truth was written by four readers (owners a-e, f-l, m-r, s-z) who never
ran envboot on it nor read the scanner, and the scanner has never been tuned on it. These figures are the honest
estimate of how envboot reads repositories it has not seen (issue 18's goals: stance >= 95 %, GPUs per node, per-GPU
memory, vendor and stated RAM/CPUs/disk >= 90 %; none met on this set).

Measured once, 2026-12-03 (ninth session), with the scanner of 358ec66 (what the eighth session landed, frozen with
``git archive`` before corpus15 was tuned on), before anyone looked at a truth file: stance 19/24, GPUs per node
10/14, per-GPU memory 2/7, vendor 9/12, RAM/CPUs/disk 7/15 (79 / 71 / 29 / 75 / 47 %). The evidence check then
flagged 6 lines: TensorFlow GPU images (``FROM tensorflow/tensorflow:2.4.1-gpu``) cited for the NVIDIA vendor; the
check (needs_corpus_score) now takes a TensorFlow GPU build as a vendor token (its builds are CUDA's), and with it
the count is 0. Measured the same day with the scanner after corpus15's tuning (still never tuned on this set):
the same figures but vendor 10/12 (83 %). Each floor is the held-out figure (rounded down), so that any regression
fails. Whoever tunes the scanner on these repositories must say so here and build a new held-out corpus.
"""

from __future__ import annotations

import pytest

from .needs_corpus_score import CORPUS16, score_all, truths

FLOORS = {
    "stance": 79.1,  # 19/24; goal 95
    "gpus": 71.4,  # 10/14; goal 90
    "gpu_memory": 28.5,  # 2/7; goal 90
    "gpu_vendor": 75.0,  # 9/12; goal 90
    "hardware": 46.6,  # 7/15; goal 90
}


@pytest.fixture(scope="module")
def scored():
    return score_all(truths(CORPUS16), corpus=CORPUS16)


def test_the_held_out_corpus_is_there():
    assert len(truths(CORPUS16)) == 24


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_agreement_on_the_held_out_corpus(scored, key):
    total, _ = scored
    assert total.totals[key] > 0
    pct = total.pct(key)
    assert pct >= FLOORS[key], f"corpus16 {key}: {pct:.1f} % < {FLOORS[key]} %; misses: {total.misses}"


def test_no_false_evidence_on_the_held_out_corpus(scored):
    assert scored[0].false_evidence == []
