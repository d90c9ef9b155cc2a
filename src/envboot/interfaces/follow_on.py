"""A refused extension's follow-on leases (``envboot.planning.extension.follow_ons``) as the commands that
book them: the request flags of ``envboot reserve`` (what ``lease extend --or-follow-on`` books through
the normal flow) and the exact command line, shown by the CLI and returned by the MCP tool."""

from __future__ import annotations

import shlex
from typing import Any

from envboot.core.timeutil import blazar_date, duration_text
from envboot.domain.resource_types import PHYSICAL_HOST
from envboot.interfaces.kinds import CommandFlags
from envboot.kinds.updates import FollowOn


def follow_on_flags(f: FollowOn, cleaning_minutes: int = 0) -> CommandFlags:
    """``envboot reserve``'s flags for the follow-on: its zone, exact window, amount and hardware."""
    return CommandFlags(zone=f.zone, start=blazar_date(f.start), duration=duration_text(f.minutes), amount=f.amount,
                        node_type=f.node_type, hosts=",".join(f.hosts) or None, flavor=f.flavor,
                        cleaning_time=cleaning_minutes or None)


def follow_on_command(f: FollowOn, cleaning_minutes: int = 0) -> str:
    flags = follow_on_flags(f, cleaning_minutes)
    parts = ["envboot", "reserve", "--zone", f.zone, "--start", flags.start or "", "--duration", flags.duration,
             "-n", str(f.amount)]
    if f.resource_type != PHYSICAL_HOST:
        parts += ["--resource-type", f.resource_type]
    if flags.hosts:
        parts += ["--hosts", flags.hosts]
    if flags.node_type:
        parts += ["--node-type", flags.node_type]
    if flags.flavor:
        parts += ["--flavor", flags.flavor]
    if flags.cleaning_time:
        parts += ["--cleaning-time", str(flags.cleaning_time)]
    return shlex.join([*parts, "--dry-run", "0"])


def extension_json(planned: Any, cleaning_minutes: int, *, dry_run: bool, updated: Any = None) -> dict[str, Any]:
    """The ``lease-extend`` document of an :class:`envboot.live.extension.UpdatePlan`, each follow-on with the
    command that books it."""
    from envboot.live.extension import prediction_json

    doc = prediction_json(planned.prediction, planned.lease, planned.kind, dry_run=dry_run, updated=updated,
                          policy=planned.policy, follow_ons=planned.follow_ons)
    for entry, f in zip(doc["follow_on"], planned.follow_ons, strict=True):
        entry["command"] = follow_on_command(f, cleaning_minutes)
    return doc
