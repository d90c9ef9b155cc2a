"""Every ``-f json`` document matches the JSON Schema shipped in envboot/interfaces/schemas (README: Commands).

The file-based commands run here on the bundled snapshot and on examples/chameleon-multisite; the
live ones are validated against the sandbox's real Blazar in tests/sandbox/test_live.py, and here
in their failure shapes (an unreachable Keystone); ``lease`` in tests/sandbox/test_lease_cli.py.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from jsonschema import Draft202012Validator

from envboot.core.settings import BUNDLED_SNAPSHOT
from envboot.interfaces import schemas
from envboot.interfaces.cli.app import app
from envboot.interfaces.cli.seed_compat import seed_app
from envboot.live.audit import AuditLog

from .conftest import REPO, run_main
from .schema_check import FORMAT_CHECKER, assert_valid

MULTI = str(REPO / "examples" / "chameleon-multisite")
UC = ["--zone", "uc", "--start", "2025-10-30 20:00"]
MS = ["--data", MULTI, "--zone", "uc", "--start", "2026-06-29 14:00"]
NOW_UC, NOW_MS = ["--now", "2025-10-30 19:55"], ["--now", "2026-06-29 12:00"]  # the data's fetch times
KNOWN_JSON_COMMANDS = {"merge", "availability", "zones", "plan", "refresh", "reserve", "doctor", "auth-check",
                       "lease list", "lease show", "lease wait", "lease extend", "audit", "audit reconcile",
                       "sandbox status"}


# -- the schemas themselves ---------------------------------------------------------------------

def walk(node, path="#"):
    """Yield (path, subschema) for every subschema of a schema."""
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            if key in ("properties", "$defs"):
                for name, sub in value.items():
                    yield from walk(sub, f"{path}/{key}/{name}")
            elif key in ("items", "not", "if", "then", "else"):
                yield from walk(value, f"{path}/{key}")
            elif key in ("oneOf", "anyOf", "allOf", "prefixItems"):
                for n, sub in enumerate(value):
                    yield from walk(sub, f"{path}/{key}/{n}")


@pytest.mark.parametrize("name", schemas.names())
def test_each_schema_is_a_valid_draft_2020_12_schema_with_descriptions(name):
    schema = schemas.load(name)
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["title"] and schema["description"]
    for path, sub in walk(schema):
        for prop, spec in sub.get("properties", {}).items():
            assert spec.get("description"), f"{name}: {path}/properties/{prop} has no description"
        if sub.get("type") == "object" and "properties" in sub:
            assert sub.get("additionalProperties") is not None, f"{name}: {path} does not say whether it is closed"
            assert set(sub.get("required", [])) <= set(sub["properties"]), f"{name}: {path} requires an unknown key"


def test_the_loader_and_the_schema_command(envboot, tmp_path):
    assert {"plan", "availability", "zones", "merge", "lease_results_live", "integrate_and_plan"} <= set(
        schemas.names())
    assert schemas.load("lease show") == schemas.load("lease wait") == schemas.load("lease")
    assert schemas.load("lease extend") == schemas.load("lease-extend") != schemas.load("lease")
    assert schemas.load("auth-check") == schemas.load("doctor")
    r = envboot(["schema", "plan"])
    assert r.code == 0 and json.loads(r.out) == schemas.load("plan")
    listing = envboot(["schema"])
    assert listing.code == 0
    assert [line.split()[0] for line in listing.out.splitlines()] == schemas.names()
    r = envboot(["schema", "nope"])
    assert r.code == 2 and r.err.startswith("envboot: error: no JSON schema 'nope'") and "plan" in r.err
    shipped = Path(schemas.__file__).parent
    assert sorted(p.name.removesuffix(".schema.json") for p in shipped.glob("*.schema.json")) == schemas.names()


def test_formats_are_checked_not_just_types():
    assert FORMAT_CHECKER.conforms("2025-10-30T20:00:00Z", "date-time")
    assert not FORMAT_CHECKER.conforms("2025-10-30 20:00", "date-time")  # needs rfc3339-validator installed
    doc = {"id": "l1", "name": "n", "status": "ACTIVE", "start": "2025-10-30 20:00", "end": "2025-10-30T21:00:00Z",
           "reservations": []}
    with pytest.raises(AssertionError, match="start.*date-time"):
        assert_valid(doc, "lease")
    with pytest.raises(AssertionError, match="surprise"):
        assert_valid({**doc, "start": "2025-10-30T20:00:00Z", "surprise": 1}, "lease")


def json_commands(command, path: tuple[str, ...] = ()):
    """Every command path under a (Typer's own click) command or group that has a --format option."""
    if any("--format" in getattr(p, "opts", ()) for p in command.params):
        yield path
    for name, sub in (getattr(command, "commands", None) or {}).items():
        yield from json_commands(sub, (*path, name))


def test_every_command_with_a_json_format_has_a_schema():
    found = {" ".join(p) for p in json_commands(typer.main.get_command(app))}
    assert found >= KNOWN_JSON_COMMANDS  # the introspection sees them all
    missing = sorted(p for p in found if schemas.resolve(p) not in schemas.names())
    assert not missing, f"commands with -f json but no src/envboot/interfaces/schemas/<name>.schema.json: {missing}"
    seed = list(json_commands(typer.main.get_command(seed_app)))
    assert seed == [()] and "integrate_and_plan" in schemas.names()
    used = {schemas.resolve(p) for p in found} | {"integrate_and_plan", "lease_results_live", "error"}
    assert set(schemas.names()) <= used, f"schemas no command emits: {sorted(set(schemas.names()) - used)}"


# -- the file-based commands on the bundled snapshot and the multi-site example -------------------

def check_availability(doc, code):
    assert doc["available_nodes"] == len(doc["nodes"]) and code == (0 if doc["sufficient"] else 1)
    assert doc["sufficient"] == (doc["available_nodes"] >= doc["amount"])
    assert all(n["node_type"] == doc["node_type"] for n in doc["nodes"] if doc["node_type"])


def check_plan(doc, code):
    assert code == (0 if doc["options"] else 1)
    assert [o["rank"] for o in doc["options"]] == list(range(1, len(doc["options"]) + 1))
    if doc["options"]:
        top = doc["options"][0]
        assert doc["status"] == {"base": "ok", "time_shift": "shifted", "zone_change": "zone_changed",
                                 "upgrade": "upgraded", "downgrade": "downgraded"}[top["strategy"]]
        assert doc["near_miss"] is None and doc["explanation"] == top["why"]
    else:
        assert doc["status"] == "infeasible"


def check_zones(doc, code):
    assert code == 0 and doc["zones"]
    assert all(z["unmapped"] == z["unmapped_inventory_nodes"] + z["unmapped_blazar_hosts"] for z in doc["zones"])


CHECKS = {"availability": check_availability, "plan": check_plan, "zones": check_zones}

UC_PLAN, MS_PLAN = ["plan", *UC, *NOW_UC], ["plan", *MS, *NOW_MS]
CASES = {
    "availability uc": (["availability", *UC, "-f", "json"], "availability", 0),
    "availability uc gpu sufficient": (["availability", *UC, "--duration", "1h", "-t", "gpu_rtx_6000", "-n", "2",
                                        "-f", "json"], "availability", 0),
    "availability uc insufficient": (["availability", *UC, "-n", "23", "-f", "json"], "availability", 1),
    "availability uc as of the fetch": (["availability", *UC, *NOW_UC, "--cleaning-time", "30", "-f", "json"],
                                        "availability", 0),
    "availability multisite": (["availability", *MS, *NOW_MS, "--duration", "4h", "-f", "json"], "availability", 0),
    "availability multisite insufficient": (["availability", *MS, *NOW_MS, "--duration", "4h", "-t",
                                             "gpu_a100_pcie", "-n", "2", "-f", "json"], "availability", 1),
    "availability multisite tacc": (["availability", "--data", MULTI, "--zone", "CHI@TACC", "--start",
                                     "2026-06-29T14:00Z", "--duration", "1d", "-f", "json"], "availability", 0),
    "zones uc": (["zones", "-f", "json"], "zones", 0),
    "zones multisite": (["zones", "--data", MULTI, "-f", "json"], "zones", 0),
    "plan uc base": ([*UC_PLAN, "--duration", "1h", "-n", "2", "-t", "gpu_rtx_6000", "-f", "json"], "plan", 0),
    "plan uc shifted": ([*UC_PLAN, "--duration", "2h", "-n", "3", "-t", "compute_skylake", "-f", "json"], "plan", 0),
    "plan uc fewer nodes": ([*UC_PLAN, "--duration", "2h", "-n", "3", "--min-amount", "2", "-t", "compute_skylake",
                             "--allow-downgrade", "--max-delay", "1h", "-f", "json"], "plan", 0),
    "plan uc infeasible": ([*UC_PLAN, "--duration", "7d", "-n", "40", "-t", "compute_skylake", "--max-delay", "1h",
                            "-f", "json"], "plan", 1),
    "plan uc properties": ([*UC_PLAN, "-p", '["==", "$gpu.gpu_count", "4"]', "-f", "json"], "plan", 0),
    "plan uc in the past": (["plan", *UC, "--duration", "1h", "-f", "json"], "plan", 0),
    "plan multisite downgrade any-zone": ([*MS_PLAN, "--duration", "4h", "-n", "2", "-t", "gpu_a100_pcie",
                                           "--allow-downgrade", "--any-zone", "-f", "json"], "plan", 0),
    "plan multisite alt-zones cheapest": ([*MS_PLAN, "--duration", "4h", "-n", "2", "-t", "compute_cascadelake_r",
                                           "--alt-zones", "tacc,nu", "--prefer", "cheapest", "-f", "json"], "plan", 0),
}


@pytest.mark.parametrize("case", list(CASES))
def test_file_based_command_output_matches_its_schema(envboot, case):
    argv, name, code = CASES[case]
    r = envboot(argv)
    assert r.code == code, r.err
    doc = assert_valid(json.loads(r.out), name)
    CHECKS[name](doc, r.code)


def test_an_infeasible_plan_has_a_valid_near_miss(envboot):
    r = envboot(CASES["plan uc infeasible"][0])
    doc = assert_valid(json.loads(r.out), "plan")
    assert doc["options"] == [] and doc["near_miss"] is not None and doc["tried"]


def test_a_downgrade_plan_is_valid_and_offers_other_hardware(envboot):
    doc = assert_valid(json.loads(envboot(CASES["plan multisite downgrade any-zone"][0]).out), "plan")
    assert doc["status"] == "upgraded" and doc["request"]["alt_zones"]  # tacc's H100s give nothing up
    assert doc["options"][0]["node_type"] == "gpu_h100"
    assert {o["node_type"] for o in doc["options"]} - {"gpu_a100_pcie", "gpu_h100"}


@pytest.mark.parametrize("data", [None, MULTI])
@pytest.mark.parametrize("show_users", [False, True])
def test_merge_output_and_the_merged_file_match_their_schemas(envboot, tmp_path, data, show_users):
    out = tmp_path / "lease_results_live.json"
    argv = ["merge", "-o", str(out), "-f", "json"] + (["--data", data] if data else []) + (
        ["--show-users"] if show_users else [])
    r = envboot(argv)
    assert r.code == 0, r.err
    summary = assert_valid(json.loads(r.out), "merge")
    merged = assert_valid(json.loads(out.read_text()), "lease_results_live")
    assert summary["output"] == str(out) and summary["stats"] == merged["stats"]
    nodes = [n for s in merged["site_summaries"] for c in s["clusters"] for n in c["nodes"]]
    assert len(nodes) == merged["stats"]["nodes"]
    reservations = [x for n in nodes for x in n["reservations"]]
    assert reservations and all(("user_name" in x) == show_users for x in reservations)


def seed(argv):
    from envboot.interfaces.cli.seed_compat import main

    return run_main(main, argv)


@pytest.mark.parametrize("argv,code", [
    ([*UC, "--duration", "60", "--node-type", "gpu_rtx_6000", "--amount", "2", "-f", "json"], 0),
    ([*UC, "--duration", "120", "-t", "compute_skylake", "--amount", "3", "-f", "json"], 1),
    ([*UC, "--duration", "120", "-t", "compute_skylake", "--amount", "3", "--find-earliest", "-f", "json"], 0),
    ([*UC, "--duration", "120", "-t", "compute_skylake", "--amount", "40", "--find-earliest", "--max-search-hours",
      "2", "-f", "json"], 1),
    (["--data", MULTI, "--zone", "tacc", "--start", "2026-06-29 14:00", "--duration", "240", "--find-earliest",
      "-f", "json"], 0),
    (["--list-zones", "-f", "json"], 0),
    (["--data", MULTI, "--list-zones", "-f", "json"], 0),
])
def test_seed_shim_output_matches_its_schema(tmp_path, argv, code):
    r = seed([*argv, "-o", str(tmp_path / "merged.json")])
    assert r.code == code, r.err
    doc = assert_valid(json.loads(r.out), "integrate_and_plan")
    if "--list-zones" in argv:
        assert_valid(doc, "zones")
        return
    assert_valid(json.loads((tmp_path / "merged.json").read_text()), "lease_results_live")
    if "--find-earliest" in argv and not doc["sufficient"]:
        assert (doc["earliest"] is None) == (code == 1)
    else:
        assert "earliest" not in doc
        assert_valid(doc, "availability")  # without earliest it is exactly availability's document


# -- the audit trail (a local file) ------------------------------------------------------------

def test_audit_output_matches_its_schema(envboot, tmp_path):
    path = tmp_path / "audit.jsonl"
    log = AuditLog(path)
    log.append("intent", "aaaa1111", lease_name="envboot-auto-20990101-000000-aaaa1111", zone="uc",
               data={"source": "live", "fetched_at": "2099-01-01T00:00:00Z", "stale_sites": []},
               request={"start": "2099-01-01T10:00:00Z", "duration_minutes": 60, "amount": 1, "min_amount": 1,
                        "node_type": "compute_skylake"})
    log.append("create_attempt", "aaaa1111", attempt=1, zone="uc", body={"name": "x"})
    log.append("outcome", "aaaa1111", result="success", lease_id="l-1", status="PENDING", hosts=["P3-CPU-001"],
               host_uids=["u1"], zone="uc", attempts=[])
    log.append("intent", "bbbb2222", lease_name="envboot-auto-20990101-000000-bbbb2222", zone="uc")
    log.append("intent", "cccc3333", lease_name="envboot-auto-20990101-000000-cccc3333", zone="uc")
    log.append("reconciled", "cccc3333", result="not_created")
    r = envboot(["audit", "--audit", str(path), "-f", "json"])
    assert r.code == 0, r.err
    doc = assert_valid(json.loads(r.out), "audit")
    assert {x["intent_id"]: x["result"] for x in doc["intents"]} == {
        "aaaa1111": "success", "bbbb2222": "DANGLING", "cccc3333": "not_created"}
    assert doc["intents"][0]["hosts"] == ["P3-CPU-001"] and doc["intents"][1]["hosts"] is None
    empty = envboot(["audit", "--audit", str(path), "--since", "2999-01-01 00:00", "-f", "json"])
    assert assert_valid(json.loads(empty.out), "audit")["intents"] == []


# -- the live commands' failure shapes: a Keystone that does not answer ---------------------------

@pytest.fixture
def unreachable(monkeypatch, tmp_path):
    for k in [k for k in __import__("os").environ if k.startswith("OS_")]:
        monkeypatch.delenv(k)
    env = {"OS_AUTH_URL": "http://127.0.0.1:9/v3", "OS_AUTH_TYPE": "password", "OS_USERNAME": "u",
           "OS_PASSWORD": "MARKER-secret", "OS_PROJECT_NAME": "p", "OS_USER_DOMAIN_NAME": "Default",
           "OS_PROJECT_DOMAIN_NAME": "Default", "OS_REGION_NAME": "CHI@UC",
           "OS_CLIENT_CONFIG_FILE": str(tmp_path / "none.yaml"), "XDG_CONFIG_HOME": str(tmp_path),
           "ENVBOOT_LIVE_DATA": str(tmp_path / "live"), "ENVBOOT_AUDIT": str(tmp_path / "audit.jsonl")}
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    monkeypatch.delenv("ENVBOOT_CONFIG", raising=False)
    return tmp_path


@pytest.mark.parametrize("command", ["doctor", "auth-check"])
def test_doctor_failure_matches_its_schema(envboot, unreachable, command):
    r = envboot([command, "-f", "json"])
    assert r.code == 3
    (zone,) = assert_valid(json.loads(r.out), schemas.resolve(command))["zones"]
    assert not zone["auth"] and not zone["blazar"] and zone["hosts"] is None and zone["problem"]
    assert "MARKER" not in r.out


def test_refresh_failure_matches_its_schema(envboot, unreachable):
    r = envboot(["refresh", "--inventory", str(BUNDLED_SNAPSHOT), "-f", "json"])
    assert r.code == 4
    doc = assert_valid(json.loads(r.out), "refresh")
    (zone,) = doc["zones"]
    assert zone["zone"] == "uc" and zone["ok"] is False and zone["error"] and zone["hosts"] == 0


def test_reconcile_that_cannot_reach_blazar_matches_its_schema(envboot, unreachable):
    AuditLog(unreachable / "audit.jsonl").append("intent", "dddd4444", lease_name="envboot-auto-x-dddd4444",
                                                 zone="uc")
    r = envboot(["audit", "reconcile", "--inventory", str(BUNDLED_SNAPSHOT), "-f", "json"])
    assert r.code == 0, r.err
    (resolved,) = assert_valid(json.loads(r.out), "audit-reconcile")["resolved"]
    assert resolved["result"] == "unknown" and resolved["reason"]
    shown = assert_valid(json.loads(envboot(["audit", "-f", "json"]).out), "audit")
    assert shown["intents"][0]["result"] == "DANGLING"  # unknown: the intent stays for the next reconcile


# -- lease: checked against the real Blazar in tests/sandbox/test_lease_cli.py ---------------------

# -- sandbox status --------------------------------------------------------------------------------

def test_sandbox_status_matches_its_schema(envboot, tmp_path, monkeypatch):
    from dataclasses import asdict

    from envboot.sandbox import runtime

    home = tmp_path / "sbx"
    home.mkdir()
    info = runtime.SandboxInfo(name="x", home=str(home), region="CHI@UC", keystone_port=35357, blazar_port=1234,
                               fake_pid=1, blazar_pid=1, venv="/nonexistent")  # pid 1 (init) is not ours
    (home / "sandbox.json").write_text(json.dumps(asdict(info)))
    monkeypatch.setenv("ENVBOOT_SANDBOX_HOME", str(home))
    r = envboot(["sandbox", "status", "-f", "json"])
    assert r.code == 0, r.err
    doc = assert_valid(json.loads(r.out), "sandbox-status")
    assert doc["running"] is False and doc["blazar_url"] == "http://127.0.0.1:1234" and "venv" not in doc


def test_sandbox_status_never_started_matches_its_schema(envboot, tmp_path, monkeypatch):
    monkeypatch.setenv("ENVBOOT_SANDBOX_HOME", str(tmp_path / "never"))
    r = envboot(["sandbox", "status", "-f", "json"])
    assert r.code == 0, r.err
    doc = assert_valid(json.loads(r.out), "sandbox-status")
    assert doc["running"] is False and "blazar_url" not in doc


# -- flavor:instance: the same commands' documents for KVM instances --------------------------------

KVM = ["--data", str(REPO / "examples" / "kvm-synthetic"), "--resource-type", "flavor:instance", "--zone", "kvm",
       "--duration", "2h", "--flavor", "m1.xlarge"]


@pytest.mark.parametrize("argv,status", [
    (["-n", "20", "--start", "2026-07-01 17:00", "--now", "2026-07-01 12:00"], "ok"),
    (["-n", "25", "--start", "2026-07-01 17:00", "--now", "2026-07-01 12:00"], "shifted"),
    (["-n", "900", "--start", "2026-07-01 17:00", "--now", "2026-07-01 12:00", "--max-delay", "2h"], "infeasible"),
    (["-n", "2", "--start", "2020-01-01 10:00"], "shifted"),
])
def test_flavor_plan_and_availability_match_their_schemas(envboot, argv, status):
    r = envboot(["plan", *KVM, *argv, "-f", "json"])
    doc = assert_valid(json.loads(r.out), "plan")
    assert doc["request"]["resource_type"] == "flavor:instance" and doc["status"] == status
    r = envboot(["availability", *KVM, *argv[:4], *([] if "--now" not in argv else argv[4:6]), "-f", "json"])
    doc = assert_valid(json.loads(r.out), "availability")
    assert doc["resource_type"] == "flavor:instance" and doc["hosts"]


def test_flavor_seed_shim_documents_match_their_schema(tmp_path):
    import subprocess
    import sys

    base = [sys.executable, str(REPO / "integrate_and_plan.py"), *KVM, "--now", "2026-07-01 12:00", "--start",
            "2026-07-01 17:00", "-f", "json"]
    for extra in (["--amount", "20"], ["--amount", "25", "--find-earliest"]):
        r = subprocess.run([*base, *extra], capture_output=True, text=True, cwd=tmp_path)
        assert r.returncode == 0, r.stderr
        assert_valid(json.loads(r.stdout), "integrate_and_plan")


@pytest.mark.parametrize("argv,code", [
    (["availability", "--zone", "nowhere", "--start", "2025-10-30 20:00", "-f", "json"], 2),
    (["plan", *UC, "--duration", "9999d", "--format", "json"], 2),
    (["capacity", "--zone", "uc", "--from", "9999-01-01 00:00", "--format=json"], 2),
    (["zones", "--data", "/nonexistent/envboot-data", "-f", "json"], 2),
    (["availability", *UC, "--no-such-flag", "-f", "json"], 2),
])
def test_an_error_under_json_is_a_json_document_too(envboot, argv, code):
    """issue 17: with -f json an error was only a line on stderr; stdout was empty."""
    r = envboot(argv)
    assert r.code == code, r.err
    doc = assert_valid(json.loads(r.out), "error")
    assert doc["error"]["code"] == code
    assert r.err.strip() == f"envboot: error: {doc['error']['message']}"


def test_an_error_without_json_prints_nothing_on_stdout(envboot):
    r = envboot(["availability", "--zone", "nowhere", "--start", "2025-10-30 20:00"])
    assert r.code == 2 and r.out == "" and r.err.startswith("envboot: error: ")
