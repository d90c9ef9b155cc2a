"""The CLI: figures on the bundled snapshot in table and JSON form, bad input, seed shim."""

import json
import os
import subprocess
import sys

import pytest

from .conftest import REPO
from .schema_check import assert_valid

WINDOW = ["--zone", "uc", "--start", "2025-10-30 20:00", "--duration", "60"]
SNAPSHOT_NOW = "2025-10-30 19:54"  # the bundled snapshot's latest possible fetch time: replay it as of then


def test_availability_json_contract(envboot):
    r = envboot(["availability", *WINDOW, "-f", "json"])
    assert r.code == 0, r.err
    doc = assert_valid(json.loads(r.out), "availability")
    assert {"zone", "start", "end", "duration_minutes", "available_nodes", "amount", "sufficient", "nodes",
            "data"} <= doc.keys()
    assert (doc["zone"], doc["start"], doc["end"], doc["duration_minutes"]) == (
        "uc", "2025-10-30T20:00:00Z", "2025-10-30T21:00:00Z", 60)
    assert doc["available_nodes"] == len(doc["nodes"]) == 22 and doc["sufficient"] is True
    assert set(doc["nodes"][0]) == {"uid", "hostname", "resource_id", "node_type"}
    assert doc["data"]["source"] == "snapshot" and doc["data"]["fetched_before"] == "2025-10-30T19:54:00Z"


def test_availability_table_says_count_and_data_age(envboot):
    r = envboot(["availability", *WINDOW])
    assert r.code == 0
    assert "22 free reservable node(s)" in r.out and "sufficient" in r.out and "data: snapshot" in r.out


def test_availability_exit_1_when_short(envboot):
    r = envboot(["availability", *WINDOW, "--amount", "23", "-f", "json"])
    assert r.code == 1 and assert_valid(json.loads(r.out), "availability")["sufficient"] is False


def test_env_vars_like_the_seed_and_flags_override(envboot, monkeypatch):
    monkeypatch.setenv("ZONE", "CHI@UC")
    monkeypatch.setenv("DESIRED_START", "2025-10-30T20:00:00Z")
    monkeypatch.setenv("DURATION_MIN", "1h")
    monkeypatch.setenv("RESOURCE_TYPE", "physical:host")  # the seed's own environment block
    monkeypatch.setenv("NODE_TYPE", "gpu_rtx_6000")
    monkeypatch.setenv("AMOUNT", "2")
    doc = assert_valid(json.loads(envboot(["availability", "-f", "json"]).out), "availability")
    assert (doc["available_nodes"], doc["amount"], doc["node_type"]) == (8, 2, "gpu_rtx_6000")
    doc = assert_valid(json.loads(envboot(["availability", "-f", "json", "--node-type", "gpu_v100", "--amount",
                                           "1"]).out), "availability")
    assert doc["node_type"] == "gpu_v100" and doc["amount"] == 1


def test_zone_current_uses_os_region_name(envboot, monkeypatch):
    monkeypatch.setenv("OS_REGION_NAME", "CHI@UC")
    doc = assert_valid(json.loads(envboot(["availability", "--zone", "current", "--start", "2025-10-30 20:00", "-f",
                                           "json"]).out), "availability")
    assert doc["zone"] == "uc"
    monkeypatch.setenv("OS_REGION_NAME", "CHI@TACC")
    r = envboot(["availability", "--start", "2025-10-30 20:00"])
    assert r.code == 2 and "CHI@TACC" in r.err and "uc (CHI@UC)" in r.err


def test_merge_writes_seed_view(envboot, tmp_path):
    out = tmp_path / "lease_results_live.json"
    r = envboot(["merge", "-o", str(out), "-f", "json"])
    assert r.code == 0, r.err
    doc = assert_valid(json.loads(out.read_text()), "lease_results_live")
    assert doc["stats"] == {"sites": 1, "nodes": 132, "hosts": 132, "mapped_hosts": 132, "reservations": 144,
                            "unmatched_allocations": 0}
    assert {"generated_at", "fetched_at", "source", "site_summaries", "unmatched_allocations"} <= doc.keys()
    assert assert_valid(json.loads(r.out), "merge")["stats"] == doc["stats"]
    table = envboot(["merge", "-o", str(out)])
    assert "132 nodes, 132 hosts, 132 mapped, 144 reservations, 0 unmatched" in table.out


def test_zones_table_and_json(envboot):
    doc = assert_valid(json.loads(envboot(["zones", "-f", "json"]).out), "zones")
    (z,) = doc["zones"]
    assert (z["zone"], z["name"], z["total_nodes"], z["reservable"], z["mapped"], z["unmapped"]) == (
        "uc", "CHI@UC", 132, 132, 132, 0)
    assert "CHI@UC" in envboot(["zones"]).out


@pytest.mark.parametrize("argv,needle", [
    (["availability", "--zone", "mars", "--start", "2025-10-30 20:00"], "unknown zone 'mars'"),
    (["availability", "--zone", "uc", "--start", "yesterday"], "--start"),
    (["availability", "--zone", "uc", "--start", "2025-10-30 20:00", "--duration", "0"], "--duration"),
    (["availability", "--zone", "uc", "--start", "2025-10-30 20:00", "--duration", "-5"], "--duration"),
    (["availability", "--zone", "uc", "--start", "2025-10-30 20:00", "--duration", "8d"], "maximum lease"),
    (["availability", "--zone", "uc", "--start", "2025-10-30 20:00", "--amount", "0"], "--amount"),
    (["availability", "--zone", "uc", "--start", "2025-10-30 20:00", "--amount", "-3"], "--amount"),
    (["availability", "--zone", "uc", "--start", "2025-10-30 20:00", "-t", "gpu_h100"], "unknown node type"),
    (["availability", "--zone", "uc"], "--start is required"),
    (["availability", "--bogus"], "--bogus"),
    (["merge", "--data", "/nonexistent/dir"], "/nonexistent/dir"),
])
def test_bad_input_is_one_line_exit_2(envboot, argv, needle):
    r = envboot(argv)
    assert r.code == 2
    lines = r.err.strip().splitlines()
    assert len(lines) == 1 and needle in lines[0] and lines[0].startswith("envboot: error: ")
    assert "Traceback" not in r.err and r.out == ""


def test_bad_data_leaves_no_output_file(envboot, bundled_copy, tmp_path):
    out = tmp_path / "merged.json"
    (bundled_copy / "allocations.json").write_text('[{"resource_id": "1", "reservations": [')
    r = envboot(["merge", "--data", str(bundled_copy), "-o", str(out)])
    assert r.code == 2 and "allocations.json" in r.err and not out.exists()
    assert list(tmp_path.glob("*.tmp*")) == [] and list(tmp_path.iterdir()) == [bundled_copy]


def test_merge_replaces_existing_file_atomically(envboot, tmp_path):
    out = tmp_path / "merged.json"
    out.write_text("old")
    assert envboot(["merge", "-o", str(out)]).code == 0
    assert json.loads(out.read_text())["stats"]["nodes"] == 132
    assert sorted(p.name for p in tmp_path.iterdir()) == ["merged.json"]


def run(cmd, **kw):
    env = {k: v for k, v in os.environ.items() if k not in ("ZONE", "DESIRED_START", "ENVBOOT_DATA")}
    return subprocess.run(cmd, capture_output=True, text=True, cwd=kw.pop("cwd", REPO), env=env, timeout=120,
                          **kw)


def test_console_script_and_python_m(tmp_path):
    bindir = os.path.dirname(sys.executable)
    r = run([os.path.join(bindir, "envboot"), "availability", *WINDOW, "-f", "json"])
    assert r.returncode == 0, r.stderr
    assert assert_valid(json.loads(r.stdout), "availability")["available_nodes"] == 22
    r = run([sys.executable, "-m", "envboot", "zones", "-f", "json"])
    assert assert_valid(json.loads(r.stdout), "zones")["zones"][0]["total_nodes"] == 132


def test_seed_shim_keeps_the_seed_command_line(tmp_path):
    shim = str(REPO / "integrate_and_plan.py")
    r = run([sys.executable, shim, *WINDOW, "--resource-type", "physical:host", "--node-type", "gpu_rtx_6000",
             "--amount", "2", "--dry-run", "1", "-f", "json"], cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert assert_valid(json.loads(r.stdout), "integrate_and_plan")["available_nodes"] == 8
    merged = assert_valid(json.loads((tmp_path / "lease_results_live.json").read_text()), "lease_results_live")
    assert merged["stats"]["reservations"] == 144
    r = run([sys.executable, shim, "--list-zones"], cwd=tmp_path)
    assert r.returncode == 0 and "CHI@UC" in r.stdout


def test_seed_shim_find_earliest_is_exact(tmp_path):
    shim = str(REPO / "integrate_and_plan.py")
    r = run([sys.executable, shim, *WINDOW, "-t", "compute_skylake", "--amount", "3", "--duration", "120",
             "--find-earliest", "--now", SNAPSHOT_NOW, "-f", "json"], cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    doc = assert_valid(json.loads(r.stdout), "integrate_and_plan")
    assert doc["available_nodes"] == 2 and doc["earliest"]["start"] == "2025-11-01T16:20:00Z"
    assert doc["earliest"]["free_count"] >= 3 and len(doc["earliest"]["nodes"]) == 3
    assert doc["earliest"]["strategy"] == "time_shift"
    assert doc["earliest"]["lease_request"]["start_date"] == "2025-11-01 16:20"


def test_seed_shim_dry_run_0_without_credentials_is_a_config_error(tmp_path):
    env_free = {k: v for k, v in os.environ.items() if not k.startswith("OS_")}
    r = subprocess.run([sys.executable, str(REPO / "integrate_and_plan.py"), "--zone", "uc", "--start",
                        "2099-01-01 10:00", "--dry-run", "0"], capture_output=True, text=True, cwd=tmp_path,
                       env={**env_free, "ENVBOOT_LIVE_DATA": str(tmp_path / "live"), "XDG_CONFIG_HOME": str(tmp_path)},
                       timeout=120)
    assert r.returncode == 3 and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "OpenRC" in r.stderr


@pytest.mark.parametrize("via_env", [False, True])
def test_now_is_the_clock_of_now_for_every_command(envboot, monkeypatch, via_env):
    """issue 17: `availability --start now --now ...` used the wall clock while `plan` honoured --now."""
    now = ["--now", SNAPSHOT_NOW]
    if via_env:
        monkeypatch.setenv("ENVBOOT_NOW", SNAPSHOT_NOW)
        now = []
    avail = envboot(["availability", "--zone", "uc", "--start", "now", "--duration", "60", *now, "-f", "json"])
    assert json.loads(avail.out)["start"] == "2025-10-30T19:54:00Z", avail.err
    rel = envboot(["availability", "--zone", "uc", "--start", "now+2h", "--duration", "1h30m", *now, "-f", "json"])
    assert (json.loads(rel.out)["start"], json.loads(rel.out)["end"]) == ("2025-10-30T21:54:00Z",
                                                                          "2025-10-30T23:24:00Z"), rel.err
    bare = envboot(["availability", "--zone", "uc", "--start", "19:00", *now, "-f", "json"])
    assert json.loads(bare.out)["start"] == "2025-10-31T19:00:00Z", bare.err  # the next 19:00
    cap = envboot(["capacity", "--zone", "uc", "--from", "now", "--to", "+2h", "--step", "1h", *now, "-f", "json"])
    assert cap.code == 0, cap.err
    assert (json.loads(cap.out)["from"], json.loads(cap.out)["to"]) == ("2025-10-30T19:54:00Z", "2025-10-30T21:54:00Z")
    plan = envboot(["plan", "--zone", "uc", "--start", "now", "--duration", "2h", "-n", "2", "-t", "gpu_v100",
                    *now, "-f", "json"])
    assert plan.code in (0, 1), plan.err
    assert json.loads(plan.out)["request"]["start"].startswith("2025-10-30T19:5"), plan.out[:300]


@pytest.mark.parametrize("argv", [
    ["availability", "--zone", "uc", "--start", "9999-12-31 23:00", "--duration", "2h"],
    ["availability", "--zone", "uc", "--start", "0001-01-01 00:00"],
    ["capacity", "--zone", "uc", "--from", "9999-12-31 00:00"],
    ["capacity", "--zone", "uc", "--from", "2025-10-30 00:00", "--to", "9999-12-31 00:00"],
    ["plan", "--zone", "uc", "--start", "9999-12-31 20:00", "--duration", "2h"],
    ["calendar", "--from", "0001-01-01 00:00", "-o", "x.html"],
])
def test_times_beyond_blazar_are_exit_2_naming_the_bound(envboot, argv):
    """issue 17: year 9999 crashed availability/capacity/plan (OverflowError, exit 1)."""
    r = envboot(argv)
    assert r.code == 2, (r.code, r.err)
    assert r.err.count("\n") == 1 and "1970-01-01 .. 9000-01-01 UTC" in r.err and "Traceback" not in r.err


def _help_text(out: str) -> str:
    return " ".join(out.replace("│", " ").split())


def test_help_shows_the_time_and_duration_forms(envboot):
    for cmd in ("availability", "plan", "reserve"):
        text = _help_text(envboot([cmd, "--help"]).out)
        assert "now+2h" in text and "tomorrow 10:00" in text and "1h30m" in text, cmd
    assert "now+2h" in _help_text(envboot(["capacity", "--help"]).out)


@pytest.mark.parametrize("argv,flag", [
    (["merge", "-o", "{missing}/view.json"], "--output"),
    (["calendar", "--zone", "uc", "--now", SNAPSHOT_NOW, "-o", "{missing}/cal.html"], "--output"),
    (["plan", *WINDOW, "-n", "3", "-t", "compute_skylake", "--now", SNAPSHOT_NOW, "--calendar",
      "{missing}/plan.html"], "--calendar"),
    (["SEED", *WINDOW, "--now", SNAPSHOT_NOW, "-o", "{missing}/view.json"], "--output"),
])
def test_output_paths_never_create_missing_folders(envboot, tmp_path, argv, flag):
    """issue 17: -o into a missing folder created it silently."""
    from envboot.interfaces.cli.seed_compat import main as seed_main

    from .conftest import run_main

    missing = tmp_path / "no" / "such"
    argv = [a.replace("{missing}", str(missing)) for a in argv]
    r = run_main(seed_main, argv[1:]) if argv[0] == "SEED" else envboot(argv)
    assert r.code == 2, (r.code, r.err)
    assert r.err.count("\n") == 1 and flag in r.err and str(missing) in r.err and "create it first" in r.err
    assert not (tmp_path / "no").exists()


@pytest.mark.parametrize("argv,needle", [
    (["availability", "--zone", "uc", "--start", "2025-10-30 20:00", "-t", "gpu_a100"],
     "unknown node type 'gpu_a100' in zone uc; did you mean gpu_a100_nvlink, gpu_a100_pcie? known:"),
    (["plan", "--zone", "uc", "--start", "2025-10-30 20:00", "-t", "gpu_rtx6000"], "did you mean gpu_rtx_6000?"),
    (["capacity", "--zone", "uc", "--from", "2025-10-30 20:00", "-t", "compute_skylak"],
     "did you mean compute_skylake?"),
    (["availability", "--zone", "chi@u", "--start", "2025-10-30 20:00"], "unknown zone 'chi@u'; did you mean CHI@UC?"),
    (["availability", "--zone", "uc", "--start", "2025-10-30 20:00", "--amout", "2"],
     "No such option: --amout; did you mean --amount"),
    (["plan", "--zone", "uc", "--start", "2025-10-30 20:00", "--alow-downgrade"], "did you mean --allow-downgrade"),
])
def test_did_you_mean_in_the_error_line(envboot, argv, needle):
    r = envboot(argv)
    assert r.code == 2 and r.err.count("\n") == 1 and needle in r.err, r.err


def test_no_suggestion_when_nothing_is_close(envboot):
    r = envboot(["availability", "--zone", "uc", "--start", "2025-10-30 20:00", "-t", "zzzzq"])
    assert r.code == 2 and "did you mean" not in r.err and "unknown node type 'zzzzq' in zone uc; known:" in r.err


def test_availability_data_age_is_measured_from_now(envboot):
    """The data footer's age is as of --now (a replay), not the wall clock."""
    import json

    r = envboot(["availability", "--zone", "uc", "--start", "2025-10-30 20:00", "--duration", "60",
                 "--now", "2025-10-30 19:54", "-f", "json"])
    assert r.code == 0, r.err
    age = json.loads(r.out)["data"]["age_seconds"]
    assert age is not None and 0 <= age < 86400, age  # the snapshot is minutes old at 19:54, not a year
