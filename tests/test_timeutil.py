from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from envboot.errors import InputError
from envboot.timeutil import blazar_date, iso_z, parse_duration, parse_time

T = datetime(2025, 10, 30, 20, 0, tzinfo=UTC)


@pytest.mark.parametrize("text", [
    "2025-10-30 20:00", "2025-10-30T20:00", "2025-10-30T20:00:00", "2025-10-30T20:00:00.000000",
    "2025-10-30T20:00:00Z", "2025-10-30T20:00Z", "2025-10-30 20:00:00z", "2025-10-30T22:00:00+02:00",
    "2025-10-30T15:00:00-05:00", "  2025-10-30 20:00  ",
])
def test_parse_time_forms_all_mean_the_same_utc_instant(text):
    assert parse_time(text) == T


def test_parse_time_keeps_fractions_and_now():
    assert parse_time("2025-10-30T20:00:00.5Z") == T.replace(microsecond=500000)
    assert parse_time("now", now=T) == T
    assert parse_time("NOW", now=T) == T


@pytest.mark.parametrize("text", ["", "tomorrow", "2025-13-01 10:00", "2025-10-30", "30/10/2025 20:00",
                                  "2025-10-30 25:00", "x" * 10_000])
def test_parse_time_rejects_with_one_line_naming_the_flag(text):
    with pytest.raises(InputError) as exc:
        parse_time(text, what="--start")
    msg = str(exc.value)
    assert msg.startswith("--start:") and "\n" not in msg and len(msg) < 200


@pytest.mark.parametrize("text,minutes", [("120", 120), (90, 90), ("90m", 90), ("2h", 120), ("1d", 1440),
                                          (" 3H ", 180), ("10080", 10080)])
def test_parse_duration(text, minutes):
    assert parse_duration(text) == minutes


@pytest.mark.parametrize("text", ["0", "-5", "0h", "1.1m", "2x", "h", "abc", "", "10081", "8d", True, "9" * 100])
def test_parse_duration_rejects(text):
    with pytest.raises(InputError, match="^--duration: "):
        parse_duration(text, what="--duration")


def test_parse_duration_respects_configured_maximum():
    assert parse_duration("3h", max_minutes=180) == 180
    with pytest.raises(InputError, match="maximum lease of 120 min"):
        parse_duration("3h", max_minutes=120)


@given(st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(2200, 1, 1), timezones=st.just(UTC)))
def test_iso_z_round_trips(value):
    assert parse_time(iso_z(value)) == value
    assert iso_z(value).endswith("Z")


def test_blazar_date_is_minute_resolution_utc():
    assert blazar_date(parse_time("2025-10-30T22:05:59+02:00")) == "2025-10-30 20:05"
