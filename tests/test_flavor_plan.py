"""flavor:instance: loaders, planner, lease body, and the CLI on examples/kvm-synthetic."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime

import pytest

from envboot.core.errors import InputError
from envboot.kinds.flavors.lease_body import flavor_lease_request
from envboot.kinds.flavors.loaders import load_flavor_data, load_flavors
from envboot.kinds.flavors.planner import FlavorPlanRequest, plan_flavor, resolve_flavor, smaller_flavors
from envboot.kinds.hosts.planner import Prefer

from .conftest import REPO

KVM = REPO / "examples" / "kvm-synthetic"
NOW = "2026-07-01 12:00"
WINDOW = ["--zone", "kvm", "--start", "2026-07-01 14:00", "--duration", "4h", "--now", NOW, "--data", str(KVM)]
FLAVOR = ["--resource-type", "flavor:instance", "--flavor", "m1.xlarge"]


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@pytest.fixture(scope="module")
def data():
    return load_flavor_data(KVM)


def request(amount, **kw):
    return FlavorPlanRequest("kvm", utc("2026-07-01 14:00"), 240, amount, kw.pop("flavor", "m1.xlarge"),
                             not_before=utc("2026-07-01 12:01"), **kw)


# -- loaders ------------------------------------------------------------------------------------------
def test_loads_the_synthetic_site(data):
    (zone,) = data.zones
    assert (zone.zone, zone.name, len(zone.flavors), len(zone.hosts)) == ("kvm", "KVM@TACC", 7, 8)
    h1 = next(h for h in zone.hosts if h.hypervisor_hostname == "kvm-h01")
    (r,) = h1.reservations
    assert (r.resource_type, r.amount, r.flavor_name, r.usage["MEMORY_MB"]) == ("flavor:instance", 10, "m1.xlarge",
                                                                                163840)
    assert data.data.source == "synthetic" and zone.warnings == ()


def test_flavor_file_shapes(tmp_path):
    p = tmp_path / "flavors.json"
    nova = {"id": "a", "name": "x", "ram": 1, "disk": 1, "vcpus": 1, "OS-FLV-EXT-DATA:ephemeral": 5,
            "extra_specs": {"hw:cpu_policy": "dedicated"}}
    p.write_text(json.dumps({"flavors": [nova]}))
    (f,) = load_flavors(p)
    assert (f.ephemeral, f.extra_specs) == (5, {"hw:cpu_policy": "dedicated"})
    p.write_text(json.dumps([{"ID": "b", "Name": "y", "RAM": 2, "Disk": 3, "VCPUs": 1, "Ephemeral": 0,
                              "Properties": "hw:cpu_policy='dedicated', trait:CUSTOM_X='required'"}]))
    (f,) = load_flavors(p)
    assert f.extra_specs == {"hw:cpu_policy": "dedicated", "trait:CUSTOM_X": "required"}


@pytest.mark.parametrize("name, text, fragment", [
    ("flavors.json", '[{"ID": "1", "Name": "m", "RAM": "big", "Disk": 1, "VCPUs": 1}]', "flavors.json: [0]"),
    ("flavors.json", '[{"ID": "1", "Name": "m", "RAM": -1, "Disk": 1, "VCPUs": 1}]', "[0].ram: must be >= 0"),
    ("resource_providers.json", '[{"name": "kvm-h01", "inventories": {"VCPU": {"total": "x"}}}]',
     "resource_providers.json"),
    ("resource_providers.json", '[{"name": "kvm-h01", "inventories": {"VCPU": {"total": 4, "allocation_ratio": 0}}}]',
     "inventories.VCPU.allocation_ratio"),
    ("leases.json", '{"leases": [{"id": "l", "reservations": [{"id": "r", "resource_type": "flavor:instance"}]}]}',
     "reservations[0].amount"),
])
def test_bad_files_are_one_line_errors_naming_file_and_field(tmp_path, name, text, fragment):
    d = tmp_path / "kvm"
    shutil.copytree(KVM, d)
    (d / name).write_text(text)
    with pytest.raises(InputError) as exc:
        load_flavor_data(d)
    assert fragment in str(exc.value) and "\n" not in str(exc.value)


def test_unknown_reservations_make_their_host_full_with_a_warning(tmp_path):
    d = tmp_path / "kvm"
    shutil.copytree(KVM, d)
    (d / "leases.json").write_text('{"leases": []}')
    zone = load_flavor_data(d).zones[0]
    assert "5 reservation(s)" in zone.warnings[0]
    p = plan_flavor({"kvm": zone}, request(1))
    assert p.options[0].instances_fit == 14  # kvm-h04 and kvm-h06 only: every other host holds an unknown one
    assert p.options[0].hosts[0][0].hypervisor_hostname == "kvm-h04"


# -- planner ------------------------------------------------------------------------------------------
def test_base_fits_and_blazar_packs_reserved_hosts_first(data):
    p = plan_flavor({"kvm": data.zones[0]}, request(20))
    assert p.status == "ok"
    o = p.options[0]
    assert o.instances_fit == 22
    assert [(h.hypervisor_hostname, n) for h, n in o.hosts] == [("kvm-h03", 5), ("kvm-c01", 3), ("kvm-h04", 7),
                                                                 ("kvm-h06", 5)]


def test_time_shift_is_exact_to_the_minute(data):
    p = plan_flavor({"kvm": data.zones[0]}, request(25))
    assert p.status == "shifted"
    # r-0005 ends 18:00 and Blazar's overlap test is closed: 18:01, not 18:00
    assert (p.options[0].start, p.options[0].instances_fit) == (utc("2026-07-01 18:01"), 32)


def test_downgrade_is_opt_in_and_closest_first(data):
    zone = data.zones[0]
    assert [f.name for f in smaller_flavors(zone, resolve_flavor(zone, "m1.xlarge"))] == [
        "m1.large", "m1.medium", "m1.small", "m1.tiny"]
    assert smaller_flavors(zone, resolve_flavor(zone, "c1.pinned")) == ()  # PCPU: no shared-CPU flavor is "smaller"
    p = plan_flavor({"kvm": zone}, request(25, allow_downgrade=True, prefer=Prefer.same_hardware))
    assert [o.strategy for o in p.options][:2] == ["time_shift", "downgrade"]
    assert p.options[1].flavor.name == "m1.large" and p.options[1].rung == 1


def test_zone_change_by_flavor_name(tmp_path):
    shutil.copytree(KVM, tmp_path / "kvm")
    shutil.copytree(KVM, tmp_path / "kvm2")
    (tmp_path / "kvm2" / "meta.json").write_text('{"site": "kvm2", "source": "synthetic"}')
    (tmp_path / "kvm2" / "allocations.json").write_text("[]")
    flavors = json.loads((tmp_path / "kvm2" / "flavors.json").read_text())
    for f in flavors:
        f["ID"] = "other-" + f["ID"]  # flavor ids are per site; names match
    (tmp_path / "kvm2" / "flavors.json").write_text(json.dumps(flavors))
    data = load_flavor_data(tmp_path)
    zones = {z.zone: z for z in data.zones}
    p = plan_flavor(zones, request(40, alt_zones=("kvm2",)))
    assert p.status == "zone_changed"
    o = p.options[0]
    assert (o.zone, o.flavor.id, o.instances_fit) == ("kvm2", "other-5", 53)


def test_infeasible_names_the_near_miss(data):
    p = plan_flavor({"kvm": data.zones[0]}, request(60, max_delay_minutes=190))
    assert p.status == "infeasible" and "Best near miss" in p.explanation
    assert (p.near_miss.instances_fit, p.near_miss.start) == (24, utc("2026-07-01 17:01"))  # r-0002 ended 17:00


def test_past_start_moves_to_the_first_bookable_minute(data):
    req = FlavorPlanRequest("kvm", utc("2026-07-01 11:00"), 60, 1, "m1.tiny", not_before=utc("2026-07-01 12:01"))
    p = plan_flavor({"kvm": data.zones[0]}, req)
    assert p.status == "shifted" and p.options[0].start == utc("2026-07-01 12:01")


def test_flavor_lookup(data):
    zone = data.zones[0]
    assert resolve_flavor(zone, "4").name == "m1.large"
    with pytest.raises(InputError, match="no such flavor"):
        resolve_flavor(zone, "m9.huge")
    with pytest.raises(InputError, match="existing reservation"):
        resolve_flavor(zone, "reservation:abc")


def test_lease_body():
    body = flavor_lease_request("5", 3, utc("2026-07-01 14:00"), utc("2026-07-01 18:00"), name="x")
    assert body == {"name": "x", "start_date": "2026-07-01 14:00", "end_date": "2026-07-01 18:00",
                    "reservations": [{"resource_type": "flavor:instance", "flavor_id": "5", "amount": 3,
                                      "affinity": None}], "events": []}


# -- the CLI ----------------------------------------------------------------------------------------------
def test_cli_plan_json(envboot):
    r = envboot(["plan", *FLAVOR, "-n", "20", *WINDOW, "-f", "json"])
    assert r.code == 0, r.err
    doc = json.loads(r.out)
    assert doc["status"] == "ok" and doc["request"]["resource_type"] == "flavor:instance"
    assert doc["request"]["flavor"]["resources"] == {"VCPU": 8, "MEMORY_MB": 16384, "DISK_GB": 160}
    o = doc["options"][0]
    assert o["lease_request"]["reservations"] == [{"resource_type": "flavor:instance", "flavor_id": "5",
                                                   "amount": 20, "affinity": None}]
    assert sum(h["instances"] for h in o["hosts"]) == 20 and o["instances_fit"] == 22
    assert set(o) == {"rank", "strategy", "zone", "start", "end", "delay_minutes", "flavor", "amount",
                      "instances_fit", "hosts", "rung", "why", "launch_flavor", "lease_request"}


def test_cli_plan_table_shift_and_exit_codes(envboot):
    r = envboot(["plan", *FLAVOR, "-n", "25", *WINDOW])
    assert r.code == 0 and "status: shifted" in r.out and "2026-07-01T18:01:00Z" in r.out
    r = envboot(["plan", *FLAVOR, "-n", "60", *WINDOW, "--max-delay", "2h", "-f", "json"])
    assert r.code == 1 and json.loads(r.out)["status"] == "infeasible"


def test_cli_availability(envboot):
    r = envboot(["availability", *FLAVOR, "-n", "25", *WINDOW, "-f", "json"])
    assert r.code == 1
    doc = json.loads(r.out)
    assert (doc["instances_fit"], doc["sufficient"], doc["conflict"]) == (22, False, False)
    assert {h["hypervisor_hostname"]: h["status"] for h in doc["hosts"]}["kvm-h05"] == "held"
    r = envboot(["availability", *FLAVOR, "-n", "22", *WINDOW])
    assert r.code == 0 and "22 x m1.xlarge" in r.out


@pytest.mark.parametrize("argv, fragment", [
    (["plan", "--resource-type", "flavor:instance", *WINDOW], "--flavor is required"),
    (["plan", *FLAVOR, *WINDOW, "-t", "compute_skylake"], "--node-type applies to physical:host only"),
    (["plan", *FLAVOR, *WINDOW, "--min-amount", "1"], "--min-amount applies to physical:host only"),
    (["plan", *FLAVOR, *WINDOW, "--prefer", "cheapest"], "no SU rate"),
    (["plan", "--flavor", "m1.large", *WINDOW],
     "--flavor applies to flavor:instance only; physical:host takes --node-type"),
    (["plan", *FLAVOR, "--zone", "uc", "--start", "2026-07-01 14:00", "--now", NOW, "--data", str(KVM)],
     "unknown zone 'uc'"),
    (["availability", "--resource-type", "flavor:instance", "--flavor", "m9", *WINDOW], "no such flavor"),
    (["plan", *FLAVOR, "--zone", "uc", "--start", "2025-10-30 20:00"], "no flavors.json"),
    (["reserve", *FLAVOR[:2], *WINDOW[:6]], "--flavor is required"),
])
def test_cli_bad_input_is_one_line(envboot, argv, fragment):
    r = envboot(argv)
    assert r.code == 2, (r.out, r.err)
    assert fragment in r.err and len(r.err.strip().splitlines()) == 1 and "Traceback" not in r.err
