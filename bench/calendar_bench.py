#!/usr/bin/env python3
"""Budgets of `envboot calendar`, measured (not a timed test): the five-site example over 30 days
renders in Chromium in <= 1 s and the file is <= 2 MB.

    .venv/bin/python bench/calendar_bench.py [--runs 7] [--screenshots docs/img]

Writes the page with the real CLI (in a fresh process, timed), then opens it RUNS times in Debian's
headless Chromium (/usr/bin/chromium, driven by Playwright; a fresh page each time) and reads:

- ``render``: the page's own script, from its first line to the DOM built (JSON.parse included);
- ``first paint``: ``performance.now()`` after the first frame following that render, i.e. from
  navigation start through HTML parse, script, style, layout and paint;
- ``open``: wall clock around ``page.goto`` until the page says it is drawn;
- ``zoom to 1 month`` / ``filter``: a click / select until the next frame is painted.

Both the default 1-week view and the 30-day view (``#zoom=month``: every reservation of the range
in view) are measured. Exit code 1 if a budget is missed (first paint, in every run; file size).
With ``--screenshots DIR``, also writes
the screenshots linked from the README.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

REPO = Path(__file__).resolve().parent.parent
ENVBOOT = str(Path(sys.executable).with_name("envboot"))
MULTI = REPO / "examples" / "chameleon-multisite"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
RENDER_BUDGET_MS = 1000
SIZE_BUDGET = 2 * 1024 * 1024
PAINTED = "body[data-painted-at]"
NEXT_FRAME = "() => new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)))"


def envboot(*argv: str) -> float:
    t = time.perf_counter()
    subprocess.run([ENVBOOT, *argv], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t


def measure(browser, url: str, runs: int) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {"render": [], "first paint": [], "open": [], "zoom to 1 month": [], "filter": []}
    for _ in range(runs):
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        t = time.perf_counter()
        page.goto(url)
        page.wait_for_selector(PAINTED)
        out["open"].append((time.perf_counter() - t) * 1000)
        out["render"].append(float(page.get_attribute("body", "data-render-ms")))
        out["first paint"].append(float(page.get_attribute("body", "data-painted-at")))
        for key, action in (("zoom to 1 month", lambda p: p.click("button[data-zoom='month']")),
                            ("filter", lambda p: p.select_option("#filter-zone", index=2))):
            t0 = page.evaluate("performance.now()")
            action(page)
            page.evaluate(NEXT_FRAME)
            out[key].append(page.evaluate("performance.now()") - t0)
        page.close()
    return out


def screenshots(browser, directory: Path, tmp: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    bundled = tmp / "bundled.html"
    envboot("calendar", "-o", str(bundled), "--zone", "uc", "--now", "2025-10-30 19:54",
            "--request", "-n 3 -t compute_skylake --duration 2h --start '2025-10-30 20:00'")
    multi = tmp / "multi-shot.html"
    envboot("calendar", "-o", str(multi), "--data", str(MULTI), "--all-zones", "--now", "2026-06-29 12:00")
    written = []
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(bundled.as_uri())
    page.wait_for_selector(PAINTED)
    written.append(directory / "calendar-bundled.png")
    page.screenshot(path=written[-1])
    # the planned hosts and a free gap's reserve command
    page.locator(".group[data-group-type='compute_skylake']").scroll_into_view_if_needed()
    page.evaluate("window.scrollBy(0, -140)")
    gap = page.locator(".row[data-node-type='compute_skylake'] .gap[data-gap-start^='2025-11-02']").first
    gap.hover()
    written.append(directory / "calendar-plan-and-gap.png")
    page.screenshot(path=written[-1])
    page.close()
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(multi.as_uri() + "#zoom=month")
    page.wait_for_selector(PAINTED)
    written.append(directory / "calendar-multisite.png")
    page.screenshot(path=written[-1])
    page.close()
    return written


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--screenshots", type=Path)
    a = ap.parse_args()
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} is missing: apt-get install -y chromium", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        page = tmp / "multisite.html"
        generate = [envboot("calendar", "-o", str(page), "--data", str(MULTI), "--all-zones", "--from",
                            "2026-06-29 00:00", "--to", "2026-07-29 00:00", "--now", "2026-06-29 12:00")
                    for _ in range(3)]
        size = page.stat().st_size
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            version = browser.version
            week = measure(browser, page.as_uri(), a.runs)
            month = measure(browser, page.as_uri() + "#zoom=month", a.runs)
            shots = screenshots(browser, a.screenshots, tmp) if a.screenshots else []
            browser.close()
    print(f"# envboot calendar: 5 sites, 500 nodes, 30 days ({platform.machine()}, Python "
          f"{platform.python_version()}, Chromium {version}, median of {a.runs} (max))\n")
    print(f"- file: {size:,} bytes ({size / 1024 / 1024:.2f} MiB; budget 2 MiB)")
    print(f"- `envboot calendar` process (load, merge, engine, page): {statistics.median(generate):.2f} s median of 3")
    print("\n| view | render (script) | first paint | open (wall clock) | zoom to 1 month | filter by zone |")
    print("|---|---|---|---|---|---|")
    worst = 0.0
    for label, m in (("1 week (default)", week), ("30 days (#zoom=month)", month)):
        cells = [f"{statistics.median(m[k]):.0f} ms ({max(m[k]):.0f})" for k in
                 ("render", "first paint", "open", "zoom to 1 month", "filter")]
        print(f"| {label} | " + " | ".join(cells) + " |")
        worst = max(worst, max(m["first paint"]))
    for s in shots:
        print(f"wrote {s.relative_to(REPO) if s.is_relative_to(REPO) else s}")
    ok = worst <= RENDER_BUDGET_MS and size <= SIZE_BUDGET
    print(f"\nbudgets (first paint <= {RENDER_BUDGET_MS} ms in every run, file <= 2 MiB): "
          f"{'met' if ok else 'MISSED'} (worst first paint {worst:.0f} ms)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
