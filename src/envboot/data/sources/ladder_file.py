"""A user's downgrade ladder file (TOML or JSON), overriding the default ladder per node type.

TOML::

    [ladder]
    gpu_a100_pcie = ["gpu_a100_nvlink", "gpu_v100"]
    compute_skylake = ["compute_cascadelake_r"]

JSON: ``{"ladder": {"gpu_a100_pcie": ["gpu_a100_nvlink", "gpu_v100"]}}``.
"""

from __future__ import annotations

from pathlib import Path

import msgspec

from envboot.core.errors import InputError
from envboot.data.sources.decode import describe_error, read_bytes


class LadderFile(msgspec.Struct, forbid_unknown_fields=True):
    ladder: dict[str, list[str]]


def load_ladder(path: Path) -> dict[str, tuple[str, ...]]:
    data = read_bytes(path)
    try:
        if path.suffix.lower() == ".toml":
            parsed = msgspec.toml.decode(data, type=LadderFile, strict=True)
        else:
            parsed = msgspec.json.decode(data, type=LadderFile, strict=True)
    except msgspec.ValidationError as exc:
        raise InputError(f"{path}: {describe_error(exc)}") from None
    except (msgspec.DecodeError, RecursionError) as exc:
        raise InputError(f"{path}: cannot parse ({describe_error(exc)}); expected a [ladder] table") from None
    for node_type, rungs in parsed.ladder.items():
        if node_type in rungs:
            raise InputError(f"{path}: ladder.{node_type} lists {node_type} as its own fallback")
        if any(not r.strip() for r in rungs):
            raise InputError(f"{path}: ladder.{node_type} has an empty node type")
    return {t: tuple(r) for t, r in parsed.ladder.items()}
