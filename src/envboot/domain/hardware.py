"""Hardware profiles of node types, read off the nodes' capabilities. Pure.

A node type's profile is what the downgrade ladder compares: its category (gpu, fpga, storage,
compute), GPU model and count, hardware threads, memory and CPU model. Values come from the
capability keys Blazar and the reference API share (``gpu.gpu``, ``gpu.gpu_count``,
``gpu.gpu_model``, ``architecture.smt_size``, ``main_memory.ram_size``, ``processor.model``).
A type's profile takes, per field, the most common value over its nodes.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from envboot.domain.model import Node

GPU, FPGA, STORAGE, COMPUTE = "gpu", "fpga", "storage", "compute"
_GPU_MEMORY = re.compile(r"(\d+)\s*GB\b", re.IGNORECASE)
# NVIDIA chip prefixes, oldest first: Kepler, Maxwell, Pascal, Volta, Turing, Ampere, Ada, Hopper, Blackwell.
_NVIDIA_GENERATIONS = {p: i for i, p in enumerate(("GK", "GM", "GP", "GV", "TU", "GA", "AD", "GH", "GB"))}


@dataclass(frozen=True, slots=True)
class HardwareProfile:
    node_type: str
    category: str
    nodes: int
    gpu_model: str | None
    gpu_count: int
    threads: int | None
    ram_bytes: int | None
    cpu_model: str | None
    gpu_vendor: str | None = None

    @property
    def gpu_memory_gb(self) -> int | None:
        """GB per GPU, as the model name says (``GA100 [A100 PCIe 80GB]`` → 80); None when it does not."""
        found = _GPU_MEMORY.search(self.gpu_model or "")
        return int(found.group(1)) if found else None

    @property
    def gpu_generation(self) -> int | None:
        """The GPU architecture's rank among its vendor's (NVIDIA's Kepler < ... < Hopper); None if unknown."""
        family = self.gpu_family
        if family is None:
            return None
        prefix = re.match(r"[A-Za-z]+", family)
        return _NVIDIA_GENERATIONS.get(prefix.group(0).upper()) if prefix else None

    @property
    def gpu_family(self) -> str | None:
        """The GPU chip (``GA100`` of ``GA100 [A100 PCIe 80GB]``): same family, same generation."""
        return self.gpu_model.split()[0] if self.gpu_model else None

    def describe(self) -> str:
        parts = []
        if self.gpu_count:
            parts.append(f"{self.gpu_count}× {self.gpu_model or 'GPU'}")
        if self.threads:
            parts.append(f"{self.threads} threads")
        if self.ram_bytes:
            parts.append(f"{self.ram_bytes / 2**30:.0f} GiB")
        return ", ".join(parts) or "unknown hardware"


def profiles(nodes: Iterable[Node]) -> dict[str, HardwareProfile]:
    by_type: dict[str, list[Node]] = defaultdict(list)
    for n in nodes:
        by_type[n.node_type].append(n)
    return {t: _profile(t, ns) for t, ns in sorted(by_type.items())}


def _profile(node_type: str, nodes: list[Node]) -> HardwareProfile:
    def common(key: str) -> str | None:
        values = Counter(n.capabilities.get(key) for n in nodes if n.capabilities.get(key) not in (None, ""))
        return values.most_common(1)[0][0] if values else None

    has_gpu = (common("gpu.gpu") or "").lower() == "true"
    gpu_count = _int(common("gpu.gpu_count")) or (1 if has_gpu else 0)
    return HardwareProfile(
        node_type=node_type,
        category=_category(node_type, has_gpu),
        nodes=len(nodes),
        gpu_model=common("gpu.gpu_model") if has_gpu else None,
        gpu_count=gpu_count if has_gpu else 0,
        threads=_int(common("architecture.smt_size")),
        ram_bytes=_int(common("main_memory.ram_size")),
        cpu_model=common("processor.model"),
        gpu_vendor=common("gpu.gpu_vendor") if has_gpu else None,
    )


def gpus_per_node(node: Node) -> int:
    """The GPUs of one node (0 without): ``gpu.gpu_count``, 1 when it has a GPU but no count."""
    if str(node.capabilities.get("gpu.gpu", "")).lower() != "true":
        return 0
    return _int(node.capabilities.get("gpu.gpu_count")) or 1


def _category(node_type: str, has_gpu: bool) -> str:
    if has_gpu:
        return GPU
    if "fpga" in node_type:
        return FPGA
    if node_type.startswith("storage"):
        return STORAGE
    return COMPUTE


def _int(value: str | None) -> int | None:
    try:
        return int(float(value)) if value is not None else None
    except ValueError:
        return None
