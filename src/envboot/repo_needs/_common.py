"""Shared pieces of the repository scanners: evidence, file discovery, reading. No network, no execution."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from ..needs import Need, parse

DECLARED, STATED, INFERRED = "declared", "stated", "inferred"
RANK = {DECLARED: 3, STATED: 2, INFERRED: 1}

# GPU stance of a piece of evidence.
GPU_REQUIRED, GPU_NONE, GPU_OPTIONAL = "required", "none", "optional"

MAX_FILE_BYTES = 1_000_000
MAX_DEPTH = 4
MAX_FILES = 20_000
SKIP_DIRS = frozenset({
    ".git", ".hg", ".svn", "node_modules", ".venv", "venv", "env", "__pycache__", "site-packages", "dist", "build",
    ".tox", ".nox", ".mypy_cache", ".pytest_cache", ".ruff_cache", ".ipynb_checkpoints", ".cache", "third_party",
    "vendor",
})


@dataclass(frozen=True, slots=True)
class Evidence:
    """One thing a file says about the hardware: where, how sure, and the need (or GPU stance) it implies."""

    file: str  # relative to the scanned root, POSIX separators
    line: int  # 1-based; 0 when the whole file is the evidence
    source: str  # devcontainer, cwl, hf-space, compose, requirements, pyproject, conda, dockerfile, readme
    confidence: str  # declared > stated > inferred
    detail: str  # what was read, e.g. 'hostRequirements.gpu: true'
    need: Need | None = None  # the need it implies, if any
    gpu: str | None = None  # GPU stance: required, none, optional
    reading: str = ""  # how a statement was read: "per GPU, minimum, training", "alternative", ...

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}" if self.line else self.file


def need(text: str) -> Need:
    """One need term, parsed by the needs language (scanners build them from validated numbers)."""
    return parse(text, what="derived need").items[0]


def walk(root: Path) -> list[Path]:
    """Files under ``root`` (depth ≤ MAX_DEPTH, vendored and generated directories skipped), sorted."""
    out: list[Path] = []
    base_depth = len(root.parts)
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        here = Path(dirpath)
        depth = len(here.parts) - base_depth
        dirnames[:] = sorted(d for d in dirnames if d not in SKIP_DIRS and depth < MAX_DEPTH
                             and not (d.startswith(".") and d not in (".devcontainer", ".github")))
        for name in sorted(filenames):
            path = here / name
            if path.is_symlink():
                continue
            out.append(path)
            if len(out) >= MAX_FILES:
                return sorted(out)
    return sorted(out)


def read_text(path: Path) -> str | None:
    """The file's text (UTF-8, invalid bytes replaced); None when too large or unreadable."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return None
        return path.read_bytes().decode("utf-8", errors="replace")
    except OSError:
        return None


def read_yaml(root: Path, path: Path, warnings: list[str], what: str = "YAML") -> tuple[str, str, object] | None:
    """``(name, text, document)`` of a YAML file; None when unreadable, and when it is not valid YAML
    (then a warning names the file: "<name>: not valid <what>; skipped")."""
    import yaml

    name = rel(root, path)
    text = read_text(path)
    if text is None:
        return None
    try:
        return name, text, yaml.safe_load(text)
    except yaml.YAMLError:
        warnings.append(f"{name}: not valid {what}; skipped")
        return None


def line_of(text: str, pattern: str, start: int = 0) -> int:
    """1-based line of the first match of ``pattern`` (a regex) at or after character ``start``; 0 if none."""
    m = re.compile(pattern).search(text, start)
    return text.count("\n", 0, m.start()) + 1 if m else 0


def rel(root: Path, path: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()
