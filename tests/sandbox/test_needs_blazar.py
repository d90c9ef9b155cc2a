"""Needs compile to Blazar expressions the REAL Blazar evaluates as envboot predicts (issue 11 §1):
for a mixed node type the emitted expression (exact string equality on capabilities Blazar stores as
strings) must select exactly the nodes that meet the needs. Checked on the session sandbox: with
min = max = the free matching hosts Blazar takes exactly those; with one more, it refuses."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from envboot import api
from envboot.core.settings import BUNDLED_SNAPSHOT
from envboot.core.timeutil import blazar_date, floor_minute, utcnow
from envboot.domain.needs import match_node, resolve
from envboot.domain.needs import parse as parse_needs
from envboot.kinds.hosts.engine import AvailabilityEngine, to_minute
from envboot.live.refresh import clean_allocations, clean_hosts, write_zone

pytestmark = pytest.mark.sandbox

# each yields a node type where only some nodes meet the needs (the case that needs an expression)
MIXED = ["gpus>=1 gpu_vendor=nvidia cpus>=64", "cpus>=48 ram>=128GB"]


def live_view(client, directory):
    directory.mkdir(parents=True)
    for f in ("sites.json", "uc_clusters.json", "uc_chameleon_nodes.json"):
        (directory / f).write_text((BUNDLED_SNAPSHOT / f).read_text())
    write_zone(directory / "uc", "uc", clean_hosts(client.host.list()),
               clean_allocations(client.allocation.list("os-hosts"), False), utcnow(), "CHI@UC")
    return api.load_view(directory)


@pytest.mark.parametrize("needs_text", MIXED)
def test_mixed_type_expression_selects_exactly_the_matching_hosts_in_blazar(sandbox, demo, tmp_path, needs_text):
    view = live_view(demo, tmp_path / "live")
    needs = parse_needs(needs_text)
    mixed = [t for t in resolve(view, needs, ["uc"]).selectable("uc") if t.mixed]
    assert mixed, f"{needs_text}: expected a node type where only some nodes match"
    start = floor_minute(utcnow()) + timedelta(days=200)  # past every seeded reservation
    end = start + timedelta(hours=1)
    engine = AvailabilityEngine(view.nodes)
    for t in mixed:
        free = engine.free_at(to_minute(start), to_minute(end), lambda n, t=t: n.node_type == t.node_type).nodes
        expected = sorted(n.resource_id for n in free if match_node(n, needs).ok)
        assert expected and len(expected) < len(free)  # the expression has something to exclude
        body = lambda k, t=t: [{"resource_type": "physical:host", "min": k, "max": k,  # noqa: E731
                                "hypervisor_properties": "", "resource_properties": t.resource_properties}]
        lease = demo.lease.create(f"needs-{t.node_type}", blazar_date(start), blazar_date(end),
                                  body(len(expected)), [])
        taken = sorted(str(a["resource_id"]) for a in demo.allocation.list("os-hosts")
                       if any(r["lease_id"] == lease["id"] for r in a["reservations"]))
        assert taken == expected, (t.node_type, json.loads(t.resource_properties))
        demo.lease.delete(lease["id"])
        with pytest.raises(Exception, match="Not enough hosts available"):
            demo.lease.create(f"needs-{t.node_type}-more", blazar_date(start), blazar_date(end),
                              body(len(expected) + 1), [])
