"""Hardware profiles of node types, read off the nodes' capabilities. Pure.

A node type's profile is what the downgrade ladder compares: its category (gpu, fpga, storage,
compute), GPU model and count, hardware threads, memory and CPU model. Values come from the
capability keys Blazar and the reference API share (``gpu.gpu``, ``gpu.gpu_count``,
``gpu.gpu_model``, ``architecture.smt_size``, ``main_memory.ram_size``, ``processor.model``).
A type's profile takes, per field, the most common value over its nodes.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from .model import Node

GPU, FPGA, STORAGE, COMPUTE = "gpu", "fpga", "storage", "compute"


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
    )


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
