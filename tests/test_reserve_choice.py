"""Which option ``envboot reserve`` may book without being told: the requested window only, unless
--allow-shift, or --option N names one (issue 17: a reserve for 20:00 booked 43 h later)."""

from __future__ import annotations

import shlex
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
import typer
from typer.testing import CliRunner

from envboot.core.errors import InputError
from envboot.interfaces.cli.options import DurationOpt, StartOpt
from envboot.interfaces.cli.reserve_cmd import option_command
from envboot.kinds.hosts.kind import KIND as HOSTS
from envboot.live.reserve import choose_option, not_asked_message

T0 = datetime(2026, 12, 1, 20, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Opt:  # the fields choose_option reads (planner.Option has them all)
    strategy: str
    zone: str
    delay_minutes: int
    node_type: str | None = "gpu_v100"
    amount: int = 2
    why: str = "why"

    @property
    def start(self):
        return T0 + timedelta(minutes=self.delay_minutes)

    @property
    def end(self):
        return self.start + timedelta(hours=2)


@dataclass(frozen=True)
class Req:
    zone: str = "uc"
    start: datetime = T0
    duration_minutes: int = 120


@dataclass(frozen=True)
class Spec:
    allow_shift: bool = False
    option_index: int | None = None
    request: Req = Req()
    kind: object = HOSTS  # ReserveSpec.kind: the request's resource kind


SHIFT = Opt("time_shift", "uc", 43 * 60)
ZONE_NOW = Opt("zone_change", "tacc", 0)
ZONE_LATER = Opt("zone_change", "tacc", 90)
FEWER = Opt("downgrade", "uc", 0, amount=1)


def test_a_later_start_is_never_booked_without_allow_shift():
    assert choose_option((SHIFT, ZONE_LATER), Spec()) is None
    assert choose_option((SHIFT, ZONE_LATER), Spec(allow_shift=True)) is SHIFT


def test_the_requested_window_is_booked_in_a_named_zone_or_with_fewer_hosts():
    assert choose_option((SHIFT, ZONE_NOW, FEWER), Spec()) is ZONE_NOW  # the planner offers only asked-for zones
    assert choose_option((SHIFT, FEWER), Spec()) is FEWER  # --min-amount: fewer hosts in the window


def test_option_n_books_exactly_that_option_and_a_bad_n_is_bad_input():
    assert choose_option((SHIFT, ZONE_LATER), Spec(option_index=2)) is ZONE_LATER
    with pytest.raises(InputError, match="--option 3: the plan has 2"):
        choose_option((SHIFT, ZONE_LATER), Spec(option_index=3))


def test_after_a_refusal_only_allowed_or_the_same_window_is_retried():
    later = Opt("time_shift", "uc", 50 * 60)
    assert choose_option((later,), Spec(option_index=1), retry_of=SHIFT) is None
    same = Opt("time_shift", "uc", 43 * 60, amount=3)
    assert choose_option((later, same), Spec(option_index=1), retry_of=SHIFT) is same
    assert choose_option((later,), Spec(allow_shift=True), retry_of=SHIFT) is later


def test_the_refusal_names_the_request_and_every_option():
    msg = not_asked_message(Spec(), ((1, SHIFT), (2, ZONE_LATER)))
    assert "2026-12-01T20:00:00Z" in msg and "nothing was created" in msg and "--allow-shift" in msg
    assert "1. time_shift uc 2026-12-03T15:00:00Z" in msg and "2. zone_change tacc" in msg


def test_the_printed_command_is_the_typed_one_with_option_n():
    """The command shown for each option repeats what was typed on the command line (not env defaults),
    drops any earlier --option, and adds --option N."""
    app = typer.Typer()
    seen = []

    @app.command()
    def reserve(ctx: typer.Context, start: StartOpt = None, duration: DurationOpt = "60",
                yes: bool = typer.Option(False, "--yes"), option: int = typer.Option(None, "--option"),
                refresh: bool = typer.Option(True, "--retry-refresh/--no-retry-refresh")) -> None:
        seen.append(option_command(2, ctx))

    @app.command()
    def other() -> None: ...

    r = CliRunner().invoke(app, ["reserve", "-s", "2026-12-01 20:00", "--yes", "--option", "1", "--no-retry-refresh"],
                           env={"DURATION_MIN": "90"})
    assert r.exit_code == 0, r.output
    assert shlex.split(seen[0]) == ["envboot", "reserve", "--start", "2026-12-01 20:00", "--yes",
                                    "--no-retry-refresh", "--option", "2"]
