#!/usr/bin/env python3
"""Benchmark envboot against `json.load` alone and against the seed's method, side by side.

    python bench/generate.py && python bench/run.py [uc 10k 100k]

Each process measurement runs in a fresh subprocess; peak memory is that process's max RSS.
Writes a markdown table to stdout and to bench/out/results.md.
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
PY = sys.executable
ENVBOOT = str(Path(PY).with_name("envboot"))
BASELINE_TIMEOUT_S = 300

JSON_LOAD = """
import json, sys, pathlib
root = pathlib.Path(sys.argv[1])
files = [p for p in sorted(root.rglob('*.json'))]
docs = [json.load(open(p)) for p in files]
"""

IN_PROCESS = """
import json, statistics, sys, time
from pathlib import Path
t0 = time.perf_counter()
from envboot import api
from envboot.kinds.hosts.engine import to_minute
from envboot.kinds.hosts.planner import PlanRequest
from envboot.domain.properties import combine, node_type_expression
from envboot.core.timeutil import parse_time
t_import = time.perf_counter()
view = api.load_view(Path(sys.argv[1]))
t_load = time.perf_counter()
engine = api.build_engine(view)
t_engine = time.perf_counter()
zone, node_type, start = sys.argv[2], sys.argv[3], parse_time(sys.argv[4])
minutes, amount = int(sys.argv[5]), int(sys.argv[6])
flt = lambda n: n.site_id == zone and n.node_type == node_type
a = time.perf_counter()
engine.earliest(to_minute(start), minutes, amount, 168 * 60, flt)  # builds the selected nodes' timelines
first_ms = (time.perf_counter() - a) * 1000
runs = []
for _ in range(7):
    a = time.perf_counter()
    slot = engine.earliest(to_minute(start), minutes, amount, 168 * 60, flt)
    runs.append(time.perf_counter() - a)
hourly = None
for step in range(169):  # envboot restricted to the seed's hourly grid, for the agreement check
    t = to_minute(start) + 60 * step
    if engine.free_at(t, t + minutes, flt).free_count >= amount:
        hourly = t
        break
print(json.dumps({"import_s": t_import - t0, "load_merge_s": t_load - t_import, "engine_s": t_engine - t_load,
                  "earliest_ms": statistics.median(runs) * 1000, "first_ms": first_ms,
                  "earliest": slot.start if slot else None,
                  "hourly": hourly, "nodes": len(view.nodes),
                  "reservations": sum(len(n.reservations) for n in view.nodes)}))
"""

BASELINE = """
import json, sys, time
from datetime import datetime
from pathlib import Path
sys.path.insert(0, sys.argv[7])
import seed_baseline
t0 = time.perf_counter()
root = Path(sys.argv[1])
site_dir = root / sys.argv[2] if (root / sys.argv[2]).is_dir() else root
alloc, rmap, nodes = seed_baseline.load(site_dir, root / f"{sys.argv[2]}_chameleon_nodes.json")
t1 = time.perf_counter()
start = datetime.strptime(sys.argv[4], "%Y-%m-%d %H:%M")
found = seed_baseline.earliest_hourly(alloc, rmap, nodes, sys.argv[3], start, int(sys.argv[5]), int(sys.argv[6]), 168)
t2 = time.perf_counter()
print(json.dumps({"load_s": t1 - t0, "query_s": t2 - t1, "earliest": found.isoformat() if found else None}))
"""


@dataclass
class Proc:
    seconds: float
    peak_mb: float
    stdout: str
    returncode: int


def timed(argv: list[str], timeout: float | None = None) -> Proc:
    """Run ``argv``: wall time and the child's own max RSS (MB), output through temp files (no pipe stalls)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        p = subprocess.Popen(argv, stdout=out, stderr=err)
        deadline = None if timeout is None else start + timeout
        while True:
            pid, status, usage = os.wait4(p.pid, os.WNOHANG)
            if pid:
                break
            if deadline and time.perf_counter() > deadline:
                p.kill()
                os.wait4(p.pid, 0)
                return Proc(time.perf_counter() - start, 0.0, "", -9)
            time.sleep(0.002)
        elapsed = time.perf_counter() - start
        p.returncode = os.waitstatus_to_exitcode(status)  # reaped here; keep Popen from waiting again
        out.seek(0)
        err.seek(0)
        code = p.returncode
        if code not in (0, 1):
            sys.stderr.write(err.read().decode())
        return Proc(elapsed, usage.ru_maxrss / 1024, out.read().decode(), code)


QUERY = {
    # size: (zone, node type, start, minutes, amount)
    "uc": ("uc", "compute_skylake", "2025-10-30 20:00", 120, 3),
    "10k": ("s00", "gpu_x", "2026-01-05 12:00", 120, 120),
    "100k": ("s00", "gpu_x", "2026-01-05 12:00", 120, 1200),
}


def bench(size: str) -> dict:
    root = OUT / size
    if not root.exists():
        raise SystemExit(f"{root} missing: run python bench/generate.py {size}")
    zone, node_type, start, minutes, amount = QUERY[size]
    q = [zone, node_type, start, str(minutes), str(amount)]
    mb = sum(f.stat().st_size for f in root.rglob("*.json")) / 1e6
    jl = min((timed([PY, "-c", JSON_LOAD, str(root)]) for _ in range(3)), key=lambda p: p.seconds)
    inproc = json.loads(timed([PY, "-c", IN_PROCESS, str(root), *q]).stdout)
    # --now: replay the synthetic snapshot as of an hour before the query (the query is in the clock's past)
    replay = (datetime.fromisoformat(start) - timedelta(hours=1)).strftime("%Y-%m-%d %H:%M")
    plan_argv = [ENVBOOT, "plan", "--data", str(root), "--zone", zone, "-t", node_type, "--start", start,
                 "--duration", str(minutes), "--amount", str(amount), "--any-zone", "--now", replay, "-f", "json"]
    plans = [timed(plan_argv) for _ in range(3)]
    plan = min(plans, key=lambda p: p.seconds)
    plan_doc = json.loads(plan.stdout)
    base = timed([PY, "-c", BASELINE, str(root), *q, str(HERE)], timeout=BASELINE_TIMEOUT_S)
    base_doc = json.loads(base.stdout) if base.returncode == 0 else None
    if base.returncode not in (0, -9):
        raise SystemExit(f"seed baseline failed on {size}")
    top = plan_doc["options"][0] if plan_doc["options"] else None
    return {
        "size": size, "mb": mb, "nodes": inproc["nodes"], "reservations": inproc["reservations"],
        "json_s": jl.seconds, "json_mb": jl.peak_mb,
        "load_merge_s": inproc["load_merge_s"], "engine_s": inproc["engine_s"], "earliest_ms": inproc["earliest_ms"],
        "first_ms": inproc["first_ms"],
        "plan_s": plan.seconds, "plan_mb": plan.peak_mb, "plan_status": plan_doc["status"],
        "plan_start": top["start"] if top else None,
        "baseline_s": base.seconds if base_doc else None, "baseline_timeout": base_doc is None,
        "baseline_earliest": base_doc["earliest"] if base_doc else None,
        "envboot_hourly": inproc["hourly"], "envboot_exact": inproc["earliest"],
    }


def agreement(r: dict) -> str:
    if r["baseline_timeout"]:
        return "n/a (baseline timed out)"
    from datetime import UTC, datetime, timedelta

    hourly = r["envboot_hourly"]
    mine = None if hourly is None else (datetime(1970, 1, 1, tzinfo=UTC) + timedelta(minutes=hourly))
    theirs = r["baseline_earliest"]
    same = (mine is None and theirs is None) or (
        mine is not None and theirs is not None and mine.strftime("%Y-%m-%dT%H:%M") == theirs[:16])
    return "agree" if same else f"DISAGREE (envboot hourly {mine}, baseline {theirs})"


def table(rows: list[dict]) -> str:
    head = ("| size | nodes | reservations | files MB | json.load s | json.load peak MB | envboot load+merge s "
            "| engine build s | first query ms | earliest query ms | `envboot plan` process s | plan peak MB "
            "| plan ÷ json.load time | plan ÷ json.load memory | seed baseline s | speed-up "
            "| agreement (hourly grid) |")
    sep = "|" + "|".join("---" for _ in range(head.count("|") - 1)) + "|"
    lines = [head, sep]
    for r in rows:
        base = f"> {BASELINE_TIMEOUT_S}" if r["baseline_timeout"] else f"{r['baseline_s']:.2f}"
        speed = "-" if r["baseline_timeout"] else f"{r['baseline_s'] / r['plan_s']:.0f}×"
        lines.append(
            f"| {r['size']} | {r['nodes']:,} | {r['reservations']:,} | {r['mb']:.0f} | {r['json_s']:.2f} | "
            f"{r['json_mb']:.0f} | {r['load_merge_s']:.2f} | {r['engine_s']:.2f} | {r['first_ms']:.1f} | "
            f"{r['earliest_ms']:.1f} | "
            f"{r['plan_s']:.2f} | {r['plan_mb']:.0f} | {r['plan_s'] / r['json_s']:.2f} | "
            f"{r['plan_mb'] / r['json_mb']:.2f} | {base} | {speed} | {agreement(r)} |")
    return "\n".join(lines)


def verdicts(rows: list[dict]) -> str:
    out = []
    for r in rows:
        if r["size"] == "uc":
            continue
        out.append(f"- {r['size']}: earliest query {r['earliest_ms']:.1f} ms (target ≤ 50 ms: "
                   f"{'PASS' if r['earliest_ms'] <= 50 else 'FAIL'}); plan process {r['plan_s'] / r['json_s']:.2f}× "
                   f"json.load time (target ≤ 2: {'PASS' if r['plan_s'] <= 2 * r['json_s'] else 'FAIL'}); "
                   f"peak memory {r['plan_mb'] / r['json_mb']:.2f}× json.load (target ≤ 1.5: "
                   f"{'PASS' if r['plan_mb'] <= 1.5 * r['json_mb'] else 'FAIL'})")
    return "\n".join(out)


def main(argv: list[str]) -> None:
    rows = []
    for size in argv or ["uc", "10k", "100k"]:
        print(f"benchmarking {size} ...", file=sys.stderr, flush=True)
        rows.append(bench(size))
    text = (f"Machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python "
            f"{platform.python_version()}\n\n{table(rows)}\n\n{verdicts(rows)}\n")
    print(text)
    (OUT / "results.md").write_text(text)
    (OUT / "results.json").write_text(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main(sys.argv[1:])
