"""Small repositories written for the scanner's rule tests (tests/test_repo_needs_*.py)."""

from __future__ import annotations

from envboot.data.repo_needs import RepoNeeds, scan


def write_and_scan(root, files: dict[str, str]) -> RepoNeeds:
    """Write ``files`` (relative path -> text) under ``root`` and scan it."""
    for rel, text in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)
    return scan(root)


def need_text(r: RepoNeeds, key: str) -> str | None:
    """The needs string of ``key`` the scan derived (``gpus>=2``), or None."""
    return next((i.need.text() for i in r.items if i.need.key == key), None)
