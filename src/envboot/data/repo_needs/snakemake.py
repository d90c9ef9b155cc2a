"""Snakemake rule resources (``Snakefile``, ``*.smk``, ``*.snakefile``): each rule's ``threads:`` and its
``resources:`` memory (``mem_mb=64000``, ``mem_gb=8``, ``mem="64GB"``), read as text (never run). Confidence:
declared.

Like a Nextflow pipeline's processes, a workflow's jobs each run on one host, so the largest request any rule
makes is what a node must hold. Only literal numbers are read, and a memory per thread
(``mem_mb=lambda wc, threads: threads * 8000`` under ``threads: 6``: 48000 MB): ``threads: min(workflow.cores, 128)``
or ``mem_mb=lambda wc, input: ...`` depend on the run and say nothing fixed.
"""

from __future__ import annotations

import re
from pathlib import Path

from envboot.data.repo_needs._common import Evidence, Largest, read_text, rel
from envboot.domain.needs import UNITS

SOURCE = "snakemake"
_THREADS = re.compile(r"^\s*threads\s*:\s*(\d{1,4})\s*(?:,\s*)?(?:#.*)?$")
# mem_mb=64000, mem_mib=..., mem_gb=8, mem="64GB" (inside a resources: block, one per line)
_MEM = re.compile(r"^\s*(mem(?:_mb|_mib|_gb|_gib)?)\s*=\s*(?:(\d{1,7}(?:\.\d+)?)|[\"'](\d{1,5}(?:\.\d+)?)\s*"
                  r"(GB|G|MB|M|TB|T|GiB|MiB|TiB)[\"'])\s*,?\s*(?:#.*)?$", re.IGNORECASE)
_RESOURCES = re.compile(r"^\s*resources\s*:\s*(?:#.*)?$")
# mem_mb=lambda wc, threads: threads * 8000 (the rule's threads times a constant)
_PER_THREAD = re.compile(r"^\s*(mem(?:_mb|_mib|_gb|_gib)?)\s*=\s*lambda\b[^:]*\bthreads\b[^:]*:\s*(?:threads\s*\*\s*"
                         r"(\d{1,7})|(\d{1,7})\s*\*\s*threads)\s*,?\s*(?:#.*)?$", re.IGNORECASE)
_RULE = re.compile(r"^\s*(?:rule|checkpoint)\s+\w+\s*:")
_KEY_UNIT = {"mem": "MB", "mem_mb": "MB", "mem_mib": "MiB", "mem_gb": "GB", "mem_gib": "GiB"}  # a bare mem= is MB
_BYTES = {u.lower(): b for u, b in UNITS.items()} | {"g": UNITS["GB"], "m": UNITS["MB"], "t": UNITS["TB"]}


def is_snakemake(relpath: str) -> bool:
    name = relpath.rsplit("/", 1)[-1]
    return name == "Snakefile" or name.endswith((".smk", ".snakefile"))


def _gb(m: re.Match[str]) -> float:
    """mem_mb=64000 (the key's unit; a bare mem= is MB, Snakemake's default), mem="64GB" (the string's)."""
    if m.group(2) is not None:
        return float(m.group(2)) * UNITS[_KEY_UNIT[m.group(1).lower()]] / 1e9
    return float(m.group(3)) * _BYTES[m.group(4).lower()] / 1e9


def snakemake_rules(root: Path, path: Path, warnings: list[str]) -> list[Evidence]:
    name = rel(root, path)
    text = read_text(path)
    if text is None:
        return []
    largest = Largest()
    threads = 0  # the rule's threads: (for a memory per thread)
    indent: int | None = None  # the indentation of the resources: line whose block is being read
    for i, line in enumerate(text.splitlines(), 1):
        if indent is not None and line.strip() and len(line) - len(line.lstrip()) <= indent:
            indent = None  # the block ended (the next directive)
        if _RESOURCES.match(line):
            indent = len(line) - len(line.lstrip())
            continue
        if _RULE.match(line):
            threads = 0
        m = _THREADS.match(line)
        if m:
            threads = int(m.group(1))
            largest.offer("cpus", int(m.group(1)), i, line.strip(), f"cpus>={int(m.group(1))}")
        m = _MEM.match(line) if indent is not None else None
        if m and (gb := _gb(m)) >= 1:
            largest.offer("ram", gb, i, line.strip(), f"ram>={gb:g}GB")
        p = _PER_THREAD.match(line) if indent is not None and threads else None
        if p:  # "mem_mb=lambda wc, threads: threads * 8000" under "threads: 6": 48000 MB
            per = int(p.group(2) or p.group(3))
            gb = threads * per * UNITS[_KEY_UNIT[p.group(1).lower()]] / 1e9
            if gb >= 1:
                largest.offer("ram", gb, i, f"{line.strip()} (threads: {threads} x {per})", f"ram>={gb:g}GB")
    return largest.evidence(name, SOURCE, ("cpus", "ram"), "the largest rule request")
