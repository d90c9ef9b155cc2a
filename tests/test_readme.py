"""The README's examples run as written: each line of its bundled-snapshot block, copied verbatim into
a shell in (a stand-in for) a fresh clone, exits 0 and prints what its comment says."""

import os
import re
import subprocess

import pytest

from .conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def _example_lines() -> list[str]:
    block = README.split("Examples on the bundled snapshot", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    return [line for line in block.splitlines() if line.strip()]


def _clone(tmp_path):
    """The clone's layout for the commands' relative paths; files written land in tmp_path, not the repo."""
    venv = REPO / ".venv" / "bin" / "envboot"
    assert venv.exists(), f"{venv} missing: the README's Quick start installs it (python3 -m venv .venv ...)"
    for name in (".venv", "examples", "integrate_and_plan.py", "src"):
        os.symlink(REPO / name, tmp_path / name)
    return tmp_path


def _env(tmp_path, env: dict) -> dict:
    """The examples write to ${TMPDIR:-/tmp}: here a private folder, so no run touches /tmp or the clone."""
    (tmp_path / "tmpdir").mkdir(exist_ok=True)
    return {**env, "TMPDIR": str(tmp_path / "tmpdir")}


def _assert_clone_untouched(clone):
    left = sorted(p.name for p in clone.iterdir() if p.name != "tmpdir")
    assert left == sorted([".venv", "examples", "integrate_and_plan.py", "src"]), f"written into the clone: {left}"


LINES = _example_lines()


def test_the_readme_has_examples_for_each_answering_command():
    assert len(LINES) >= 6
    assert all(line.startswith((".venv/bin/envboot ", "./integrate_and_plan.py ")) for line in LINES), LINES


@pytest.mark.parametrize("line", LINES)
def test_readme_example_runs_as_written(tmp_path, line):
    command, _, expected = line.partition("   #")
    if not expected:
        command, _, expected = line.partition("  #")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OS_", "ENVBOOT_")) and k not in
           ("ZONE", "DESIRED_START", "DURATION_MIN", "AMOUNT", "RESOURCE_TYPE", "NODE_TYPE", "DRY_RUN")}
    r = subprocess.run(["bash", "-c", command], cwd=_clone(tmp_path), capture_output=True, text=True,
                       env=_env(tmp_path, env), timeout=120)
    assert r.returncode == 0, f"{command}\n{r.stderr}"
    _assert_clone_untouched(tmp_path)
    assert "Traceback" not in r.stderr
    if expected.strip():
        assert re.sub(r"\s+", " ", expected.strip()) in re.sub(r"\s+", " ", r.stdout), (command, r.stdout[-2000:])


def test_readme_seed_environment_block_runs_as_written(tmp_path):
    block = README.split("The seed's own environment block works as it was:", 1)[1].split("```sh", 1)[1]
    script = block.split("```", 1)[0]
    env = {k: v for k, v in os.environ.items() if not k.startswith("OS_")}
    r = subprocess.run(["bash", "-c", script], cwd=_clone(tmp_path), capture_output=True, text=True,
                       env=_env(tmp_path, env), timeout=120)
    assert r.returncode == 0, r.stderr
    assert "free reservable node(s)" in r.stdout and "sufficient" in r.stdout
    assert (tmp_path / "tmpdir" / "lease_results_live.json").exists()
    _assert_clone_untouched(tmp_path)
