"""Snakemake rule resources (``Snakefile``, ``*.smk``, ``*.snakefile``): each rule's ``threads:`` and its
``resources:`` memory (``mem_mb=64000``, ``mem_gb=8``, ``mem="64GB"``), read as text (never run). Confidence:
declared.

Like a Nextflow pipeline's processes, a workflow's jobs each run on one host, so the largest request any rule
makes is what a node must hold. Only literal numbers are read: ``threads: min(workflow.cores, 128)`` or
``mem_mb=lambda wc, input: ...`` depend on the run and say nothing fixed.
"""

from __future__ import annotations

import re
from pathlib import Path

from envboot.data.repo_needs._common import DECLARED, Evidence, need, read_text, rel

SOURCE = "snakemake"
_THREADS = re.compile(r"^\s*threads\s*:\s*(\d{1,4})\s*(?:,\s*)?(?:#.*)?$")
# mem_mb=64000, mem_mib=..., mem_gb=8, mem="64GB" (inside a resources: block, one per line)
_MEM = re.compile(r"^\s*(mem(?:_mb|_mib|_gb|_gib)?)\s*=\s*(?:(\d{1,7}(?:\.\d+)?)|[\"'](\d{1,5}(?:\.\d+)?)\s*"
                  r"(GB|G|MB|M|TB|T|GiB|MiB|TiB)[\"'])\s*,?\s*(?:#.*)?$", re.IGNORECASE)
_RESOURCES = re.compile(r"^\s*resources\s*:\s*(?:#.*)?$")
_GB = {"mem_mb": 0.001, "mem_mib": 0.001048576, "mem_gb": 1.0, "mem_gib": 1.073741824}
_UNIT = {"GB": 1.0, "G": 1.0, "GIB": 1.073741824, "MB": 0.001, "M": 0.001, "MIB": 0.001048576, "TB": 1000.0,
         "T": 1000.0, "TIB": 1099.511627776}


def is_snakemake(relpath: str) -> bool:
    name = relpath.rsplit("/", 1)[-1]
    return name == "Snakefile" or name.endswith((".smk", ".snakefile"))


def _gb(m: re.Match[str]) -> float:
    if m.group(2) is not None:  # mem_mb=64000 (a bare mem= is MB, Snakemake's default unit)
        return float(m.group(2)) * _GB.get(m.group(1).lower(), 0.001)
    return float(m.group(3)) * _UNIT[m.group(4).upper()]


def snakemake_rules(root: Path, path: Path, warnings: list[str]) -> list[Evidence]:
    name = rel(root, path)
    text = read_text(path)
    if text is None:
        return []
    best: dict[str, tuple[float, int, str, str]] = {}
    indent: int | None = None  # the indentation of the resources: line whose block is being read
    for i, line in enumerate(text.splitlines(), 1):
        if indent is not None and line.strip() and len(line) - len(line.lstrip()) <= indent:
            indent = None  # the block ended (the next directive)
        if _RESOURCES.match(line):
            indent = len(line) - len(line.lstrip())
            continue
        m = _THREADS.match(line)
        if m and int(m.group(1)) > best.get("cpus", (0,))[0]:
            best["cpus"] = (int(m.group(1)), i, line.strip(), f"cpus>={int(m.group(1))}")
        m = _MEM.match(line) if indent is not None else None
        if m:
            gb = _gb(m)
            if gb >= 1 and gb > best.get("ram", (0,))[0]:
                best["ram"] = (gb, i, line.strip(), f"ram>={gb:g}GB")
    return [Evidence(name, line_no, SOURCE, DECLARED, f"{quote} (the largest rule request)", need(term))
            for key in ("cpus", "ram") if key in best for _, line_no, quote, term in [best[key]]]
