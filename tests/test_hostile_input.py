"""Hostile and broken input: every loader, the time and duration parsers and the property language
either succeed or fail with one clear InputError line (exit 2 from the CLI, no traceback, no
partial output file). A corpus of real-shaped broken files plus hypothesis-generated garbage."""

from __future__ import annotations

import json
import resource
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from envboot import api
from envboot.core.errors import InputError
from envboot.core.settings import BUNDLED_SNAPSHOT
from envboot.core.timeutil import parse_duration, parse_time
from envboot.domain.properties import PropertyError, parse

from .conftest import run_main

FILES = ("allocations.json", "hosts.json", "resource_map.json", "uc_chameleon_nodes.json", "sites.json",
         "meta.json")
ODD_DATES = ["", "0000-00-00T00:00:00", "2025-13-45T99:99:99", "2025-10-28T18:20:00+25:00", "1e10",
             "２０２５-１０-２８T18:20:00", "2025-10-28 18:20:00.000000Z extra", "tomorrow", "2025-10-28T24:00:00",
             "-2025-10-28T18:20:00", "2025-02-30T10:00:00", "9999-12-31T23:59:59.999999", "0001-01-01T00:00:00"]
GARBAGE = [None, True, 0, -1, 10**100, 1e308, "", "x" * 1000, [], {}, [[[[[]]]]], {"a": {"b": {"c": []}}},
           "\u202e\u0000\ud7ff", "😀" * 100]


def corrupt(text: str) -> list[tuple[str, bytes]]:
    """Real-shaped breakage of one file's text."""
    data = text.encode()
    out = [(f"truncated@{n}", data[: int(len(data) * n)]) for n in (0.0, 0.01, 0.5, 0.99)]
    out += [("not json", b"\x00\xff garbage"), ("empty list", b"[]"), ("empty object", b"{}"),
            ("bom", b"\xef\xbb\xbf" + data), ("nested", b"[" * 100_000 + b"]" * 100_000),
            ("10 MB string", json.dumps({"items": ["x" * 10_000_000]}).encode()),
            ("huge number", text.replace('"1659"', "1" + "0" * 400).encode())]
    doc = json.loads(text)
    for i, junk in enumerate(GARBAGE):
        out.append((f"replaced by garbage {i}", json.dumps(junk).encode()))
        out.append((f"first value garbage {i}", json.dumps(_poison(doc, junk)).encode()))
    for d in ODD_DATES:
        out.append((f"date {d[:20]!r}", text.replace("2025-10-28T18:20:00.000000", d).encode()))
    return out


def _poison(doc, junk):
    """Replace the first scalar or container value found at depth 2 with ``junk``."""
    doc = json.loads(json.dumps(doc))
    target = doc[0] if isinstance(doc, list) and doc else doc
    if isinstance(target, dict) and "items" in target and target["items"]:
        target = target["items"][0]
    if isinstance(target, dict) and target:
        key = sorted(target)[0]
        target[key] = junk
    return doc


CORPUS = [(name, label, blob) for name in FILES for label, blob in corrupt((BUNDLED_SNAPSHOT / name).read_text())]


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    return tmp_path_factory.mktemp("hostile")


@pytest.mark.parametrize("name,label,blob", CORPUS, ids=[f"{n}:{label}" for n, label, _ in CORPUS])
def test_loaders_and_cli_over_the_corpus(workdir, name, label, blob):
    data = workdir / "data"
    if data.exists():
        shutil.rmtree(data)
    shutil.copytree(BUNDLED_SNAPSHOT, data)
    (data / name).write_bytes(blob)
    try:
        api.load_view(data)
    except InputError as exc:
        assert "\n" not in str(exc) and len(str(exc)) < 1000
    out = workdir / "merged.json"
    out.unlink(missing_ok=True)
    from envboot.interfaces.cli.app import main

    r = run_main(main, ["merge", "--data", str(data), "-o", str(out)])
    assert r.code in (0, 2), r.err
    assert "Traceback" not in r.err
    if r.code == 2:
        assert len(r.err.strip().splitlines()) == 1 and r.err.startswith("envboot: error: ")
        assert not out.exists()
    else:
        assert json.loads(out.read_text())["stats"]["nodes"] >= 0
    assert not list(workdir.glob(".*.tmp"))


def test_memory_stays_bounded_over_the_corpus():
    # the corpus above includes a 10 MB string and 100k-deep nesting; the whole module must not balloon
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    assert peak_mb < 1500, peak_mb


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=8), children, max_size=5),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.sampled_from(FILES), value=json_values)
def test_any_json_in_any_file_is_loaded_or_refused_cleanly(tmp_path, name, value):
    data = tmp_path / "d"
    if not data.exists():
        shutil.copytree(BUNDLED_SNAPSHOT, data)
    original = (BUNDLED_SNAPSHOT / name).read_bytes()
    (data / name).write_text(json.dumps(value))
    try:
        api.load_view(data)
    except InputError as exc:
        assert "\n" not in str(exc)
    finally:
        (data / name).write_bytes(original)


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=80) | st.sampled_from(ODD_DATES))
def test_time_parser_never_crashes(text):
    try:
        value = parse_time(text)
    except InputError as exc:
        assert "\n" not in str(exc)
    else:
        assert value.tzinfo is not None


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(max_size=40), st.integers(), st.booleans()))
def test_duration_parser_never_crashes(value):
    try:
        minutes = parse_duration(value)
    except InputError as exc:
        assert "\n" not in str(exc)
    else:
        assert 1 <= minutes <= 10080


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_property_language_never_crashes(value):
    for candidate in (value, json.dumps(value)):
        try:
            parse(candidate if isinstance(candidate, str | list) else json.dumps(candidate))
        except PropertyError as exc:
            assert "\n" not in str(exc)


@pytest.mark.parametrize("argv", [
    ["availability", "--zone", "uc", "--start", "２０２５-１０-３０ 20:00"],
    ["availability", "--zone", "uc", "--start", "2025-10-30 20:00", "--duration", "9" * 50],
    ["availability", "--zone", "\u202e\u0000", "--start", "2025-10-30 20:00"],
    ["plan", "--zone", "uc", "--start", "2025-10-30 20:00", "-p", "[" * 10000],
    ["plan", "--zone", "uc", "--start", "2025-10-30 20:00", "-p", '["or", ["==", "$a", "1"]]'],
    ["plan", "--zone", "uc", "--start", "2025-10-30 20:00", "--amount", "99999999999999999999"],
    ["plan", "--zone", "uc", "--start", "2025-10-30 20:00", "--max-delay", "-1h"],
    ["merge", "--data", str(Path("/dev/null"))],
])
def test_cli_refuses_hostile_flags_in_one_line(envboot, argv):
    r = envboot(argv)
    assert r.code == 2 and "Traceback" not in r.err
    assert len(r.err.strip().splitlines()) == 1


HOSTILE = "[/bold][link=http://x]x\x1b[2J\x07"


@pytest.fixture
def hostile_data(tmp_path):
    """The bundled snapshot with markup and escape sequences in a node type, hostnames, the site name and
    the directory's own path (issue 17: these crashed zones/availability/plan or reached the terminal)."""
    import shutil

    from envboot.core.settings import BUNDLED_SNAPSHOT

    dest = tmp_path / "snap[/bold]"
    shutil.copytree(BUNDLED_SNAPSHOT, dest)
    evil = json.dumps(HOSTILE)[1:-1]
    nodes = dest / "uc_chameleon_nodes.json"
    text = nodes.read_text().replace('"gpu_rtx_6000"', f'"gpu{evil}"')
    text = text.replace('"node_name": "P3-CPU-022"', f'"node_name": "P3{evil}"')
    nodes.write_text(text)
    sites = dest / "sites.json"
    sites.write_text(sites.read_text().replace('"CHI@UC"', f'"CHI@UC{evil}"'))
    return dest


@pytest.mark.parametrize("argv", [
    ["zones"],
    ["availability", "--zone", "uc", "--start", "2025-10-30 20:00", "--now", "2025-10-30 19:54"],
    ["availability", "--zone", "uc", "--start", "2025-10-30 20:00", "-t", "gpu" + HOSTILE, "--now", "2025-10-30 19:54"],
    ["plan", "--zone", "uc", "--start", "2025-10-30 20:00", "--duration", "2h", "-n", "2", "-t", "gpu" + HOSTILE,
     "--now", "2025-10-30 19:54"],
    ["plan", "--zone", "uc", "--start", "2025-10-30 20:00", "--duration", "2h", "-n", "40",
     "--now", "2025-10-30 19:54"],
    ["capacity", "--zone", "uc", "--from", "2025-10-30 20:00", "--to", "2025-10-30 22:00"],
    ["merge", "-o", "{tmp}/m.json"],
])
def test_data_strings_are_not_markup_nor_terminal_control(envboot, hostile_data, tmp_path, argv):
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    r = envboot([*argv, "--data", str(hostile_data)])
    assert r.code in (0, 1), (r.code, r.err[-500:])
    assert "Traceback" not in r.err and r.err == ""
    assert "\x1b" not in r.out and "\x07" not in r.out
    text = " ".join(r.out.split())
    assert "[/bold]" in text  # printed as typed, not consumed as markup (nor a link)
    if argv[0] in ("availability", "plan") and "-t" in argv:
        assert "[link=http://x]x" in text.replace(" ", "")
