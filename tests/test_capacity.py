"""`envboot capacity`: every step agrees with `envboot availability` and with a naive minute-by-minute
count straight from the reservations; the JSON validates against its schema."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timedelta

import jsonschema
import pytest

from envboot import api
from envboot.core.settings import BUNDLED_SNAPSHOT
from envboot.core.timeutil import parse_time
from envboot.interfaces.schemas import load as load_schema
from envboot.kinds.hosts.availability import AvailabilityQuery
from envboot.kinds.hosts.capacity import sparkline

from .conftest import REPO

MULTI = REPO / "examples" / "chameleon-multisite"
VALIDATOR = jsonschema.Draft202012Validator(load_schema("capacity"), format_checker=jsonschema.FormatChecker())


def capacity(envboot, *argv: str) -> dict:
    r = envboot(["capacity", *argv, "-f", "json"])
    assert r.code == 0, r.err
    doc = json.loads(r.out)
    VALIDATOR.validate(doc)
    return doc


def naive_free(nodes, cleaning: int, minute: datetime) -> set[str]:
    """Nodes free for the one-minute window [minute, minute + 1 min), by the README's blocking rule
    applied to every reservation (no engine, no intervals)."""
    c = timedelta(minutes=cleaning)
    end = minute + timedelta(minutes=1)
    return {n.uid for n in nodes if n.reservable and n.resource_id is not None
            and not any(r.start - c < end and r.end + c > minute for r in n.reservations)}


CASES = [
    # (data, zone flags, from, to, step, cleaning)
    (BUNDLED_SNAPSHOT, ["--zone", "uc"], "2025-10-30 17:00", "2025-11-01 19:00", "1h", 0),
    (BUNDLED_SNAPSHOT, ["--zone", "CHI@UC"], "2025-10-31 03:07", "2025-11-02 03:07", "97m", 45),
    (MULTI, ["--all-zones"], "2026-06-29 06:00", "2026-07-01 06:00", "3h", 10),
]


@pytest.mark.parametrize("data,zone,start,end,step,cleaning", CASES)
def test_capacity_agrees_with_availability_and_a_naive_minute_count(envboot, data, zone, start, end, step,
                                                                    cleaning):
    doc = capacity(envboot, "--data", str(data), *zone, "--from", start, "--to", end, "--step", step,
                   "--cleaning-time", str(cleaning))
    view = api.load_view(data)
    begin, finish = parse_time(start), parse_time(end)
    assert (doc["from"], doc["to"]) == (f"{begin:%Y-%m-%dT%H:%M:%SZ}", f"{finish:%Y-%m-%dT%H:%M:%SZ}")
    # every zone/type pair of the data is there, steps tile [from, to) (the last one may be shorter)
    zones = {z["zone"] for z in doc["zones"]}
    assert {(s["zone"], s["node_type"]) for s in doc["series"]} == {
        (n.site_id, n.node_type) for n in view.nodes if n.site_id in zones}
    # per minute, which nodes are free: computed once, naively, for the whole range
    minutes = int((finish - begin).total_seconds() // 60)
    free_at = [naive_free(view.nodes, cleaning, begin + timedelta(minutes=m)) for m in range(minutes)]
    checked = 0
    for s in doc["series"]:
        members = {n.uid for n in view.nodes if n.site_id == s["zone"] and n.node_type == s["node_type"]}
        assert s["nodes"] == len(members)
        assert s["steps"][0]["start"] == doc["from"] and s["steps"][-1]["end"] == doc["to"]
        for a, b in zip(s["steps"], s["steps"][1:], strict=False):
            assert a["end"] == b["start"]
        for x in s["steps"]:
            s0, s1 = parse_time(x["start"]), parse_time(x["end"])
            lo, hi = int((s0 - begin).total_seconds() // 60), int((s1 - begin).total_seconds() // 60)
            counts = [len(free_at[m] & members) for m in range(lo, hi)]
            whole = set.intersection(*(free_at[m] & members for m in range(lo, hi)))
            query = AvailabilityQuery(s["zone"], s0, hi - lo, 1, s["node_type"])
            answer = api.availability(view, query, cleaning)
            assert x["free_whole_step"] == len(answer.nodes) == len(whole), (s["node_type"], x)
            assert {n.uid for n in answer.nodes} == whole
            assert (x["min_free"], x["max_free"]) == (min(counts), max(counts)), (s["node_type"], x)
            assert x["free_whole_step"] <= x["min_free"]
            checked += 1
        # the change points are the exact per-minute function
        points = [(int((parse_time(p["at"]) - begin).total_seconds() // 60), p["free"]) for p in s["changes"]]
        assert points[0][0] == 0
        for (m0, f0), (m1, _) in zip(points, points[1:] + [(minutes, None)], strict=True):
            assert all(len(free_at[m] & members) == f0 for m in range(m0, m1)), (s["node_type"], m0)
    assert checked >= 100
    if data == BUNDLED_SNAPSHOT:  # the data moves: a check that only ever saw constant counts would prove little
        assert any(x["min_free"] != x["max_free"] for s in doc["series"] for x in s["steps"])
        assert any(x["free_whole_step"] < x["max_free"] for s in doc["series"] for x in s["steps"])


def test_capacity_csv_and_table(envboot):
    argv = ["capacity", "--zone", "uc", "--from", "2025-10-30 00:00", "--to", "2025-10-31 00:00"]
    doc = capacity(envboot, *argv[1:])
    r = envboot([*argv, "-f", "csv"])
    assert r.code == 0, r.err
    rows = list(csv.DictReader(io.StringIO(r.out)))
    assert len(rows) == sum(len(s["steps"]) for s in doc["series"]) == 10 * 24
    first = doc["series"][0]
    assert rows[0] == {"zone": "uc", "node_type": first["node_type"], "start": first["steps"][0]["start"],
                       "end": first["steps"][0]["end"], "free_whole_step": str(first["steps"][0]["free_whole_step"]),
                       "min_free": str(first["steps"][0]["min_free"]), "max_free": str(first["steps"][0]["max_free"]),
                       "reservable": str(first["reservable"]), "nodes": str(first["nodes"])}
    table = envboot(argv)
    assert table.code == 0, table.err
    assert "capacity in uc (CHI@UC)" in table.out and "data: snapshot" in table.out
    assert "warning:" in table.out  # the range starts before the snapshot was fetched
    for s in doc["series"]:  # each node type has its sparkline, drawn from its whole-step counts
        whole = [x["free_whole_step"] for x in s["steps"]]
        line = next(ln for ln in table.out.splitlines() if ln.strip().startswith(s["node_type"] + " "))
        assert f"{s['reservable']}/{s['nodes']}" in line
        assert sparkline(whole, s["reservable"], 24) in line or sparkline(whole, s["reservable"], 12) in line
    one = envboot([*argv, "-t", "compute_skylake"])  # one series: a row per step
    assert one.code == 0 and one.out.count("2025-10-30 05:00Z") == 2  # end of one row, start of the next


def test_sparkline():
    assert sparkline([0, 1, 4, 8], 8) == "·▁▄█"
    assert sparkline([8, 0, 8, 8], 8, width=2) == "·█"  # grouped: the lowest of each group
    assert sparkline([3], 0) == "·"


@pytest.mark.parametrize("argv,needle", [
    (["--zone", "uc", "--all-zones", "--from", "now"], "either --zone or --all-zones"),
    (["--zone", "uc"], "--from is required"),
    (["--zone", "uc", "--from", "2025-10-30 00:00", "--to", "2025-10-29 00:00"], "--to must be after --from"),
    (["--zone", "uc", "--from", "2025-10-30 00:00", "--step", "0"], "--step"),
    (["--zone", "uc", "--from", "2025-10-30 00:00", "--to", "2027-10-30 00:00", "--step", "1m"], "at most"),
    (["--zone", "mars", "--from", "2025-10-30 00:00"], "unknown zone"),
    (["--zone", "uc", "--from", "2025-10-30 00:00", "-t", "quantum"], "unknown node type"),
    (["--all-zones", "--from", "2025-10-30 00:00", "-t", "quantum"], "unknown node type"),
    (["--zone", "uc", "--from", "yesterday"], "--from"),
])
def test_capacity_bad_input_is_one_line_exit_2(envboot, argv, needle):
    r = envboot(["capacity", *argv])
    assert r.code == 2 and needle in r.err and r.err.count("\n") == 1 and not r.out, r.err
