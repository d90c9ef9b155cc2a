"""``envboot needs``: read hardware needs from a repository, and/or match needs against the inventory."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from envboot import api
from envboot.core.errors import InputError
from envboot.core.settings import data_dir
from envboot.data.repo_needs import RepoNeeds, scan
from envboot.domain.needs import Resolution, parse, resolve
from envboot.interfaces.cli.console import emit_json, out
from envboot.interfaces.cli.options import DataOpt, Format, FormatOpt
from envboot.interfaces.cli.tables import data_line
from envboot.interfaces.jsonout import data_json, resolution_json


def needs(
    path: Annotated[Path | None, typer.Argument(help="Repository (or one file) to read hardware needs from",
                                                show_default=False)] = None,
    needs_text: Annotated[str | None, typer.Option(
        "--needs", help="A needs string to match instead, e.g. 'gpus>=2 gpu_memory>=40GB ram>=256GB'",
        show_default=False)] = None,
    match: Annotated[bool, typer.Option(
        "--match", help="Also match the needs against the inventory (implied by --needs)")] = False,
    zone: Annotated[str | None, typer.Option(
        "--zone", "-z", help="Zones to match in, comma-separated (default: every zone in the data)",
        show_default=False)] = None,
    data: DataOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Hardware needs: read from a repository (declared > stated > inferred), or matched to node types.

    Exit code 1 when --match/--needs finds no hardware that meets the needs (the closest is named).

    [bold]Examples[/]: envboot needs . ; envboot needs --needs "gpus>=2 gpu_memory>=40GB" -f json
    """
    if path is None and needs_text is None:
        raise InputError("needs: give a PATH to read needs from, or --needs 'gpus>=2 gpu_memory>=40GB ...'")
    if path is not None and needs_text is not None:
        raise InputError("needs: give a PATH or --needs, not both")
    doc: dict[str, Any] = {"schema_version": 1}
    repo: RepoNeeds | None = None
    if path is not None:
        repo = scan(path)
        wanted = repo.needs
        doc.update(repo.to_dict())
    else:
        wanted = parse(needs_text)
        match = True
        doc.update({"needs": wanted.text(), "items": [{"key": n.key, "need": n.text()} for n in wanted.items]})
    resolution = None
    if match:
        zones = [z.strip() for z in zone.split(",") if z.strip()] if zone else None
        view = api.load_view(data_dir(data))
        resolution = resolve(view, wanted, zones)
        doc["match"] = resolution_json(resolution)
        doc["data"] = data_json(view.data)
    if fmt is Format.json:
        emit_json(doc)
    else:
        if repo is not None:
            print_repo(repo)
        else:
            out.print(f"needs: {escape(wanted.text()) or '(none)'}")
        if resolution is not None:
            print_resolution(resolution, doc["data"])
    if resolution is not None:
        resolution.require()  # NoHardware: one line on stderr, exit 1


def print_repo(repo: RepoNeeds) -> None:
    table = Table(title=f"needs read from {repo.root}", title_justify="left")
    for col in ("need", "confidence", "evidence"):
        table.add_column(col)
    for item in repo.items:
        evidence = "\n".join(f"{e.where}: {e.detail}" for e in item.used)
        if item.other:
            evidence += f"\n[dim](+{len(item.other)} other: " + escape(", ".join(
                f"{e.need.text() if e.need else e.gpu} at {e.where}" for e in item.other[:4])) + ")[/]"
        table.add_row(escape(item.need.text()), item.confidence, evidence if item.other else escape(evidence))
    if repo.items:
        out.print(table)
    else:
        out.print(f"no hardware needs found in {escape(repo.root)} ({repo.files_scanned} file(s) read)")
    out.print(f"GPU: {repo.gpu} — {escape(repo.gpu_basis)}")
    for shape, text in repo.shapes:  # CPU and GPU alternatives: both shapes
        out.print(f"  {shape}: {escape(text) or '(no needs)'}")
    for w in repo.warnings:
        out.print(f"[yellow]warning:[/] {escape(w)}")
    out.print(f"needs string: {escape(repo.text) or '(none)'}")


def print_resolution(res: Resolution, data: dict[str, Any]) -> None:
    out.print(f"node types meeting {escape(res.needs.text()) or '(no needs)'} in {', '.join(res.zones)}:")
    out.print("(best fit first: fewest accelerators not needed, least excess hardware, then cheapest in SUs)")
    for rank, (t, fit) in enumerate(res.ranked(), 1):
        out.print(f"{rank}. [bold]{t.zone} {t.node_type}[/]: {len(t.matching)}/{t.nodes} node(s) match, "
                  f"{t.reservable} reservable — {escape(fit)}")
        if t.selectable:
            out.print(f"  resource_properties: {escape(t.resource_properties)}", highlight=False)
            if t.mixed:
                out.print(f"  ({escape(t.note)})")
        else:
            out.print(f"  [red]{escape(t.note)}[/]")
        for why in t.why:
            out.print(f"  {escape(why)}", highlight=False)
    if not res.ok:
        out.print(f"[red]no hardware meets the needs[/]: {escape(res.closest())}")
    out.print(data_line(data))
