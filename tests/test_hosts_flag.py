"""``--hosts a,b`` (plan and reserve): only the hosts named are candidates, the lease pins each one, and the
command that books an option carries the flag; a host the zone does not have is one line naming it."""

from __future__ import annotations

import json

from envboot.kinds.hosts.lease_body import lease_reservations
from envboot.kinds.strategies import Prefer

UC = ["--zone", "uc", "--start", "2025-10-30 20:00", "--now", "2025-10-30 19:54"]


def test_plan_over_named_hosts_picks_exactly_them(envboot):
    r = envboot(["plan", *UC, "--duration", "2h", "-n", "2", "--hosts", "nc34,nc11", "-f", "json"])
    assert r.code == 0, r.err
    doc = json.loads(r.out)
    top = doc["options"][0]
    assert sorted(n["hostname"] for n in top["nodes"]) == ["nc11", "nc34"]
    r = envboot(["plan", *UC, "--duration", "2h", "-n", "2", "--hosts", "nc34,nc11"])
    assert "--hosts nc34,nc11 --dry-run 0" in " ".join(r.out.split())


def test_a_named_host_that_is_busy_shifts_the_window_not_the_host(envboot):
    free = json.loads(envboot(["plan", *UC, "--duration", "2h", "-n", "1", "-f", "json"]).out)
    busy = json.loads(envboot(["availability", *UC, "--duration", "2h", "-f", "json"]).out)
    free_names = {n["hostname"] for n in busy["nodes"]}
    assert free["options"]
    from envboot import api
    from envboot.core.settings import data_dir

    view = api.load_view(data_dir(None))
    taken = next(n.hostname for n in view.nodes_in("uc") if n.reservable and n.in_blazar
                 and n.hostname not in free_names)
    doc = json.loads(envboot(["plan", *UC, "--duration", "2h", "-n", "1", "--hosts", taken, "-f", "json"]).out)
    assert doc["options"], doc
    assert all([n["hostname"] for n in o["nodes"]] == [taken] for o in doc["options"])
    assert doc["options"][0]["start"] > "2025-10-30T20:00:00Z"


def test_bad_hosts_are_one_line(envboot):
    for extra, said in ((["--hosts", "nc34,nosuch"], "--hosts: no host 'nosuch' in uc"),
                        (["--hosts", "nc34", "-n", "2"], "--amount 2: more than the 1 host(s) --hosts names"),
                        (["--hosts", " , "], "--hosts: empty"),
                        (["--hosts", "nc34", "--needs", "gpus>=1"], "use either --hosts or --needs")):
        r = envboot(["plan", *UC, "--duration", "1h", *extra])
        assert r.code == 2 and said in r.err and len(r.err.strip().splitlines()) == 1, (extra, r.err)


def test_flavor_commands_refuse_hosts(envboot):
    r = envboot(["plan", *UC, "--duration", "1h", "--resource-type", "flavor:instance", "--flavor", "m1.small",
                 "--hosts", "nc34"])
    assert r.code == 2 and "--hosts" in r.err, r.err


def test_pinned_reservations_name_each_host_by_uid():
    from envboot import api
    from envboot.core.settings import data_dir
    from envboot.interfaces.request_flags import build_request, parse_flags

    view = api.load_view(data_dir(None))
    flags = parse_flags("uc", "2025-10-30 20:00", "1h", 2, None, None, None, None, False, False, None,
                        Prefer.soonest, None, 168, None,
                        now="2025-10-30 19:54", hosts="nc34,nc11")
    request = build_request(view, flags)
    plan = api.make_plan(view, request, cleaning_minutes=0, now=flags.now)
    bodies = lease_reservations(plan.options[0], pin_nodes=True)
    assert sorted(json.loads(b["resource_properties"])[2] for b in bodies) == sorted(
        n.uid for n in view.nodes_in("uc") if n.hostname in ("nc34", "nc11"))
