"""Hostile repositories: the repository `envboot needs` (and the MCP tool) reads is untrusted input.
Alias bombs, huge manifests, FIFOs, cut scans, out-of-range numbers, deep nesting, non-UTF-8 names,
credentials in evidence, paths outside the MCP server's allowed roots. Each is a warning naming the
file (or a one-line tool error), bounded in time and memory; the scan goes on."""

from __future__ import annotations

import json
import os
import resource
import sys
import threading
import time
from pathlib import Path

import anyio
import pytest
from mcp import Client, StdioServerParameters

from envboot.data.repo_needs import _common, scan
from envboot.interfaces.mcp import ServerConfig, build_server

from .conftest import REPO
from .schema_check import assert_valid

# 414 bytes of YAML that expand to 9**9 list items when walked or printed
BOMB = ("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        + "".join(f"{b}: &{b} [*{a},*{a},*{a},*{a},*{a},*{a},*{a},*{a},*{a}]\n"
                  for a, b in zip("abcdefgh", "bcdefghi", strict=True)))
GPU_README = "# x\n\nTraining requires 2 GPUs.\n"


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _scan_bounded(path, limit_s: float = 20.0, **kw):
    """scan() in a thread, failing the test (instead of hanging it) after ``limit_s``."""
    out: dict = {}

    def run():
        try:
            out["r"] = scan(path, **kw)
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            out["e"] = exc

    t = threading.Thread(target=run, daemon=True)
    t0 = time.monotonic()
    t.start()
    t.join(limit_s)
    assert not t.is_alive(), f"scan still running after {limit_s} s"
    if "e" in out:
        raise out["e"]
    return out["r"], time.monotonic() - t0


# -- YAML alias bombs --------------------------------------------------------------------------------
def test_alias_bomb_in_readme_front_matter_is_refused_with_a_warning(tmp_path):
    # put the bomb where a reader prints it: suggested_hardware refers to the biggest alias
    (tmp_path / "README.md").write_text("---\n" + BOMB + "suggested_hardware: *i\n---\n" + GPU_README)
    before = _rss_mb()
    r, took = _scan_bounded(tmp_path)
    assert took < 5 and _rss_mb() - before < 200
    assert any(w.startswith("README.md:") and "alias" in w for w in r.warnings), r.warnings
    assert r.text == "gpus>=2"  # the scan went on: the README's prose is still read


def test_alias_bomb_in_cwl_is_refused_and_the_scan_continues(tmp_path):
    (tmp_path / "tool.cwl").write_text("cwlVersion: v1.2\nclass: CommandLineTool\n" + BOMB
                                       + "hints:\n  - class: Bomb\n    x: *i\n")
    (tmp_path / "README.md").write_text(GPU_README)
    before = _rss_mb()
    r, took = _scan_bounded(tmp_path)
    assert took < 5 and _rss_mb() - before < 200
    assert any(w.startswith("tool.cwl:") and "alias" in w for w in r.warnings), r.warnings
    assert r.text == "gpus>=2"


def test_yaml_document_over_the_size_limit_is_skipped_with_a_warning(tmp_path):
    (tmp_path / "environment.yml").write_text("dependencies:\n" + "  - cudatoolkit\n" * 40_000)
    r, _ = _scan_bounded(tmp_path)
    assert any(w.startswith("environment.yml:") and "YAML" in w and "limit" in w for w in r.warnings), r.warnings


def test_a_large_value_quoted_in_a_warning_is_shortened(tmp_path):
    (tmp_path / "README.md").write_text("---\na: &a [" + ",".join(["lol"] * 300) + "]\nb: &b [" + ",".join(["*a"] * 300)
                                        + "]\nsuggested_hardware: *b\n---\n" + GPU_README)
    r = scan(tmp_path)
    assert r.text == "gpus>=2" and r.warnings and all(len(w) <= 300 and "\n" not in w for w in r.warnings)


def test_an_ordinary_anchor_and_alias_still_reads(tmp_path):
    (tmp_path / "tool.cwl").write_text(
        "cwlVersion: v1.2\nclass: CommandLineTool\nx: &res\n  class: ResourceRequirement\n  coresMin: 8\n"
        "requirements:\n  - *res\n")
    assert scan(tmp_path).text == "cpus>=8"


# -- big manifests: linear time, per-file caps, a whole-scan budget -------------------------------
@pytest.mark.parametrize("name,body", [
    ("requirements.txt", "cupy\n" * 20_000),
    ("requirements.txt", "cupy-cuda12x==13.0.0\n" * 47_000),  # ~1 MB
    ("environment.yml", "dependencies:\n" + "".join(f"  - pkg{i}\n" for i in range(20_000)) + "  - cudatoolkit\n"),
    ("pyproject.toml", "[project]\nname='x'\ndependencies=[\n" + "".join(f"'pkg{i}',\n" for i in range(20_000))
     + "'cupy',\n]\n"),
    ("Dockerfile", "FROM ubuntu\n" + "RUN pip install cupy\n" * 20_000),
    ("README.md", "requires 2 GPUs and 40 GB of GPU memory\n" * 20_000),
])
def test_one_big_manifest_scans_in_linear_time(tmp_path, name, body):
    (tmp_path / name).write_text(body)
    r, took = _scan_bounded(tmp_path, limit_s=30)
    assert took < 4, f"{name}: {took:.1f} s"
    assert r.gpu == "required"
    assert len(r.evidence) <= _common.MAX_EVIDENCE_PER_FILE
    assert len(json.dumps(r.to_dict())) < 1_000_000


def test_many_signals_in_one_file_are_capped_with_a_warning(tmp_path):
    (tmp_path / "requirements.txt").write_text("cupy\n" * 5000)
    r = scan(tmp_path)
    assert len(r.evidence) == _common.MAX_EVIDENCE_PER_FILE
    assert any(w.startswith("requirements.txt: ") and "kept" in w for w in r.warnings), r.warnings


def test_file_over_the_size_cap_is_a_warning(tmp_path):
    with (tmp_path / "requirements.txt").open("wb") as fh:  # sparse: 5 GB that take no disk
        fh.truncate(5_000_000_000)
    r, took = _scan_bounded(tmp_path)
    assert took < 2
    assert any(w.startswith("requirements.txt: ") and "limit" in w for w in r.warnings), r.warnings


def test_whole_scan_time_budget_stops_and_says_what_it_skipped(tmp_path):
    for i in range(30):
        (tmp_path / f"d{i:02d}").mkdir()
        (tmp_path / f"d{i:02d}" / "requirements.txt").write_text("cupy\n")
    r = scan(tmp_path, budget_s=0.0)
    doc = r.to_dict()
    assert doc["scan_cut"] is not None and doc["scan_cut"]["reason"] == "time"
    assert doc["scan_cut"]["files_not_read"] >= 1 and doc["scan_cut"]["at"].startswith("d")
    assert any("time budget" in w and doc["scan_cut"]["at"] in w for w in r.warnings), r.warnings
    assert r.gpu != "none"  # not read is not "none"


# -- FIFOs and other non-regular files never block -------------------------------------------------
def test_fifo_named_requirements_txt_does_not_hang(tmp_path):
    os.mkfifo(tmp_path / "requirements.txt")
    (tmp_path / "README.md").write_text(GPU_README)
    r, took = _scan_bounded(tmp_path, limit_s=10)
    assert took < 2 and r.text == "gpus>=2"
    assert any(w.startswith("requirements.txt: ") and "not a regular file" in w for w in r.warnings), r.warnings


def test_fifo_given_as_the_path_is_a_one_line_error(envboot, tmp_path):
    os.mkfifo(tmp_path / "requirements.txt")
    r = envboot(["needs", str(tmp_path / "requirements.txt")])
    assert r.code == 2 and "not a directory or a regular file" in r.err
    assert len(r.err.strip().splitlines()) == 1


def test_forty_fifo_calls_over_mcp_do_not_exhaust_the_server(tmp_path):
    for i in range(40):
        (tmp_path / f"r{i}").mkdir()
        os.mkfifo(tmp_path / f"r{i}" / "requirements.txt")

    async def main():
        async with Client(build_server(ServerConfig(repo_roots=(tmp_path,)))) as c:
            results: list = [None] * 41

            async def call(i):
                results[i] = await c.call_tool("needs_from_repository", {"path": str(tmp_path / f"r{i}")})

            with anyio.fail_after(60):
                async with anyio.create_task_group() as tg:  # all 40 at once: more than the worker threads
                    for i in range(40):
                        tg.start_soon(call, i)
                results[40] = await c.call_tool("zones", {})
            return results

    results = anyio.run(main)
    assert not any(x.is_error for x in results)
    assert all(any("not a regular file" in w for w in x.structured_content["warnings"]) for x in results[:40])


def test_symlinks_are_not_followed_out_of_the_repository(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "requirements.txt").write_text("cupy\n")
    os.mkfifo(outside / "fifo")
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "requirements.txt").symlink_to(outside / "requirements.txt")
    (repo / "requirements-gpu.txt").symlink_to(outside / "fifo")
    (repo / "docs").symlink_to(outside, target_is_directory=True)
    r, took = _scan_bounded(repo, limit_s=10)
    assert took < 2 and r.evidence == () and r.gpu == "none"


def test_a_hundred_thousand_files_are_cut_quickly_and_said(tmp_path):
    for d in range(100):
        sub = tmp_path / f"d{d:03d}"
        sub.mkdir()
        for f in range(1000):
            (sub / f"f{f}.txt").touch()
    (tmp_path / "README.md").write_text(GPU_README)
    r, took = _scan_bounded(tmp_path, limit_s=60)
    assert took < 15, took
    assert r.cut is not None and r.cut.reason == "files" and r.text == "gpus>=2"


# -- a cut scan says so ---------------------------------------------------------------------------
def test_scan_cut_at_the_file_limit_says_where_and_is_not_gpu_none(tmp_path, monkeypatch):
    monkeypatch.setattr(_common, "MAX_FILES", 50)
    for i in range(60):
        (tmp_path / f"f{i:03d}.txt").write_text("x")
    r = scan(tmp_path)
    doc = r.to_dict()
    assert doc["scan_cut"]["reason"] == "files" and doc["scan_cut"]["at"]
    assert any("50 files" in w and "cut" in w for w in r.warnings), r.warnings
    assert r.gpu == "unknown" and "cut" in r.gpu_basis
    assert_valid(json.loads(json.dumps({"schema_version": 1, **doc})), "needs")


def test_uncut_scan_has_no_cut_field(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    r = scan(tmp_path)
    assert r.to_dict()["scan_cut"] is None and r.gpu == "none"


# -- numbers and nesting -------------------------------------------------------------------------
@pytest.mark.parametrize("body", [
    '{"hostRequirements": {"cpus": 1e400}}',
    '{"hostRequirements": {"cpus": Infinity}}',
    '{"hostRequirements": {"cpus": NaN}}',
    '{"hostRequirements": {"cpus": ' + "9" * 5000 + "}}",
    '{"hostRequirements": ' + "[" * 100_000 + "]" * 100_000 + "}",
    '{"hostRequirements": {"gpu": ' + '{"a": ' * 5000 + "1" + "}" * 5000 + "}}",
])
def test_devcontainer_numbers_and_nesting_are_warnings(tmp_path, body):
    (tmp_path / ".devcontainer").mkdir()
    (tmp_path / ".devcontainer" / "devcontainer.json").write_text(body)
    (tmp_path / "README.md").write_text(GPU_README)
    r, _ = _scan_bounded(tmp_path)
    assert r.text == "gpus>=2"
    assert any(w.startswith(".devcontainer/devcontainer.json: ") for w in r.warnings), r.warnings


@pytest.mark.parametrize("value", [".inf", "-.inf", ".nan", "1e400", "1" + "0" * 400])
def test_cwl_out_of_range_numbers_are_warnings(tmp_path, value):
    (tmp_path / "tool.cwl").write_text(f"cwlVersion: v1.2\nclass: CommandLineTool\nrequirements:\n"
                                       f"  - class: ResourceRequirement\n    coresMin: {value}\n    ramMin: 1024\n")
    r, _ = _scan_bounded(tmp_path)
    assert any(w.startswith("tool.cwl") for w in r.warnings), r.warnings
    assert "cpus" not in r.text


def test_cwl_deep_nesting_is_a_warning(tmp_path):
    (tmp_path / "tool.cwl").write_text("a: " + "[" * 50_000 + "]" * 50_000 + "\n")
    (tmp_path / "deep.cwl").write_text("".join("  " * i + f"k{i}:\n" for i in range(3000)) + "  " * 3000 + "v\n")
    r, _ = _scan_bounded(tmp_path)
    assert any(w.startswith("tool.cwl: ") for w in r.warnings), r.warnings
    assert any(w.startswith("deep.cwl: ") for w in r.warnings), r.warnings


# -- file names that are not UTF-8 -------------------------------------------------------------------
def test_non_utf8_file_names_are_reported_safely(tmp_path, envboot):
    root = os.fsencode(tmp_path)
    os.mkdir(root + b"/bad\xffdir")
    with open(root + b"/requirements\xfe.txt", "wb") as fh:
        fh.write(b"cupy\n")
    with open(root + b"/bad\xffdir/requirements.txt", "wb") as fh:
        fh.write(b"cupy\n")
    (tmp_path / "README.md").write_text(GPU_README)
    r = scan(tmp_path)
    doc = json.dumps(r.to_dict())  # encodable: no lone surrogates anywhere
    doc.encode("utf-8")
    assert r.text == "gpus>=2"
    assert any("not UTF-8" in w and "\\xfe" in w for w in r.warnings), r.warnings
    cli = envboot(["needs", str(tmp_path), "-f", "json"])
    assert cli.code == 0 and json.loads(cli.out)["needs"] == "gpus>=2"

    async def main():
        async with Client(build_server(ServerConfig(repo_roots=(tmp_path,)))) as c:
            return await c.call_tool("needs_from_repository", {"path": str(tmp_path)})

    res = anyio.run(main)
    assert not res.is_error and res.structured_content["needs"] == "gpus>=2"


# -- credentials in evidence are redacted ---------------------------------------------------------
SECRETS = ["s3cr3tTOKENvalue", "ghp_" + "A1b2C3d4" * 5, "hunter2pass", "glpat-" + "x" * 20, "hf_" + "Q" * 34]


def _hostile_creds(tmp_path: Path) -> Path:
    (tmp_path / "requirements.txt").write_text(
        f"--extra-index-url https://user:{SECRETS[0]}@download.pytorch.org/whl/cu121\n"
        f"torch==2.3.0+cu121 --index-url https://{SECRETS[1]}@download.pytorch.org/whl/cu121\n")
    (tmp_path / "Dockerfile").write_text(
        "FROM nvidia/cuda:12.1.0-base\n"
        f"RUN pip install --index-url https://oauth2:{SECRETS[3]}@download.pytorch.org/whl/cu121 cupy\n")
    (tmp_path / "README.md").write_text(
        f"Requires 2 GPUs; log in with password={SECRETS[2]} and HF token {SECRETS[4]} first.\n"
        f"Clone it with https://x-access-token:{SECRETS[1]}@github.com/a/b; 40 GB of GPU memory.\n")
    return tmp_path


def test_credentials_are_redacted_in_cli_json_and_mcp(tmp_path, envboot):
    repo = _hostile_creds(tmp_path)
    r = scan(repo)
    assert r.gpu == "required" and "gpus>=2" in r.text
    assert any("***" in e.detail for e in r.evidence)
    table = envboot(["needs", str(repo)])
    js = envboot(["needs", str(repo), "-f", "json"])

    async def main():
        async with Client(build_server(ServerConfig(repo_roots=(tmp_path,)))) as c:
            return await c.call_tool("needs_from_repository", {"path": str(repo)})

    res = anyio.run(main)
    mcp_text = json.dumps(res.structured_content) + "".join(getattr(c, "text", "") for c in res.content)
    for text in (table.out + table.err, js.out, mcp_text, json.dumps(r.to_dict())):
        for s in SECRETS:
            assert s not in text
    assert "download.pytorch.org/whl/cu121" in js.out  # what is not secret is still quoted


def test_redact_keeps_ordinary_text():
    from envboot.data.repo_needs._common import redact

    assert redact("requires 4 GPUs with 80 GB each") == "requires 4 GPUs with 80 GB each"
    assert redact("PyTorch CUDA index https://download.pytorch.org/whl/cu121") == \
        "PyTorch CUDA index https://download.pytorch.org/whl/cu121"
    assert redact("https://me:pw@h.example/x") == "https://***@h.example/x"
    assert redact("api_key: abc123def") == "api_key: ***"
    assert redact("Authorization: Bearer abcdefghijkl") == "Authorization: Bearer ***"


# -- the MCP server reads only under its allowed roots -----------------------------------------------
def test_mcp_refuses_paths_outside_its_roots_in_process(tmp_path):
    allowed, other = tmp_path / "allowed", tmp_path / "other"
    (allowed / "repo").mkdir(parents=True)
    other.mkdir()
    (allowed / "repo" / "README.md").write_text(GPU_README)
    (other / "README.md").write_text(GPU_README)
    (allowed / "escape").symlink_to(other)

    async def main():
        async with Client(build_server(ServerConfig(repo_roots=(allowed,)))) as c:
            return [await c.call_tool("needs_from_repository", {"path": p}) for p in (
                str(allowed / "repo"), str(other), str(allowed / "escape"),
                str(allowed / "repo" / ".." / ".." / "other"), "/etc")]

    ok, outside, via_link, dotdot, etc = anyio.run(main)
    assert not ok.is_error and ok.structured_content["needs"] == "gpus>=2"
    for res in (outside, via_link, dotdot, etc):
        assert res.is_error and "outside the directories this server may read" in res.content[0].text
        assert "--repo-root" in res.content[0].text and len(res.content[0].text.splitlines()) == 1


def test_mcp_over_stdio_repo_root_flag_and_the_working_directory_default(tmp_path):
    allowed, other = tmp_path / "allowed", tmp_path / "other"
    for d in (allowed, other):
        d.mkdir()
        (d / "README.md").write_text(GPU_README)
    env = {**os.environ, "ENVBOOT_LIVE_DATA": str(tmp_path / "live"), "ENVBOOT_AUDIT": str(tmp_path / "audit.jsonl"),
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    env = {k: v for k, v in env.items() if not k.startswith("OS_")}
    flagged = StdioServerParameters(command=sys.executable, env=env,
                                    args=["-m", "envboot", "mcp", "--read-only", "--repo-root", str(allowed)])
    default = StdioServerParameters(command=sys.executable, env=env, cwd=str(other),
                                    args=["-m", "envboot", "mcp", "--read-only"])

    async def call(server, paths):
        async with Client(server) as c:
            return [await c.call_tool("needs_from_repository", {"path": p}) for p in paths]

    async def main():
        with anyio.fail_after(120):
            return (await call(flagged, [str(allowed), str(other)]),
                    await call(default, [str(other), ".", str(allowed)]))

    (a_ok, a_out), (d_ok, d_rel, d_out) = anyio.run(main)
    assert not a_ok.is_error and a_ok.structured_content["needs"] == "gpus>=2"
    assert a_out.is_error and "outside the directories this server may read" in a_out.content[0].text
    assert not d_ok.is_error and not d_rel.is_error and d_rel.structured_content["needs"] == "gpus>=2"
    assert d_out.is_error and "outside" in d_out.content[0].text


def test_mcp_help_documents_repo_root(envboot):
    r = envboot(["mcp", "--help"])
    assert r.code == 0 and "--repo-root" in r.out
    assert "--repo-root" in (REPO / "docs" / "agents.md").read_text()


def test_stdio_server_answers_forty_fifo_calls_then_stops_on_sigterm(tmp_path):
    import signal
    import subprocess

    for i in range(40):
        (tmp_path / f"r{i}").mkdir()
        os.mkfifo(tmp_path / f"r{i}" / "requirements.txt")
    env = {k: v for k, v in os.environ.items() if not k.startswith("OS_")}
    env.update(ENVBOOT_LIVE_DATA=str(tmp_path / "live"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    proc = subprocess.Popen([sys.executable, "-m", "envboot", "mcp", "--read-only", "--repo-root", str(tmp_path)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    try:
        msgs = [{"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": {
            "protocolVersion": "2025-11-25", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}}},
            {"jsonrpc": "2.0", "method": "notifications/initialized"}]
        msgs += [{"jsonrpc": "2.0", "id": i + 1, "method": "tools/call", "params": {
            "name": "needs_from_repository", "arguments": {"path": str(tmp_path / f"r{i}")}}} for i in range(40)]
        proc.stdin.write("".join(json.dumps(m) + "\n" for m in msgs).encode())  # type: ignore[union-attr]
        proc.stdin.flush()  # type: ignore[union-attr]
        answered: set[int] = set()
        deadline = time.monotonic() + 60
        while len(answered) < 41 and time.monotonic() < deadline:
            line = proc.stdout.readline()  # type: ignore[union-attr]
            if not line:
                break
            msg = json.loads(line)
            if "id" in msg:
                answered.add(msg["id"])
                if msg["id"]:
                    assert not msg["result"].get("isError"), msg
        assert answered == set(range(41))
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=10) is not None
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
