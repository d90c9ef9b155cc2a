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
    hosts: str | None = None  # --hosts a,b: exactly these hosts (pinned)
    list_zones: bool = False
    floating_ips: int | None = None  # companions: floating IPs reserved in the same lease
    network: str | None = None  # the public network of the floating IPs (a site with several)
    as_json: bool = False
    policy_file: Path | None = None  # --policy: merged over the shipped policy (interfaces/policy_checks)


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


@dataclass
class DataDir:
    """A data directory as a kind's :class:`~envboot.kinds.protocol.DataSource`; the view loads once, if asked."""

    data_dir: Path
    loaded: Any = None

    def view(self) -> Any:
        if self.loaded is None:
            from envboot import api

            self.loaded = api.load_view(self.data_dir)
        return self.loaded


GENERIC = frozenset({"zone", "start", "duration", "amount", "alt_zones", "any_zone", "allow_downgrade", "prefer",
                     "max_delay", "max_search_hours", "data", "cleaning_time", "now", "show_all", "as_json",
                     "floating_ips", "network", "policy_file"})  # floating IPs ride along in a lease of any kind


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

    def companion(self, flags: CommandFlags, primary: Any) -> Any | None:
        """The request this kind adds to ``primary``'s lease when its companion flags are given
        (``--floating-ips N``), or None."""
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
    from envboot.interfaces.kinds.floatingips import COMMANDS as FLOATING_IPS
    from envboot.interfaces.kinds.hosts import COMMANDS as HOSTS

    return (HOSTS, FLAVORS, FLOATING_IPS)


def companions(flags: CommandFlags, primary: Any) -> tuple[Any, ...]:
    """Every companion request the flags ask for in ``primary``'s lease (e.g. floating IPs)."""
    return tuple(r for k in all_commands() if (r := k.companion(flags, primary)) is not None)


def parts_of(requests: tuple[Any, ...], source: Any) -> list[Any]:
    """The companion requests with their kinds' data, for planning (``envboot.planning.lease_plan.Part``)."""
    from envboot.kinds.registry import kind_of
    from envboot.planning.lease_plan import Part

    return [Part(kind, kind.load(source, [r.zone]), r) for r in requests for kind in (kind_of(r),)]


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


def add_parts(doc: dict[str, Any], lease: Any) -> None:
    """A plan document's options with their companion parts: ``floating_ips`` (each part's document) and the
    whole lease body (every reservation of the lease, in one window)."""
    if not any(lease.parts):
        return
    from envboot.kinds.lease import lease_body

    for o, option, parts in zip(doc["options"], lease.plan.options, lease.parts, strict=True):
        o["floating_ips"] = [k.option_json(p, 1) for k, p in parts]
        body = o["lease_request"]
        extra = [r for k, p in parts for r in k.reservations(p)]
        o["lease_request"] = lease_body(option.start, option.end, [*body["reservations"], *extra])
    doc["warnings"] = list(dict.fromkeys([*doc["warnings"], *lease.notes, *synthetic_notes(lease)]))


def synthetic_notes(lease: Any) -> list[str]:
    """A companion part planned on made-up data says so (the bundled snapshot's floating IP pool)."""
    notes = []
    for parts in lease.parts:
        for kind, _option in parts:
            for p in lease.companions:
                info = p.kind.data_info(p.data)
                if p.kind is kind and info.source == "synthetic":
                    notes.append(f"the {kind.resource_type} data in {info.path} is SYNTHETIC (a made-up pool, not "
                                 "Chameleon's): refresh from Blazar (envboot refresh) for real addresses")
    return list(dict.fromkeys(notes))


def add_free_parts(doc: dict[str, Any], parts: list[Any], query: Any, cleaning_minutes: int) -> None:
    """An availability document with each companion part's answer for the same zone and window
    (``floating_ips``: the addresses Blazar would take, or none); ``sufficient`` only when every part is."""
    if not parts:
        return
    doc["floating_ips"] = []
    for part in parts:
        option = part.kind.fit(part.data, part.request, query.zone, query.start, query.end,
                               cleaning_minutes=cleaning_minutes)
        doc["floating_ips"].append({"amount": part.request.amount, "sufficient": option is not None,
                                    "option": None if option is None else part.kind.option_json(option, 1)})
        doc["sufficient"] = doc["sufficient"] and option is not None


def companion_flags(flags: CommandFlags) -> str:
    """The companion flags of a command line, for the command that books an option (`` --floating-ips 2``)."""
    import shlex

    out = []
    if flags.floating_ips:
        out += ["--floating-ips", str(flags.floating_ips)]
    if flags.network:
        out += ["--network", flags.network]
    return (" " + shlex.join(out)) if out else ""
