"""Nextflow process resources (``nextflow.config``, ``conf/*.config``): ``cpus``, ``memory`` and
``accelerator`` directives, read as text (never run). Confidence: declared.

A pipeline's processes run one per node at most, so the largest ``cpus`` and ``memory`` any process
asks for is what a node must hold (``{ 12 * task.attempt }`` reads as 12: the first attempt). An
``accelerator`` directive asks for GPUs for the processes that carry it (usually a ``process_gpu``
label the pipeline uses only when a GPU option is on): the GPU is optional, with that count.
The memory of a high-memory label (nf-core's template ``withLabel:process_high_memory``, 200 GB, in every
pipeline whether a process uses it or not) is what the few memory-hungry steps ask for: read as recommended,
beside the largest ordinary request as the minimum.
"""

from __future__ import annotations

import re
from pathlib import Path

from envboot.data.repo_needs._common import DECLARED, GPU_OPTIONAL, Evidence, Largest, need, read_text, rel

_CPUS = re.compile(r"^\s*cpus\s*=\s*\{?\s*(?:check_max\s*\(\s*)?(\d{1,4})\b")
_MEMORY = re.compile(r"^\s*memory\s*=\s*\{?\s*(?:check_max\s*\(\s*)?['\"]?(\d{1,5}(?:\.\d+)?)\s*\.?\s*(GB|TB|MB)\b",
                     re.IGNORECASE)
# "accelerator = 1", "accelerator = { workflow.profile.contains('gpu') ? 1 : null }" (a GPU profile's)
_ACCEL = re.compile(r"^\s*accelerator\s*=\s*\{?\s*(?:[^?{}=]{0,80}\?\s*)?(\d{1,2})\b")
_LABEL = re.compile(r"^\s*withLabel\s*:\s*['\"]?([\w|!-]+)")
_HIGH_MEMORY = re.compile(r"high_?mem|himem|big_?mem|large_?mem", re.IGNORECASE)


def is_nextflow_config(relpath: str) -> bool:
    """``nextflow.config`` at the top or one folder down (a sub-workflow's: ``qc/nextflow.config``), and
    ``conf/*.config`` but its test profiles (``conf/test_full.config``: what CI runs, not the pipeline's defaults)."""
    if re.fullmatch(r"(?:[^/]+/)?nextflow\.config", relpath):
        return True
    return bool(re.fullmatch(r"conf/[^/]+\.config", relpath)) and not relpath.startswith("conf/test")


def nextflow_config(root: Path, path: Path, warnings: list[str]) -> list[Evidence]:
    name = rel(root, path)
    text = read_text(path)
    if text is None:
        return []
    largest = Largest()
    out: list[Evidence] = []
    label = ""
    for i, line in enumerate(text.splitlines(), 1):
        m = _LABEL.match(line)
        if m:
            label = m.group(1)
        elif re.match(r"^\s*with(?:Name|Label)\b", line):
            label = ""
        m = _CPUS.match(line)
        if m:
            largest.offer("cpus", int(m.group(1)), i, line.strip(), f"cpus>={int(m.group(1))}")
        m = _MEMORY.match(line)
        if m:
            unit = m.group(2).upper()
            gb = float(m.group(1)) * {"TB": 1000, "MB": 0.001}.get(unit, 1)
            largest.offer("high-memory" if _HIGH_MEMORY.search(label) else "ram", gb, i, line.strip(),
                          f"ram>={m.group(1)}{unit}")
        m = _ACCEL.match(line)
        if m and int(m.group(1)) > 0:
            out.append(Evidence(name, i, "nextflow", DECLARED, f"{line.strip()} (the GPU processes of an optional "
                                "GPU path)", need(f"gpus>={int(m.group(1))}"), GPU_OPTIONAL, "alternative"))
    out += largest.evidence(name, "nextflow", ("cpus", "ram"), "the largest process request")
    if largest.value("high-memory") > largest.value("ram"):
        out += largest.evidence(name, "nextflow", ("high-memory",), "a high-memory label: what its few "
                                "memory-hungry processes ask", reading="recommended")
    return out
