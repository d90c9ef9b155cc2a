"""One statement read from a document: a need term or a GPU stance, the reading taken, the token it stands on."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Statement:
    """What one sentence says: a need term or a GPU stance, and the reading taken."""

    line: int  # 1-based
    term: str | None  # a needs-language term ("gpus>=4"), or None for a stance only
    gpu: str | None  # required | none | optional | None
    reading: str  # e.g. "per GPU, minimum, training"
    token: str  # the text in the line the statement was read from (the evidence check looks for it)
    weak: bool = False  # a capability mention ("GPU acceleration"), read at the confidence of a signal


def gb_text(number: str) -> str:
    v = float(number)
    return f"{int(v)}GB" if v == int(v) else f"{v:g}GB"
