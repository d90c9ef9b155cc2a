"""Nextflow process resources (``nextflow.config``, ``conf/*.config``): ``cpus``, ``memory`` and
``accelerator`` directives, read as text (never run). Confidence: declared.

A pipeline's processes run one per node at most, so the largest ``cpus`` and ``memory`` any process
asks for is what a node must hold (``{ 12 * task.attempt }`` reads as 12: the first attempt). An
``accelerator`` directive asks for GPUs for the processes that carry it (usually a ``process_gpu``
label the pipeline uses only when a GPU option is on): the GPU is optional, with that count.
The memory of a high-memory label (nf-core's template ``withLabel:process_high_memory``, 200 GB, in every
pipeline whether a process uses it or not) is what the few memory-hungry steps ask for: read as recommended,
beside the largest ordinary request as the minimum. A request wrapped in ``check_max(...)`` (the older nf-core
template) is capped by the pipeline's ``params.max_cpus`` / ``params.max_memory`` (``nextflow.config``, outside its
profiles): ``check_max( 32 * task.attempt, 'cpus' )`` under ``max_cpus = 16`` asks for 16. A label no process
of the pipeline carries (its ``modules/**/main.nf`` say which they do) asks for nothing.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

from envboot.data.repo_needs._common import (
    DECLARED,
    GPU_OPTIONAL,
    Evidence,
    Largest,
    need,
    once_per_scan,
    read_text,
    rel,
)

_CPUS = re.compile(r"^\s*cpus\s*=\s*\{?\s*(?:check_max\s*\(\s*)?(\d{1,4})\b")
_MEMORY = re.compile(r"^\s*memory\s*=\s*\{?\s*(?:check_max\s*\(\s*)?['\"]?(\d{1,5}(?:\.\d+)?)\s*\.?\s*(GB|TB|MB)\b",
                     re.IGNORECASE)
# "accelerator = 1", "accelerator = { workflow.profile.contains('gpu') ? 1 : null }" (a GPU profile's)
_ACCEL = re.compile(r"^\s*accelerator\s*=\s*\{?\s*(?:[^?{}=]{0,80}\?\s*)?(\d{1,2})\b")
_LABEL = re.compile(r"^\s*withLabel\s*:\s*['\"]?([\w|!-]+)")
_HIGH_MEMORY = re.compile(r"high_?mem|himem|big_?mem|large_?mem", re.IGNORECASE)


def is_nextflow_config(relpath: str) -> bool:
    """``nextflow.config`` at the top or one folder down (a sub-workflow's: ``qc/nextflow.config``), and
    ``conf/*.config`` (or ``configs/``) but its test profiles (``conf/test_full.config``: what CI runs, not the
    pipeline's defaults). A ``params { }`` block's values are parameters, not process requests."""
    if re.fullmatch(r"(?:[^/]+/)?nextflow\.config", relpath):
        return True
    return bool(re.fullmatch(r"conf(?:igs)?/[^/]+\.config", relpath)) and not re.match(r"conf(?:igs)?/test", relpath)


_CAP = re.compile(r"^\s*(?:params\.)?max_(cpus|memory)\s*=\s*['\"]?(\d{1,5}(?:\.\d+)?)\s*\.?\s*(GB|TB|MB)?\b",
                  re.IGNORECASE)


def _caps(root: Path) -> dict[str, float]:
    """``params.max_cpus`` and ``params.max_memory`` (GB) of the pipeline's ``nextflow.config``, outside its
    ``profiles { }`` block (a profile's caps are that profile's)."""
    text = read_text(root / "nextflow.config") if (root / "nextflow.config").is_file() else None
    caps: dict[str, float] = {}
    depth, profiles_at = 0, None  # brace depth; the depth the profiles block opened at
    for line in (text or "").splitlines():
        code = line.split("//", 1)[0]
        if profiles_at is None and re.match(r"^\s*profiles\s*\{", code):
            profiles_at = depth
        m = _CAP.match(code)
        if m and profiles_at is None:
            unit = (m.group(3) or "").upper()
            value = float(m.group(2)) * {"TB": 1000, "MB": 0.001}.get(unit, 1)
            caps["cpus" if m.group(1).lower() == "cpus" else "ram"] = value
        depth += code.count("{") - code.count("}")
        if profiles_at is not None and depth <= profiles_at:
            profiles_at = None
    return caps


_PROCESS_LABEL = re.compile(r"^\s*label\s+['\"]([\w-]+)['\"]", re.MULTILINE)
MAX_NF_FILES = 2000  # the pipeline's own .nf files read for the labels its processes carry
MIN_PROCESS_FILES = 3  # fewer labelled process files (a module or two copied in) say little of the whole pipeline


def _used_labels(files: tuple[Path, ...]) -> set[str]:
    """The labels the pipeline's processes carry (``label 'process_medium'`` in ``modules/**/main.nf``, among the
    files the scan walked); empty when fewer than MIN_PROCESS_FILES process files are there to say."""
    used: set[str] = set()
    labelled = 0
    for nf in [f for f in files if f.suffix == ".nf"][:MAX_NF_FILES]:
        labels = _PROCESS_LABEL.findall(read_text(nf) or "")
        labelled += bool(labels)
        used.update(labels)
    return used if labelled >= MIN_PROCESS_FILES else set()


def _unused(selector: str, used: set[str]) -> bool:
    """A ``withLabel:`` block no process of the pipeline carries (nf-core's template defines process_high in every
    pipeline): ``'process_high|process_long'`` is used when either is."""
    names = [n for n in selector.split("|") if n and not n.startswith("!")]
    return bool(used) and bool(names) and not any(n in used for n in names)


# "if (params.deepvariant_gpu) {" ... "docker.runOptions = '--gpus all'": the containers get the GPUs when a
# pipeline parameter asks for its GPU path
_IF_GPU_PARAM = re.compile(r"^\s*if\s*\(\s*params\.\w*gpu\w*\s*\)\s*\{", re.IGNORECASE)
_GPU_RUN_OPTIONS = re.compile(r"^\s*docker\.runOptions\s*=\s*['\"][^'\"]*--gpus\b")


def _gpu_option(name: str, text: str) -> list[Evidence]:
    """The NVIDIA GPU a pipeline parameter turns on (optional): Docker's ``--gpus`` inside ``if (params.x_gpu)``."""
    depth = None
    for i, line in enumerate(text.splitlines(), 1):
        code = line.split("//", 1)[0]
        if depth is None and _IF_GPU_PARAM.match(code):
            depth = 0
        if depth is not None:
            if _GPU_RUN_OPTIONS.match(code):
                return [Evidence(name, i, "nextflow", DECLARED, f"{line.strip()[:80]} (under a GPU parameter: the "
                                 "containers get the host's NVIDIA GPUs when it is on)", need(term), GPU_OPTIONAL,
                                 "alternative") for term in ("gpus>=1", "gpu_vendor=nvidia")]
            depth += code.count("{") - code.count("}")
            if depth <= 0 and "}" in code:
                depth = None
    return []


def nextflow_config(root: Path, path: Path, warnings: list[str]) -> list[Evidence]:
    name = rel(root, path)
    text = read_text(path)
    if text is None:
        return []
    caps = _caps(root) if "check_max" in text else {}
    used = once_per_scan("nextflow labels", _used_labels) if "withLabel" in text else set()
    largest = Largest()
    out: list[Evidence] = []
    label = ""
    depth, params_at = 0, None  # brace depth; the depth a params { } block opened at (its values are no requests)
    for i, line in enumerate(text.splitlines(), 1):
        code = line.split("//", 1)[0]
        opened = params_at is None and re.match(r"^\s*params\s*\{", code)
        if opened:
            params_at = depth
        depth += code.count("{") - code.count("}")
        if params_at is not None:
            if depth <= params_at:
                params_at = None
            continue
        m = _LABEL.match(line)
        if m:
            label = m.group(1)
        elif re.match(r"^\s*with(?:Name|Label)\b", line):
            label = ""
        if label and _unused(label, used):
            continue
        cap = caps if "check_max" in line else {}
        m = _CPUS.match(line)
        if m:
            n = int(min(int(m.group(1)), cap.get("cpus", math.inf)))
            capped = f" (capped by params.max_cpus = {n})" if n < int(m.group(1)) else ""
            largest.offer("cpus", n, i, line.strip() + capped, f"cpus>={n}")
        m = _MEMORY.match(line)
        if m:
            unit = m.group(2).upper()
            gb = float(m.group(1)) * {"TB": 1000, "MB": 0.001}.get(unit, 1)
            key = "high-memory" if _HIGH_MEMORY.search(label) else "ram"
            if gb > cap.get("ram", math.inf):
                largest.offer(key, cap["ram"], i, f"{line.strip()} (capped by params.max_memory = {cap['ram']:g} GB)",
                              f"ram>={cap['ram']:g}GB")
            else:
                largest.offer(key, gb, i, line.strip(), f"ram>={m.group(1)}{unit}")
        m = _ACCEL.match(line)
        if m and int(m.group(1)) > 0:
            out.append(Evidence(name, i, "nextflow", DECLARED, f"{line.strip()} (the GPU processes of an optional "
                                "GPU path)", need(f"gpus>={int(m.group(1))}"), GPU_OPTIONAL, "alternative"))
    out += _gpu_option(name, text)
    out += largest.evidence(name, "nextflow", ("cpus", "ram"), "the largest process request")
    if largest.value("high-memory") > largest.value("ram"):
        out += largest.evidence(name, "nextflow", ("high-memory",), "a high-memory label: what its few "
                                "memory-hungry processes ask", reading="recommended")
    return out
