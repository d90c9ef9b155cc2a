"""Floating IPs in the commands (rules, on the bundled snapshot with a small pool written here): ``plan`` /
``availability`` with ``--floating-ips N`` put the addresses in the lease's window and zone, shift the
window when only the addresses are short (saying so, with Chameleon's workaround), and give the whole
lease body; ``--resource-type virtual:floatingip`` answers for addresses alone; the MCP ``plan`` tool
takes ``floating_ips`` and its stored plan keeps them for ``reserve``."""

from __future__ import annotations

import json
import shutil
from datetime import timedelta

import anyio
import pytest
from mcp import Client
from mcp_types import ElicitResult

from envboot.core.settings import BUNDLED_SNAPSHOT
from envboot.core.timeutil import floor_minute, iso_z, utcnow
from envboot.interfaces.mcp import ServerConfig, build_server

from .schema_check import assert_valid

NET = "net-public-uc"
NOW = ["--now", "2025-10-30 19:54"]
WINDOW = ["--zone", "uc", "--start", "2025-10-30 20:00", "--duration", "2h"]


def write_pool(tmp_path, held: list[tuple[str, str, str]]):
    """The bundled CHI@UC snapshot plus 3 addresses .10-.12; ``held``: (floating IP id, start, end)."""
    data = tmp_path / "uc"
    shutil.copytree(BUNDLED_SNAPSHOT, data)
    ips = [{"id": f"fip-{i}", "floating_ip_address": f"192.5.87.{10 + i}", "floating_network_id": NET,
            "subnet_id": "sub-uc", "reservable": True} for i in range(3)]
    allocations = [{"resource_id": rid, "reservations": [{"id": f"r-{rid}", "lease_id": f"l-{rid}",
                                                          "start_date": start, "end_date": end}]}
                   for rid, start, end in held]
    (data / "floatingips.json").write_text(json.dumps(ips))
    (data / "floatingip_allocations.json").write_text(json.dumps(allocations))
    return data


@pytest.fixture
def pool(tmp_path):
    """.10 held until 2025-11-02, .11 until 2025-10-31 06:00 (the snapshot's time)."""
    return write_pool(tmp_path, [("fip-0", "2025-10-30T19:00:00.000000", "2025-11-02T00:00:00.000000"),
                                 ("fip-1", "2025-10-30T19:00:00.000000", "2025-10-31T06:00:00.000000")])


def test_plan_with_floating_ips_shifts_to_when_hosts_and_addresses_are_both_free(envboot, pool):
    r = envboot(["plan", *WINDOW, "-n", "2", "-t", "compute_skylake", "--floating-ips", "2", "--data", str(pool),
                 *NOW, "-f", "json"])
    assert r.code == 0, r.err
    doc = assert_valid(json.loads(r.out), "plan")
    top = doc["options"][0]
    assert (top["strategy"], top["start"], top["delay_minutes"]) == ("time_shift", "2025-10-31T06:00:00Z", 600)
    (fips,) = top["floating_ips"]
    assert (fips["start"], fips["end"], fips["amount"]) == (top["start"], top["end"], 2)
    assert sorted(fips["addresses"]) == ["192.5.87.11", "192.5.87.12"]
    assert [x["resource_type"] for x in top["lease_request"]["reservations"]] == ["physical:host",
                                                                                  "virtual:floatingip"]
    assert any("Chameleon's workaround" in w and "not until 2025-10-31 06:00Z" in w for w in doc["warnings"])
    # without the addresses, the hosts alone are free as asked
    alone = json.loads(envboot(["plan", *WINDOW, "-n", "2", "-t", "compute_skylake", "--data", str(pool), *NOW,
                                "-f", "json"]).out)
    assert alone["options"][0]["strategy"] == "base" and "floating_ips" not in alone["options"][0]


def test_the_table_names_the_addresses_and_books_them_with_the_flag(envboot, pool):
    r = envboot(["plan", *WINDOW, "-n", "2", "-t", "compute_skylake", "--floating-ips", "1", "--data", str(pool),
                 *NOW])
    assert r.code == 0, r.err
    assert "top option's floating IPs: 1 of network net-public-uc (likely 192.5.87.12)" in r.out
    assert "--floating-ips 1" in r.out.replace("\n", " ")


def test_availability_counts_the_addresses_too(envboot, pool):
    args = ["availability", *WINDOW, "-n", "1", "-t", "compute_skylake", "--data", str(pool), *NOW, "-f", "json"]
    one = assert_valid(json.loads(envboot([*args, "--floating-ips", "1"]).out), "availability")
    two = envboot([*args, "--floating-ips", "2"])
    assert one["sufficient"] and one["floating_ips"][0]["option"]["addresses"] == ["192.5.87.12"]
    assert two.code == 1 and json.loads(two.out)["floating_ips"][0] == {"amount": 2, "sufficient": False,
                                                                         "option": None}


def test_floating_ips_alone(envboot, pool):
    r = envboot(["plan", "--resource-type", "virtual:floatingip", *WINDOW, "-n", "2", "--data", str(pool), *NOW,
                 "-f", "json"])
    doc = assert_valid(json.loads(r.out), "plan")
    assert doc["status"] == "shifted" and doc["options"][0]["start"] == "2025-10-31T06:00:00Z"
    a = envboot(["availability", "--resource-type", "virtual:floatingip", *WINDOW, "-n", "1", "--data", str(pool),
                 *NOW, "-f", "json"])
    assert assert_valid(json.loads(a.out), "availability")["free"] == ["192.5.87.12"]


def test_flags_of_a_kind_are_refused_elsewhere_in_one_line(envboot, pool):
    r = envboot(["plan", "--resource-type", "virtual:floatingip", *WINDOW, "-t", "compute_skylake", "--data",
                 str(pool), *NOW])
    assert r.code == 2 and "--node-type applies to physical:host only; virtual:floatingip takes --amount" in r.err
    r = envboot(["plan", *WINDOW, "--network", NET, "--data", str(pool), *NOW])
    assert r.code == 2 and "--network applies to floating IPs: add --floating-ips N" in r.err
    (pool / "floatingips.json").unlink()  # data without a pool (e.g. an upstream Blazar without the plugin)
    r = envboot(["plan", *WINDOW, "--floating-ips", "1", "--data", str(pool), *NOW])
    assert r.code == 2 and "no floating IP data" in r.err and len(r.err.strip().splitlines()) == 1


def test_mcp_plan_takes_floating_ips_and_its_consent_names_them(monkeypatch, tmp_path):
    """The MCP plan books on the wall clock: a pool held around it (.10 for a year, .11 for the next 10 h)."""
    now = floor_minute(utcnow())
    until = now + timedelta(hours=10)
    api = "%Y-%m-%dT%H:%M:%S.000000"
    pool = write_pool(tmp_path, [("fip-0", f"{now:{api}}", f"{now + timedelta(days=365):{api}}"),
                                 ("fip-1", f"{now - timedelta(hours=1):{api}}", f"{until:{api}}")])
    monkeypatch.setenv("ENVBOOT_LIVE_DATA", str(tmp_path / "live"))
    asked = []

    async def decline(ctx, params):
        asked.append(params.message)
        return ElicitResult(action="decline")

    async def main():
        async with Client(build_server(ServerConfig(data=pool)), elicitation_callback=decline) as c:
            plan = (await c.call_tool("plan", {"zone": "uc", "start": "now", "duration": "2h",
                                               "amount": 2, "node_type": "compute_skylake",
                                               "floating_ips": 2})).structured_content
            return plan, await c.call_tool("reserve", {"plan_id": plan["plan_id"]})

    doc, declined = anyio.run(main)
    top = doc["options"][0]
    assert top["start"] == iso_z(until) and top["floating_ips"][0]["amount"] == 2
    (msg,) = asked
    assert "2 host(s) of type compute_skylake" in msg and ", and 2 floating IP(s) in the same lease." in msg
    assert declined.is_error and "declined" in declined.content[0].text
