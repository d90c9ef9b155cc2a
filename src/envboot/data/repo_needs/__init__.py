"""Hardware needs read from a repository: offline, deterministic, nothing executed.

``scan(path) -> RepoNeeds``. Standard declarations first (devcontainer.json ``hostRequirements``,
CWL ``ResourceRequirement`` / ``cwltool:CUDARequirement``, Hugging Face Spaces
``suggested_hardware``, Compose GPU reservations: confidence *declared*), then README statements
("requires 4 GPUs", "80 GB of GPU memory": *stated*), then signals (CUDA wheels and GPU-only
packages in requirements*.txt / pyproject.toml / environment.yml, CUDA base images and installs
in Dockerfiles: *inferred*).

Per need key the most confident evidence wins (declared > stated > inferred); among equally
confident evidence the most demanding value. The GPU stance (required / optional / none) is
decided the same way over every piece of evidence that speaks about a GPU; when it is not
"required", no GPU need is emitted. ``RepoNeeds.text`` is a needs string for ``--needs``.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, replace
from pathlib import Path

from envboot.core.errors import InputError
from envboot.data.repo_needs import (
    _common,
    declared,
    nextflow,
    notebooks,
    prose,
    signals,
    snakemake,
    tables,
    trainconfig,
    vagrant,
    variants,
)
from envboot.data.repo_needs._common import (
    DECLARED,
    GPU_NONE,
    GPU_OPTIONAL,
    GPU_REQUIRED,
    INFERRED,
    MAX_EVIDENCE_PER_FILE,
    RANK,
    SCAN_BUDGET_S,
    STATED,
    Evidence,
    need,
    redact,
    rel,
    safe_str,
    start_skip_log,
    start_walked,
    walk,
)
from envboot.domain.needs import KEYS, Need, Needs

GPU_UNKNOWN = "unknown"  # only when the scan was cut: what was not read may need one

__all__ = ["DECLARED", "INFERRED", "STATED", "Evidence", "NeedItem", "RepoNeeds", "scan"]

GPU_KEYS = frozenset({"gpus", "gpu_memory", "gpu_vendor", "gpu_model"})


@dataclass(frozen=True, slots=True)
class NeedItem:
    need: Need
    confidence: str
    used: tuple[Evidence, ...]  # the evidence the need comes from
    other: tuple[Evidence, ...]  # less confident or less demanding evidence for the same key


@dataclass(frozen=True, slots=True)
class RepoNeeds:
    root: str
    items: tuple[NeedItem, ...]
    gpu: str  # required | optional | none (| unknown: the scan was cut and nothing decided it)
    gpu_basis: str  # one line: why
    gpu_evidence: tuple[Evidence, ...]  # the evidence that decided the GPU stance
    evidence: tuple[Evidence, ...]  # everything found, in file order
    warnings: tuple[str, ...]
    files_scanned: int
    cut: ScanCut | None = None  # the scan stopped before reading every file
    shapes: tuple[tuple[str, str], ...] = ()  # when the GPU is optional: (shape, needs string) for each

    @property
    def needs(self) -> Needs:
        return Needs(tuple(i.need for i in self.items))

    @property
    def text(self) -> str:
        return self.needs.text()

    def to_dict(self) -> dict:
        return _redacted({
            "path": self.root,
            "needs": self.text,
            "gpu": self.gpu,
            "gpu_basis": self.gpu_basis,
            "gpu_evidence": [_ev(e) for e in self.gpu_evidence],
            "items": [
                {"key": i.need.key, "need": i.need.text(), "confidence": i.confidence,
                 "evidence": [_ev(e) for e in i.used], "other_evidence": [_ev(e) for e in i.other]}
                for i in self.items
            ],
            "evidence": [_ev(e) for e in self.evidence],
            "files_scanned": self.files_scanned,
            "scan_cut": self.cut.to_dict() if self.cut else None,
            "shapes": [{"shape": name, "needs": text} for name, text in self.shapes],
            "warnings": list(self.warnings),
        })


def _redacted(value):  # type: ignore[no-untyped-def]
    """Every string of a document with credentials redacted: whatever a field quotes from a file."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict):
        return {k: _redacted(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_redacted(v) for v in value]
    return value


def _ev(e: Evidence) -> dict:
    return {"file": e.file, "line": e.line, "where": e.where, "source": e.source, "confidence": e.confidence,
            "detail": e.detail, "implies": e.need.text() if e.need else None, "gpu": e.gpu}


@dataclass(frozen=True, slots=True)
class ScanCut:
    """The scan stopped before reading every file: why (``files``: the MAX_FILES limit; ``time``: the
    whole-scan time budget), where (the first file not read) and how many it knows it did not read."""

    reason: str
    at: str
    files_not_read: int | None  # None when unknown (the walk itself stopped)

    def to_dict(self) -> dict:
        return {"reason": self.reason, "at": self.at, "files_not_read": self.files_not_read}


def scan(path: str | Path, *, budget_s: float | None = None) -> RepoNeeds:
    """Read the needs a repository (a directory, or one file) declares, states or implies.

    The repository is untrusted input: only regular files are read (never blocking, symbolic links not
    followed), each at most MAX_FILE_BYTES, YAML and JSON bounded (see ``_common``), at most
    MAX_EVIDENCE_PER_FILE pieces of evidence per file, and the whole scan within ``budget_s`` seconds
    (default SCAN_BUDGET_S). What was not read is said in the warnings and in ``cut``."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"needs: {safe_str(str(path))!r} does not exist")
    single = p.is_file()
    if not single and not p.is_dir():
        raise InputError(f"needs: {safe_str(str(path))!r} is not a directory or a regular file")
    if single and p.is_symlink():
        p = p.resolve()
    deadline = time.monotonic() + (SCAN_BUDGET_S if budget_s is None else budget_s)
    warnings: list[str] = []
    if single:
        root, found = p.parent, _common.Walk([p])
    else:
        root, found = p, walk(p)
    files = found.files
    cut: ScanCut | None = None
    if found.cut_at is not None:
        cut = ScanCut("files", found.cut_at, None)
        warnings.append(f"scan cut at {_common.MAX_FILES:,} files: {found.cut_at} and the files after it "
                        "(in walk order) were not read")
    if found.bad_names:
        warnings.append(f"{len(found.bad_names)} file name(s) not UTF-8, not read: "
                        + ", ".join(found.bad_names[:5]) + (" ..." if len(found.bad_names) > 5 else ""))
    skipped = start_skip_log()
    start_walked(files)
    evidence: list[Evidence] = []
    read = 0
    for i, f in enumerate(files):
        if time.monotonic() > deadline:
            at = rel(root, f)
            cut = ScanCut("time", at, len(files) - i)
            warnings.append(f"scan stopped by its {budget_s if budget_s is not None else SCAN_BUDGET_S:g} s time "
                            f"budget: {len(files) - i} file(s) not read, from {at} on")
            break
        here = _scan_file(root, f, warnings, single=single)
        if len(here) > MAX_EVIDENCE_PER_FILE:
            warnings.append(f"{rel(root, f)}: {len(here)} pieces of evidence; the first {MAX_EVIDENCE_PER_FILE} kept")
            here = here[:MAX_EVIDENCE_PER_FILE]
        evidence.extend(here)
        read += 1
    for f in files:
        why = skipped.get(str(f))
        if why:
            warnings.append(f"{rel(root, f)}: {why}")
    if not single:  # docker-compose.yml beside docker-compose.cuda.yml, ref/src/Makefile beside cuda/src/Makefile
        evidence.extend(variants.plain_siblings([rel(root, f) for f in files[:read]], evidence))
    warnings = [_line(redact(w)) for w in warnings]
    result = derive(safe_str(str(path)), evidence, warnings, len(files) if cut is None else read)
    return _with_cut(result, cut) if cut is not None else result


def _line(text: str, limit: int = 300) -> str:
    """One warning: one line, at most ``limit`` characters (a value quoted from a file can be huge)."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 3] + "..."


def _with_cut(result: RepoNeeds, cut: ScanCut) -> RepoNeeds:
    """A cut scan cannot say "no GPU" from the absence of evidence (nor from less than a declaration)."""
    note = f"the scan was cut ({cut.reason}) at {cut.at}"
    if result.gpu == GPU_NONE and not any(e.confidence == DECLARED for e in result.gpu_evidence):
        return replace(result, cut=cut, gpu=GPU_UNKNOWN,
                       gpu_basis=f"unknown: {note} before every file was read; {result.gpu_basis} in the files read")
    return replace(result, cut=cut, gpu_basis=f"{result.gpu_basis}; {note}")


# Continuous-integration configuration: what the project's CI machines run (a CUDA image to test the GPU build),
# not what a user needs to run the project.
CI_DIRS = frozenset({"ci", ".ci", ".github", ".circleci", ".gitlab", ".buildkite", "jenkins", ".jenkins",
                     "azure-pipelines", ".azure-pipelines"})


def _scan_file(root: Path, path: Path, warnings: list[str], *, single: bool) -> list[Evidence]:
    relpath = rel(root, path)
    name = path.name
    out: list[Evidence] = []
    if not single and "/" in relpath and relpath.split("/", 1)[0].lower() in CI_DIRS:
        return out
    top = single or "/" not in relpath
    if declared.is_devcontainer(relpath) or (single and name in ("devcontainer.json", ".devcontainer.json")):
        out += declared.devcontainer(root, path, warnings)
    if name.endswith(".cwl"):
        out += declared.cwl(root, path, warnings)
    if declared.is_cog(relpath):
        out += declared.cog(root, path, warnings)
    if not single and not signals.is_readme(relpath) and relpath.endswith(".md") and relpath.count("/") <= 2 \
            and not signals.is_project_record(name):
        # other Markdown near the top (a lab's snippets, notes): RAM, CPUs and disk only, no GPU reading
        # ... and the hardware a testbed notebook reserves ("This notebook will try to reserve a RTX6000 GPU"): a
        # reservation is a requirement the lab declares for itself
        for e in signals.readme(root, path, warnings):
            if e.need is None or e.confidence != STATED:
                continue
            if e.need.key in ("ram", "cpus", "disk"):
                out.append(e)
            elif _RESERVES.search(e.detail.split(" (read as ", 1)[0]):
                out.append(replace(e, reading=f"{e.reading}{RESERVED}"))
    if signals.is_readme(relpath if not single else name) and (single or not signals.is_translation(root, relpath)):
        if top and name.lower() == "readme.md":
            out += declared.hf_space(root, path, warnings)
        out += signals.readme(root, path, warnings)
    if declared.is_compose(relpath):
        found = declared.compose(root, path, warnings)
        out += found
        if not any(e.gpu for e in found):  # docker/cpu/docker-compose.yml beside docker/gpu/...: the CPU way
            out += _cpu_alternative(relpath, "compose")
            if "/" not in relpath:  # the repository's own docker-compose.yml, no GPU reserved
                out.append(Evidence(relpath, 0, "compose", INFERRED, f"{relpath}: the default Compose deployment "
                                    "reserves no GPU", None, None, DEFAULT_CPU))
    if signals.is_requirements(relpath):
        out += signals.requirements_txt(root, path, warnings)
    if nextflow.is_nextflow_config(relpath):
        out += nextflow.nextflow_config(root, path, warnings)
    if snakemake.is_snakemake(relpath):
        out += snakemake.snakemake_rules(root, path, warnings)
    if signals.is_launch_script(relpath):
        out += signals.launch_script(root, path, warnings)
    if signals.is_makefile(relpath):
        out += signals.makefile(root, path, warnings)
    if vagrant.is_vagrantfile(relpath):
        out += vagrant.vagrantfile(root, path, warnings)
    if name == "setup.py":
        out += signals.setup_py(root, path, warnings)
    if name == "setup.cfg":
        out += signals.setup_cfg(root, path, warnings)
    if not declared.is_compose(relpath) and name.endswith((".yml", ".yaml")) and _looks_like_compose(path):
        out += declared.compose(root, path, warnings)  # a compose file by its content
    if trainconfig.is_training_config(relpath) and not declared.is_compose(relpath) and not signals.is_conda(relpath):
        out += trainconfig.training_config(root, path, warnings)  # configs/*.yaml: "devices: 8", "n_gpus_per_node"
    if name == "pyproject.toml":
        out += signals.pyproject(root, path, warnings)
    if notebooks.is_notebook(relpath):
        out += notebooks.notebook(root, path, warnings)
    if signals.is_conda(relpath) or (name.endswith((".yml", ".yaml")) and relpath.count("/") <= 1
                                     and _looks_like_conda(path)):  # RoseTTAFold-linux.yml: a conda file by content
        out += signals.conda(root, path, warnings)
    if signals.is_dockerfile(relpath):
        found = signals.dockerfile(root, path, warnings)
        out += found
        if not any(e.gpu == GPU_REQUIRED for e in found):
            out += _cpu_alternative(relpath, "dockerfile")
    if declared.is_devcontainer(relpath) and not any(e.source == "devcontainer" and e.gpu for e in out):
        # devcontainer configurations are alternatives by design (the user picks one): one without a GPU
        # beside one with a GPU makes the GPU optional
        out.append(Evidence(relpath, 0, "devcontainer", INFERRED, f"{relpath}: a devcontainer configuration "
                            "without a GPU", None, None, "cpu alternative"))
    return out


RESERVED = "; reserved by a lab's notes"  # the GPU a non-README note reserves: heeded when no README says one
_RESERVES = re.compile(r"\b(?:reserv(?:e|es|ed|ing|ation)|lease)\b", re.IGNORECASE)


def _looks_like_compose(path: Path) -> bool:
    from envboot.data.repo_needs._common import read_text

    text = read_text(path) or ""
    return bool(re.search(r"(?m)^services\s*:", text)) and bool(
        re.search(r"(?m)capabilities\s*:|runtime\s*:\s*nvidia|^\s+gpus\s*:", text))


def _looks_like_conda(path: Path) -> bool:
    from envboot.data.repo_needs._common import read_text

    text = read_text(path) or ""
    return bool(re.search(r"(?m)^channels\s*:", text)) and bool(re.search(r"(?m)^dependencies\s*:", text))


_CPU_NAME = re.compile(r"(?<![a-z])(cpu|arm64|aarch64|arm|apple|mac|m1)(?![a-z])", re.IGNORECASE)


def _cpu_alternative(relpath: str, source: str) -> list[Evidence]:
    """A Dockerfile or devcontainer with no GPU whose name says CPU/arm64: a CPU-only alternative."""
    if not _CPU_NAME.search(relpath):
        return []
    return [Evidence(relpath, 0, source, INFERRED, f"{relpath}: a CPU-only {source} (no GPU signal, named for a "
                     "CPU/arm64 build)", None, None, "cpu alternative")]


def derive(root: str, evidence: list[Evidence], warnings: list[str], files: int) -> RepoNeeds:
    """Combine evidence into needs (see the module docstring for the rules)."""
    evidence = _alternatives(_support(_reserved(_code_fallback(evidence)), warnings))
    gpu, basis, gpu_ev = _gpu_stance(evidence, warnings)
    items = _items(evidence, warnings, with_gpu=gpu == GPU_REQUIRED, decisive=gpu_ev)
    shapes: tuple[tuple[str, str], ...] = ()
    if gpu == GPU_OPTIONAL:
        gpu_items = _items(evidence, [], with_gpu=True, decisive=gpu_ev)
        shapes = (("without a GPU", Needs(tuple(i.need for i in items)).text()),
                  ("with a GPU", Needs(tuple(i.need for i in gpu_items)).text()))
    return RepoNeeds(root, tuple(items), gpu, basis, tuple(gpu_ev), tuple(evidence), tuple(warnings), files,
                     shapes=shapes)


def _items(evidence: list[Evidence], warnings: list[str], *, with_gpu: bool,
           decisive: list[Evidence]) -> list[NeedItem]:
    by_key: dict[str, list[Evidence]] = {}
    for e in evidence:
        if e.need is not None and (e.need.key not in GPU_KEYS or with_gpu):
            by_key.setdefault(e.need.key, []).append(e)
    if with_gpu and "gpus" not in by_key and decisive:  # "a GPU" with no figure still means one
        first = decisive[0]
        by_key["gpus"] = [Evidence(first.file, first.line, first.source, first.confidence, first.detail,
                                   need("gpus>=1"), GPU_REQUIRED, first.reading)]
    named = [e for e in by_key.get("gpu_vendor", []) if e.gpu is None]  # "runs on NVIDIA GPUs": a mention
    if named and len(named) < len(by_key["gpu_vendor"]):
        by_key["gpu_vendor"] = [e for e in by_key["gpu_vendor"] if e.gpu is not None]  # only when nothing else says
    vendors = {e.need.value for e in by_key.get("gpu_vendor", [])}  # type: ignore[union-attr]
    if len(vendors) > 1:  # CUDA and ROCm builds side by side: alternatives, no vendor pinned
        evs = by_key.pop("gpu_vendor")
        warnings.append("GPU vendor alternatives (" + ", ".join(
            f"{e.need.text()} at {e.where}" for e in evs[:4]) + "); no vendor is pinned")  # type: ignore[union-attr]
    items: list[NeedItem] = []
    for key in KEYS:  # canonical order
        evs = by_key.get(key)
        if not evs:
            continue
        pool = evs
        # training needs what it states, more than a demo, inference or a server (but a demo's README that trains,
        # finetune_demo/README.md, is a recipe beside the repository's use)
        if key in GPU_KEYS and any("training" in e.reading and not _demo_doc(e) for e in evs):
            lesser = [e for e in evs if _serving(e.reading)]
            if lesser and len(lesser) < len(evs):
                lesser_ids = {id(e) for e in lesser}  # identity, not equality: linear in the evidence
                pool = [e for e in evs if id(e) not in lesser_ids]
        if key == "gpus":  # a training command's GPU count ("train.py --gpus 0,1,2,3,4,5,6,7") is the main use's,
            trained = [e for e in pool if e.confidence == INFERRED and e.reading.endswith(", training")
                       and "per node" in e.reading and not _demo_doc(e)]
            pool = [e for e in pool if "training" in e.reading or _stated_range(e)] if trained else pool
            # (beyond "tested on a GPU"; but "Requirements: 1–8 GPUs" says fewer than the commands' 8 will do)
        if key == "gpus" and all(_bare(e) for e in pool if RANK[e.confidence] == max(RANK[x.confidence] for x in pool)):
            counted = [e for e in pool if not _bare(e)]
            pool = counted or pool  # a bare "a GPU" declaration and a stated count agree on the count
        top = max(RANK[e.confidence] for e in pool)
        best = [e for e in pool if RANK[e.confidence] == top]
        minimum = [e for e in best if "recommended" not in e.reading and "larger alternative" not in e.reading
                   and prose.ALSO_WAY not in e.reading]
        # a recommendation (or a larger listed alternative) yields to a stated minimum, and a larger alternative to a
        # recommendation ("tested on a single 80G GPU" beside "to generate with 8 GPUs" in a parallel section)
        best = minimum or [e for e in best if "larger alternative" not in e.reading] or best
        explicit = [e for e in best if "GPU catalogue" not in e.reading]
        best = explicit or best  # a figure the README states beats one its GPU model implies
        if key in ("gpus", "gpu_memory"):  # the repository's own documents state its needs; a sub-project's
            sub = {id(e) for e in best if e.source == "readme" and not _top_doc(e.file)}  # README states a recipe's
            best = [e for e in best if id(e) not in sub] or _least_example(best)
            if any(e.source == "readme" for e in best):  # "# LLaMA-130M, 1 A100" in a script's comment names what
                best = [e for e in best if not _comment(e)] or best  # that script ran on; the README states the need
                # ... and an example job's "#SBATCH --gpus-per-node=4" (examples/slurm/...) is what that example asks
                best = [e for e in best if not _example_job(e)] or best
            elif any(e.source == "script" and not _comment(e) for e in best):  # a job's "#SBATCH --gpus-per-node=2"
                # over another script's "# An example for 2 nodes, each uses 4 GPUs"
                best = [e for e in best if not (_comment(e) and re.search(r"\bexample\b", e.detail, re.I))] or best
        if key in ("cpus", "ram", "disk"):
            best = _host_minimum(_outermost_workflow(best), pool)
            # the top README's "At least 8GB RAM is required" beats a sub-project's (projects/planet/README.md)
            best = [e for e in best if e.source != "readme" or _top_doc(e.file)] or best
        pool_ids = {id(e) for e in pool}
        items.append(_item(key, best, pool + [e for e in evs if id(e) not in pool_ids], warnings))
    return items


def _item(key: str, best: list[Evidence], evs: list[Evidence], warnings: list[str]) -> NeedItem:
    values = {e.need.value for e in best}  # type: ignore[union-attr]
    if best[0].need.op == "=" and len(values) > 1:  # type: ignore[union-attr]
        warnings.append(f"conflicting {key} at the same confidence: "
                        + ", ".join(f"{e.need.text()} ({e.where})" for e in best)  # type: ignore[union-attr]
                        + f"; using {best[0].need.text()}")  # type: ignore[union-attr]
        chosen = best[0].need
    else:
        chosen = max((e.need for e in best), key=lambda n: n.value)  # type: ignore[union-attr,return-value]
    used = tuple(e for e in best if e.need.value == chosen.value)  # type: ignore[union-attr]
    used_ids = {id(e) for e in used}  # identity, not equality: linear in the evidence
    return NeedItem(chosen, best[0].confidence, used, tuple(e for e in evs if id(e) not in used_ids))  # type: ignore[arg-type]


def _least_example(best: list[Evidence]) -> list[Evidence]:
    """Only examples' READMEs state the figure, each for its own example ("Your server should have at least 1 GPU"
    in four, "at least 2 GPUs" in one): the examples are alternatives, the least will run one."""
    dirs = {e.file.rsplit("/", 1)[0] for e in best}
    if len(dirs) < 3 or not all(re.match(r"examples?/", e.file) for e in best):
        return best
    least = min(e.need.value for e in best)  # type: ignore[union-attr]
    return [e for e in best if e.need.value == least]  # type: ignore[union-attr]


def _demo_doc(e: Evidence) -> bool:
    """A README in a demo's or an example's folder (``finetune_demo/README.md``, ``examples/lora/README.md``)."""
    return e.source == "readme" and "/" in e.file and bool(
        re.search(r"(?:^|[/_-])(?:demos?|examples?|samples?|tutorials?)(?:[/_-]|$)", e.file.rsplit("/", 1)[0],
                  re.IGNORECASE))


def _top_doc(file: str) -> bool:
    """A document of the repository itself: at the top, or under docs/ (not recipes/x/README.md, examples/y/)."""
    return "/" not in file or bool(re.match(r"docs?/", file))


def _outermost_workflow(best: list[Evidence]) -> list[Evidence]:
    """CWL: the resources the outermost Workflow declares for itself are the run's (what its author states
    for the whole pipeline); its steps' own requests, and nested sub-workflows', stay as other evidence."""
    flows = [e for e in best if e.reading == declared.WORKFLOW_LEVEL]
    if not flows:
        return best
    top = min(e.file.count("/") for e in flows)
    return [e for e in flows if e.file.count("/") == top]


# declared per-task (or development-container) requests, each a floor for the host a run needs
_WORKFLOW_SOURCES = ("nextflow", "snakemake", "cwl", "devcontainer")


def _host_minimum(best: list[Evidence], pool: list[Evidence]) -> list[Evidence]:
    """A workflow's declared per-process requests (Nextflow, Snakemake, CWL) and a development container's
    ``hostRequirements`` are each a floor for the host; a larger minimum the repository's own documents state for
    the whole run ("Minimum requirements: CPUs = 16", "the reference databases require ~2TB of disk space") is
    the host's."""
    if not best or any(e.confidence != DECLARED or e.source not in _WORKFLOW_SOURCES for e in best):
        return best
    host = [e for e in pool if e.confidence == STATED and e.source == "readme" and _top_doc(e.file)
            and "recommended" not in e.reading]
    floor = max(e.need.value for e in best)  # type: ignore[union-attr]
    larger = [e for e in host if e.need.value > floor]  # type: ignore[union-attr]
    if not larger:
        return best
    least = min(e.need.value for e in larger)  # type: ignore[union-attr]
    return [e for e in larger if e.need.value == least]  # type: ignore[union-attr]


def _example_job(e: Evidence) -> bool:
    """A launch script's request under an examples folder (``examples/slurm/ray_on_slurm.slurm``)."""
    return e.source == "script" and bool(re.match(r"(?:[^/]+/)*examples?/", e.file))


def _comment(e: Evidence) -> bool:
    """A statement read from a launch script's comment (not its ``#SBATCH`` request)."""
    return e.source == "script" and e.detail.startswith('"')


def _stated_range(e: Evidence) -> bool:
    """A minimum count the documents give as a range's least ("1–8 high-end NVIDIA GPUs with at least 12 GB")."""
    return e.confidence == STATED and prose.RANGE_LEAST in e.reading and "minimum" in e.reading


def _serving(reading: str) -> bool:
    return any(w in reading for w in ("serving", "inference", "demo"))


def _bare(e: Evidence) -> bool:
    """A GPU count of 1 that only says "a GPU" (``gpu: true``, a CUDA wheel), not "one GPU"."""
    return e.need is not None and e.need.key == "gpus" and e.need.value == 1 and "per node" not in e.reading \
        and ("count" not in e.detail or "count all" in e.detail)  # Compose ``count: all``: whatever the host has


def _code_fallback(evidence: list[Evidence]) -> list[Evidence]:
    """The device a notebook's code picks is the weakest evidence: it decides the GPU stance only when nothing else
    says anything of a GPU, and beside other GPU evidence it is a mere mention of the vendor (which yields to any
    vendor the rest of the repository names)."""
    code = [e for e in evidence if e.source == notebooks.SOURCE]
    if not code or not any(e.gpu for e in evidence if e.source != notebooks.SOURCE):
        return evidence
    return [e if e.source != notebooks.SOURCE else replace(e, gpu=None)
            for e in evidence if e.source != notebooks.SOURCE or e.need is not None]


def _reserved(evidence: list[Evidence]) -> list[Evidence]:
    """The GPU a lab's notes reserve (not a README) counts only when nothing else states or declares a GPU need:
    the README's own statement (one GPU here, four there) outranks the notes of each variant."""
    noted = [e for e in evidence if e.reading.endswith(RESERVED)]
    if noted and any(e.gpu and RANK[e.confidence] >= RANK[STATED] and not e.reading.endswith(RESERVED)
                     for e in evidence):
        ids = {id(e) for e in noted}
        return [e for e in evidence if id(e) not in ids]
    return evidence


def _support(evidence: list[Evidence], warnings: list[str]) -> list[Evidence]:
    """A CUDA build, a CUDA base image, a GPU wheel or an install command for one (an inferred signal, other than a
    launch command's GPU count) says the repository SUPPORTS a GPU, not that it needs one. When the repository also
    shows a CPU path (:func:`_cpu_path`), that support is the GPU path of an optional GPU; with no CPU path anywhere,
    it stays the sign of a GPU-only project (a CUDA kernel library, HIP examples)."""
    support = [e for e in evidence
               if e.gpu == GPU_REQUIRED and e.confidence == INFERRED and "per node" not in e.reading]
    if not support:
        return evidence
    gpu_files = {e.file for e in support}
    path = next((e for e in evidence if _cpu_path(e, gpu_files)), None)
    if path is None:
        return evidence
    warnings.append(f"a CPU path ({path.where}: {path.detail[:100]}) and GPU support ({support[0].where}: "
                    f"{support[0].detail[:100]}) side by side; the GPU is optional")
    ids = {id(e) for e in support}
    return [replace(e, gpu=GPU_OPTIONAL, reading=e.reading or "GPU support") if id(e) in ids else e for e in evidence]


def _cpu_path(e: Evidence, gpu_files: set[str]) -> bool:
    """Evidence that the repository runs without a GPU: a statement or declaration that the GPU is optional or not
    needed, an optional GPU extra, a CPU-only build in a file of its own. Not a mention that a GPU is supported
    (that is GPU support itself), nor a CPU-only package in the very file that installs a CUDA build (one build
    that asks for both)."""
    if e.gpu not in (GPU_OPTIONAL, GPU_NONE) or e.reading.startswith("a GPU supported"):
        return False
    return not (e.confidence == INFERRED and e.gpu == GPU_NONE and e.file in gpu_files)


_ALT_FAMILY = {"dockerfile": "dockerfile", "devcontainer": "devcontainer", "compose": "compose",
               "makefile": "makefile", "requirements": "requirements"}


DEFAULT_CPU = "cpu default"  # the top docker-compose.yml reserves no GPU
_EXAMPLES_DIR = re.compile(r"(?:^|/)[^/]*examples?[^/]*/", re.IGNORECASE)
_GPU_VARIANT = re.compile(r"(?<![a-z])(?:cuda|gpu|nvidia)(?![a-z])", re.IGNORECASE)  # docker-compose-cuda-gguf.yml


def _alternatives(evidence: list[Evidence]) -> list[Evidence]:
    """GPU evidence from a Dockerfile, devcontainer or Compose service that has a CPU-only sibling
    (evidence reading "cpu alternative") becomes optional: the repository offers both shapes. So does a GPU
    Compose file under an examples folder (``docker/compose_examples/cluster-docker-compose.yml``) or beside it, named
    for a GPU variant (``docker-compose-cuda-gguf.yml``), when the repository's own ``docker-compose.yml`` reserves no
    GPU: the default deployment runs without one (``deploy/gpu-compose.yml`` is a deployment of its own)."""
    families = {_ALT_FAMILY[e.source] for e in evidence if e.reading == "cpu alternative" and e.source in _ALT_FAMILY}
    default_cpu = any(e.reading == DEFAULT_CPU for e in evidence)
    if not families and not default_cpu:
        return evidence
    out = []
    for e in evidence:
        example = default_cpu and e.source == "compose" and bool(
            _EXAMPLES_DIR.search(e.file) or ("/" not in e.file and _GPU_VARIANT.search(e.file)))
        if e.gpu == GPU_REQUIRED and (_ALT_FAMILY.get(e.source) in families or example):
            e = Evidence(e.file, e.line, e.source, e.confidence, f"{e.detail} (one of CPU and GPU alternatives)",
                         e.need, GPU_OPTIONAL, "alternative")
        out.append(e)
    return out


def _gpu_stance(evidence: list[Evidence], warnings: list[str]) -> tuple[str, str, list[Evidence]]:
    groups = {s: [e for e in evidence if e.gpu == s] for s in (GPU_REQUIRED, GPU_NONE, GPU_OPTIONAL)}
    rank = {s: max((RANK[e.confidence] for e in evs), default=0) for s, evs in groups.items()}
    if not any(rank.values()):
        return GPU_NONE, "no GPU declaration, statement or signal found", []
    req, none, opt = rank[GPU_REQUIRED], rank[GPU_NONE], rank[GPU_OPTIONAL]
    if opt >= req and any(e.reading == "alternative" for e in groups[GPU_OPTIONAL] if RANK[e.confidence] == opt):
        stance = GPU_OPTIONAL  # CPU and GPU alternatives side by side
    elif req and req == opt and req == RANK[STATED] and all(
            "no count given" in e.reading for e in groups[GPU_REQUIRED] if RANK[e.confidence] == req) and any(
            tables.TABLE_FIGURE not in e.reading for e in groups[GPU_OPTIONAL] if RANK[e.confidence] == opt):
        stance = GPU_OPTIONAL  # "(Optional) NVIDIA GPU support" ... "requires CUDA 13+": the GPU build is optional
        # (a GPU memory table's rows are settings of a GPU run: no "optional" said of the GPU itself)
    elif req and req == none and req >= opt and req == RANK[STATED]:
        stance = GPU_OPTIONAL  # the prose documents a GPU way and a CPU-only way: both shapes
        warnings.append("the documentation states both a GPU and a CPU-only way ("
                        + "; ".join(f"{e.where} says {e.gpu}" for s in (GPU_REQUIRED, GPU_NONE) for e in groups[s]
                                    if RANK[e.confidence] == req)[:300] + "); the GPU is optional")
    elif req and req == none and req >= opt and req == RANK[INFERRED] and _apart(groups[GPU_REQUIRED],
                                                                                 groups[GPU_NONE]):
        stance = GPU_OPTIONAL  # a CPU-only build beside a CUDA build, in files of their own: both shapes
        warnings.append("a CPU-only build and a GPU build side by side ("
                        + "; ".join(f"{e.where} says {e.gpu}" for s in (GPU_NONE, GPU_REQUIRED) for e in groups[s]
                                    if RANK[e.confidence] == req)[:300] + "); the GPU is optional")
    elif req and req == opt == RANK[STATED] and _top_says_optional(groups[GPU_OPTIONAL], groups[GPU_REQUIRED]):
        stance = GPU_OPTIONAL  # the top README says the GPU is optional; what needs one lives in sub-projects
    elif req and req >= max(none, opt):
        stance = GPU_REQUIRED
        clash = [s for s in (GPU_NONE, GPU_OPTIONAL) if rank[s] == req]
        if clash:
            warnings.append("conflicting GPU evidence at the same confidence: "
                            + "; ".join(f"{e.where} says {e.gpu}" for s in clash for e in groups[s]
                                        if RANK[e.confidence] == req)
                            + "; a GPU is assumed to be required")
    elif none and not opt:
        stance = GPU_NONE  # (a CPU-only way beside a GPU path at any confidence, a GPU image or a GPU build: optional)
    else:
        stance = GPU_OPTIONAL
    decisive = [e for e in groups[stance] if RANK[e.confidence] == rank[stance]] or [
        e for s in (GPU_REQUIRED, GPU_NONE) for e in groups[s] if RANK[e.confidence] == req]
    overruled = [e for s, evs in groups.items() if s != stance for e in evs
                 if RANK[e.confidence] < RANK[decisive[0].confidence]]
    if overruled and stance != GPU_REQUIRED:
        warnings.append(f"GPU {stance} ({decisive[0].confidence}, {decisive[0].where}) overrules "
                        + ", ".join(f"{e.gpu} at {e.where} ({e.confidence})" for e in overruled[:3]))
    first = decisive[0]
    return stance, f"{first.confidence}: {first.detail} ({first.where})", decisive


def _apart(required: list[Evidence], none: list[Evidence]) -> bool:
    """The inferred GPU builds and CPU-only builds are in different files (a Dockerfile per variant)."""
    top = RANK[INFERRED]
    return not ({e.file for e in required if RANK[e.confidence] == top}
                & {e.file for e in none if RANK[e.confidence] == top})


def _top_says_optional(optional: list[Evidence], required: list[Evidence]) -> bool:
    """A README at the top states the GPU is optional, and every stated GPU requirement is in a deeper
    file (an example's or a recipe's README, a launch script): the repository runs without one."""
    top = RANK[STATED]
    says = [e for e in optional if RANK[e.confidence] == top and e.source == "readme" and "/" not in e.file]
    return bool(says) and all("/" in e.file for e in required if RANK[e.confidence] == top)


def confidence_order() -> tuple[str, ...]:
    return (DECLARED, STATED, INFERRED)


def candidates(repo: RepoNeeds) -> list[dict]:
    """Each prose statement envboot read, with its context (the heading it sits under, the line before
    and after), for an agent's own model to confirm or correct: ``{where, text, heading, before, after,
    implies, gpu, reading}``."""
    from envboot.data.repo_needs._common import read_text

    base = Path(repo.root)
    base = base.parent if base.is_file() else base
    cache: dict[str, list[str]] = {}
    out = []
    for e in repo.evidence:
        if e.source != "readme" or e.line <= 0 or not e.reading:
            continue
        if e.file not in cache:
            cache[e.file] = (read_text(base / e.file) or "").splitlines()
        lines = cache[e.file]
        if e.line > len(lines):
            continue
        heading = next((re.sub(r"^#+\s*", "", lines[j]).strip() for j in range(e.line - 2, -1, -1)
                        if re.match(r"#{1,6}\s", lines[j])), "")
        before = next((lines[j].strip() for j in range(e.line - 2, -1, -1) if lines[j].strip()), "")
        after = next((lines[j].strip() for j in range(e.line, len(lines)) if lines[j].strip()), "")
        out.append({"where": e.where, "text": lines[e.line - 1].strip()[:300], "heading": heading[:200],
                    "before": before[:300], "after": after[:300], "implies": e.need.text() if e.need else None,
                    "gpu": e.gpu, "reading": e.reading})
    return _redacted(out)  # the lines quoted around a statement may hold credentials too
