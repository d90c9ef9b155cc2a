"""GPU variants of a build file: the same file for another variant sits beside it without a GPU.

A repository that names a build file for its GPU variant (``docker-compose.cuda.yml``, ``Dockerfile.gpu``,
``docker/cuda.Dockerfile``, ``requirements-gpu.txt``, ``cuda/src/Makefile``) and keeps the same file without
that name and without a GPU (``docker-compose.yml``, ``Dockerfile``, ``requirements.txt``, ``ref/src/Makefile``)
offers both shapes: the GPU is optional. Pure: relative paths and evidence in, evidence out.
"""

from __future__ import annotations

import re

from envboot.data.repo_needs import declared, signals
from envboot.data.repo_needs._common import GPU_OPTIONAL, GPU_REQUIRED, INFERRED, Evidence

# a path component naming a GPU variant (a whole word of it: not "cudatext", not "hipster")
_GPU_MARK = re.compile(r"(?<![a-z0-9])(?:cuda\d*|gpus?|nvidia|rocm\d*|hip|cu\d{2,3})(?![a-z])", re.IGNORECASE)
# ... and one naming another accelerator: docker/docker-npu beside docker/docker-cuda is no CPU way
_OTHER_ACCEL = re.compile(r"(?<![a-z0-9])(?:npu|tpu|xpu|hpu|ipu|dcu|mlu|musa|ascend|gaudi|habana|neuron|intel|amd|"
                          r"arc)(?![a-z])", re.IGNORECASE)
# ... nor one that is no variant at all: docker/test-client beside docker/rocm
_NOT_A_VARIANT = re.compile(r"(?<![a-z0-9])(?:tests?|docs?|client|frontend|web|ui|site|examples?|scripts|tools|"
                            r"bench\w*|dev|ci)(?![a-z])", re.IGNORECASE)
MAX_MARKED = 50  # GPU-named build files compared (a hostile repository of thousands stays linear)


def family(relpath: str) -> str | None:
    """The kind of build file (the evidence ``source`` its reader gives), or None."""
    if signals.is_dockerfile(relpath):
        return "dockerfile"
    if declared.is_compose(relpath):
        return "compose"
    if signals.is_makefile(relpath):
        return "makefile"
    if signals.is_requirements(relpath):
        return "requirements"
    return None


def _unmarked_name(name: str) -> str | None:
    """``docker-compose.cuda.yml`` -> ``docker-compose.yml``; ``cuda.Dockerfile`` -> ``Dockerfile``."""
    m = _GPU_MARK.search(name)
    if not m:
        return None
    before, after = name[:m.start()], name[m.end():]
    if before and before[-1] in "._-":
        before = before[:-1]
    elif after and after[0] in "._-":
        after = after[1:]
    plain = before + after
    return plain if plain and plain != name else None


def plain_siblings(rels: list[str], evidence: list[Evidence]) -> list[Evidence]:
    """A "cpu alternative" piece of evidence for each plain sibling of a GPU-named build file."""
    gpu_files = {e.file for e in evidence if e.gpu in (GPU_REQUIRED, GPU_OPTIONAL)}
    by_family: dict[str, list[str]] = {}
    for r in rels:
        f = family(r)
        if f:
            by_family.setdefault(f, []).append(r)
    out: list[Evidence] = []
    seen: set[str] = set()
    marked = [r for r in rels if r in gpu_files and family(r) and _GPU_MARK.search(r)][:MAX_MARKED]
    for p in marked:
        fam = family(p)
        siblings = set(by_family.get(fam, ())) - gpu_files  # type: ignore[arg-type]
        parts = p.split("/")
        found = None
        plain = _unmarked_name(parts[-1])
        if plain and "/".join([*parts[:-1], plain]) in siblings:
            found = "/".join([*parts[:-1], plain])
        for k, part in enumerate(parts[:-1]):
            if found or not _GPU_MARK.search(part):
                continue
            for q in siblings:
                qp = q.split("/")
                if len(qp) == len(parts) and qp[:k] == parts[:k] and qp[k + 1:] == parts[k + 1:] \
                        and not _GPU_MARK.search(qp[k]) and not _OTHER_ACCEL.search(qp[k]) \
                        and not _NOT_A_VARIANT.search(qp[k]):
                    found = q
                    break
        if found and found not in seen:
            seen.add(found)
            out.append(Evidence(found, 0, fam, INFERRED, f"{found}: the same {fam} without a GPU beside its GPU "  # type: ignore[arg-type]
                                f"variant {p}", None, None, "cpu alternative"))
    return out
