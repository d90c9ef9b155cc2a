"""``--policy FILE`` and the policy checks in ``plan`` and ``reserve``: JSON ``policy: [{check, outcome, detail}]``
and one line per check in the table (docs/live.md, "Policies")."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any

import typer

from envboot.planning.policy import Check, Policy, load_policy
from envboot.planning.policy.inputs import held_spans, inventory_counts, option_checks

PolicyOpt = Annotated[Path | None, typer.Option(
    "--policy", envvar="ENVBOOT_POLICY", show_envvar=True, show_default=False,
    help="A policy file (TOML) merged over Chameleon's shipped one (docs/live.md, Policies)")]

OUTCOME_STYLE = {"pass": "green", "warn": "yellow", "fail": "red"}


def policy(path: Path | None) -> Policy:
    """The shipped policy with ``path`` merged over it; a bad file is one InputError (exit 2)."""
    return load_policy(path)


def as_json(checks: Sequence[Check]) -> list[dict[str, str]]:
    return [c.to_json() for c in checks]


def lines(checks: Sequence[dict[str, Any]]) -> list[str]:
    """One Rich-markup line per check (data strings made safe: no markup, no control characters)."""
    from envboot.interfaces.cli.console import safe

    return [f"policy [{OUTCOME_STYLE.get(c['outcome'], 'white')}]{safe(c['outcome'])}[/] {safe(c['check'])}: "
            f"{safe(c['detail'])}" for c in checks]


def _site_inventory(nodes: Sequence[Any], option: Any) -> dict[str, int]:
    site = next((n.site_id for n in getattr(option, "nodes", ())), None)
    return inventory_counts(n for n in nodes if site is None or n.site_id == site)


def plan_checks(pol: Policy, nodes: Sequence[Any], option: Any, now: datetime) -> list[dict[str, str]]:
    """The checks of the plan's top option. ``plan`` reads no live leases: stacking and an equivalent lease
    are checked by ``reserve``."""
    return as_json(option_checks(pol, option, held=None, inventory=_site_inventory(nodes, option), now=now))


def reserve_checks(pol: Policy, ctx: Any, option: Any, now: datetime, created: str | None = None,
                   say=None) -> list[dict[str, str]]:
    """The checks of the option ``reserve`` books, with the project's own leases in its zone (the lease just
    created, ``created``, left out). A lease list that cannot be read leaves stacking and equivalence out."""
    try:
        held = held_spans(ctx.leases(option.zone).list(), exclude=created)
    except Exception as exc:  # noqa: BLE001 - the checks are advice: the flow goes on without them
        if say is not None:
            say(f"policy: the project's leases in {option.zone} could not be read ({exc}); "
                "lease stacking and equivalent leases not checked")
        held = None
    try:
        nodes = ctx.view(require_live=False).nodes
    except Exception:  # noqa: BLE001 - no view: no inventory counts (the share rule then does not fire)
        nodes = ()
    return as_json(option_checks(pol, option, held=held, inventory=_site_inventory(nodes, option), now=now))
