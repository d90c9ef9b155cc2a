"""up / status / env / down, two sandboxes side by side, and down stopping only its own pids."""

import urllib.request

import pytest

from envboot.errors import EnvbootError
from envboot.sandbox import runtime

pytestmark = pytest.mark.sandbox


def test_second_sandbox_side_by_side_and_down_stops_only_its_own(sandbox, tmp_path):
    home = tmp_path / "second"
    other = runtime.up(home, region="CHI@TACC", name="second")
    try:
        assert {other.keystone_port, other.blazar_port}.isdisjoint({sandbox.keystone_port, sandbox.blazar_port})
        st = runtime.status(home)
        assert st["running"] and st["region"] == "CHI@TACC"
        lines = runtime.env_lines(other)
        assert f"export OS_AUTH_URL='http://127.0.0.1:{other.keystone_port}/identity/v3'" in lines
        assert "export OS_REGION_NAME='CHI@TACC'" in lines
        assert "CHI@TACC" in (home / "clouds.yaml").read_text()
        with pytest.raises(EnvbootError, match="already running"):
            runtime.up(home, region="CHI@TACC", name="second")
    finally:
        stopped = runtime.down(home)
    assert sorted(stopped) == sorted([other.fake_pid, other.blazar_pid])
    assert not home.exists()
    assert not runtime._alive(other.blazar_pid) and not runtime._alive(other.fake_pid)
    # the session's sandbox is untouched
    assert runtime.status(__import__("pathlib").Path(sandbox.home))["running"]
    urllib.request.urlopen(f"{sandbox.control_url}/state", timeout=5).close()


def test_down_ignores_a_pid_that_is_not_ours(tmp_path):
    home = tmp_path / "fake"
    home.mkdir()
    info = runtime.SandboxInfo("x", str(home), "R", 1, 2, 1, 1, "/nonexistent")  # pid 1 is init, not ours
    (home / "sandbox.json").write_text(__import__("json").dumps(runtime.asdict(info)))
    assert runtime.down(home) == [] and not home.exists()


def test_status_without_a_sandbox_says_what_to_do(tmp_path):
    with pytest.raises(EnvbootError, match="envboot sandbox up"):
        runtime.status(tmp_path / "none")
