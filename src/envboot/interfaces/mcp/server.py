"""envboot as an MCP server: read tools on the data (and, on request, on live Blazar data), lease tools,
and ``reserve`` — which only takes a plan id handed out by ``plan``, asks the person, re-plans on fresh
data and goes through ``envboot reserve``'s verified, audited flow.

No ``from __future__ import annotations`` here: the SDK reads the tools' annotations (``Resolve``
markers included) at registration.
"""

import functools
import json
import logging
import secrets
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import timedelta
from typing import Annotated, Any, Literal

import anyio
from mcp.server.mcpserver import Context, MCPServer
from mcp.server.mcpserver.resolve import (
    AcceptedElicitation,
    Elicit,
    ElicitationResult,
    Resolve,
)
from mcp_types import CallToolResult, TextContent, ToolAnnotations
from pydantic import BaseModel, Field, StrictBool

from envboot import api
from envboot.core.errors import EXIT_BAD_INPUT, EXIT_NO_CAPACITY, EXIT_OK, EnvbootError, InputError
from envboot.core.settings import DEFAULT_HORIZON_HOURS, MAX_AMOUNT, Settings
from envboot.core.timeutil import clock, iso_z, parse_duration, utcnow
from envboot.domain.hardware import profiles
from envboot.domain.model import MergedView
from envboot.domain.needs import parse as parse_needs
from envboot.domain.needs import resolve as resolve_needs
from envboot.domain.zones import is_reservable, resolve_zone, summarize_zones, zone_name
from envboot.interfaces.jsonout import (
    SCHEMA_VERSION,
    availability_json,
    data_json,
    merged_json,
    node_brief,
    plan_json,
    zones_json,
)
from envboot.interfaces.kinds import CommandFlags, DataDir, add_parts, companions, parts_of
from envboot.interfaces.mcp import schemas
from envboot.interfaces.mcp.state import (
    PlanRefused,
    Reading,
    ServerConfig,
    ServerState,
    StoredPlan,
    anchored,
    describe_change,
    option_identity,
    shifted_to,
)
from envboot.kinds.hosts.availability import AvailabilityAnswer, AvailabilityQuery
from envboot.kinds.hosts.engine import from_minute, to_minute
from envboot.kinds.hosts.kind import KIND as HOSTS
from envboot.kinds.hosts.planner import Option, Plan, Prefer
from envboot.kinds.registry import kind_of, kind_of_option
from envboot.live.context import default_live_dir
from envboot.live.reserve import Reserver, ReserveSpec, preflight
from envboot.planning.lease_plan import combine

log = logging.getLogger("envboot.mcp")

INSTRUCTIONS = """\
envboot answers which Chameleon/Blazar bare-metal nodes are free for a window, and reserves them.
Read tools (zones, hardware, availability, earliest, plan, instance_availability, plan_instances,
lease_list, lease_show) change nothing. Bare-metal hosts (Blazar's physical:host) are planned with plan;
KVM instances of a flavor (flavor:instance, at KVM sites) with plan_instances.
To reserve: call plan (or plan_instances), show the person the option you intend to take, then call
reserve with the plan_id and the option's rank within a few minutes. reserve re-plans on fresh Blazar
data, refuses (creating nothing) if that option changed, asks the person to confirm the exact lease when
the client supports elicitation (otherwise it needs confirm: true, which you may only pass after the
person confirmed), then creates, verifies and audits the lease. Errors are one line, as envboot's command
line prints them."""

CONFIRM_RULE = ("When this client supports elicitation, the server asks the person to confirm first and `confirm` is "
                "ignored; otherwise `confirm` must be true, and you may only set it after the person confirmed this "
                "exact action in the conversation. Nothing happens without one of the two.")

RESERVE_DOC = ("Create the lease of one option of a recent plan: the only way to create a lease here. Takes a plan_id "
               "from plan (valid for a few minutes, usable once) and the option's rank. The server re-plans on fresh "
               "Blazar data and refuses, saying what changed and creating nothing, if that option is no longer the "
               "same (zone, start, end, hosts count, node type, SU). Then it creates the lease through envboot's "
               "verified, audited flow (intent record, lookup before any retry, verification of the hosts, outcome "
               "record) and returns the hosts Blazar allocated. " + CONFIRM_RULE)

Zone = Annotated[str | None, Field(description="site uid (uc), site name (CHI@UC) or 'current' (OS_REGION_NAME); "
                                               "default: current")]
Start = Annotated[str, Field(description="window start: 'YYYY-MM-DD HH:MM' (UTC), ISO 8601, or 'now'")]
Duration = Annotated[int | str, Field(description="minutes (120) or 90m, 2h, 1d")]
Amount = Annotated[int, Field(ge=1, description="nodes wanted")]
NodeType = Annotated[str | None, Field(description="node type, e.g. gpu_rtx_6000 (see the hardware tool)")]
Live = Annotated[bool, Field(description="refresh the zone(s) from Blazar first and answer from the live data "
                                         "(what reserve uses); needs credentials. Default: the server's data")]
NeedsArg = Annotated[str | None, Field(description="hardware needs, e.g. 'gpus>=2 gpu_memory>=40GB ram>=256GB' "
                                                 "(docs/needs.md): only nodes meeting them count")]
FlavorArg = Annotated[str, Field(description="flavor name or id, e.g. m1.large (KVM sites, flavor:instance)")]
LeaseZone = Annotated[str, Field(description="zone of the lease (a configured site uid, or 'current')")]

READ_FILES = ToolAnnotations(read_only_hint=True, destructive_hint=False, idempotent_hint=True, open_world_hint=False)
READ_LIVE = ToolAnnotations(read_only_hint=True, destructive_hint=False, idempotent_hint=True, open_world_hint=True)


class ReserveConsent(BaseModel):
    confirm: StrictBool = Field(title="Create this lease", description="true to create exactly this lease")


class LeaseConsent(BaseModel):
    confirm: StrictBool = Field(title="Go ahead", description="true to go ahead")


class _NoElicitation:
    """The resolver's answer when the client cannot ask the person."""


class _NotAsked:
    """The resolver's answer when the request is refused anyway (nothing to confirm)."""


NO_ELICITATION = _NoElicitation()
NOT_ASKED = _NotAsked()


def error_result(message: str, exit_code: int, **extra: Any) -> CallToolResult:
    """A tool error: the CLI's one-line message as text, and the same with its exit code as data."""
    return CallToolResult(content=[TextContent(type="text", text=message)], is_error=True,
                          structured_content={"error": message, "exit_code": exit_code, **extra})


def tool_errors(fn: Callable[..., Awaitable[Any]]) -> Callable[..., Awaitable[Any]]:
    """envboot's own errors become tool errors (never a crash, never a protocol error)."""

    @functools.wraps(fn)
    async def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return await fn(*args, **kwargs)
        except EnvbootError as exc:
            return error_result(str(exc), exc.exit_code)

    return wrapper


def is_asap(start: object) -> bool:
    """A plan for start "now" means "as soon as possible": reserve re-anchors it (``state.anchored``)."""
    return isinstance(start, str) and start.strip().lower() == "now"


STATELESS_PROTOCOL = "2026-07-28"  # from this protocol version on there is no session (mcp's resolve.py)


def session_owner(ctx: Context) -> str | None:
    """Who made a plan: the session (a connection with a handshake: stdio, legacy streamable HTTP), by a
    random token kept in the connection's state. A stateless request (protocol 2026-07-28, one exchange
    per connection) has no session: None, and the plan id (128 random bits) is its only key."""
    conn = getattr(ctx.request_context.session, "_connection", None)
    if conn is None or not getattr(conn, "has_standalone_channel", False):
        return None
    if (conn.protocol_version or "") >= STATELESS_PROTOCOL:  # a new Connection per request, even over stdio
        return None
    return conn.state.setdefault("envboot.plan_owner", "s-" + secrets.token_hex(16))


def supports_elicitation(ctx: Context) -> bool:
    caps = ctx.client_capabilities
    el = caps.elicitation if caps is not None else None
    return el is not None and (el.form is not None or el.url is None)


def consented(consent: ElicitationResult, confirm: bool, what: str) -> None:
    """Raise unless the person confirmed (elicitation) or, without elicitation, ``confirm`` is true."""
    if isinstance(consent, AcceptedElicitation) and isinstance(consent.data, ReserveConsent | LeaseConsent):
        if consent.data.confirm:
            return
        raise PlanRefused(f"the person did not confirm {what}; nothing was done")
    if isinstance(consent, AcceptedElicitation) and isinstance(consent.data, _NoElicitation):
        if confirm:
            return
        raise PlanRefused(f"{what} needs the person's confirmation: this client cannot ask them (no elicitation), "
                          "so pass confirm: true once they confirmed it; nothing was done")
    action = getattr(consent, "action", "declined")
    raise PlanRefused(f"the person {'declined' if action == 'decline' else 'cancelled'} {what}; nothing was done")


def lease_description(o, view: MergedView | None = None) -> str:
    where = f"{o.zone} ({zone_name(view, o.zone)})" if view is not None else o.zone
    return f"zone {where}, {kind_of_option(o).consent_text(o)}"


def hardware_doc(view: MergedView) -> dict:
    zones = []
    for z in summarize_zones(view):
        nodes = view.nodes_in(z.site_id)
        by_type = Counter(n.node_type for n in nodes if is_reservable(n))
        rows = []
        for t, p in profiles(nodes).items():
            su = Counter(n.su_factor for n in nodes if n.node_type == t and n.su_factor is not None).most_common(1)
            rows.append({"node_type": t, "category": p.category, "nodes": p.nodes, "reservable": by_type.get(t, 0),
                         "gpu_model": p.gpu_model, "gpu_count": p.gpu_count, "threads": p.threads,
                         "ram_gib": round(p.ram_bytes / 2**30, 1) if p.ram_bytes else None, "cpu_model": p.cpu_model,
                         "su_factor": su[0][0] if su else None, "summary": p.describe()})
        zones.append({"zone": z.site_id, "name": z.name, "node_types": rows})
    return {"schema_version": SCHEMA_VERSION, "zones": zones, "data": data_json(view.data)}


class _KeepPlannedOption:
    """Reserver's ``choose`` hook: on every (re-)plan take the option identical to the planned one.

    First plan: when it is gone, refuse, saying what changed (nothing created). After a capacity
    refusal: when it is gone, take nothing (the person consented to that lease, not another one).
    """

    def __init__(self, stored: StoredPlan, rank: int, anchor=None) -> None:
        self.stored = stored
        self.rank = rank
        self.planned = stored.option(rank) if anchor is None else shifted_to(stored.option(rank), anchor)
        self.calls = 0

    def __call__(self, plan: Plan) -> Option | None:
        self.calls += 1
        want = option_identity(self.planned)
        for o in plan.options:
            if option_identity(o) == want:
                return o
        if self.calls > 1:
            return None
        head = f"plan {self.stored.plan_id} option {self.rank} is no longer what was planned on fresh data"
        if not plan.options:
            raise PlanRefused(f"{head}: no option meets the request now ({plan.explanation}); nothing was created")
        fresh = plan.options[self.rank - 1] if self.rank <= len(plan.options) else plan.options[0]
        raise PlanRefused(f"{head} ({describe_change(self.planned, fresh)}); nothing was created; call plan again")


def build_server(config: ServerConfig | None = None) -> MCPServer:
    """The MCP server. ``config.read_only`` serves no tool that changes anything."""
    state = ServerState(config or ServerConfig())
    srv = MCPServer("envboot", title="envboot: Chameleon / Blazar bare-metal availability and reservations",
                    instructions=INSTRUCTIONS, version=_version())

    def settings() -> Settings:
        return Settings.from_env()

    async def in_thread(fn: Callable[[], Any], *, live: bool = False) -> Any:
        if not live:
            return fn()

        def locked() -> Any:
            with state.live_lock:
                return fn()

        return await anyio.to_thread.run_sync(locked)

    def refreshed_live_view(zones: list[str | None]) -> tuple[MergedView, list[str]]:
        """Refresh the zones (resolved on the live data) and return the live view, with refresh warnings."""
        ctx = state.live()
        try:
            view = state.live_view()
        except InputError:  # nothing fetched yet: fetch every configured zone, then resolve on that
            view, sites = None, None
        if view is not None:
            sites = []
            for z in zones:
                site = resolve_zone(view, z, _region())
                if site not in sites:
                    sites.append(site)
        warnings = [f"refresh of {r.zone} failed: {r.error} (its data is stale)" for r in ctx.refresh(sites)
                    if not r.ok]
        return state.live_view(), warnings

    def handed_out(doc: dict, request, result, cleaning_minutes: int, source: str, warnings: list[str],
                   owner: str | None, asap: bool = False, companions: tuple = ()) -> dict:
        """A plan document with the refresh warnings and, when it has options, the plan id ``reserve`` takes
        (in the session that made it only)."""
        doc["warnings"] = list(doc.get("warnings", [])) + warnings
        stored = (state.plans.add(request, result, cleaning_minutes, source, owner, asap, companions)
                  if result.options else None)
        doc.update(plan_id=stored.plan_id if stored else None,
                   expires_at=iso_z(state.plans.expires_at(stored)) if stored else None,
                   ttl_seconds=int(state.plans.ttl_s))
        return doc

    async def read_repository(path: str) -> Reading:
        from envboot.data.repo_needs import scan

        real = state.repo_path(path)
        return reading_of(state, real, await anyio.to_thread.run_sync(scan, real))

    # -- read tools on files -----------------------------------------------------------------------
    @srv.tool(title="Zones", annotations=READ_FILES)
    @tool_errors
    async def zones() -> schemas.ZonesDoc:
        """Each zone (Chameleon site) in the data with its total, reservable, mapped and unmapped node counts,
        reservations, and whether its data is stale. Same document as `envboot zones -f json`."""
        view = state.view()
        from envboot.interfaces.fip_zones import floating_ip_summaries

        return zones_json(view, summarize_zones(view), floating_ips=floating_ip_summaries(view, state.data_dir))

    @srv.tool(title="Hardware catalogue", annotations=READ_FILES)
    @tool_errors
    async def hardware() -> schemas.HardwareDoc:
        """The hardware catalogue: per zone, every node type with its node count (total, reservable) and
        hardware (category, GPU model and count, threads, memory, CPU, SU factor). Node types are what
        availability/earliest/plan take as node_type."""
        return hardware_doc(state.view())

    @srv.tool(title="Availability", annotations=READ_LIVE)
    @tool_errors
    async def availability(start: Start, duration: Duration = 60, zone: Zone = None, amount: Amount = 1,
                           node_type: NodeType = None, needs: NeedsArg = None,
                           live: Live = False) -> schemas.AvailabilityDoc:
        """Reservable nodes of a zone (and node type) free for the whole window [start, start+duration), exact
        to Blazar's minute; `sufficient` says whether at least `amount` are. Same document as
        `envboot availability -f json`."""
        def run() -> dict:
            view, warnings = refreshed_live_view([zone]) if live else (state.view(), [])
            query = _availability_query(view, zone, start, duration, amount, node_type)
            wanted = _needs(needs, node_type)
            if wanted:
                query = replace(query, needs=wanted)
            doc = availability_json(view, api.availability(view, query, settings().cleaning_minutes))
            if wanted:
                doc["needs"] = wanted
            return {**doc, "warnings": warnings} if warnings else doc

        return await in_thread(run, live=live)

    @srv.tool(title="Earliest window", annotations=READ_LIVE)
    @tool_errors
    async def earliest(start: Start, duration: Duration = 60, zone: Zone = None, amount: Amount = 1,
                       node_type: NodeType = None,
                       max_search_hours: Annotated[int, Field(ge=1, le=366 * 24, description="how far to look")]
                       = DEFAULT_HORIZON_HOURS, needs: NeedsArg = None, live: Live = False) -> schemas.EarliestDoc:
        """The earliest start at or after `start` (exact to the minute, within max_search_hours) at which
        `amount` nodes of the zone (and node type) are free for the whole duration."""
        def run() -> dict:
            view, warnings = refreshed_live_view([zone]) if live else (state.view(), [])
            requested = _availability_query(view, zone, start, duration, amount, node_type)
            query = _not_in_the_past(requested)  # as plan: never a window Blazar would refuse
            wanted = _needs(needs, node_type)
            if wanted:
                ans = _earliest_meeting(view, query, max_search_hours * 60, wanted)
            else:
                ans = api.earliest(view, query, max_search_hours * 60, settings().cleaning_minutes)
            doc = {"schema_version": SCHEMA_VERSION, "found": ans is not None, "zone": query.zone,
                   "node_type": node_type, "amount": amount, "duration_minutes": query.duration_minutes,
                   "requested_start": iso_z(requested.start), "max_search_hours": max_search_hours,
                   "data": data_json(view.data)}
            if wanted:
                doc["needs"] = wanted
            if ans is not None:
                doc.update(start=iso_z(ans.query.start), end=iso_z(ans.query.end),
                           delay_minutes=int((ans.query.start - requested.start).total_seconds() // 60),
                           available_nodes=len(ans.nodes), nodes=[node_brief(n) for n in ans.nodes])
            return {**doc, "warnings": warnings} if warnings else doc

        return await in_thread(run, live=live)

    @srv.tool(title="Plan a reservation", annotations=READ_LIVE)
    @tool_errors
    async def plan(start: Start, duration: Duration = 60, zone: Zone = None, amount: Amount = 1,
                   min_amount: Annotated[int | None, Field(ge=1, description="accept as few as this many nodes "
                                                                             "(Blazar's min; default: amount)")] = None,
                   node_type: NodeType = None,
                   resource_properties: Annotated[str | list[Any] | None, Field(
                       description="Blazar expression (a JSON array, or its text), e.g. "
                                   "[\"==\", \"$gpu.gpu_count\", \"4\"]; ANDed with node_type")] = None,
                   alt_zones: Annotated[list[str] | None, Field(description="zones to fall back to")] = None,
                   any_zone: Annotated[bool, Field(description="fall back to every other zone")] = False,
                   allow_downgrade: Annotated[bool, Field(description="fall back to other node types")] = False,
                   prefer: Annotated[Literal["soonest", "same-zone", "same-hardware", "cheapest"],
                                     Field(description="ranking")] = "soonest",
                   max_delay: Annotated[str | None, Field(description="how far a shifted window may move, "
                                                                      "e.g. 6h, 2d")] = None,
                   needs: NeedsArg = None,
                   floating_ips: Annotated[int | None, Field(ge=1, le=MAX_AMOUNT, description=(
                       "also reserve this many floating IPs (public addresses) in the same lease and window "
                       "(virtual:floatingip); the plan finds the earliest window where hosts and addresses are "
                       "both free"))] = None,
                   network: Annotated[str | None, Field(description="the floating IPs' public network (a site "
                                                                    "with several)")] = None,
                   hosts: Annotated[list[str] | None, Field(description=(
                       "exactly these hosts (uids or hostnames), one pinned reservation each: e.g. a follow-on "
                       "of a lease that cannot be extended (lease_extend names them)"))] = None,
                   repository: Annotated[str | None, Field(description=(
                       "with needs: the repository they were read from (the path given to "
                       "needs_from_repository); the server reads it again and records the needs as `repository` "
                       "when they are its reading, `agent-corrected` when you changed them. Without it, a reading "
                       "earlier in this session counts; without either, the needs are the person's"))] = None,
                   live: Live = False, ctx: Context | None = None) -> schemas.PlanDoc:
        """Ranked, explained options for a reservation (base, time shift, zone change, downgrade), each with
        its hosts count, SU cost, one-line reason and the exact Blazar lease request. Returns a plan_id:
        `reserve` takes it with an option's rank while the plan is fresh (expires_at), in this session. 'now'
        means two minutes from now, as for `envboot reserve`; a plan for 'now' whose start has passed when
        reserve is called is re-anchored to the first bookable minute (the consent names it).
        Use live: true to plan on fresh Blazar data (what
        reserve re-checks against). With `needs` (instead of node_type), every node type meeting them is
        planned and ranked together, each lease selecting exactly the nodes that meet them."""
        from envboot.interfaces.request_flags import build_request, parse_flags
        from envboot.planning.policy.rates import host_rates

        if isinstance(resource_properties, list):
            resource_properties = json.dumps(resource_properties)
        flags = parse_flags(zone, start, duration, amount, min_amount, node_type, resource_properties,
                            ",".join(alt_zones) if alt_zones else None, any_zone, allow_downgrade, None,
                            Prefer(prefer), max_delay, DEFAULT_HORIZON_HOURS, None, for_reserve=True,
                            hosts=",".join(hosts) if hosts is not None else None,
                            **({"needs": needs} if needs else {}))
        owner = session_owner(ctx) if ctx is not None else None
        if repository is not None and not flags.needs:
            raise InputError("plan: repository names where `needs` came from; pass needs too")
        if flags.needs:  # typed, read from a repository, or that reading corrected by the agent
            if repository is not None:  # read again: the stateless way (no session to remember a reading in)
                reading = await read_repository(repository)
                state.readings.remember(owner, reading)
                origin, where = state.readings.origin_in((reading,), flags.needs)
            else:
                origin, where = state.readings.origin(owner, flags.needs)
            flags = replace(flags, needs_origin=origin, needs_repository=where)

        def run() -> dict:
            if live:
                view, warnings = refreshed_live_view([zone, *(alt_zones or [])] if not any_zone else [zone])
            else:
                view, warnings = state.view(), []
            request = build_request(view, flags, host_rates(state.policy()))  # the SU column: the checks' rates
            result = api.make_plan(view, request, cleaning_minutes=flags.settings.cleaning_minutes, now=flags.now)
            wanted = companions(CommandFlags(floating_ips=floating_ips, network=network), request)
            source = DataDir(state.live().data_dir if live else state.data_dir, view)
            lease = combine(HOSTS, view, request, result, parts_of(wanted, source),
                            cleaning_minutes=flags.settings.cleaning_minutes, not_before=request.not_before)
            doc = plan_json(view, lease.plan)
            add_parts(doc, lease)
            if lease.plan.options:  # the top option's checks, as `envboot plan -f json`
                from envboot.interfaces.policy_checks import plan_checks

                doc["policy"] = plan_checks(state.policy(), view.nodes, lease.plan.options[0], flags.now)
            return handed_out(doc, request, lease.plan, flags.settings.cleaning_minutes, view.data.source, warnings,
                              owner, is_asap(start), wanted)

        return await in_thread(run, live=live)

    # -- KVM instances (flavor:instance) -------------------------------------------------------------
    def flavor_data(zones: list[str | None] | None, live: bool):
        """The flavor data the planner reads: the server's, or the live data after refreshing ``zones``
        (None: every configured zone), with refresh warnings."""
        from envboot.kinds.flavors.loaders import load_flavor_data

        if not live:
            return load_flavor_data(state.data_dir), []
        warnings = refresh_flavor_zones(zones)
        return load_flavor_data(state.live().data_dir), warnings

    def refresh_flavor_zones(zones: list[str | None] | None) -> list[str]:
        """Refresh ``zones`` (None: every configured zone) from Blazar: the refresh warnings."""
        ctx = state.live()
        sites = None if zones is None else list(dict.fromkeys(ctx.site_of(z or "current") for z in zones))
        return [f"refresh of {r.zone} failed: {r.error} (its data is stale)" for r in ctx.refresh(sites) if not r.ok]

    @srv.tool(title="KVM instance availability", annotations=READ_LIVE)
    @tool_errors
    async def instance_availability(start: Start, flavor: FlavorArg, duration: Duration = 60, zone: Zone = None,
                                    amount: Annotated[int, Field(ge=1, description="instances wanted")] = 1,
                                    live: Live = False) -> schemas.InstanceAvailabilityDoc:
        """How many KVM instances of a flavor fit in a zone for the whole window [start, start+duration), per
        host, as Blazar's flavor plugin counts them (flavor:instance); `sufficient` says whether `amount` do.
        Same document as `envboot availability --resource-type flavor:instance -f json`."""
        from envboot.interfaces.kinds.flavors import availability_command

        def run() -> dict:
            warnings = refresh_flavor_zones([zone]) if live else []
            fdata_dir = state.live().data_dir if live else state.data_dir
            _code, doc = availability_command(zone=zone, start=start, duration=str(duration), amount=amount,
                                              flavor=flavor, data=fdata_dir, cleaning_time=None, now=None,
                                              as_json=True)
            doc["warnings"] = list(doc.get("warnings", [])) + warnings
            return doc

        return await in_thread(run, live=live)

    @srv.tool(title="Plan KVM instances", annotations=READ_LIVE)
    @tool_errors
    async def plan_instances(start: Start, flavor: FlavorArg, duration: Duration = 60, zone: Zone = None,
                             amount: Annotated[int, Field(ge=1, description="instances wanted")] = 1,
                             alt_zones: Annotated[list[str] | None, Field(description="zones to fall back to")]
                             = None,
                             any_zone: Annotated[bool, Field(description="fall back to every other zone")] = False,
                             allow_downgrade: Annotated[bool, Field(description="fall back to smaller flavors")]
                             = False,
                             prefer: Annotated[Literal["soonest", "same-zone", "same-hardware"],
                                               Field(description="ranking")] = "soonest",
                             max_delay: Annotated[str | None, Field(description="how far a shifted window may move, "
                                                                                "e.g. 6h, 2d")] = None,
                             live: Live = False, ctx: Context | None = None) -> schemas.InstancePlanDoc:
        """Ranked, explained options for a reservation of KVM instances of a flavor (Blazar's flavor:instance;
        base, time shift, zone change, smaller flavor), each with where Blazar would place the instances and
        the exact Blazar lease request. Returns a plan_id: `reserve` takes it with an option's rank while the
        plan is fresh (expires_at); the lease's instances then launch with the flavor Blazar creates,
        `reservation:<reservation id>`. Use live: true to plan on fresh Blazar data (what reserve re-checks)."""
        from envboot.interfaces.kinds.flavors import plan_on

        owner = session_owner(ctx) if ctx is not None else None

        def run() -> dict:
            zones = None if any_zone else [zone, *(alt_zones or [])]
            fdata, warnings = flavor_data(zones, live)
            request, result, doc = plan_on(
                fdata, zone=zone, start=start, duration=str(duration), amount=amount, flavor=flavor,
                alt_zones=list(alt_zones or []), any_zone=any_zone, allow_downgrade=allow_downgrade,
                prefer=Prefer(prefer), max_delay=max_delay, max_search_hours=DEFAULT_HORIZON_HOURS,
                cleaning_time=None, clock=clock(), policy=state.policy())
            return handed_out(doc, request, result, request.cleaning_minutes, fdata.data.source, warnings, owner,
                              is_asap(start))

        return await in_thread(run, live=live)

    @srv.tool(title="Hardware needs of a repository", annotations=READ_FILES)
    @tool_errors
    async def needs_from_repository(
            path: Annotated[str, Field(description="a repository directory (or one file) on the server's machine")],
            match: Annotated[bool, Field(description="also match the needs against the server's data")] = False,
            zones: Annotated[list[str] | None, Field(description="zones to match in (default: all)")] = None,
            ctx: Context | None = None,
    ) -> schemas.RepoNeedsDoc:
        """Hardware needs a repository declares (devcontainer hostRequirements, CWL, Spaces, Compose),
        states (README: "requires 4 GPUs") or implies (CUDA wheels, CUDA images), each with its evidence
        and confidence, read offline without executing anything (as `envboot needs PATH -f json`). Its
        `needs` string goes to the `needs` argument of availability, earliest and plan. `candidates`: each
        prose statement read, with its heading and the lines before and after, so you can confirm or
        correct the reading and pass a corrected needs string instead (a later `plan` in this session records
        its needs as `repository` when they equal this reading's, `agent-corrected` when they differ). Only paths
        under the directories the operator allowed (`envboot mcp --repo-root`, default its working directory)
        are read."""
        from envboot.data.repo_needs import candidates, scan
        from envboot.interfaces.jsonout import resolution_json

        real = state.repo_path(path)
        repo = await anyio.to_thread.run_sync(scan, real)
        state.readings.remember(session_owner(ctx) if ctx is not None else None, reading_of(state, real, repo))
        doc: dict[str, Any] = {"schema_version": SCHEMA_VERSION, **repo.to_dict(),
                               "candidates": await anyio.to_thread.run_sync(candidates, repo)}
        if match:
            view = state.view()
            doc["match"] = resolution_json(resolve_needs(view, repo.needs, zones))
            doc["data"] = data_json(view.data)
        return doc

    # -- leases (live) -----------------------------------------------------------------------------
    @srv.tool(title="List leases", annotations=READ_LIVE)
    @tool_errors
    async def lease_list(zone: LeaseZone = "current") -> schemas.LeaseListDoc:
        """Your project's leases in a zone (as `envboot lease list -f json`)."""
        from envboot.interfaces.live_json import lease_json
        from envboot.live.blazar_errors import call_blazar

        def run() -> dict:
            ctx = state.live()
            site = ctx.site_of(zone)
            return {"zone": site, "leases": [lease_json(x) for x in call_blazar(ctx.leases(site).list, "lease list")]}

        return await in_thread(run, live=True)

    @srv.tool(title="Show a lease", annotations=READ_LIVE)
    @tool_errors
    async def lease_show(lease_id: str, zone: LeaseZone = "current") -> schemas.LeaseDoc:
        """One lease, by id, with the hosts (and floating IPs) Blazar allocated to it (as `envboot lease show ID
        -f json`)."""
        from envboot.interfaces.live_json import lease_show_json
        from envboot.live.blazar_errors import call_blazar

        def run() -> dict:
            ctx = state.live()
            leases = ctx.leases(ctx.site_of(zone))
            return lease_show_json(leases, call_blazar(lambda: leases.get(lease_id), f"lease show {lease_id}"))

        return await in_thread(run, live=True)

    if not state.config.read_only:
        _mutating_tools(srv, state, in_thread)

    # -- resources ---------------------------------------------------------------------------------
    @srv.resource("envboot://view", name="merged_view", title="The merged site → cluster → node view",
                  mime_type="application/json",
                  description="lease_results_live.json of the server's data: every node with its reservations "
                              "(other users' names dropped)")
    def merged_view() -> str:
        return json.dumps(merged_json(state.view()))

    @srv.resource("envboot://freshness", name="freshness", title="How fresh the data is",
                  mime_type="application/json",
                  description="which data the read tools use and how old it is; the live data's age when there is any")
    def freshness() -> str:
        doc: dict[str, Any] = {"schema_version": SCHEMA_VERSION, "data": data_json(state.view().data),
                               "plan_ttl_seconds": int(state.plans.ttl_s), "read_only": state.config.read_only}
        live_dir = state.config.live_data or default_live_dir()  # looked at, never created here
        doc["live_data"] = str(live_dir)
        try:
            doc["live"] = data_json(state.views.view(live_dir).data) if live_dir.is_dir() else None
        except EnvbootError as exc:
            doc["live"] = None
            doc["live_error"] = str(exc)
        return json.dumps(doc)

    return srv


def _mutating_tools(srv: MCPServer, state: ServerState, in_thread) -> None:
    """reserve, lease_extend, lease_delete: not registered at all with --read-only."""

    async def reserve_consent(plan_id: str, option: int, ctx: Context) -> Any:
        try:
            stored = state.plans.get(plan_id, session_owner(ctx))
            planned = stored.option(option)
        except EnvbootError:
            return NOT_ASKED  # the tool refuses with the reason; nothing to ask
        anchor = anchored(stored, planned, utcnow())
        stored.anchor = anchor
        if not supports_elicitation(ctx):
            return NO_ELICITATION
        moved = ""
        if anchor is not None:
            moved = (f" As soon as possible: the planned start {planned.start:%H:%M}Z has passed, so the lease starts "
                     f"at the first bookable minute, {anchor:%Y-%m-%d %H:%M}Z, on the same hardware.")
            planned = shifted_to(planned, anchor)
        also = "".join(f", and {kind_of(c).describe_request(c)} in the same lease" for c in stored.companions)
        return Elicit(f"Create this Blazar lease? {lease_description(planned)}{also}.{moved} Plan {plan_id}, "
                      f"option {option} "
                      f"({planned.strategy}): {planned.why}. envboot re-checks Blazar first and creates nothing if "
                      "this changed.", ReserveConsent)

    @srv.tool(title="Reserve a planned option", description=RESERVE_DOC,
              annotations=ToolAnnotations(read_only_hint=False, destructive_hint=False, idempotent_hint=False,
                                          open_world_hint=True))
    @tool_errors
    async def reserve(plan_id: Annotated[str, Field(description="the plan_id returned by plan")],
                      consent: Annotated[ElicitationResult[ReserveConsent], Resolve(reserve_consent)],
                      option: Annotated[int, Field(ge=1, description="the rank of the option to take")] = 1,
                      confirm: Annotated[StrictBool, Field(description="only without elicitation: the person confirmed "
                                                                 "this exact lease")] = False,
                      ctx: Context | None = None) -> schemas.ReserveDoc:
        owner = session_owner(ctx) if ctx is not None else None
        stored = state.plans.get(plan_id, owner)
        stored.option(option)
        if isinstance(consent, AcceptedElicitation) and isinstance(consent.data, _NotAsked):
            raise PlanRefused(f"plan {plan_id} cannot be reserved")  # unreachable: get() above raised the reason
        consented(consent, confirm, f"the lease of plan {plan_id} option {option}")
        stored = state.plans.take(plan_id, owner)
        elicited = isinstance(consent, AcceptedElicitation) and isinstance(consent.data, ReserveConsent)
        late = anchored(stored, stored.option(option), utcnow())
        anchor = stored.anchor if elicited else late  # elicited: the window the person was shown
        try:
            if elicited and anchor is None and late is not None:
                raise PlanRefused(f"the planned start of plan {plan_id} passed while the person confirmed; call "
                                  "reserve again (the plan id is still valid: it re-anchors to the first bookable "
                                  "minute and asks again); nothing was created")
            if anchor is not None and anchor < utcnow() + timedelta(minutes=1):
                raise PlanRefused(f"the confirmed start {anchor:%Y-%m-%d %H:%M}Z is now within a minute; call "
                                  f"reserve again with plan {plan_id} (it is still valid); nothing was created")
            outcome, audit_path, checks = await in_thread(lambda: _reserve(state, stored, option, anchor), live=True)
        except (PlanRefused, InputError):
            state.plans.release(stored)  # refused before Blazar was asked: nothing spent
            raise
        except BaseException as exc:
            stored.used = f"the reserve call failed: {exc}"
            raise
        if outcome.intent_id is None and outcome.result != "success":
            state.plans.release(stored)  # Blazar was never asked (no intent): the id stays usable
        else:
            stored.used = f"{outcome.result}: lease {outcome.lease_id or '-'}"
        from envboot.interfaces.live_json import outcome_json

        doc = {**outcome_json(outcome), "plan_id": plan_id, "rank": option, "audit": audit_path}
        if checks is not None:
            doc["policy"] = checks
        if outcome.exit_code != EXIT_OK:
            return error_result(f"{outcome.result}: {outcome.message}", outcome.exit_code, outcome=doc)
        return doc

    def predict_extension(lease_id: str, minutes: int, zone: str):
        """Blazar 18's answer to prolonging ``lease_id`` by ``minutes``, predicted from the zone's allocations
        now (as ``envboot lease extend --dry-run``), with Chameleon's checks of the new window."""
        import os

        from envboot.live.extension import UpdateAsk, plan_update

        ctx = state.live()
        limit = int(os.environ.get("ENVBOOT_BLAZAR_MAX_LEASE_DURATION", "-1") or -1)
        return ctx, plan_update(ctx, ctx.site_of(zone), lease_id, UpdateAsk(by=minutes), now=utcnow(),
                                cleaning_minutes=Settings.from_env().cleaning_minutes, max_lease_duration=limit,
                                policy=state.policy())

    def prediction_text(planned) -> str:
        p = planned.prediction
        said = "accept" if p.accepted else "refuse"
        latest = f" The latest end it accepts: {iso_z(p.latest_end)}." if p.latest_end else ""
        checks = "".join(f" Policy {c.check}: {c.outcome} ({c.detail})." for c in planned.policy)
        return (f"envboot predicts Blazar will {said} the new end {iso_z(p.requested_end)}"
                f"{f' ({p.reason})' if p.reason else ''}.{latest}{checks}")

    def follow_on_text(doc: dict) -> str:
        return "".join(f" Follow-on {i} ({f['label']}): {f['start']} .. {f['end']}, {f['why']}; book it with "
                       f"`plan` (its start, duration, amount and hosts, node_type or flavor) then `reserve`, or: "
                       f"{f['command']}." for i, f in enumerate(doc["follow_on"], 1))

    async def extend_consent(lease_id: str, by: int | str, zone: str, ctx: Context) -> Any:
        if not supports_elicitation(ctx):
            return NO_ELICITATION
        try:
            minutes = parse_duration(by, what="by")
            _live, planned = await in_thread(lambda: predict_extension(lease_id, minutes, zone), live=True)
        except EnvbootError:
            return NOT_ASKED  # the tool refuses with the reason; nothing to ask
        if not planned.prediction.accepted:
            return NOT_ASKED  # a predicted refusal is never sent: the tool says why
        return Elicit(f"Extend lease {lease_id} in zone {zone} by {by}{' min' if isinstance(by, int) else ''}? "
                      f"It keeps the hosts longer and costs more SU. {prediction_text(planned)}", LeaseConsent)

    @srv.tool(title="Extend a lease", description="Move a lease's end later (Chameleon: only within 48 h of its "
              "current end); costs SU. envboot predicts Blazar's answer first from the zone's allocations (the consent "
              "names it, with the latest end Blazar accepts and Chameleon's policy checks) and never sends a "
              "predicted refusal. " + CONFIRM_RULE,
              annotations=ToolAnnotations(read_only_hint=False, destructive_hint=False, idempotent_hint=False,
                                          open_world_hint=True))
    @tool_errors
    async def lease_extend(lease_id: str, by: Annotated[int | str, Field(description="minutes, or 90m, 2h, 1d")],
                           consent: Annotated[ElicitationResult[LeaseConsent], Resolve(extend_consent)],
                           zone: LeaseZone = "current",
                           confirm: Annotated[StrictBool, Field(description="only without elicitation: the person "
                                                                      "confirmed")] = False) -> schemas.LeaseDoc:
        from envboot.interfaces.follow_on import extension_json
        from envboot.interfaces.live_json import lease_json
        from envboot.live.extension import audited_update

        minutes = parse_duration(by, what="by")
        cleaning = Settings.from_env().cleaning_minutes
        _ctx, planned = await in_thread(lambda: predict_extension(lease_id, minutes, zone), live=True)
        doc = extension_json(planned, cleaning, dry_run=True)
        if not planned.prediction.accepted:  # never sent: Blazar would refuse it; the follow-ons are in the doc
            return error_result(f"not sent: {prediction_text(planned)}{follow_on_text(doc)}", EXIT_NO_CAPACITY,
                                prediction=doc)
        consented(consent, confirm, f"extending lease {lease_id}")

        def run() -> dict:
            ctx, fresh = predict_extension(lease_id, minutes, zone)  # re-checked just before the update
            if not fresh.prediction.accepted:
                again = extension_json(fresh, cleaning, dry_run=True)
                return error_result(f"not sent: {prediction_text(fresh)}{follow_on_text(again)}", EXIT_NO_CAPACITY,
                                    prediction=again)
            site = ctx.site_of(zone)
            updated = audited_update(ctx.leases(site), state.audit_log(), site, fresh.lease, fresh.change,
                                     fresh.prediction)
            return {**lease_json(updated), "prediction": extension_json(fresh, cleaning, dry_run=False,
                                                                        updated=updated)}

        return await in_thread(run, live=True)

    async def delete_consent(lease_id: str, zone: str, ctx: Context) -> Any:
        if not supports_elicitation(ctx):
            return NO_ELICITATION
        return Elicit(f"Delete lease {lease_id} in zone {zone}? Its hosts are released and anything running on "
                      "them stops; this cannot be undone.", LeaseConsent)

    @srv.tool(title="Delete a lease", description="Delete a lease (destructive: its hosts are released and what "
              "runs on them stops). " + CONFIRM_RULE,
              annotations=ToolAnnotations(read_only_hint=False, destructive_hint=True, idempotent_hint=True,
                                          open_world_hint=True))
    @tool_errors
    async def lease_delete(lease_id: str,
                           consent: Annotated[ElicitationResult[LeaseConsent], Resolve(delete_consent)],
                           zone: LeaseZone = "current",
                           missing_ok: Annotated[bool, Field(description="a lease already gone is not an error")]
                           = False,
                           confirm: Annotated[StrictBool, Field(description="only without elicitation: the person "
                                                                      "confirmed")] = False) -> schemas.LeaseDeleteDoc:
        from envboot.live.blazar_errors import call_blazar

        consented(consent, confirm, f"deleting lease {lease_id}")

        def run() -> dict:
            ctx = state.live()
            site = ctx.site_of(zone)
            leases = ctx.leases(site)
            done = call_blazar(lambda: leases.delete(lease_id) or True, f"lease delete {lease_id}",
                               missing_ok=missing_ok)
            return {"lease_id": lease_id, "zone": site, "deleted": bool(done)}

        return await in_thread(run, live=True)


def _reserve(state: ServerState, stored: StoredPlan, rank: int, anchor=None):
    """``envboot reserve --dry-run 0 --option RANK`` for a stored plan, in a worker thread; ``anchor``: a
    plan for "now" re-anchored to that start (the same lease from then, re-planned on fresh data)."""
    request = stored.request if anchor is None else replace(stored.request, start=anchor, not_before=None)
    companions = tuple(replace(c, start=request.start) for c in stored.companions)  # the lease's window
    spec = ReserveSpec(request, dry_run=False, option_index=rank,
                       retry_attempts=state.config.retry_attempts, wait_timeout_s=state.config.wait_timeout_s,
                       cleaning_minutes=stored.cleaning_minutes, companions=companions)
    preflight(spec, utcnow(), Settings.from_env().max_lease_minutes)
    audit = state.audit_log()
    reserver = Reserver(state.live(), audit, on_event=lambda m: log.info("%s", m),
                        choose=_KeepPlannedOption(stored, rank, anchor))
    outcome = reserver.reserve(spec)
    outcome.warnings = list(audit.warnings)  # torn audit lines the reading skipped (fenced, kept as evidence)
    return outcome, str(audit.path), _reserve_checks(state, outcome)


def _reserve_checks(state: ServerState, outcome) -> list[dict] | None:
    """The booked (or refused) option's policy checks, as ``envboot reserve -f json`` has them: with the
    project's leases in its zone, the lease just created left out. None when no option was chosen."""
    from envboot.interfaces.policy_checks import reserve_checks

    if outcome.option is None:
        return None
    return reserve_checks(state.policy(), state.live(), outcome.option, utcnow(), created=outcome.lease_id,
                          say=lambda m: log.info("%s", m))


def _availability_query(view: MergedView, zone: str | None, start: str, duration: int | str, amount: int,
                        node_type: str | None) -> AvailabilityQuery:
    from envboot.interfaces.request_flags import availability_query

    return availability_query(view, Settings.from_env(), zone, start, str(duration), amount, node_type)


def _not_in_the_past(query: AvailabilityQuery) -> AvailabilityQuery:
    """The query from the first minute Blazar accepts when it asks for an earlier start."""
    from dataclasses import replace

    from envboot.domain.freshness import first_bookable_minute

    floor = first_bookable_minute(clock())  # envboot's clock: a replay (--now/ENVBOOT_NOW) is not moved to today
    return replace(query, start=floor) if query.start < floor else query


def _needs(text: str | None, node_type: str | None) -> str | None:
    """The canonical needs string (validated as the CLI's --needs), or None."""
    from envboot.interfaces.request_flags import needs_flag

    return needs_flag(text, None, node_type) if text and text.strip() else None


def reading_of(state: ServerState, real, repo) -> Reading:
    """What a repository reading offered: its needs and each optional shape's (as :func:`needs_key`)."""
    from envboot.domain.needs_origin import needs_key

    offered = (repo.text, *(text for _shape, text in repo.shapes))
    return Reading(state.repo_label(real), frozenset(needs_key(t) for t in offered if t))


def _earliest_meeting(view: MergedView, query: AvailabilityQuery, horizon: int, wanted: str):
    """``api.earliest`` counting only the nodes a lease for ``wanted`` can get (as ``api.nodes_meeting``)."""
    queries = [t.query for t in resolve_needs(view, parse_needs(wanted)).require().selectable(query.zone)]
    engine = api.build_engine(view, Settings.from_env().cleaning_minutes)

    def selected(n) -> bool:
        return n.site_id == query.zone and any(q.matches(n.columns, n.capabilities) for q in queries)

    slot = engine.earliest(to_minute(query.start), query.duration_minutes, query.amount, horizon, selected)
    return None if slot is None else AvailabilityAnswer(replace(query, start=from_minute(slot.start)), slot.nodes)


def _region() -> str | None:
    import os

    return os.environ.get("OS_REGION_NAME")


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("envboot")
    except Exception:  # noqa: BLE001 - an uninstalled checkout
        return "0"


__all__ = ["build_server", "ServerConfig", "EXIT_BAD_INPUT"]
