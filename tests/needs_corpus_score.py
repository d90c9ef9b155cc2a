"""Score envboot's repository scanner against the corpus's human ground truth (tests/needs_corpus).

Shared by tests/test_needs_corpus.py (asserts the figures) and bench/needs_corpus.py (prints them).

Per repository (truth/<slug>.toml, the scanned copy in repos/<slug>/):

- stance: envboot's GPU stance is in the truth's ``acceptable`` list (else equals its ``stance``);
- gpus: the ``gpus>=N`` envboot derives (0 when its stance is "none"; when "optional", that of its
  "with a GPU" shape, and so for memory and vendor) equals ``gpus``;
- gpu_memory: the per-GPU ``gpu_memory>=`` it derives, in the unit it was written in (GB or GiB read
  as the figure), is within 10 % of ``gpu_memory_gb``;
- gpu_vendor: the ``gpu_vendor=`` it derives equals ``gpu_vendor`` (none derived is a miss);
- ram / cpus / disk: ``ram>=`` and ``disk>=`` within 10 % of ``ram_gb`` / ``disk_gb``, ``cpus>=`` equal to ``cpus``.

A figure is counted only over the repositories whose truth has that key.

False evidence (mechanical): every piece of evidence envboot USES (the evidence of each need, and the
evidence that decided the GPU stance) that cites a line (line > 0) must have, on that line of that file:

- for a count or size need: the figure claimed (``gpus>=4`` → "4" or "four"; ``gpu_memory>=40GB`` →
  "40"), or, for a total divided by a GPU count ("a total of 112 GB over 2 GPUs"), that total (and
  for GPUs per node read off "N nodes (M GPUs)", both M and N; for CPUs read off "--cpus-per-gpu N" times
  "--gres=gpu:M", both N and M); for a
  figure a GPU model implies ("A100: 40 GB per GPU ... from the GPU catalogue"), the model name;
  declared and inferred evidence may instead cite the raw value their detail names (CWL
  ``ramMin: 262144 (MiB)`` → "262144"); ``gpus>=1`` is satisfied by any GPU token (below);
  (Spaces ``suggested_storage: medium`` → "medium");
- for ``gpu_vendor``: a vendor token (nvidia, nvcc, ROCm's hipcc, docker --gpus or a Compose ``capabilities: [gpu]``, onnxruntime-gpu, cuda, cu12x, nvcr, an NVIDIA/AMD
  model, rocm, amd, xpu);
- for a GPU stance without a need: a GPU/CPU token (gpu, cuda, cu12x, rocm, cpu, nvidia, a model, ...; and in
  Chinese 单卡 / 多卡 / 显卡 / 显存: single card, multiple cards, graphics card, VRAM).

The check reads only the cited line: a need attributed to the wrong line (a Dockerfile RUN cited
at its first line while the token is three lines down) fails it.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from filelock import FileLock

from envboot.data.repo_needs import RepoNeeds, scan

CORPUS = Path(__file__).resolve().parent / "needs_corpus"
CORPUS3 = Path(__file__).resolve().parent / "needs_corpus3"  # held out at first, then tuned on (test_needs_corpus3)
CORPUS4 = Path(__file__).resolve().parent / "needs_corpus4"  # held out, then tuned on (test_needs_corpus4)
CORPUS5 = Path(__file__).resolve().parent / "needs_corpus5"  # held out at first (test_needs_corpus5)
CORPUS7 = Path(__file__).resolve().parent / "needs_corpus7"  # held out, then tuned on (test_needs_corpus7)
CORPUS8 = Path(__file__).resolve().parent / "needs_corpus8"  # held out, then tuned on (test_needs_corpus8)
CORPUS9 = Path(__file__).resolve().parent / "needs_corpus9"  # held out, then tuned on (test_needs_corpus9)
CORPUS10 = Path(__file__).resolve().parent / "needs_corpus10"  # held out, then tuned on (test_needs_corpus10)
CORPUS11 = Path(__file__).resolve().parent / "needs_corpus11"  # held out, then tuned on (test_needs_corpus11)
CORPUS12 = Path(__file__).resolve().parent / "needs_corpus12"  # held out, then tuned on (test_needs_corpus12)
CORPUS13 = Path(__file__).resolve().parent / "needs_corpus13"  # held out, then tuned on (test_needs_corpus13)
CORPUS14 = Path(__file__).resolve().parent / "needs_corpus14"  # held out, then tuned on (test_needs_corpus14)
CORPUS15 = Path(__file__).resolve().parent / "needs_corpus15"  # held out, then tuned on (test_needs_corpus15)
CORPUS16 = Path(__file__).resolve().parent / "needs_corpus16"  # held out, then tuned on (test_needs_corpus16)
CORPUS17 = Path(__file__).resolve().parent / "needs_corpus17"  # held out, then tuned on (test_needs_corpus17)
CORPUS18 = Path(__file__).resolve().parent / "needs_corpus18"  # held out, then tuned on (test_needs_corpus18)
CORPUS19 = Path(__file__).resolve().parent / "needs_corpus19"  # held out, then tuned on (test_needs_corpus19)
CORPUS20 = Path(__file__).resolve().parent / "needs_corpus20"  # held out, then tuned on (test_needs_corpus20)
CORPUS21 = Path(__file__).resolve().parent / "needs_corpus21"  # held out, then tuned on (test_needs_corpus21)
CORPUS22 = Path(__file__).resolve().parent / "needs_corpus22"  # held out, then tuned on (test_needs_corpus22)
CORPUS23 = Path(__file__).resolve().parent / "needs_corpus23"  # held out, then tuned on (test_needs_corpus23)
CORPUS24 = Path(__file__).resolve().parent / "needs_corpus24"  # held out, then tuned on (test_needs_corpus24)
CORPUS25 = Path(__file__).resolve().parent / "needs_corpus25"  # held out, then tuned on (test_needs_corpus25)
CORPUS26 = Path(__file__).resolve().parent / "needs_corpus26"  # held out, then tuned on (test_needs_corpus26)
CORPUS27 = Path(__file__).resolve().parent / "needs_corpus27"  # held out, then tuned on (test_needs_corpus27)
CORPUS28 = Path(__file__).resolve().parent / "needs_corpus28"  # held out (test_needs_corpus28)

_GPU_TOKEN = re.compile(r"gpu|vram|nvcc|hipcc|单卡|多卡|显卡|显存|\b[AHVPKLT]\d{2,3}\b|"
                        r"cuda|cu\d{2,3}|rocm|nvidia|nvcr|cudnn|nccl|cupy|flash[-_]?attn|vllm|xformers|tensorrt|"
                        r"capabilities|A100|H100|V100|A10G?|T4|L4|L40|RTX|A[4-6]000|MI\d{3}|xpu|accelerat|cpu|jax\[|"
                        r"\b[1-5]0[5-9]0(?:Ti)?\b", re.I)  # a bare GeForce number: "a single 2080 Ti", "1080Ti"
_VENDOR_TOKEN = re.compile(r"nvidia|nvcc|hipcc|--gpus|cuda|cu\d{2,3}|nvcr|cudnn|nccl|cupy|flash[-_]?attn|vllm|xformers|"
                           r"tensorrt|onnxruntime-gpu|"
                           # a Compose GPU device request, Docker's --gpus (served by the NVIDIA Container Toolkit)
                           r"capabilities\s*:\s*\[?\s*['\"]?gpu|"
                           r"A100|H100|H200|A800|H800|V100|P100|K80|A10G?|A30|A40|A6000|T4|L4|L40|RTX|GTX|Titan|"
                           # NVIDIA's architecture names (--use_volta32); a bare GeForce number: 3090, 4090
                           # (or with its suffix glued on: "1080Ti")
                           r"rocm|amd|MI\d{3}|xpu|intel|volta|ampere|hopper|\b[1-5]0[5-9]0(?:Ti)?\b|"
                           # TensorFlow's GPU builds and images are CUDA builds ("tensorflow:2.4.1-gpu")
                           r"tensorflow[\w.:/-]*gpu", re.I)
_WORDS = {1: "one|single|a", 2: "two|dual", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
          16: "sixteen"}
KEYS = ("stance", "gpus", "gpu_memory", "gpu_vendor", "hardware")  # hardware: ram, cpus, disk together


@dataclass
class Score:
    """Hits and totals per key, and the false evidence lines."""

    hits: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KEYS, 0))
    totals: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KEYS, 0))
    false_evidence: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    repos: int = 0

    def add(self, key: str, ok: bool, why: str) -> None:
        self.totals[key] += 1
        self.hits[key] += int(ok)
        if not ok:
            self.misses.append(why)

    def pct(self, key: str) -> float | None:
        return 100.0 * self.hits[key] / self.totals[key] if self.totals[key] else None

    def merge(self, other: Score) -> None:
        for k in KEYS:
            self.hits[k] += other.hits[k]
            self.totals[k] += other.totals[k]
        self.false_evidence += other.false_evidence
        self.misses += other.misses
        self.repos += other.repos


def truths(corpus: Path | None = None) -> list[tuple[str, dict]]:
    """(slug, truth) for every repository of the corpus (default CORPUS) with both a truth file and a copy, sorted."""
    corpus = corpus or CORPUS
    out = []
    for t in sorted((corpus / "truth").glob("*.toml")):
        if (corpus / "repos" / t.stem).is_dir():
            out.append((t.stem, tomllib.loads(t.read_text())))
    return out


def _need(r: RepoNeeds, key: str):
    """The need envboot derives for ``key``; for a GPU key of a repository whose GPU is optional, the one
    of its "with a GPU" shape (the truth gives the GPU figures for when a GPU is used)."""
    if r.gpu == "optional" and getattr(r, "shapes", ()) and key in ("gpus", "gpu_memory", "gpu_vendor"):
        from envboot.domain.needs import parse

        return next((n for n in parse(r.shapes[-1][1]).items if n.key == key), None)
    return next((i.need for i in r.items if i.need.key == key), None)


def _gb(n) -> float:
    """A size need's figure in the unit it was written in (40GB -> 40, 40GiB -> 40, 1TB -> 1000)."""
    shown = n.shown
    m = re.match(r"([\d.]+)([A-Za-z]+)", shown)
    number, unit = float(m.group(1)), m.group(2).upper()
    return number * {"TB": 1000, "TIB": 1024, "MB": 0.001, "MIB": 1 / 1024}.get(unit, 1)


def _within(got: float, want: float) -> bool:
    return abs(got - want) <= 0.1 * want if want else got == want


_SCANNED: dict[Path, RepoNeeds] = {}
_SHARED: Path | None = None  # a folder the test session's xdist workers share (set by tests/conftest.py)


def share_scans(folder: Path) -> None:
    """Keep each copy's scan in ``folder`` for the other test processes of the session: xdist spreads one corpus
    module's tests over several workers, and each would scan the whole corpus again."""
    global _SHARED
    _SHARED = folder


def scanned(root: Path) -> RepoNeeds:
    """``scan(root)``, once per test session: the corpus tests read each copy's scan several times, from several
    worker processes (one scans while the others wait on its lock, then read what it wrote)."""
    if root not in _SCANNED:
        _SCANNED[root] = _shared_scan(root) if _SHARED is not None else scan(root)
    return _SCANNED[root]


def _shared_scan(root: Path) -> RepoNeeds:
    assert _SHARED is not None
    _SHARED.mkdir(parents=True, exist_ok=True)
    kept = _SHARED / (hashlib.sha256(str(root).encode()).hexdigest()[:24] + ".pickle")
    with FileLock(f"{kept}.lock"):
        if kept.exists():
            return pickle.loads(kept.read_bytes())  # written by this session's own workers
        result = scan(root)
        part = kept.with_suffix(".part")
        part.write_bytes(pickle.dumps(result))
        os.replace(part, kept)
        return result


def score_repo(slug: str, truth: dict, r: RepoNeeds | None = None, corpus: Path | None = None) -> Score:
    corpus = corpus or CORPUS
    r = r or scanned(corpus / "repos" / slug)
    s = Score(repos=1)
    acceptable = truth.get("acceptable") or [truth["stance"]]
    s.add("stance", r.gpu in acceptable, f"{slug}: stance {r.gpu}, truth {acceptable}")
    if "gpus" in truth:
        n = _need(r, "gpus")
        got = int(n.value) if n is not None else 0
        s.add("gpus", got == int(truth["gpus"]), f"{slug}: gpus {got}, truth {truth['gpus']}")
    if "gpu_memory_gb" in truth:
        n = _need(r, "gpu_memory")
        got = _gb(n) if n is not None else 0.0
        s.add("gpu_memory", _within(got, float(truth["gpu_memory_gb"])),
              f"{slug}: gpu_memory {got:g}, truth {truth['gpu_memory_gb']}")
    if "gpu_vendor" in truth:
        n = _need(r, "gpu_vendor")
        got = str(n.value) if n is not None else "none"
        s.add("gpu_vendor", got == str(truth["gpu_vendor"]).lower(), f"{slug}: vendor {got}, truth "
              f"{truth['gpu_vendor']}")
    for key, tkey in (("ram", "ram_gb"), ("disk", "disk_gb"), ("cpus", "cpus")):
        if tkey in truth:
            n = _need(r, key)
            if key == "cpus":
                got = int(n.value) if n is not None else 0
                ok = got == int(truth[tkey])
            else:
                got = _gb(n) if n is not None else 0.0
                ok = _within(got, float(truth[tkey]))
            s.add("hardware", ok, f"{slug}: {key} {got}, truth {truth[tkey]}")
    root = corpus / "repos" / slug
    used = [e for i in r.items for e in i.used] + list(r.gpu_evidence)
    seen = set()
    for e in used:
        if e.line <= 0 or (e.where, e.detail) in seen:
            continue
        seen.add((e.where, e.detail))
        if not cited_line_supports(root, e):
            s.false_evidence.append(f"{slug}/{e.where}: {e.need.text() if e.need else e.gpu} ({e.detail[:80]})")
    return s


def _line(root: Path, file: str, line: int) -> str:
    try:
        lines = (root / file).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    return lines[line - 1] if 0 < line <= len(lines) else ""


def _has_number(text: str, number: str) -> bool:
    return bool(re.search(rf"(?<![\d.]){re.escape(number)}(?![\d])", text))


def cited_line_supports(root: Path, e) -> bool:
    """True when the cited line holds the token or figure the evidence claims (module docstring)."""
    text = _line(root, e.file, e.line)
    if not text:
        return False
    n = e.need
    if n is None:
        return bool(_GPU_TOKEN.search(text))
    if n.key == "gpu_vendor":
        return bool(_VENDOR_TOKEN.search(text))
    if n.key in ("gpu_model", "arch", "cpu_vendor"):
        return str(n.value).lower() in text.lower()
    if n.key == "gpus" and n.value == 1:  # "a GPU": a GPU token; "--nproc_per_node 1": the figure
        return bool(_GPU_TOKEN.search(text)) or ("per node" in getattr(e, "reading", "") and _has_number(text, "1"))
    figure = re.match(r"[\d.]+", n.shown).group(0)
    if _has_number(text, figure):
        return True
    if n.key == "cpus" and n.value == 1 and re.search(r"\b(?:one|single)\s+(?:CPU\s+)?cores?\b", text, re.I):
        return True  # "requires only a single core"
    if n.key == "gpus":
        k = int(n.value)
        if k > 1 and re.search(rf"(?<![\d,])\d{{1,2}}(?:\s*,\s*\d{{1,2}}){{{k - 1}}}(?![\d,])", text):
            return True  # "CUDA_VISIBLE_DEVICES=0,1,2,3": one GPU per device index, k of them on the line
        spread = re.match(r"(\d+) GPUs, more than one node holds", getattr(e, "reading", ""))
        if spread:  # "needs 16 A100-80G": read as 2 nodes of 8; the total is on the line
            return _has_number(text, spread.group(1))
        over = re.search(r"(\d+) GPUs over (\d+) nodes", getattr(e, "reading", ""))
        if over:  # "12 A100-80GB nodes (96 GPUs)": the total and the node count are on the line
            return _has_number(text, over.group(1)) and _has_number(text, over.group(2))
        words = _WORDS.get(int(n.value))
        if words and re.search(rf"\b({words})\b", text, re.I):
            return True
        return e.source != "readme" and bool(_GPU_TOKEN.search(text)) and "count" in e.detail
    product = re.search(r"(\d+) per GPU x (\d+) GPUs", getattr(e, "reading", ""))
    if product:  # "--cpus-per-gpu 16 ... --gres=gpu:8": 128 CPUs, both factors on the line
        return _has_number(text, product.group(1)) and _has_number(text, product.group(2))
    total = re.search(r"a total of ([\d.]+) GB over (\d+) GPUs", getattr(e, "reading", ""))
    if total:
        return _has_number(text, total.group(1))
    model = re.match(r"(.+?): \d+ GB per GPU.*from the GPU catalogue", getattr(e, "reading", ""))
    if model:
        return model.group(1).lower() in text.lower()
    if e.source != "readme":  # a declared/inferred value: the raw value its detail names ("ramMin: 262144")
        value = e.detail.split(":", 1)[-1]
        raw = re.findall(r"\d+(?:\.\d+)?", value) + [w for w in re.findall(r"[A-Za-z][\w-]{2,}", value)[:1]]
        return any(_has_number(text, x) if x[0].isdigit() else x.lower() in text.lower() for x in raw)
    return False


def score_all(slugs: list[tuple[str, dict]] | None = None,
              corpus: Path | None = None) -> tuple[Score, dict[str, Score]]:
    """The whole corpus's (default CORPUS) score and the score per category."""
    total, per = Score(), {}
    for slug, truth in slugs if slugs is not None else truths(corpus):
        s = score_repo(slug, truth, corpus=corpus)
        total.merge(s)
        per.setdefault(str(truth.get("category", "?")), Score()).merge(s)
    return total, per


def table(total: Score, per: dict[str, Score]) -> str:
    """The per-category table, in Markdown."""
    def cell(s: Score, key: str) -> str:
        return f"{s.hits[key]}/{s.totals[key]}" if s.totals[key] else "–"

    rows = ["| category | repos | stance acceptable | GPUs per node exact | per-GPU memory ±10 % | vendor | "
            "RAM/CPUs/disk | false evidence |", "|---|---|---|---|---|---|---|---|"]
    for name in sorted(per):
        s = per[name]
        rows.append(f"| {name} | {s.repos} | " + " | ".join(cell(s, k) for k in KEYS)
                    + f" | {len(s.false_evidence)} |")
    pct = " | ".join(f"**{total.pct(k):.0f} %**" if total.totals[k] else "–" for k in KEYS)
    rows.append(f"| **all** | {total.repos} | {pct} | {len(total.false_evidence)} |")
    return "\n".join(rows)
