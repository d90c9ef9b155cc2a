from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from envboot.core.errors import InputError
from envboot.core.timeutil import blazar_date, iso_z, parse_duration, parse_time

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


NOW = datetime(2025, 10, 30, 19, 54, 30, tzinfo=UTC)


@pytest.mark.parametrize("text,expected", [
    ("now", NOW), ("now+2h", NOW.replace(hour=21)), ("NOW + 30m", NOW.replace(minute=24, hour=20)),
    ("+30m", NOW.replace(minute=24, hour=20)), ("now-1d", NOW.replace(day=29)),
    ("now+1h30m", NOW.replace(hour=21, minute=24)),
    ("today 18:00", datetime(2025, 10, 30, 18, 0, tzinfo=UTC)),
    ("tomorrow 10:00", datetime(2025, 10, 31, 10, 0, tzinfo=UTC)),
    ("20:00", datetime(2025, 10, 30, 20, 0, tzinfo=UTC)),  # still ahead today
    ("19:54", datetime(2025, 10, 31, 19, 54, tzinfo=UTC)),  # passed 30 s ago: the next one is tomorrow
    ("9:05", datetime(2025, 10, 31, 9, 5, tzinfo=UTC)),
])
def test_times_the_way_a_person_types(text, expected):
    assert parse_time(text, now=NOW) == expected


@given(st.integers(0, 23), st.integers(0, 59),
       st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(8999, 1, 1), timezones=st.just(UTC)))
def test_bare_clock_time_is_the_next_one(hour, minute, now):
    got = parse_time(f"{hour:02d}:{minute:02d}", now=now)
    assert (got.hour, got.minute, got.second) == (hour, minute, 0)
    assert now <= got < now + timedelta(days=1)  # the next one: not in the past, within a day


@given(st.integers(1, 10080))
def test_relative_time_is_now_plus_the_duration(minutes):
    assert parse_time(f"now+{minutes}m", now=NOW) == NOW + timedelta(minutes=minutes)
    assert parse_time(f"+{minutes}", now=NOW) == NOW + timedelta(minutes=minutes)


@pytest.mark.parametrize("text,minutes", [("1h30m", 90), ("1.5h", 90), ("90min", 90), ("1w", 10080),
                                          ("2 hours", 120), ("1d 2h", 1560), (".5h", 30), ("45 minutes", 45)])
def test_durations_the_way_a_person_types(text, minutes):
    assert parse_duration(text, max_minutes=20_000) == minutes


@given(st.integers(0, 6), st.integers(0, 23), st.integers(0, 59))
def test_compound_durations_match_the_sum(d, h, m):
    total = d * 1440 + h * 60 + m
    text = "".join(f"{v}{u}" for v, u in ((d, "d"), (h, "h"), (m, "m")) if v) or "1m"
    assert parse_duration(text, max_minutes=20_000) == (total or 1)


@pytest.mark.parametrize("text", ["9999-01-01 00:00", "9999-12-31T23:59:59", "0001-01-01 00:00",
                                  "1969-12-31 23:59", "9000-01-01 00:01", "now+99999999w"])
def test_times_outside_what_blazar_accepts_are_one_line_naming_the_bound(text):
    with pytest.raises(InputError) as exc:
        parse_time(text, what="--start", now=NOW)
    msg = str(exc.value)
    assert msg.startswith("--start:") and "1970-01-01 .. 9000-01-01 UTC" in msg and "\n" not in msg


def test_iso_z_pads_the_year():
    assert iso_z(datetime(1, 1, 1, tzinfo=UTC)) == "0001-01-01T00:00:00Z"
