"""Training and launch configurations in YAML (``configs/*.yaml``, an Accelerate config, a Lightning trainer's):
the GPUs per node a run is configured with, read as text (never loaded, never run). Confidence: inferred, the
weight of a launch command's ``--nproc_per_node``: a README's statement always decides over it.

Read, per file:
- a PyTorch Lightning trainer: ``accelerator: gpu`` with ``devices: 8`` (8 GPUs; ``devices: 0`` or a list is an
  index, one GPU), or ``accelerator: gpu`` alone (a GPU);
- a per-node GPU count by its name: ``n_gpus_per_node: 8``, ``gpus_per_node``, ``nproc_per_node``, ``ngpus``,
  ``num_gpus``, ``n_gpus``, BasicSR's ``num_gpu`` (in its ``options/`` folder) (``-1``, "all there are", says no
  count; ``0`` is a run without a GPU);
- an Accelerate config: ``distributed_type: MULTI_GPU`` (or DEEPSPEED, FSDP) with ``num_processes: 8`` over
  ``num_machines: 1``: one process per GPU, per machine;
- ``device: cuda`` (``cuda:0``) and ``CUDA_VISIBLE_DEVICES: 0,1,2,3``: a CUDA device, NVIDIA's;
- ``use_cuda: True  # Use gpu by default unless it isn't available``: a GPU used when there is one (optional).

Several configurations (one per task or model) each give their count; the most demanding is kept, like any
inferred evidence.
"""

from __future__ import annotations

import re
from pathlib import Path

from envboot.data.repo_needs._common import GPU_OPTIONAL, GPU_REQUIRED, INFERRED, Evidence, need, read_text, rel

SOURCE = "config"
# (BasicSR's option files: options/train/*.yml)
_NAMES = re.compile(r"(?:^|/)(?:configs?|conf|cfg|accelerate_configs?|recipes?|experiments?|hparams|examples?|"
                    r"options)(?:/|$)", re.IGNORECASE)
_ACCELERATOR = re.compile(r"^[ \t]*accelerator[ \t]*:[ \t]*[\"']?(?:gpu|cuda)[\"']?[ \t]*(?:#.*)?$",
                          re.IGNORECASE | re.MULTILINE)
_DEVICES = re.compile(r"^\s*devices\s*:\s*(\d{1,2})\s*(?:#.*)?$")
_PER_NODE = re.compile(r"^\s*(n_gpus_per_node|num_gpus_per_node|gpus_per_node|nproc_per_node|ngpus|num_gpus?|"
                       r"n_gpus)\s*:\s*(-?\d{1,2})\s*(?:#.*)?$")
_DISTRIBUTED = re.compile(r"^distributed_type\s*:\s*[\"']?(MULTI_GPU|DEEPSPEED|FSDP)\b", re.MULTILINE)
_PROCESSES = re.compile(r"^num_processes\s*:\s*(\d{1,3})\s*(?:#.*)?$")
_MACHINES = re.compile(r"^num_machines\s*:\s*(\d{1,3})\s*(?:#.*)?$", re.MULTILINE)
_CUDA_DEVICE = re.compile(r"^\s*device\s*:\s*[\"']?cuda(?::\d{1,2})?[\"']?\s*(?:#.*)?$")
_VISIBLE = re.compile(r"^\s*CUDA_VISIBLE_DEVICES\s*:\s*[\"']?(\d{1,2}(?:\s*,\s*\d{1,2}){0,15})[\"']?\s*(?:#.*)?$")
# "use_cuda: True # Use gpu by default unless it isn't available": the GPU when the host has one, the CPU otherwise
_USE_IF_AVAILABLE = re.compile(r"^\s*use_(?:cuda|gpu)\s*:\s*true\s*#.*\b(?:if|when|unless)\b.{0,40}\bavailable\b",
                               re.IGNORECASE)
_USE_CPU = re.compile(r"^use_cpu\s*:\s*true\b", re.IGNORECASE | re.MULTILINE)


def is_training_config(relpath: str) -> bool:
    """A YAML file under a configuration folder (``configs/``, ``conf/``, ``accelerate_configs/``, ...)."""
    return relpath.endswith((".yaml", ".yml")) and bool(_NAMES.search(relpath.rsplit("/", 1)[0] if "/" in relpath
                                                                       else ""))


def training_config(root: Path, path: Path, warnings: list[str]) -> list[Evidence]:
    name = rel(root, path)
    text = read_text(path)
    if text is None:
        return []
    out: list[Evidence] = []
    lightning = bool(_ACCELERATOR.search(text))
    accelerate = (m := _DISTRIBUTED.search(text)) is not None and not _USE_CPU.search(text)
    machines = int(mm.group(1)) if accelerate and (mm := _MACHINES.search(text)) else 1
    counted = vendor = False
    accelerator_line = 0
    for i, line in enumerate(text.splitlines(), 1):
        if lightning and not accelerator_line and _ACCELERATOR.match(line):
            accelerator_line = i
        n, why = 0, ""
        if lightning and (d := _DEVICES.match(line)):
            n, why = max(1, int(d.group(1))), "a Lightning trainer on GPUs"  # devices: 0 is the GPU of index 0
        elif (p := _PER_NODE.match(line)) and int(p.group(2)) > 0:
            n, why = int(p.group(2)), f"{p.group(1)}"
        elif accelerate and machines > 0 and (q := _PROCESSES.match(line)) and int(q.group(1)) >= machines:
            n, why = int(q.group(1)) // machines, f"Accelerate {m.group(1)}: one process per GPU"  # type: ignore[union-attr]
        elif (v := _VISIBLE.match(line)) is not None:
            n, why = len(v.group(1).split(",")), "one GPU per CUDA device index"
        if n:
            out.append(Evidence(name, i, SOURCE, INFERRED, f"{line.strip()[:100]} ({why})", need(f"gpus>={n}"),
                                GPU_REQUIRED, f"{n} GPU(s) per node"))
            counted = True
        if _USE_IF_AVAILABLE.match(line):
            out += [Evidence(name, i, SOURCE, INFERRED, f"{line.strip()[:100]} (a GPU used when there is one)",
                             need(term), GPU_OPTIONAL, "alternative") for term in ("gpus>=1", "gpu_vendor=nvidia")]
        if not vendor and (_CUDA_DEVICE.match(line) or _VISIBLE.match(line)):
            out.append(Evidence(name, i, SOURCE, INFERRED, f"{line.strip()[:100]} (a CUDA device: NVIDIA's)",
                                need("gpu_vendor=nvidia"), GPU_REQUIRED))
            vendor = True
    if accelerator_line and not counted:
        line = text.splitlines()[accelerator_line - 1].strip()
        out.append(Evidence(name, accelerator_line, SOURCE, INFERRED, f"{line[:100]} (a Lightning trainer on a GPU)",
                            need("gpus>=1"), GPU_REQUIRED))
    return out
