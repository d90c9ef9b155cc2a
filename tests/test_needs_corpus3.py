"""envboot's repository scanner over the third corpus (tests/needs_corpus3: 27 real public repositories,
SOURCES.md): agreement with its human ground truth, per the definitions in tests/needs_corpus_score.py.

This corpus was held out: its truth was written by another reader while the scanner was tuned on
tests/needs_corpus, and its first measure (2026-12-02, before any tuning on it) was stance 19/27 = 70 %,
GPUs per node 8/11 = 73 %, per-GPU memory 3/7 = 43 %, vendor 9/12 = 75 %, RAM/CPUs/disk 7/10 = 70 %: the
rules had overfit the first corpus (most misses: a GPU called required from GPU SUPPORT signals, CUDA images
and wheels, in repositories that also run on a CPU). The scanner has been tuned on it since (2026-12-02:
support signals beside a CPU path give an optional GPU; capability, exclusion, measurement and table
sentences give no need), so these figures are no longer an estimate on unseen repositories. Each floor is
the figure measured after that tuning, so that any regression fails.
"""

from __future__ import annotations

import pytest

from .needs_corpus_score import CORPUS3, score_all, truths

# key -> floor in % (measured 2026-12-02 after the tuning; the misses in the comments)
FLOORS = {
    "stance": 100.0,  # 27/27
    "gpus": 90.9,  # 10/11 (isaac-sim/isaacgymenvs: 8 from an optional multi-GPU DeXtreme recipe, truth 1)
    "gpu_memory": 85.7,  # 6/7 (teaching-on-testbeds/mltrain-chi: the A100 40GB of one of two node types)
    "gpu_vendor": 91.6,  # 11/12 (artidoro/qlora: NVIDIA only through bitsandbytes' CUDA kernels)
    "hardware": 90.0,  # 9/10 (alphafold3: a GCP machine's 170 GB RAM over 'at least 64 GB of RAM')
}


@pytest.fixture(scope="module")
def scored():
    return score_all(truths(CORPUS3), corpus=CORPUS3)


def test_the_third_corpus_is_there():
    assert len(truths(CORPUS3)) == 27


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_agreement_with_the_ground_truth(scored, key):
    total, _ = scored
    assert total.totals[key] > 0
    pct = total.pct(key)
    assert pct >= FLOORS[key], f"corpus3 {key}: {pct:.1f} % < {FLOORS[key]} %; misses: {total.misses}"


def test_no_false_evidence(scored):
    assert scored[0].false_evidence == []
