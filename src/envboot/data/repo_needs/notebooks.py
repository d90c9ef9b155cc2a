"""Jupyter notebooks: the device their code picks.

A tutorial notebook rarely says in prose whether it needs a GPU; its code does. The idiom
``torch.device("cuda" if torch.cuda.is_available() else "cpu")`` runs on either, and names CUDA as its only
accelerator: the GPU is optional and, when there, NVIDIA's; code that calls CUDA (``torch.cuda.set_device(0)``,
``.cuda()``) in a notebook that never tests for it has no CPU branch: an NVIDIA GPU is needed. The notebook's JSON is
read line by line (one source line of a cell is one line of the file), so the evidence cites the line of the file that
holds the idiom.

This is the weakest evidence there is (code, not a statement): it decides the GPU stance and vendor only when
nothing else in the repository says anything of a GPU (see ``derive``'s ``_code_fallback``).
"""

from __future__ import annotations

import re
from pathlib import Path

from envboot.data.repo_needs._common import GPU_OPTIONAL, GPU_REQUIRED, INFERRED, Evidence, need, read_text, rel

SOURCE = "notebook"
# "cuda" if torch.cuda.is_available() else "cpu"  /  'cuda:0' if torch.cuda.is_available() else 'cpu'
# torch.device("cpu" if not torch.cuda.is_available() else "cuda") is the same choice, written the other way round
_EITHER = re.compile(r"""\bcuda(?::\d)?\\?["']\s*if\s+torch\.cuda\.is_available\(\)\s*else\s*\\?["']cpu\b|"""
                     r"""\bcpu\\?["']\s*if\s+not\s+torch\.cuda\.is_available\(\)\s*else\s*\\?["']cuda\b""")


# code that runs on CUDA with no CPU branch: "torch.cuda.set_device(0)", "self.h = torch.zeros(bs, nh).cuda()"
_CUDA_ONLY = re.compile(r"""\btorch\.cuda\.set_device\(|\.cuda\(\)|\.to\(\s*\\?["']cuda(?::\d)?\\?["']\s*\)""")
_CONDITION = re.compile(r"is_available|\bif\b|\belse\b")


def is_notebook(relpath: str) -> bool:
    return relpath.endswith(".ipynb")


def notebook(root: Path, path: Path, warnings: list[str]) -> list[Evidence]:
    """The first line of a notebook whose code picks CUDA when it is there and the CPU otherwise (optional), else,
    in a notebook that never tests for CUDA, its first CUDA call (required)."""
    text = read_text(path)
    if text is None or "cuda" not in text:
        return []
    name = rel(root, path)
    lines = text.splitlines()
    for i, line in enumerate(lines, 1):
        m = _EITHER.search(line)
        if m:
            detail = f"{m.group(0).replace(chr(92), '')}: the notebook's code runs on CUDA when there, else the CPU"
            return [Evidence(name, i, SOURCE, INFERRED, detail, None, GPU_OPTIONAL, "code picks the device"),
                    Evidence(name, i, SOURCE, INFERRED, detail, need("gpu_vendor=nvidia"), GPU_OPTIONAL,
                             "code picks the device")]
    if "is_available" in text:  # the code tests for CUDA somewhere: its CUDA calls may sit in that branch
        return []
    for i, line in enumerate(lines, 1):
        m = _CUDA_ONLY.search(line)
        if m and not _CONDITION.search(line):
            detail = f"{m.group(0).replace(chr(92), '')}: the notebook's code runs on CUDA, with no CPU branch"
            return [Evidence(name, i, SOURCE, INFERRED, detail, None, GPU_REQUIRED, "code runs on CUDA"),
                    Evidence(name, i, SOURCE, INFERRED, detail, need("gpu_vendor=nvidia"), GPU_REQUIRED,
                             "code runs on CUDA")]
    return []
