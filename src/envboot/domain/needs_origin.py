"""Where a request's hardware needs came from, as the plan and the audit record it. Pure.

- ``person``: typed (``--needs``; the MCP ``needs`` argument with no repository reading in the session);
- ``repository``: read from a repository (``--needs-from DIR``; over MCP, the needs ``needs_from_repository``
  returned in the same session, or one of its ``shapes``);
- ``agent-corrected``: over MCP, needs that differ from what the session's ``needs_from_repository`` returned
  (the agent confirmed the reading against the candidates and changed it).

With ``repository`` and ``agent-corrected`` the repository's path (relative to the root it lies under, never
its files' contents) goes with it.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path


class NeedsOrigin(StrEnum):
    person = "person"
    repository = "repository"
    agent_corrected = "agent-corrected"


def needs_key(text: str) -> str:
    """What makes two needs strings the same needs: their needs, in any order and spacing (``gpus>=2
    gpu_memory>=40GB`` is ``gpu_memory>=40GB  gpus>=2``); a string that does not parse is its own key."""
    from envboot.core.errors import InputError
    from envboot.domain.needs import parse

    try:
        return "\n".join(sorted(n.text() for n in parse(text).items))
    except InputError:
        return text


def repository_label(path: Path, roots: tuple[Path, ...]) -> str:
    """``path`` (resolved) relative to the first of ``roots`` it lies under (``.`` for a root itself); the
    resolved path when it lies under none."""
    real = path.resolve()
    for root in roots:
        r = root.resolve()
        if real == r or real.is_relative_to(r):
            return real.relative_to(r).as_posix() or "."
    return real.as_posix()
