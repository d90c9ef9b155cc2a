"""envboot's repository scanner over the corpus of real public repositories (tests/needs_corpus):
agreement with the human ground truth, per the definitions in tests/needs_corpus_score.py.

Goals (issue 18): stance acceptable >= 95 %, GPUs per node exact >= 90 %, per-GPU memory within
10 % >= 90 %, vendor >= 90 %, stated RAM/CPUs/disk >= 90 %, 0 false evidence lines. A goal not yet
reached is asserted at the figure measured (a floor that fails on any regression), with the goal
in a comment. Two parts: the 62 development repositories (SOURCES.md) and the second part (SOURCES2.md,
held out until 2026-12-02, tuned on since), each asserted and reported separately.
"""

from __future__ import annotations

import pytest

from envboot.data.repo_needs import scan

from .needs_corpus_score import CORPUS, scanned, score_all, truths

# The second part: 29 repositories (SOURCES2.md) whose truth a second reader wrote while the scanner was
# tuned on the other 62. It was held out until 2026-12-02 (then: stance 19/29, GPUs per node 0/2, per-GPU
# memory 1/1, vendor 7/10, RAM/CPUs/disk 1/6) and has been tuned on since, so its figures are no longer an
# estimate on unseen repositories (tests/needs_corpus3 is the new held-out corpus). It is reported on its own,
# each floor at the figure measured after the tuning (2026-12-02), so that any regression fails.
SECOND_PART = frozenset(line.split("|")[1].strip() for line in (CORPUS / "SOURCES2.md").read_text().splitlines()
                        if line.startswith("|") and "__" in line)
SECOND_PART_FLOORS = {
    "stance": 100.0,  # measured 29/29; goal 95
    "gpus": 100.0,  # measured 2/2
    "gpu_memory": 100.0,  # measured 1/1
    "gpu_vendor": 90.0,  # measured 9/10 (nf-core/sarek: its NVIDIA Parabricks is never called NVIDIA in prose)
    "hardware": 100.0,  # measured 6/6
}

# key -> floor in % (the goal, or the measured figure when the goal is not reached yet)
FLOORS = {
    "stance": 95.0,  # goal 95
    "gpus": 90.0,  # goal 90
    "gpu_memory": 90.0,  # goal 90
    "gpu_vendor": 90.0,  # goal 90
    "hardware": 90.0,  # goal 90
}


@pytest.fixture(scope="module")
def scored():
    return score_all([t for t in truths() if t[0] not in SECOND_PART])


@pytest.fixture(scope="module")
def second_part():
    return score_all([t for t in truths() if t[0] in SECOND_PART])


def test_the_second_part_is_there():
    assert len(SECOND_PART) == 29 and len([t for t in truths() if t[0] in SECOND_PART]) == 29


@pytest.mark.parametrize("key", sorted(SECOND_PART_FLOORS))
def test_agreement_on_the_second_part(second_part, key):
    total, _ = second_part
    assert total.totals[key] > 0
    pct = total.pct(key)
    assert pct >= SECOND_PART_FLOORS[key], f"second part {key}: {pct:.1f} % < {SECOND_PART_FLOORS[key]} %; " \
        f"misses: {[m for m in total.misses if m.split(': ', 1)[1].startswith(key.split('_')[0])]}"


def test_no_false_evidence_on_the_second_part(second_part):
    assert second_part[0].false_evidence == []


def test_the_corpus_is_there():
    found = truths()
    assert len(found) >= 40, f"{len(found)} corpus repositories with truth and copy under {CORPUS}"
    assert len({t.get("category") for _, t in found}) >= 8


@pytest.mark.parametrize("key", sorted(FLOORS))
def test_agreement_with_the_ground_truth(scored, key):
    total, _ = scored
    assert total.totals[key] > 0
    pct = total.pct(key)
    misses = [m for m in total.misses if m.split(": ", 1)[1].startswith(key.split("_")[0])]
    assert pct >= FLOORS[key], f"{key}: {pct:.1f} % < {FLOORS[key]} %; misses: {misses}"


def test_every_cited_line_says_what_is_claimed(scored):
    total, _ = scored
    assert total.false_evidence == []


def test_never_a_gpu_on_a_cpu_only_repository(scored):
    for slug, truth in truths():
        if truth["stance"] == "none" and "required" not in (truth.get("acceptable") or []):
            assert scanned(CORPUS / "repos" / slug).gpu != "required", slug


def test_deterministic_on_the_corpus():
    for slug, _ in truths()[:10]:
        assert scan(CORPUS / "repos" / slug) == scanned(CORPUS / "repos" / slug)  # a fresh scan, the scored one


def test_false_evidence_check_can_fail(tmp_path):
    """The mechanical check rejects a need cited at a line that does not hold its figure."""
    from envboot.data.repo_needs import Evidence
    from envboot.data.repo_needs._common import need

    from .needs_corpus_score import cited_line_supports

    (tmp_path / "README.md").write_text("# x\n\nTraining requires 4 GPUs.\n")
    good = Evidence("README.md", 3, "readme", "stated", "q", need("gpus>=4"), "required", "4 GPU(s) per node")
    bad = Evidence("README.md", 1, "readme", "stated", "q", need("gpus>=4"), "required", "4 GPU(s) per node")
    wrong = Evidence("README.md", 3, "readme", "stated", "q", need("gpus>=8"), "required", "8 GPU(s) per node")
    assert cited_line_supports(tmp_path, good)
    assert not cited_line_supports(tmp_path, bad) and not cited_line_supports(tmp_path, wrong)
