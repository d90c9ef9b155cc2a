"""`envboot calendar` opened in a real headless Chromium (Debian's, driven by Playwright): the DOM has
one row per node, one bar per reservation in view, the plan's earliest fit at the minute `plan`
gives, a reserve command per free gap that `plan` confirms, and filters and zoom that change what is
shown. No browser download: a missing /usr/bin/chromium is a failure, not a skip."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import pytest

from envboot import api
from envboot.core.timeutil import parse_time
from envboot.kinds.hosts.engine import from_minute, to_minute, to_minute_ceil

from .conftest import REPO, run_main

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
MULTI = REPO / "examples" / "chameleon-multisite"
NOW = "2025-10-30 19:54"  # replay the bundled snapshot at its fetch time
REQUEST = "-n 3 -t compute_skylake --duration 2h --start '2025-10-30 20:00'"


def envboot(argv: list[str]):
    from envboot.interfaces.cli.app import main

    return run_main(main, argv)


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium); "
                    "the calendar tests need a real browser and never download one", pytrace=False)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    """The pages under test, written once by the real CLI."""
    d = tmp_path_factory.mktemp("cal")
    out = {}
    for name, argv in {
        "bundled": ["--zone", "uc", "--now", NOW, "--request", REQUEST],
        "multi": ["--data", str(MULTI), "--all-zones", "--now", "2026-06-29 12:00"],
    }.items():
        path = d / f"{name}.html"
        r = envboot(["calendar", "-o", str(path), *argv, "-f", "json"])
        assert r.code == 0, r.err
        out[name] = (path, json.loads(r.out))
    return out


@pytest.fixture
def open_page(browser):
    opened = []

    def _open(path: Path, **kw):
        page = browser.new_page(viewport={"width": 1400, "height": 900}, **kw)
        errors, requests = [], []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("request", lambda r: requests.append(r.url))
        page.goto(path.as_uri())
        page.wait_for_selector("body[data-ready='1']")
        page.errors, page.requests = errors, requests
        opened.append(page)
        return page

    yield _open
    for p in opened:
        p.close()


def view_window(page) -> tuple[int, int]:
    tl = page.locator("#timeline")
    return (to_minute(parse_time(tl.get_attribute("data-view-start"))),
            to_minute(parse_time(tl.get_attribute("data-view-end"))))


def expected_bars(view, lo: int, hi: int, keep=lambda n: True) -> set[tuple[str, str]]:
    """(node uid, reservation id) of every reservation overlapping [lo, hi), from the data itself."""
    return {(n.uid, r.reservation_id) for n in view.nodes if keep(n) for r in n.reservations
            if to_minute(r.start) < hi and to_minute_ceil(r.end) > lo}


def dom_bars(page) -> list[tuple[str, str]]:
    return [tuple(x) for x in page.eval_on_selector_all(
        ".row .bar", "els => els.map(b => [b.closest('.row').dataset.nodeUid, b.dataset.reservationId])")]


def test_bundled_one_row_per_node_one_bar_per_reservation_offline_anonymous(pages, open_page):
    path, doc = pages["bundled"]
    view = api.load_view(REPO / "src" / "envboot" / "bundled" / "chameleon-uc")
    page = open_page(path)
    assert page.errors == [] and page.requests == [path.as_uri()]  # nothing but the file itself: works offline
    uids = page.eval_on_selector_all(".row[data-node-uid]", "els => els.map(e => e.dataset.nodeUid)")
    assert len(uids) == 132 == doc["nodes"] and set(uids) == {n.uid for n in view.nodes}
    lo, hi = view_window(page)
    assert hi - lo == 7 * 1440 and page.get_attribute("#timeline", "data-zoom") == "week"
    bars = dom_bars(page)
    assert len(bars) == len(set(bars)) and set(bars) == expected_bars(view, lo, hi) and len(bars) > 50
    # bars carry text (readable without colour), every one starts with "reserved" and its times
    labels = page.eval_on_selector_all(".bar", "els => els.map(b => b.getAttribute('aria-label'))")
    assert all(t.startswith("reserved ") and "→" in t for t in labels)
    html = path.read_text()
    users = {r.user_name for n in view.nodes for r in n.reservations if r.user_name}
    assert users and not any(u in html for u in users)  # other users stay anonymous
    assert "http://" not in html and "https://" not in html and "<link" not in html
    assert page.inner_text("#fetch-time") == "fetched before 2025-10-30T19:54:00Z"
    # the now line: at --now, as a fraction of the track's width
    track = page.locator(".axis-row .track").bounding_box()
    now = page.locator("#now-line").bounding_box()
    expect = track["x"] + (to_minute(parse_time(NOW)) - lo) / (hi - lo) * track["width"]
    assert abs(now["x"] - expect) <= 2
    # one capacity lane per node type, each saying how many are free
    lanes = page.eval_on_selector_all(".lane", "els => els.map(e => e.dataset.laneType)")
    assert lanes == sorted({n.node_type for n in view.nodes})


def test_zoom_and_navigation_change_what_is_shown(pages, open_page):
    path, _ = pages["bundled"]
    view = api.load_view(REPO / "src" / "envboot" / "bundled" / "chameleon-uc")
    page = open_page(path)
    week = set(dom_bars(page))
    page.click("button[data-zoom='day']")
    lo, hi = view_window(page)
    assert hi - lo == 1440 and page.get_attribute("button[data-zoom='day']", "aria-pressed") == "true"
    day = set(dom_bars(page))
    assert day == expected_bars(view, lo, hi) and day < week
    page.click("#nav-next")
    lo2, hi2 = view_window(page)
    assert (lo2, hi2) == (lo + 1440, hi + 1440) and set(dom_bars(page)) == expected_bars(view, lo2, hi2)
    page.click("button[data-zoom='month']")
    lo, hi = view_window(page)
    assert hi - lo == 30 * 1440
    month = set(dom_bars(page))
    assert month == expected_bars(view, lo, hi) and month > week
    assert page.inner_text("#shown-count") == f"132 node(s) shown · {len(month)} reservation bar(s) in view"


def test_filters_by_zone_and_node_type(pages, open_page):
    path, doc = pages["multi"]
    view = api.load_view(MULTI)
    page = open_page(path)
    assert page.errors == []
    assert page.locator(".row").count() == 500 == doc["nodes"]
    lo, hi = view_window(page)
    assert set(dom_bars(page)) == expected_bars(view, lo, hi)
    page.select_option("#filter-zone", label=next(o for o in page.eval_on_selector_all(
        "#filter-zone option", "els => els.map(e => e.textContent)") if o.startswith("CHI@TACC")))
    tacc = [n for n in view.nodes if n.site_id == "tacc"]
    assert set(page.eval_on_selector_all(".row", "els => els.map(e => e.dataset.nodeUid)")) == {n.uid for n in tacc}
    assert page.locator(".row").count() == len(tacc) == 313
    assert set(dom_bars(page)) == expected_bars(view, lo, hi, lambda n: n.site_id == "tacc")
    assert set(page.eval_on_selector_all(".lane", "els => els.map(e => e.dataset.laneZone)")) == {"tacc"}
    types = page.eval_on_selector_all("#filter-type option", "els => els.map(e => [e.value, e.textContent])")
    value = next(v for v, label in types if label.startswith("gpu_p100 "))
    page.select_option("#filter-type", value=value)
    rows = page.eval_on_selector_all(".row", "els => els.map(e => [e.dataset.zone, e.dataset.nodeType])")
    assert rows and set(map(tuple, rows)) == {("tacc", "gpu_p100")}
    assert len(rows) == sum(1 for n in tacc if n.node_type == "gpu_p100")
    assert page.eval_on_selector_all(".lane", "els => els.map(e => [e.dataset.laneZone, e.dataset.laneType])") == [
        ["tacc", "gpu_p100"]]
    page.select_option("#filter-zone", value="")
    page.select_option("#filter-type", value="")
    assert page.locator(".row").count() == 500


def test_plan_drawn_at_the_minute_plan_gives(pages, open_page, tmp_path):
    path, doc = pages["bundled"]
    via_plan = tmp_path / "plan.html"
    r = envboot(["plan", "--zone", "uc", "--duration", "2h", "-n", "3", "-t", "compute_skylake",
                 "--start", "2025-10-30 20:00", "--now", NOW, "-f", "json", "--calendar", str(via_plan)])
    plan = json.loads(r.out)  # stdout stays the plan's JSON document
    fit = next(o for o in plan["options"] if o["strategy"] in ("base", "time_shift"))
    assert plan["status"] == "shifted" and fit["start"] == "2025-11-01T16:20:00Z"
    assert doc["plan"]["earliest_fit"]["start"] == fit["start"]
    page = open_page(path)
    marker = page.locator("#earliest-fit")
    assert marker.get_attribute("data-fit-start") == fit["start"] and marker.is_visible()
    lo, hi = view_window(page)
    track = page.locator(".axis-row .track").bounding_box()
    expect = track["x"] + (to_minute(parse_time(fit["start"])) - lo) / (hi - lo) * track["width"]
    assert abs(marker.bounding_box()["x"] - expect) <= 2
    # on the day view the minute is about a pixel wide: still exactly there
    page.click("button[data-zoom='day']")
    page.click("#nav-fit")
    lo, hi = view_window(page)
    assert lo <= to_minute(parse_time(fit["start"])) < hi
    expect = track["x"] + (to_minute(parse_time(fit["start"])) - lo) / (hi - lo) * track["width"]
    assert abs(page.locator("#earliest-fit").bounding_box()["x"] - expect) <= 1.5
    # the hosts Blazar would take carry the option's bar, and only they
    planned = page.eval_on_selector_all(
        ".fit[data-option-rank='1']", "els => els.map(e => [e.closest('.row').dataset.hostname, e.dataset.fitStart])")
    assert sorted(planned) == sorted([n["hostname"], fit["start"]] for n in fit["nodes"])
    assert page.locator("#plan-status").inner_text() == "shifted"
    assert fit["lease_request"]["start_date"] in page.inner_text("#plan-panel")
    # `envboot plan --calendar FILE` draws the same plan
    other = open_page(via_plan)
    assert other.get_attribute("#earliest-fit", "data-fit-start") == fit["start"]
    assert sorted(other.eval_on_selector_all(".fit[data-option-rank='1']", "els => els.map(e => "
                                             "e.closest('.row').dataset.hostname)")) == sorted(
        n["hostname"] for n in fit["nodes"])


def test_hovering_a_free_gap_shows_a_reserve_command_plan_accepts(pages, open_page):
    path, _ = pages["bundled"]
    view = api.load_view(REPO / "src" / "envboot" / "bundled" / "chameleon-uc")
    page = open_page(path)
    now = to_minute(parse_time(NOW))
    lo, hi = view_window(page)
    # a node with a free gap wholly in the future, inside the view, shorter than a lease: from the data
    chosen = None
    for n in view.nodes:
        spans = sorted((to_minute(r.start), to_minute_ceil(r.end)) for r in n.reservations)
        for (_, e1), (s2, _) in zip(spans, spans[1:], strict=False):
            if now < e1 < s2 < hi and 30 <= s2 - e1 < 7 * 1440:
                chosen = (n, e1, s2)
                break
        if chosen:
            break
    assert chosen, "the snapshot has a future gap in the first week"
    node, start, end = chosen
    at = f"{from_minute(start):%Y-%m-%dT%H:%M}:00Z"
    gap = page.locator(f".row[data-node-uid='{node.uid}'] .gap[data-gap-start='{at}']")
    assert gap.get_attribute("data-gap-end") == f"{from_minute(end):%Y-%m-%dT%H:%M}:00Z"
    assert page.locator("#tooltip").is_hidden()
    gap.hover()
    assert page.locator("#tooltip").is_visible()
    command = page.inner_text("#tooltip-command")
    minutes = end - start
    duration = f"{minutes // 60}h" if minutes % 60 == 0 else f"{minutes}m"
    assert command == shlex.join([
        "envboot", "reserve", "--zone", "uc", "--start", f"{from_minute(start):%Y-%m-%d %H:%M}", "--duration", duration,
        "-n", "1", "--node-type", node.node_type, "-p", json.dumps(["==", "$uid", node.uid]), "--dry-run", "0"])
    # the command is exact: `plan` with its flags gets exactly this node for it, and not a minute longer
    argv = shlex.split(command)[2:-2]
    ok = json.loads(envboot(["plan", *argv, "--now", NOW, "-f", "json"]).out)
    assert ok["status"] == "ok" and [n["uid"] for n in ok["options"][0]["nodes"]] == [node.uid]
    longer = [*argv[:argv.index("--duration") + 1], f"{minutes + 1}m", *argv[argv.index("--duration") + 2:]]
    assert json.loads(envboot(["plan", *longer, "--now", NOW, "-f", "json"]).out)["status"] != "ok"
    page.mouse.move(5, 5)
    assert page.locator("#tooltip").is_hidden()


def test_greyed_nodes_say_why_and_print_keeps_labels(tmp_path, open_page, bundled_copy):
    hosts = json.loads((bundled_copy / "hosts.json").read_text())
    off, gone = hosts[0], hosts[1]
    off["reservable"] = False
    (bundled_copy / "hosts.json").write_text(json.dumps([h for h in hosts if h is not gone]))
    rmap = json.loads((bundled_copy / "resource_map.json").read_text())
    rmap.pop(gone["id"])
    (bundled_copy / "resource_map.json").write_text(json.dumps(rmap))
    allocs = json.loads((bundled_copy / "allocations.json").read_text())
    (bundled_copy / "allocations.json").write_text(json.dumps([a for a in allocs if a["resource_id"] != gone["id"]]))
    inventory = json.loads((bundled_copy / "uc_chameleon_nodes.json").read_text())
    hostile = '<img src=x onerror="window.owned=1">'  # data is never markup
    inventory["items"][-1]["node_name"] = hostile
    (bundled_copy / "uc_chameleon_nodes.json").write_text(json.dumps(inventory))
    out = tmp_path / "grey.html"
    r = envboot(["calendar", "-o", str(out), "--data", str(bundled_copy), "--zone", "uc", "--now", NOW])
    assert r.code == 0, r.err
    page = open_page(out)
    assert page.locator(".row").count() == 132
    assert page.locator("img").count() == 0 and page.evaluate("window.owned") is None and page.errors == []
    assert page.locator(f".row[data-node-uid='{inventory['items'][-1]['uid']}'] .host").inner_text() == hostile
    rows = page.eval_on_selector_all(
        ".row:not(.s-ok)", "els => els.map(e => [e.dataset.nodeUid, e.dataset.status, "
        "e.querySelector('.unavail').textContent, e.querySelectorAll('.gap').length])")
    assert sorted(rows) == sorted([
        [off["hypervisor_hostname"], "not_reservable", "not reservable: Blazar has the host with reservable=false", 0],
        [gone["hypervisor_hostname"], "not_in_blazar",
         "unknown to Blazar: in the hardware inventory only, cannot be reserved", 0]])
    # print: controls and gap hit areas go, bars keep their text and a black border
    page.emulate_media(media="print")
    assert page.locator("#controls").is_hidden() and page.locator(".gap").first.is_hidden()
    bar = page.locator(".bar").first
    assert bar.is_visible() and bar.inner_text().startswith("reserved ")
    assert bar.evaluate("b => getComputedStyle(b).borderTopColor") == "rgb(0, 0, 0)"
    assert page.locator(".row.s-not_reservable .unavail").is_visible()


def test_calendar_json_schema_and_bad_input(pages, tmp_path):
    import jsonschema

    from envboot.interfaces.schemas import load as load_schema

    validator = jsonschema.Draft202012Validator(load_schema("calendar"), format_checker=jsonschema.FormatChecker())
    for _, doc in pages.values():
        validator.validate(doc)
    target = tmp_path / "x.html"
    for argv, needle in [
        (["--zone", "uc", "--request", "-n three"], "--request"),
        (["--zone", "uc", "--request", "-t quantum"], "unknown node type"),
        (["--zone", "uc", "--from", "2025-10-30 00:00", "--to", "2025-10-29 00:00"], "--to must be after --from"),
        (["--zone", "uc", "--from", "2025-01-01 00:00", "--to", "2026-06-01 00:00"], "366 days"),
        (["--zone", "uc", "--all-zones"], "either --zone or --all-zones"),
    ]:
        r = envboot(["calendar", "-o", str(target), *argv])
        assert r.code == 2 and needle in r.err and r.err.count("\n") == 1, (argv, r.err)
        assert not target.exists()


def test_floating_ip_lane_per_zone(tmp_path, open_page):
    path = tmp_path / "fip.html"
    r = envboot(["calendar", "-o", str(path), "--zone", "uc", "--now", NOW, "--floating-ips", "--from",
                 "2025-10-30 19:54", "--to", "2025-11-06 19:54", "-f", "json"])
    assert r.code == 0, r.err
    assert json.loads(r.out)["floating_ip_lanes"] == 1
    page = open_page(path)
    assert page.errors == [] and page.requests == [path.as_uri()]
    lanes = page.eval_on_selector_all(".fip-lane", "els => els.map(e => [e.dataset.laneZone, e.dataset.laneKind, "
                                      "+e.dataset.freeMin, +e.dataset.freeMax])")
    # the bundled pool in the first week from 19:54 (capacity --floating-ips): 7 free at the fewest, 16 at the most
    assert lanes == [["uc", "virtual:floatingip", 7, 16]]
    assert "free floating IPs per zone" in page.inner_text(".lanes-title")
    # the node lanes are still one per node type
    assert page.locator(".lane:not(.fip-lane)").count() == len({n.node_type for n in api.load_view(
        REPO / "src" / "envboot" / "bundled" / "chameleon-uc").nodes})
