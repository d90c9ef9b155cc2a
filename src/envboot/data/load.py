"""Load a data directory into the merged site → cluster → node view, and write that view's file."""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from envboot.core.fsutil import atomic_write_text, check_output_path
from envboot.data.merge import merge
from envboot.data.merged_json import merged_json
from envboot.data.sources.datadir import load_dataset
from envboot.domain.model import MergedView


def load_view(data_dir: Path, *, allocations_file: Path | None = None, require_live: bool = True) -> MergedView:
    """Load a data directory and merge it into the site → cluster → node view."""
    with gc_paused():  # millions of acyclic objects: collecting while building them only costs time
        return merge(load_dataset(data_dir, allocations_file=allocations_file, require_live=require_live))


@contextmanager
def gc_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()  # what was just built lives as long as the view: keep it out of later collections
        if enabled:
            gc.enable()


def write_merged(view: MergedView, path: Path, *, show_users: bool = False) -> dict:
    check_output_path(path)
    doc = merged_json(view, show_users=show_users)
    atomic_write_text(path, json.dumps(doc, indent=2) + "\n", mode=0o600)  # reservations: private by default
    return doc
