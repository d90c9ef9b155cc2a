"""What each resource kind contributes to the commands: its own flags, and how its answers are built
and shown. The commands (``plan``, ``availability``, ``reserve``, the seed shim) parse every flag into one
:class:`CommandFlags`, refuse the flags that belong to another kind, and hand over to the kind's
:class:`KindCommands`, found by ``--resource-type``: they never branch on a kind themselves."""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, Protocol

from envboot.core.errors import InputError
from envboot.domain.resource_types import RESOURCE_TYPES, parse_resource_type
from envboot.kinds.strategies import Prefer


@dataclass(frozen=True, slots=True)
class CommandFlags:
    """Every flag of the request commands, as typed (None/False: not given)."""

    zone: str | None = None
    start: str | None = None
    duration: str = "60"
    amount: int = 1
    min_amount: int | None = None
    node_type: str | None = None
    needs: str | None = None
    needs_from: Path | None = None
    flavor: str | None = None
    resource_properties: str | None = None
    alt_zones: str | None = None
    any_zone: bool = False
    allow_downgrade: bool = False
    downgrade_ladder: Path | None = None
    prefer: Prefer = Prefer.soonest
    max_delay: str | None = None
    max_search_hours: int = 168
    data: Path | None = None
    allocations: Path | None = None
    cleaning_time: int | None = None
    now: str | None = None
    calendar: Path | None = None
    show_all: bool = False
    pin_nodes: bool = False
    list_zones: bool = False
    as_json: bool = False


@dataclass(frozen=True, slots=True)
class ReserveFlags:
    """The flags only ``reserve`` has."""

    dry_run: bool = True
    option: int | None = None
    name: str | None = None
    retry_attempts: int = 3
    retry_refresh: bool = True
    allow_shift: bool = False
    wait_timeout: int = 300


GENERIC = frozenset({"zone", "start", "duration", "amount", "alt_zones", "any_zone", "allow_downgrade", "prefer",
                     "max_delay", "max_search_hours", "data", "cleaning_time", "now", "show_all", "as_json"})


class KindCommands(Protocol):
    resource_type: str
    owns: frozenset[str]  # the CommandFlags fields only this kind takes
    takes: str  # how its request is named on the command line, for errors: "--flavor NAME|ID and --amount"

    def plan(self, flags: CommandFlags) -> tuple[int, dict[str, Any]]:
        """``envboot plan``: (exit code, the plan document); prints the table unless ``flags.as_json``."""
        ...

    def availability(self, flags: CommandFlags) -> tuple[int, dict[str, Any]]:
        """``envboot availability``: (exit code, the document); prints the table unless ``flags.as_json``."""
        ...

    def reserve_spec(self, ctx: Any, flags: CommandFlags, reserve: ReserveFlags) -> Any:
        """``envboot reserve``: the :class:`envboot.live.reserve.ReserveSpec`, preflight-checked."""
        ...

    def seed(self, flags: CommandFlags, *, output: Path, find_earliest: bool) -> tuple[int, dict[str, Any] | None]:
        """The seed shim's answer (``integrate_and_plan.py`` without ``--dry-run 0``)."""
        ...


def commands_for(resource_type: str | None) -> KindCommands:
    """The commands of the kind ``--resource-type`` names (default ``physical:host``)."""
    rtype = parse_resource_type(resource_type, allow=RESOURCE_TYPES)
    for k in all_commands():
        if k.resource_type == rtype:
            return k
    raise InputError(f"--resource-type {rtype}: no commands for it")


def all_commands() -> tuple[KindCommands, ...]:
    from envboot.interfaces.kinds.flavors import COMMANDS as FLAVORS
    from envboot.interfaces.kinds.hosts import COMMANDS as HOSTS

    return (HOSTS, FLAVORS)


def check_flags(commands: KindCommands, flags: CommandFlags) -> None:
    """A flag another kind owns has no meaning for this one: one clear error naming both."""
    for f in fields(flags):
        if f.name in GENERIC or f.name in commands.owns:
            continue
        value = getattr(flags, f.name)
        if value in (None, False):
            continue
        owner = next((k for k in all_commands() if f.name in k.owns), None)
        where = owner.resource_type if owner else "another resource type"
        raise InputError(f"--{f.name.replace('_', '-')} applies to {where} only; {commands.resource_type} takes "
                         f"{commands.takes}")
