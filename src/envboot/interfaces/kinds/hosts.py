"""``physical:host`` (bare metal) in the commands: its flags, its answers, its tables."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from envboot import api
from envboot.core.errors import EXIT_NO_CAPACITY, EXIT_OK
from envboot.core.settings import Settings, data_dir
from envboot.core.timeutil import clock as read_clock
from envboot.core.timeutil import utcnow
from envboot.domain.freshness import first_bookable_minute
from envboot.domain.resource_types import PHYSICAL_HOST
from envboot.interfaces.jsonout import availability_json, option_json, plan_json
from envboot.interfaces.kinds import (
    CommandFlags,
    DataDir,
    ReserveFlags,
    add_free_parts,
    add_parts,
    companion_flags,
    companions,
    parts_of,
)
from envboot.interfaces.request_flags import (
    availability_query,
    build_request,
    needs_flag,
    parse_flags,
    settings_with,
)
from envboot.kinds.hosts.kind import KIND
from envboot.kinds.hosts.planner import PlanRequest
from envboot.planning.lease_plan import combine
from envboot.planning.policy.rates import host_rates


class HostCommands:
    resource_type = PHYSICAL_HOST
    owns = frozenset({"min_amount", "node_type", "needs", "needs_from", "resource_properties", "downgrade_ladder",
                      "pin_nodes", "hosts", "allocations", "calendar", "list_zones"})
    takes = "--node-type, --needs or --resource-properties and --amount"

    def _flags(self, f: CommandFlags, *, for_reserve: bool = False):
        return parse_flags(f.zone, f.start, f.duration, f.amount, f.min_amount, f.node_type, f.resource_properties,
                           f.alt_zones, f.any_zone, f.allow_downgrade, f.downgrade_ladder, f.prefer, f.max_delay,
                           f.max_search_hours, f.cleaning_time, for_reserve=for_reserve,
                           resource_type=self.resource_type, now=None if for_reserve else f.now, needs=f.needs,
                           needs_from=f.needs_from, hosts=f.hosts)

    def plan(self, f: CommandFlags) -> tuple[int, dict[str, Any]]:
        from envboot.interfaces.policy_checks import plan_checks, policy

        flags = self._flags(f)
        pol = policy(f.policy_file)
        view = api.load_view(data_dir(f.data))
        request = build_request(view, flags, host_rates(pol))  # the SU column prices hosts as the su_cost check
        ladder = api.downgrade_ladder(view, flags.overrides) if f.allow_downgrade else {}
        result = api.make_plan(view, request, cleaning_minutes=flags.settings.cleaning_minutes, ladder=ladder,
                               now=flags.now)
        parts = parts_of(companions(f, request), DataDir(data_dir(f.data), view))
        lease = combine(KIND, view, request, result, parts, cleaning_minutes=flags.settings.cleaning_minutes,
                        not_before=request.not_before)
        result = lease.plan
        if f.calendar is not None:
            from envboot.interfaces.cli.calendar_cmd import plan_calendar  # the page's code loads only when asked

            plan_calendar(f.calendar, view, result, settings=flags.settings, now=flags.now, announce=not f.as_json)
        doc = plan_json(view, result, flags.now)  # the data's age by envboot's clock (--now)
        add_parts(doc, lease)
        if result.options:
            doc["policy"] = plan_checks(pol, view.nodes, result.options[0], flags.now)
        if not f.as_json:
            from envboot.interfaces.calendar_page import option_command  # the calendar's command for an option
            from envboot.interfaces.cli import tables  # Rich loads only for a table
            from envboot.interfaces.cli.console import out

            command = (option_command(result, result.options[0], flags.settings.cleaning_minutes)
                       + companion_flags(f) if result.options else None)
            tables.print_plan(out, doc, reserve_command=command, show_all=f.show_all)
        return (EXIT_OK if result.options else EXIT_NO_CAPACITY), doc

    def availability(self, f: CommandFlags) -> tuple[int, dict[str, Any]]:
        needs_text = needs_flag(f.needs, None, f.node_type)
        settings = settings_with(f.cleaning_time)
        view = api.load_view(data_dir(f.data), allocations_file=f.allocations)
        clock = read_clock(f.now)
        query = replace(availability_query(view, settings, f.zone, f.start, f.duration, f.amount, f.node_type, clock),
                        needs=needs_text)
        doc = availability_json(view, api.availability(view, query, settings.cleaning_minutes, now=clock), clock)
        add_free_parts(doc, parts_of(companions(f, query), DataDir(data_dir(f.data), view)), query,
                       settings.cleaning_minutes)
        if not f.as_json:
            from envboot.interfaces.cli import tables
            from envboot.interfaces.cli.console import out

            tables.print_availability(out, doc)
        return (EXIT_OK if doc["sufficient"] else EXIT_NO_CAPACITY), doc

    def reserve_spec(self, ctx: Any, f: CommandFlags, r: ReserveFlags) -> Any:
        from envboot.interfaces.policy_checks import policy
        from envboot.live.reserve import ReserveSpec, preflight

        flags = self._flags(f, for_reserve=True)
        request = build_request(ctx.view(require_live=False), flags,  # names only: reserve refreshes first
                                host_rates(policy(f.policy_file)))
        spec = ReserveSpec(request, companions=companions(f, request), dry_run=r.dry_run, option_index=r.option,
                           pin_nodes=f.pin_nodes, name=r.name, retry_attempts=r.retry_attempts,
                           retry_refresh=r.retry_refresh, allow_shift=r.allow_shift, wait_timeout_s=r.wait_timeout,
                           cleaning_minutes=flags.settings.cleaning_minutes)
        preflight(spec, utcnow(), flags.settings.max_lease_minutes)
        return spec

    def seed(self, f: CommandFlags, *, output: Path, find_earliest: bool) -> tuple[int, dict[str, Any] | None]:
        """Merge (write ``output``, the seed's lease_results_live.json), then the availability of the window;
        with ``find_earliest`` and too few free, the earliest window that fits."""
        from envboot.core.errors import InputError
        from envboot.core.fsutil import check_output_path
        from envboot.interfaces.cli import tables
        from envboot.interfaces.cli.console import err, out

        needs_text = needs_flag(f.needs, None, f.node_type)
        settings = Settings.from_env()
        if f.start is None:
            raise InputError("--start is required (or set DESIRED_START); e.g. --start '2025-10-30 20:00'")
        check_output_path(output, "--output")
        view = api.load_view(data_dir(f.data))
        clock = read_clock(f.now)
        query = replace(availability_query(view, settings, f.zone, f.start, f.duration, f.amount, f.node_type, clock),
                        needs=needs_text)
        merged = api.write_merged(view, output)
        if not f.as_json:
            tables.print_merge(err, merged, str(output))
        doc = availability_json(view, api.availability(view, query, settings.cleaning_minutes, now=clock))
        if not doc["sufficient"] and find_earliest:
            from envboot.interfaces.policy_checks import policy

            request = PlanRequest(query.zone, query.start, query.duration_minutes, query.amount, query.amount,
                                  query.node_type, max_delay_minutes=f.max_search_hours * 60, needs=needs_text,
                                  not_before=first_bookable_minute(clock), su_rates=host_rates(policy(f.policy_file)))
            result = api.make_plan(view, request, cleaning_minutes=settings.cleaning_minutes)
            doc["earliest"] = option_json(view, 1, result.options[0]) if result.options else None
        if not f.as_json:
            tables.print_availability(out, doc)
            if "earliest" in doc:
                tables.print_earliest(out, doc["earliest"], f.max_search_hours)
        found = doc["sufficient"] or bool(doc.get("earliest"))
        return (EXIT_OK if found else EXIT_NO_CAPACITY), doc

    def companion(self, f, primary):
        return None  # no reservation of this kind rides along in another kind's lease


COMMANDS = HostCommands()
