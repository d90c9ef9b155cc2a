"""`envboot needs` on hostile-sized repositories: one 1 MB manifest, and a repository of 5,000 files.

    .venv/bin/python bench/needs_bench.py [--runs 7]

Each run is a fresh `envboot needs DIR -f json` process; the figures are the median wall time and the
median peak memory (the process's max RSS, from wait4). Goals (issue 18): <= 2 s median, <= 100 MB.
The repositories are generated deterministically under bench/out/needs/.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "out" / "needs"
ENVBOOT = [sys.executable, "-m", "envboot"]
GOAL_S, GOAL_MB = 2.0, 100.0


def manifest_repo(root: Path) -> Path:
    """requirements.txt of ~1 MB: GPU wheels, CPU packages and index lines, ~47,000 lines."""
    repo = root / "manifest-1mb"
    if repo.exists():
        shutil.rmtree(repo)
    repo.mkdir(parents=True)
    lines, size, i = [], 0, 0
    kinds = ("cupy-cuda12x==13.0.{i}", "numpy=={i}.0", "nvidia-cudnn-cu12==9.{i}", "requests>={i}",
             "torch==2.3.{i}+cu121", "--extra-index-url https://download.pytorch.org/whl/cu121")
    while size < 1_000_000 - 64:
        line = kinds[i % len(kinds)].format(i=i)
        lines.append(line)
        size += len(line) + 1
        i += 1
    (repo / "requirements.txt").write_text("\n".join(lines) + "\n")
    return repo


def files_repo(root: Path, n: int = 5000) -> Path:
    """A repository of ``n`` files shaped like a real ML project: sources, docs, configs, manifests."""
    repo = root / f"files-{n}"
    if repo.exists():
        shutil.rmtree(repo)
    repo.mkdir(parents=True)
    (repo / "README.md").write_text("# model\n\nTraining requires 4 GPUs with at least 40 GB each.\n"
                                    "Inference needs 64 GB of RAM.\n" + "Some prose about the method.\n" * 200)
    (repo / "requirements.txt").write_text("torch==2.3.0+cu121\nnumpy\nflash-attn\n" + "pkg\n" * 100)
    (repo / "pyproject.toml").write_text("[project]\nname = 'm'\ndependencies = ['numpy', 'cupy-cuda12x']\n")
    (repo / "environment.yml").write_text("dependencies:\n  - python=3.11\n  - pytorch-cuda=12.1\n")
    (repo / "Dockerfile").write_text("FROM nvidia/cuda:12.1.0-runtime-ubuntu22.04\nRUN pip install vllm\n")
    (repo / ".devcontainer").mkdir()
    (repo / ".devcontainer" / "devcontainer.json").write_text('{"hostRequirements": {"cpus": 8, "memory": "32gb"}}')
    (repo / "tool.cwl").write_text("cwlVersion: v1.2\nclass: CommandLineTool\nrequirements:\n"
                                   "  - class: ResourceRequirement\n    coresMin: 8\n")
    made = 7
    body = "import torch\n\n\ndef f(x):\n    return x * 2\n" * 60  # ~2.6 KB of Python
    d = 0
    while made < n:
        pkg = repo / "src" / f"pkg{d // 50:03d}" / f"mod{d % 50:02d}"
        pkg.mkdir(parents=True, exist_ok=True)
        for j in range(10):
            if made >= n:
                break
            if j == 0:
                (pkg / "README.md").write_text("Notes; requires 2 GPUs for the big config.\n")
            elif j == 1:
                (pkg / "requirements.txt").write_text("numpy\nscipy\n")
            elif j == 2:
                (pkg / "config.yaml").write_text("lr: 0.001\nbatch: 32\n")
            else:
                (pkg / f"f{j}.py").write_text(body)
            made += 1
        d += 1
    return repo


def measure(repo: Path, runs: int) -> dict:
    times, peaks, doc = [], [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.Popen([*ENVBOOT, "needs", str(repo), "-f", "json"], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE)
        out = proc.stdout.read()  # type: ignore[union-attr]
        proc.stderr.read()  # type: ignore[union-attr]
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        times.append(time.perf_counter() - t0)
        peaks.append(usage.ru_maxrss / 1024)
        assert proc.returncode == 0, proc.returncode
        doc = json.loads(out)
    files = sum(1 for p in repo.rglob("*") if p.is_file())
    mb = sum(p.stat().st_size for p in repo.rglob("*") if p.is_file()) / 1e6
    return {"repo": repo.name, "files": files, "MB": round(mb, 1), "median_s": statistics.median(times),
            "peak_MB": statistics.median(peaks), "needs": doc["needs"], "warnings": len(doc["warnings"]),
            "scan_cut": doc["scan_cut"]}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    rows = [measure(manifest_repo(OUT), args.runs), measure(files_repo(OUT), args.runs)]
    print("| repository | files | MB | median s | peak MB | needs | warnings | goal (≤ 2 s, ≤ 100 MB) |")
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        ok = "PASS" if r["median_s"] <= GOAL_S and r["peak_MB"] <= GOAL_MB else "FAIL"
        print(f"| {r['repo']} | {r['files']:,} | {r['MB']} | {r['median_s']:.2f} | {r['peak_MB']:.0f} | "
              f"`{r['needs']}` | {r['warnings']} | {ok} |")


if __name__ == "__main__":
    main()
