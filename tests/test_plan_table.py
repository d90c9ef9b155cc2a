"""The plan table as a person sees it at 80 columns: word-wrapped, nothing repeated, a 24-line screen by
default (``--all`` for every option), the JSON's strategy names, GPUs per node, and the exact
``envboot reserve`` command of the top option (the calendar's ``option_command``), which plans the
same option when its flags are planned again."""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys

import pytest

from .conftest import REPO

MULTI = str(REPO / "examples" / "chameleon-multisite")
MS = ["--data", MULTI, "--zone", "uc", "--start", "2026-06-29 14:00", "--now", "2026-06-29 12:00"]
UC = ["--zone", "uc", "--start", "2025-10-30 20:00", "--now", "2025-10-30 19:54"]
CASES = {
    "gpu ladder, any zone": [*MS, "--duration", "2h", "-n", "2", "--min-amount", "1", "-t", "gpu_a100_pcie",
                             "--any-zone", "--allow-downgrade"],
    "4x a100 downgrade": [*MS, "--duration", "2h", "-n", "4", "-t", "gpu_a100_pcie", "--any-zone",
                          "--allow-downgrade"],
    "min-amount shift": [*UC, "--duration", "2h", "-n", "5", "--min-amount", "2", "-t", "gpu_v100"],
    "shift": [*UC, "--duration", "2h", "-n", "3", "-t", "compute_skylake"],
    "needs": [*MS, "--duration", "2h", "-n", "1", "--needs", "gpus>=2", "--any-zone"],
}
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def run(argv, columns=80):
    env = {**os.environ, "COLUMNS": str(columns), "LINES": "24", "NO_COLOR": "1"}
    env.pop("ENVBOOT_NOW", None)
    r = subprocess.run([sys.executable, "-m", "envboot", "plan", *argv], capture_output=True, text=True, env=env,
                       cwd=REPO, timeout=120)
    return r.returncode, ANSI.sub("", r.stdout)


def table_rows(text):
    lines = text.splitlines()
    head = next(i for i, line in enumerate(lines) if re.match(r"^ *#  strategy", line))
    rows = []
    for line in lines[head + 2:]:
        if not re.match(r"^ *\d+\s", line):
            break
        rows.append(line.split())
    return lines[head], rows


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_plan_table_fits_80_columns_and_24_lines_without_repeating(case):
    code, text = run(CASES[case])
    _, doc = run_json(CASES[case])
    assert code == (0 if doc["options"] else 1)
    lines = text.splitlines()
    assert max(len(line) for line in lines) <= 80, [line for line in lines if len(line) > 80]
    assert len(lines) <= 24, text
    assert len(set(lines)) == len(lines), [line for line in lines if lines.count(line) > 1]
    _, rows = table_rows(text)
    assert [r[1] for r in rows] == [o["strategy"] for o in doc["options"][:len(rows)]]  # the JSON's names
    if len(rows) < len(doc["options"]):
        assert f"{len(doc['options']) - len(rows)} more: --all or -f json" in text
    else:
        assert "more: --all" not in text
    for o in doc["options"][:len(rows)]:  # a reason's shared clause is said once (on the status line)
        assert text.count(o["why"].split("; ", 1)[0]) <= 1 or o["why"].count("; ") == 0
    # words are never cut: every word of the table's prose appears whole in the output
    words = set(" ".join(lines).split())
    for o in doc["options"][:len(rows)]:
        for word in o["why"].split("; ", 1)[-1].split():
            assert word in words, word


def run_json(argv):
    code, out = run([*argv, "-f", "json"])
    return code, json.loads(out)


def test_all_shows_every_option_and_the_gpus_per_node():
    argv = CASES["gpu ladder, any zone"]
    _, doc = run_json(argv)
    _, short = run(argv)
    code, text = run([*argv, "--all"])
    assert code == 0 and len(doc["options"]) > len(table_rows(short)[1])  # the default really shortens it
    header, rows = table_rows(text)
    assert len(rows) == len(doc["options"]) and "more: --all" not in text
    assert header.split() == ["#", "strategy", "zone", "start", "(UTC)", "hosts", "GPUs", "node", "type", "SU"]
    for row, o in zip(rows, doc["options"], strict=True):
        assert (row[1], row[2], row[6], row[7]) == (o["strategy"], o["zone"], str(o["gpus_per_node"]),
                                                     o["node_type"])


@pytest.mark.parametrize("case", ["gpu ladder, any zone", "min-amount shift", "shift"])
def test_the_printed_reserve_command_plans_the_top_option(case):
    argv = CASES[case]
    _, doc = run_json(argv)
    _, text = run(argv, columns=1000)  # one line, to read the command back
    line = next(x for x in text.splitlines() if x.startswith("book it: "))
    cmd = shlex.split(line[len("book it: "):])
    assert cmd[:2] == ["envboot", "reserve"] and cmd[-2:] == ["--dry-run", "0"]
    top = doc["options"][0]
    # The reserve command's own flags, planned again on the same data: the same window, zone, hardware, hosts.
    data = argv[argv.index("--data"):argv.index("--data") + 2] if "--data" in argv else []
    now = argv[argv.index("--now"):argv.index("--now") + 2]
    _, again = run_json([*cmd[2:-2], *data, *now])
    got = again["options"][0]
    assert got["delay_minutes"] == 0 and again["request"]["start"] == top["start"]
    for key in ("zone", "start", "end", "node_type", "amount", "min_amount", "max_amount", "resource_properties"):
        assert got[key] == top[key], key
    assert [n["uid"] for n in got["nodes"]] == [n["uid"] for n in top["nodes"]]
    assert got["lease_request"] == top["lease_request"]
