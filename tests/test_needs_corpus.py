"""envboot's repository scanner over the corpus of real public repositories (tests/needs_corpus):
agreement with the human ground truth, per the definitions in tests/needs_corpus_score.py.

Goals (issue 18): stance acceptable >= 95 %, GPUs per node exact >= 90 %, per-GPU memory within
10 % >= 90 %, vendor >= 90 %, stated RAM/CPUs/disk >= 90 %, 0 false evidence lines. A goal not yet
reached is asserted at the figure measured (a floor that fails on any regression), with the goal
in a comment.
"""

from __future__ import annotations

import pytest

from envboot.data.repo_needs import scan

from .needs_corpus_score import CORPUS, score_all, truths

# The held-out part: 29 repositories (SOURCES2.md) whose truth a second reader wrote while the scanner
# was tuned on the other 62; the scanner never saw them before they were merged. Their figures are the
# honest estimate on unseen repositories; floors at the figures measured (2026-12-02), goals as above.
HELD_OUT = frozenset(line.split("|")[1].strip() for line in (CORPUS / "SOURCES2.md").read_text().splitlines()
                     if line.startswith("|") and "__" in line)
HELD_OUT_FLOORS = {
    "stance": 65.0,  # measured 19/29 = 65.5 %; goal 95
    "gpu_memory": 100.0,  # measured 1/1
    "gpu_vendor": 70.0,  # measured 7/10; goal 90
    "hardware": 16.0,  # measured 1/6 = 16.7 %; goal 90
    # gpus: measured 0/2 (goal 90): no floor, a 0 % floor could not fail
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
    return score_all([t for t in truths() if t[0] not in HELD_OUT])


@pytest.fixture(scope="module")
def held_out():
    return score_all([t for t in truths() if t[0] in HELD_OUT])


def test_the_held_out_part_is_there():
    assert len(HELD_OUT) == 29 and len([t for t in truths() if t[0] in HELD_OUT]) == 29


@pytest.mark.parametrize("key", sorted(HELD_OUT_FLOORS))
def test_agreement_on_the_held_out_repositories(held_out, key):
    total, _ = held_out
    pct = total.pct(key)
    assert pct >= HELD_OUT_FLOORS[key], f"held-out {key}: {pct:.1f} % < {HELD_OUT_FLOORS[key]} %; misses: " \
        f"{[m for m in total.misses if m.split(': ', 1)[1].startswith(key.split('_')[0])]}"


def test_no_false_evidence_on_the_held_out_repositories(held_out):
    assert held_out[0].false_evidence == []


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
            assert scan(CORPUS / "repos" / slug).gpu != "required", slug


def test_deterministic_on_the_corpus():
    for slug, _ in truths()[:10]:
        assert scan(CORPUS / "repos" / slug) == scan(CORPUS / "repos" / slug)


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
