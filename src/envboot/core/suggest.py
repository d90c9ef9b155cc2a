"""Did-you-mean for a mistyped name (node type, zone, flavor): prefixes first, then close spellings."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

MAX_SUGGESTIONS = 3


def close_names(word: str, choices: Iterable[str]) -> list[str]:
    """The known names a user most likely meant by ``word`` (at most 3, best first; may be empty)."""
    names = sorted(dict.fromkeys(c for c in choices if c))
    key = word.strip().lower()
    if not key:
        return []
    by_lower = {n.lower(): n for n in names}
    prefixed = [n for n in names if n.lower().startswith(key) or key.startswith(n.lower())]
    if prefixed:
        return prefixed[:MAX_SUGGESTIONS]
    inside = [n for n in names if len(key) >= 3 and key in n.lower()]
    if inside:
        return inside[:MAX_SUGGESTIONS]
    return [by_lower[m] for m in difflib.get_close_matches(key, list(by_lower), n=MAX_SUGGESTIONS, cutoff=0.75)]


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """``"did you mean a, b? "`` to put into an error line, or ``""`` when nothing is close."""
    found = close_names(word, choices)
    return f"did you mean {', '.join(found)}? " if found else ""
