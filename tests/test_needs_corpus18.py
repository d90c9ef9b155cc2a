"""envboot's repository scanner over the eighteenth corpus (tests/needs_corpus18: 28 real public repositories,
SOURCES_a.md ... SOURCES_d.md, more of them HPC/MPI, systems, scientific, notebooks, declared formats and RL), held
out until the end of the tenth session, TUNED ON since: its truth was written by four readers (owners a-e, f-l, m-r,
s-z) who never ran envboot on it nor read the scanner, and who were asked to report no recorded figure. Held out,
its figures were the estimate of how envboot reads repositories it has not seen; tests/needs_corpus19 is the
held-out set now.

Measured once, 2026-12-04 (tenth session), with the scanner of c74a5df (frozen with ``git archive``; the scanner
corpus17 was first measured with), before anyone looked at a truth file or a miss: stance 20/28, GPUs per node
11/14, per-GPU memory 3/7, vendor 13/15, RAM/CPUs/disk 8/21 (71 / 79 / 43 / 87 / 38 %); 0 false evidence lines.
Each floor is the held-out figure (rounded down), so that any regression fails, except RAM/CPUs/disk: after
the tuning on corpus17 it scores 7/21 (the CommonMark fence rule, which reads prose an inline triple-backtick span
used to hide as code, costs one figure here: reverting that rule alone gives 8/21 back; which figure it is was not
looked at, to keep this set held out), and that is its floor. The rest of corpus17's tuning left this set's
figures where they were (one more rule, inline `pip install` spans read as code, cost a stance here and was
dropped).
Its misses were printed once, by bench/needs_corpus.py at the end of the tenth session, after both measurements
(the bench no longer prints a held-out corpus's misses).

TUNED ON since, 2026-12-04 (tenth session), after tests/needs_corpus19 was built and measured with the scanner frozen
before this tuning (rules in tests/test_repo_needs_round18.py): a requirements table's CPU / memory / disk rows gave
RAM/CPUs/disk 7/21 -> 10/21, and "CPU and GPU are connected via NVLink" read as no CPU alternative stance 20/28 ->
21/28; the rest unchanged (the floors below). After corpus19's tuning (2026-12-06: "CPU-only uses
OffloadingConnector" is where a cache is offloaded, no CPU way): stance 22/28.
"""

from __future__ import annotations

import pytest

from .needs_corpus_score import CORPUS18, score_all, truths

FLOORS = {
    "stance": 78.5,  # 22/28 after corpus19's tuning (21/28 after its own; held out: 20/28); goal 95
    "gpus": 78.5,  # 11/14; goal 90
    "gpu_memory": 42.8,  # 3/7; goal 90
    "gpu_vendor": 86.6,  # 13/15; goal 90
    "hardware": 47.6,  # 10/21 tuned on (held out with c74a5df: 8/21; 7/21 after corpus17's tuning); goal 90
}


@pytest.fixture(scope="module")
def scored():
    return score_all(truths(CORPUS18), corpus=CORPUS18)


def test_the_corpus_is_there():
    assert len(truths(CORPUS18)) == 28


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_agreement_on_the_eighteenth_corpus(scored, key):
    total, _ = scored
    assert total.totals[key] > 0
    pct = total.pct(key)
    # (the misses are not printed: the corpus is held out)
    assert pct >= FLOORS[key], f"corpus18 {key}: {pct:.1f} % < {FLOORS[key]} % ({len(total.misses)} misses)"


def test_no_false_evidence_on_the_eighteenth_corpus(scored):
    assert scored[0].false_evidence == []
