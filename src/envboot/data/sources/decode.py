"""Strict JSON decoding with msgspec: every failure becomes one line naming file and field."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

import msgspec

from envboot.core.errors import InputError

T = TypeVar("T")

MAX_INPUT_BYTES = 512 * 1024 * 1024  # refuse absurd files before reading them into memory


def read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(f"{path}: file not found") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if size > MAX_INPUT_BYTES:
        raise InputError(f"{path}: {size} bytes is larger than the {MAX_INPUT_BYTES} byte limit")
    try:
        return path.read_bytes()
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, expected a JSON file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None


def decode_file(path: Path, type_: type[T] | Any) -> T:
    """Decode ``path`` as JSON into ``type_`` or raise :class:`InputError` naming the field."""
    data = read_bytes(path)
    try:
        return msgspec.json.decode(data, type=type_, strict=True)
    except msgspec.ValidationError as exc:
        raise InputError(f"{path}: {describe_error(exc)}") from None
    except msgspec.DecodeError as exc:
        raise InputError(f"{path}: invalid JSON ({describe_error(exc)})") from None
    except (RecursionError, MemoryError):
        raise InputError(f"{path}: JSON nested too deeply or too large") from None


def describe_error(exc: Exception) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= 300 else text[:300] + "…"
