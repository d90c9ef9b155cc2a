"""Issue 10: no silent wrong answers, and the seed's resource-type contract."""

import json
import os
import subprocess
import sys

import pytest

from .conftest import REPO

WINDOW = ["--zone", "uc", "--start", "2025-10-30 20:00", "--duration", "60"]


# --- the seed's resource-type contract -------------------------------------------------------

def test_seed_command_with_its_environment_block_runs(tmp_path):
    """The seed's documented block exports RESOURCE_TYPE="physical:host"; its own command must work."""
    env = {**os.environ, "RESOURCE_TYPE": "physical:host", "ZONE": "uc", "DURATION_MIN": "60", "AMOUNT": "1"}
    r = subprocess.run([sys.executable, str(REPO / "integrate_and_plan.py"), "--start", "2025-10-26 14:00",
                        "-f", "json"], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["resource_type"] == "physical:host" and doc["node_type"] is None and doc["available_nodes"] > 0


@pytest.mark.parametrize("cmd", [["availability", *WINDOW], ["plan", *WINDOW, "-n", "1"], ["zones"]])
def test_exported_resource_type_breaks_no_command(envboot, monkeypatch, cmd):
    monkeypatch.setenv("RESOURCE_TYPE", "physical:host")
    r = envboot([*cmd, "-f", "json"])
    assert r.code == 0, r.err


@pytest.mark.parametrize("cmd", [["availability", *WINDOW], ["plan", *WINDOW]])
def test_resource_type_flag_is_blazars(envboot, cmd):
    r = envboot([*cmd, "--resource-type", "physical:host", "-t", "gpu_rtx_6000", "-n", "2", "-f", "json"])
    assert r.code == 0, r.err
    doc = json.loads(r.out)
    if cmd[0] == "plan":
        assert doc["request"]["resource_type"] == "physical:host"
        body = doc["options"][0]["lease_request"]
        assert body["reservations"][0]["resource_type"] == "physical:host"
    else:
        assert doc["resource_type"] == "physical:host" and doc["available_nodes"] == 8


@pytest.mark.parametrize("cmd", [["availability", *WINDOW], ["plan", *WINDOW], ["reserve", *WINDOW]])
def test_node_type_given_as_resource_type_says_use_node_type(envboot, cmd):
    r = envboot([*cmd, "--resource-type", "gpu_rtx_6000"])
    assert r.code == 2
    assert "--node-type gpu_rtx_6000" in r.err and len(r.err.strip().splitlines()) == 1


def test_node_type_in_resource_type_env_var_says_use_node_type(envboot, monkeypatch):
    monkeypatch.setenv("RESOURCE_TYPE", "compute_skylake")
    r = envboot(["availability", *WINDOW])
    assert r.code == 2 and "NODE_TYPE=compute_skylake" in r.err


def test_flavor_instance_without_a_flavor_or_where_unsupported_is_one_clear_line(envboot):
    r = envboot(["plan", *WINDOW, "--resource-type", "flavor:instance"])
    assert r.code == 2 and "--flavor is required" in r.err and len(r.err.strip().splitlines()) == 1
    r = envboot(["reserve", *WINDOW, "--resource-type", "flavor:instance"])
    assert r.code == 2 and "--flavor is required" in r.err
    assert len(r.err.strip().splitlines()) == 1


def test_unknown_resource_type(envboot):
    r = envboot(["availability", *WINDOW, "--resource-type", "network:segment"])
    assert r.code == 2 and "physical:host, flavor:instance" in r.err


def test_node_type_env_var(envboot, monkeypatch):
    monkeypatch.setenv("NODE_TYPE", "gpu_rtx_6000")
    doc = json.loads(envboot(["availability", *WINDOW, "-f", "json"]).out)
    assert doc["node_type"] == "gpu_rtx_6000" and doc["available_nodes"] == 8


def test_seed_shim_node_type_and_resource_type(tmp_path):
    r = subprocess.run([sys.executable, str(REPO / "integrate_and_plan.py"), *WINDOW, "--resource-type",
                        "gpu_rtx_6000"], capture_output=True, text=True, cwd=tmp_path)
    assert r.returncode == 2 and "use --node-type gpu_rtx_6000" in r.stderr and "Traceback" not in r.stderr


# --- no silent wrong answers: missing files ---------------------------------------------------

def test_missing_allocations_is_exit_2_naming_the_file(envboot, bundled_copy):
    (bundled_copy / "allocations.json").unlink()
    r = envboot(["availability", *WINDOW, "--data", str(bundled_copy)])
    assert r.code == 2 and "allocations.json: not found" in r.err and "0 free" not in r.out


def test_missing_allocations_in_a_site_directory_is_exit_2(envboot, tmp_path):
    import shutil

    root = tmp_path / "multi"
    shutil.copytree(REPO / "examples" / "chameleon-multisite", root)
    (root / "tacc" / "allocations.json").unlink()
    r = envboot(["zones", "--data", str(root)])
    assert r.code == 2 and str(root / "tacc" / "allocations.json") in r.err


def test_missing_hosts_and_resource_map_is_exit_2(envboot, bundled_copy):
    (bundled_copy / "hosts.json").unlink()
    (bundled_copy / "resource_map.json").unlink()
    r = envboot(["availability", *WINDOW, "--data", str(bundled_copy)])
    assert r.code == 2 and "hosts.json" in r.err and "resource_map.json" in r.err


def test_without_inventory_node_types_are_an_error_not_unknown(envboot, bundled_copy):
    (bundled_copy / "uc_chameleon_nodes.json").unlink()
    r = envboot(["availability", *WINDOW, "--data", str(bundled_copy)])
    assert r.code == 2 and "uc_chameleon_nodes.json" in r.err and "node type" in r.err
    assert len(r.err.strip().splitlines()) == 1


def test_without_inventory_types_from_blazar_capabilities_are_used_and_said(envboot, bundled_copy):
    """Live data from `refresh` carries node_type as a host capability: then the answer says so."""
    nodes = json.loads((REPO / "src/envboot/bundled/chameleon-uc/uc_chameleon_nodes.json").read_text())["items"]
    types = {n["uid"]: n["node_type"] for n in nodes}
    hosts = json.loads((bundled_copy / "hosts.json").read_text())
    for h in hosts:
        h["node_type"] = types[h["hypervisor_hostname"]]
    (bundled_copy / "hosts.json").write_text(json.dumps(hosts))
    (bundled_copy / "uc_chameleon_nodes.json").unlink()
    r = envboot(["availability", *WINDOW, "--data", str(bundled_copy), "-t", "gpu_rtx_6000", "-f", "json"])
    assert r.code == 0, r.err
    doc = json.loads(r.out)
    assert doc["available_nodes"] == 8
    assert any("come from Blazar's host capabilities" in w for w in doc["warnings"])
    table = envboot(["availability", *WINDOW, "--data", str(bundled_copy)])
    assert "come from Blazar's host capabilities" in table.out


# --- no silent wrong answers: time -------------------------------------------------------------

def test_a_window_in_the_past_is_said_in_table_and_json(envboot):
    r = envboot(["availability", "--zone", "uc", "--start", "2020-01-01 10:00", "--duration", "60", "-f", "json"])
    doc = json.loads(r.out)
    assert any("starts in the past" in w for w in doc["warnings"])
    assert any("before the data was fetched" in w for w in doc["warnings"])
    table = envboot(["availability", "--zone", "uc", "--start", "2020-01-01 10:00", "--duration", "60"])
    assert "warning: the window starts in the past" in " ".join(table.out.split())


def test_a_future_window_on_a_snapshot_always_warns_even_at_its_own_fetch_time(envboot):
    """issue 17: "a snapshot always": it cannot know what happened after it was taken (fresh live data is
    quiet for 15 min: tests/test_freshness.py)."""
    r = envboot(["availability", *WINDOW, "--now", "2025-10-30 19:54", "-f", "json"])
    (w,) = json.loads(r.out)["warnings"]
    assert w.startswith("answered from snapshot data ") and "fetched before 2025-10-30 19:54Z" in w
    assert "envboot refresh" in w


def test_plan_never_offers_a_start_in_the_past(envboot):
    from datetime import UTC, datetime, timedelta

    before = datetime.now(UTC).replace(second=0, microsecond=0)
    r = envboot(["plan", *WINDOW, "-n", "3", "-t", "compute_skylake", "-f", "json"])
    assert r.code == 0, r.err
    doc = json.loads(r.out)
    assert doc["options"], doc
    for o in doc["options"]:
        start = datetime.fromisoformat(o["start"].replace("Z", "+00:00"))
        assert start >= before + timedelta(minutes=1)
    assert doc["options"][0]["strategy"] != "base"
    assert any("is in the past" in w for w in doc["warnings"])


def test_plan_replaying_a_snapshot_with_now(envboot):
    r = envboot(["plan", *WINDOW, "-n", "3", "-t", "compute_skylake", "--now", "2025-10-30 19:54", "-f", "json"])
    doc = json.loads(r.out)
    assert doc["options"][0]["start"] == "2025-11-01T16:20:00Z"
    assert [w.split(" data ")[0] for w in doc["warnings"]] == ["answered from snapshot"]  # a snapshot always says


def test_window_warnings_oracle():
    from datetime import UTC, datetime, timedelta

    from envboot.domain.freshness import first_bookable_minute, window_warnings
    from envboot.domain.model import DataInfo

    now = datetime(2026, 1, 1, 12, 0, 30, tzinfo=UTC)
    fetched = DataInfo("live", "x", datetime(2026, 1, 1, 11, 50, tzinfo=UTC))  # 10 min old: fresh (issue 17)
    assert first_bookable_minute(now) == datetime(2026, 1, 1, 12, 1, tzinfo=UTC)
    assert window_warnings(fetched, datetime(2026, 1, 1, 12, 1, tzinfo=UTC), now) == []
    (old,) = window_warnings(DataInfo("live", "x", datetime(2026, 1, 1, 11, 0, tzinfo=UTC)),
                             datetime(2026, 1, 1, 12, 1, tzinfo=UTC), now)
    assert "1 h 0 min old" in old and "envboot refresh" in old
    (w,) = window_warnings(fetched, datetime(2026, 1, 1, 12, 0, tzinfo=UTC), now)
    assert "in the past" in w
    assert len(window_warnings(fetched, datetime(2026, 1, 1, 10, 59, tzinfo=UTC), now)) == 2
    assert window_warnings(DataInfo("live", "x", None), now + timedelta(hours=1), now) == []


# --- first contact ------------------------------------------------------------------------------

def test_plan_table_fits_80_columns_with_zone_start_rank_and_su(tmp_path):
    argv = [os.path.join(os.path.dirname(sys.executable), "envboot"), "plan", "--data",
            str(REPO / "examples" / "chameleon-multisite"), "--zone", "uc", "--start", "2026-06-29 14:00",
            "--duration", "4h", "-n", "2", "-t", "gpu_a100_pcie", "--allow-downgrade", "--any-zone", "--now",
            "2026-06-29 12:00"]
    r = subprocess.run(argv, capture_output=True, text=True, env={**os.environ, "COLUMNS": "80", "TERM": "dumb"})
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    header = next(i for i, line in enumerate(lines) if "strategy" in line and "start (UTC)" in line)
    table = lines[header:header + 8]
    assert all(len(line) <= 80 for line in table)
    assert all(col in table[0] for col in ("#", "strategy", "zone", "start (UTC)", "hosts", "GPUs", "node type", "SU"))
    first = table[2].split()  # the H100 in tacc: an upgrade (same vendor, nothing given up) ranks first
    assert first[:3] == ["1", "upgrade", "tacc"] and first[3:5] == ["2026-06-29", "14:00"]
    assert first[-1] == "128"  # 4 h x 2 hosts x the policy's 16 SU/h for gpu_h100 (its hosts carry no su_factor)


# --- start-up: lazy imports (timings are measured in bench/startup.py, not here) ----------------

def test_version_imports_nothing_but_the_entry_point():
    code = ("import sys; from envboot.interfaces.cli.app import main\n"
            "try:\n    main(['--version'])\nexcept SystemExit as e:\n    assert e.code == 0\n"
            "loaded = sorted(m for m in sys.modules if m.startswith(('envboot', 'typer', 'rich', 'msgspec')))\n"
            "print(loaded)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("envboot 0.1.0")
    assert r.stdout.splitlines()[-1] == ("['envboot', 'envboot.interfaces', 'envboot.interfaces.cli', "
                                         "'envboot.interfaces.cli.app']")


def test_plan_does_not_import_the_live_path_sandbox_or_mcp():
    code = ("import sys; from envboot.interfaces.cli.app import build_app; build_app(['plan'])\n"
            "heavy = ('envboot.live.reserve', 'envboot.live', 'envboot.sandbox', 'envboot.interfaces.mcp',"
            " 'keystoneauth1', 'openstack', 'blazarclient', 'mcp', 'filelock')\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy or m.startswith(heavy)))")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "[]"


def test_a_json_plan_imports_neither_pydantic_nor_rich():
    """Start-up (issue 10 §6): Typer 0.29 imports pydantic and builds a TypeAdapter per option (+80 ms on
    every command); Rich is only needed for tables and messages. A whole `plan -f json` loads neither."""
    code = ("import atexit, sys\n"
            "atexit.register(lambda: print(sorted({m.split('.')[0] for m in sys.modules} & "
            "{'pydantic', 'pydantic_core', 'rich', 'keystoneauth1', 'mcp'}), file=sys.stderr))\n"
            "from envboot.interfaces.cli.app import main\n"
            "sys.argv = ['envboot', 'plan', '--zone', 'uc', '-t', 'compute_skylake', '--start', '2025-10-30 20:00', "
            "'--now', '2025-10-30 19:54', '-f', 'json']\n"
            "main()\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["status"] == "ok"
    assert r.stderr.strip().splitlines()[-1] == "[]"


def test_every_command_of_the_help_is_registered_lazily(envboot):
    from envboot.interfaces.cli.app import COMMANDS

    r = envboot(["--help"])
    assert r.code == 0
    for name in COMMANDS:
        assert name in r.out
    for name in ("plan", "zones", "lease", "sandbox"):
        assert envboot([name, "--help"]).code == 0
