"""Shared pieces of the repository scanners: evidence, file discovery, reading. No network, no execution."""

from __future__ import annotations

import bisect
import errno
import functools
import json
import math
import os
import re
import stat
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

import yaml

from envboot.domain.needs import Need, parse

DECLARED, STATED, INFERRED = "declared", "stated", "inferred"
RANK = {DECLARED: 3, STATED: 2, INFERRED: 1}

# GPU stance of a piece of evidence.
GPU_REQUIRED, GPU_NONE, GPU_OPTIONAL = "required", "none", "optional"

MAX_FILE_BYTES = 1_000_000
MAX_DEPTH = 5
MAX_FILES = 20_000
MAX_YAML_BYTES = 256_000  # one YAML document (CWL, Compose, conda, README front matter)
MAX_YAML_NODES = 100_000  # nodes of a YAML document once its aliases are expanded
MAX_NESTING = 64  # levels of a JSON/YAML document
MAX_NUMBER = 10**15  # a number beyond this in a declaration is refused
MAX_EVIDENCE_PER_FILE = 200  # pieces of evidence kept per file (the rest: one warning)
SCAN_BUDGET_S = 20.0  # a whole scan; when it is spent the scan stops and says what it did not read
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
    source: str  # devcontainer, cwl, hf-space, compose, requirements, pyproject, conda, dockerfile, readme, vagrant
    confidence: str  # declared > stated > inferred
    detail: str  # what was read, e.g. 'hostRequirements.gpu: true'
    need: Need | None = None  # the need it implies, if any
    gpu: str | None = None  # GPU stance: required, none, optional
    reading: str = ""  # how a statement was read: "per GPU, minimum, training", "alternative", ...

    def __post_init__(self) -> None:  # evidence quotes files: never a credential in what is shown or stored
        object.__setattr__(self, "detail", redact(self.detail))

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}" if self.line else self.file


_SECRETS = (
    # user:password@ / token@ in a URL (pip index URLs, git clone URLs)
    (re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/\s@:'\"]+(?::[^/\s@'\"]*)?@"), r"\1***@"),
    (re.compile(r"\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|glpat-[A-Za-z0-9_-]{20,}"
                r"|hf_[A-Za-z0-9]{20,}|sk-[A-Za-z0-9_-]{20,}|xox[abprs]-[A-Za-z0-9-]{10,}|AKIA[0-9A-Z]{16})\b"), "***"),
    (re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]{8,}"), r"\1 ***"),
    (re.compile(r"(?i)\b([\w-]*(?:password|passwd|passphrase|secret|token|api[_-]?key|access[_-]?key|auth)"
                r")(\s*[=:]\s*)(\"[^\"]*\"|'[^']*'|[^\s&;,'\"]+)"), r"\1\2***"),
)


# one search says whether any of them may apply (case-insensitively: a superset of the four)
_ANY_SECRET = re.compile("|".join(f"(?:{p.pattern.removeprefix('(?i)')})" for p, _ in _SECRETS), re.IGNORECASE)


@functools.lru_cache(maxsize=4096)  # evidence details repeat (one per line of a long manifest)
def redact(text: str) -> str:
    """``text`` with credentials replaced by ``***``: passwords and tokens in URLs, well-known token shapes
    (GitHub, GitLab, Hugging Face, OpenAI, Slack, AWS keys), bearer tokens, ``password=``/``token:`` values."""
    if not text or not _ANY_SECRET.search(text):
        return text
    for pattern, repl in _SECRETS:
        text = pattern.sub(repl, text)
    return text


@functools.lru_cache(maxsize=1024)  # Need is frozen; a long manifest asks for the same few terms
def need(text: str) -> Need:
    """One need term, parsed by the needs language (scanners build them from validated numbers)."""
    return parse(text, what="derived need").items[0]


class Largest:
    """The largest request per key a workflow file makes (a Nextflow process's, a Snakemake rule's), with the line
    that makes it: what one node must hold, since each task runs on one host."""

    def __init__(self) -> None:
        self._best: dict[str, tuple[float, int, str, str]] = {}  # key -> (value, line, quote, need term)

    def offer(self, key: str, value: float, line: int, quote: str, term: str) -> None:
        if value > self.value(key):
            self._best[key] = (value, line, quote, term)

    def value(self, key: str) -> float:
        return self._best.get(key, (0.0,))[0]

    def evidence(self, file: str, source: str, keys: tuple[str, ...], why: str,
                 reading: str = "") -> list[Evidence]:
        """One declared piece of evidence per key offered, in ``keys`` order: '<the line> (<why>)'."""
        return [Evidence(file, line, source, DECLARED, f"{quote} ({why})", need(term), reading=reading)
                for key in keys if key in self._best for _, line, quote, term in [self._best[key]]]


@dataclass(frozen=True, slots=True)
class Walk:
    """The files a scan reads, and what the walk left out (said in warnings, never silently)."""

    files: list[Path]
    cut_at: str | None = None  # where the walk stopped at MAX_FILES (relative path), None when it did not
    bad_names: tuple[str, ...] = ()  # names that are not UTF-8, as safe reprs


def walk(root: Path) -> Walk:
    """Files under ``root`` (depth ≤ MAX_DEPTH, vendored and generated directories skipped), sorted; at most
    MAX_FILES (then ``cut_at`` names where it stopped). Symbolic links are not followed nor read; names that
    are not UTF-8 (surrogate-escaped by the OS layer) are left out and listed in ``bad_names``."""
    out: list[Path] = []
    bad: list[str] = []
    base_depth = len(root.parts)
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        here = Path(dirpath)
        depth = len(here.parts) - base_depth
        bad += [safe_name(here, d) for d in dirnames if not _utf8(d)]
        if depth and _vendored_project(here.name, filenames):
            dirnames[:] = []
            continue
        dirnames[:] = sorted(d for d in dirnames if d not in SKIP_DIRS and depth < MAX_DEPTH and _utf8(d)
                             and not (d.startswith(".") and d not in (".devcontainer", ".github")))
        for name in sorted(filenames):
            if not _utf8(name):
                bad.append(safe_name(here, name))
                continue
            path = here / name
            if path.is_symlink():
                continue
            if len(out) >= MAX_FILES:
                return Walk(sorted(out), rel(root, path), tuple(bad))
            out.append(path)
    return Walk(sorted(out), None, tuple(bad))


_COMMUNITY_FILE = re.compile(r"code[_-]of[_-]conduct(?:\.\w+)?", re.IGNORECASE)


def _vendored_project(dirname: str, filenames: list[str]) -> bool:
    """A folder below the top that holds its own code of conduct is another project copied in (a torch.hub
    checkout, ``torchhub/facebookresearch_dinov2_main/``): its README states that project's hardware, not this
    one's. (A code of conduct lives at a project's top, or in its docs/ or .github/.)"""
    return dirname.lower() not in ("docs", "doc", ".github") and any(_COMMUNITY_FILE.fullmatch(f) for f in filenames)


def _utf8(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def safe_name(directory: Path, name: str) -> str:
    """A printable, UTF-8-safe repr of a file name the OS gave back with surrogate escapes."""
    raw = os.fsencode(name)
    return repr(raw)[2:-1] if directory is None else f"{repr(raw)[2:-1]} (in {safe_str(str(directory))})"


def safe_str(text: str) -> str:
    """``text`` with lone surrogates (undecodable bytes of a file name) shown as ``\\xNN``: always encodable."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


# Files envboot reads but will not read: relative path -> why (set by scan(), filled by read_text).
_skipped: ContextVar[dict[str, str] | None] = ContextVar("envboot_needs_skipped", default=None)


def start_skip_log() -> dict[str, str]:
    log: dict[str, str] = {}
    _skipped.set(log)
    return log


# The files the scan walked, and what readers derived from them once per scan (set by scan()).
_walked: ContextVar[tuple[tuple[Path, ...], dict[str, object]]] = ContextVar("envboot_needs_walked",
                                                                           default=((), {}))


def start_walked(files: list[Path]) -> None:
    _walked.set((tuple(files), {}))


def once_per_scan(key: str, make):  # type: ignore[no-untyped-def]
    """``make(files)`` over the scan's walked files, computed once per scan and kept under ``key``."""
    files, memo = _walked.get()
    if key not in memo:
        memo[key] = make(files)
    return memo[key]


def _skip(path: Path, why: str) -> None:
    log = _skipped.get()
    if log is not None:
        log.setdefault(str(path), why)


def read_text(path: Path) -> str | None:
    """The file's text (UTF-8, invalid bytes replaced); None when it is not a regular file, too large or
    unreadable (then the scan warns, naming the file). Never blocks: the file is opened non-blocking and
    without following a symbolic link, and only a regular file is read."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        _skip(path, "a symbolic link; not followed" if exc.errno == errno.ELOOP else
              f"not readable ({exc.strerror or exc.__class__.__name__})")
        return None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            _skip(path, f"not a regular file ({_kind(st.st_mode)}); not read")
            return None
        if st.st_size > MAX_FILE_BYTES:
            _skip(path, f"{st.st_size:,} bytes, over the {MAX_FILE_BYTES:,}-byte limit per file; not read")
            return None
        chunks, left = [], MAX_FILE_BYTES + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        if left <= 0:  # it grew while being read
            _skip(path, f"over the {MAX_FILE_BYTES:,}-byte limit per file; not read")
            return None
        return b"".join(chunks).decode("utf-8", errors="replace")
    except OSError as exc:
        _skip(path, f"not readable ({exc.strerror or exc.__class__.__name__})")
        return None
    finally:
        os.close(fd)


def _kind(mode: int) -> str:
    for test, what in ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISDIR, "a directory")):
        if test(mode):
            return what
    return "not a regular file"


class Refused(ValueError):
    """A document envboot will not use: too large, an alias expansion without bound, numbers out of range,
    nesting too deep. The message says which, in a few words."""


class _BoundedLoader(yaml.SafeLoader):
    """PyYAML's safe loader, refusing a document whose aliases would expand it past MAX_YAML_NODES nodes
    (a "billion laughs" of a few hundred bytes) or that refers to itself."""

    def compose_document(self):  # type: ignore[no-untyped-def]
        node = super().compose_document()
        _check_expansion(node)
        return node


def _check_expansion(root: yaml.Node) -> None:
    size: dict[int, int] = {}
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    open_: set[int] = set()
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            open_.discard(key)
            kids = _children(node)
            total = 1 + sum(size[id(k)] for k in kids)
            if total > MAX_YAML_NODES:
                raise Refused(f"its aliases expand past {MAX_YAML_NODES:,} nodes (an alias bomb?)")
            size[key] = total
            continue
        if key in size:
            continue
        if key in open_:
            raise Refused("an alias refers to the node that contains it (a recursive alias)")
        open_.add(key)
        stack.append((node, True))
        stack.extend((k, False) for k in _children(node) if id(k) not in size)


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [x for kv in node.value for x in kv]
    return []


def load_yaml(text: str) -> object:
    """One YAML document, parsed safely and bounded: Refused (a ValueError) or yaml.YAMLError when it cannot
    be used."""
    if len(text) > MAX_YAML_BYTES:
        raise Refused(f"{len(text):,} characters of YAML, over the {MAX_YAML_BYTES:,} limit")
    try:
        doc = yaml.load(text, Loader=_BoundedLoader)  # noqa: S506 - a SafeLoader subclass
    except RecursionError:
        raise Refused(f"nested deeper than {MAX_NESTING} levels") from None
    check_document(doc)
    return doc


def load_json(text: str) -> object:
    """JSON without NaN/Infinity, numbers in range and nesting bounded: Refused (a ValueError) otherwise."""
    def constant(name: str) -> object:
        raise Refused(f"{name} is not a number envboot accepts")

    def number(s: str) -> float:
        v = float(s)
        if not math.isfinite(v):
            raise Refused(f"the number {s[:20]} is out of range")
        return v

    def integer(s: str) -> int:
        if len(s.lstrip("-")) > 15:
            raise Refused(f"the number {s[:20]}{'...' if len(s) > 20 else ''} is out of range")
        return int(s)

    try:
        doc = json.loads(text, parse_constant=constant, parse_float=number, parse_int=integer)
    except RecursionError:
        raise Refused(f"nested deeper than {MAX_NESTING} levels") from None
    check_document(doc)
    return doc


def check_document(doc: object) -> None:
    """Refuse numbers that are not finite or beyond ±MAX_NUMBER and nesting deeper than MAX_NESTING."""
    stack: list[tuple[object, int]] = [(doc, 0)]
    seen: set[int] = set()
    while stack:
        value, depth = stack.pop()
        if isinstance(value, bool):
            continue
        if isinstance(value, int | float):
            if abs(value) > MAX_NUMBER or not math.isfinite(value):  # abs first: a huge int is no float
                raise Refused(f"the number {value!r:.20} is out of range")
            continue
        if isinstance(value, dict | list):
            if depth >= MAX_NESTING:
                raise Refused(f"nested deeper than {MAX_NESTING} levels")
            if id(value) in seen:  # a shared (aliased) node: its size was bounded when it was composed
                continue
            seen.add(id(value))
            items = list(value.keys()) + list(value.values()) if isinstance(value, dict) else value
            stack.extend((v, depth + 1) for v in items)


def read_yaml(root: Path, path: Path, warnings: list[str], what: str = "YAML") -> tuple[str, str, object] | None:
    """``(name, text, document)`` of a YAML file; None when unreadable, and when it is not valid YAML
    (then a warning names the file: "<name>: not valid <what>; skipped") or refused (too large, an alias
    bomb, numbers out of range, too deep: "<name>: <why>; skipped")."""
    name = rel(root, path)
    text = read_text(path)
    if text is None:
        return None
    try:
        return name, text, load_yaml(text)
    except Refused as exc:
        warnings.append(f"{name}: {exc}; skipped")
        return None
    except yaml.YAMLError:
        warnings.append(f"{name}: not valid {what}; skipped")
        return None


def line_of(text: str, pattern: str, start: int = 0) -> int:
    """1-based line of the first match of ``pattern`` (a regex) at or after character ``start``; 0 if none."""
    m = re.compile(pattern).search(text, start)
    return bisect.bisect_right(_newlines(text), m.start()) + 1 if m else 0


@functools.lru_cache(maxsize=4)
def _newlines(text: str) -> list[int]:
    """Offsets of the newlines of ``text`` (a file's text, looked up many times): a line number is a bisect."""
    return [m.start() for m in re.finditer("\n", text)]


def rel(root: Path, path: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


_FENCE = re.compile(r"(`{3,}|~{3,})(.*)$")


def fence_change(stripped: str, open_fence: str) -> str | None:
    """A Markdown line as CommonMark reads fenced code: the fence it opens, '' when it closes ``open_fence``, None when
    it is no fence line. A backtick fence's info string holds no backtick (```` ```pip install x```, then: ```` is an
    inline code span, not a fence), and a fence closes only with a bare run of its own character at least as long
    (```` ```python ```` inside a block is code)."""
    m = _FENCE.match(stripped)
    if not m:
        return None
    mark, rest = m.groups()
    if not open_fence:
        return None if mark[0] == "`" and "`" in rest else mark
    return "" if mark[0] == open_fence[0] and len(mark) >= len(open_fence) and not rest.strip() else None
