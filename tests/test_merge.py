"""Merge rules on the real snapshot (exact counts) and on hand-made snapshots (one rule each)."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from envboot import api
from envboot.core.errors import InputError
from envboot.interfaces.jsonout import merged_json

from .snapshots import Res, SiteFiles, multi_site, single_site

R1 = Res("r1", "l1", "2025-01-01T10:00:00.000000", "2025-01-01T12:00:00.000000", user="alice")


def test_real_snapshot_counts(bundled):
    doc = merged_json(api.load_view(bundled))
    assert doc["stats"] == {"sites": 1, "nodes": 132, "hosts": 132, "mapped_hosts": 132,
                            "reservations": 144, "unmatched_allocations": 0}
    nodes = [n for s in doc["site_summaries"] for c in s["clusters"] for n in c["nodes"]]
    assert len(nodes) == 132 and all(n["reservable"] and n["in_inventory"] and n["in_blazar"] for n in nodes)
    nc35 = next(n for n in nodes if n["hostname"] == "nc35")
    assert (nc35["node_type"], nc35["resource_id"]) == ("gpu_rtx_6000", "1659")
    # every reservation normalised to UTC ...Z and sorted by start
    for n in nodes:
        starts = [r["start"] for r in n["reservations"]]
        assert starts == sorted(starts) and all(s.endswith("Z") for s in starts)


def test_user_names_only_with_show_users(bundled):
    view = api.load_view(bundled)
    hidden = json.dumps(merged_json(view))
    shown = json.dumps(merged_json(view, show_users=True))
    assert "user_name" not in hidden and "user-001" not in hidden
    assert '"user_name": "user-001"' in shown


def test_host_maps_by_uid_then_node_name(tmp_path):
    s = SiteFiles("uc", "CHI@UC")
    s.node("uid-a", "nc01")
    s.node("uid-b", "nc02")
    s.host("1", "uid-a")  # by uid
    s.host("2", "nc02")  # by node name (the seed's example shows both)
    view = api.load_view(single_site(tmp_path, s))
    by_host = {n.resource_id: n for n in view.nodes}
    assert by_host["1"].uid == "uid-a" and by_host["2"].uid == "uid-b"
    assert view.mapped_hosts == 2 and all(n.in_inventory for n in view.nodes)


def test_exact_duplicate_reservations_are_dropped_but_distinct_ones_kept(tmp_path):
    s = SiteFiles("uc", "CHI@UC")
    s.node("uid-a", "nc01")
    s.host("1", "uid-a")
    other = Res("r2", "l1", "2025-01-01T10:00:00.000000", "2025-01-01T12:00:00.000000")
    s.reserve("1", R1, R1, other)
    view = api.load_view(single_site(tmp_path, s))
    assert [r.reservation_id for r in view.nodes[0].reservations] == ["r1", "r2"]


def test_allocation_on_unknown_host_is_unmatched_with_reason(tmp_path):
    s = SiteFiles("uc", "CHI@UC")
    s.node("uid-a", "nc01")
    s.host("1", "uid-a")
    s.reserve("999", R1)
    doc = merged_json(api.load_view(single_site(tmp_path, s)))
    assert doc["stats"]["unmatched_allocations"] == 1 and doc["stats"]["reservations"] == 0
    (u,) = doc["unmatched_allocations"]
    assert u["resource_id"] == "999" and "999" in u["reason"] and u["reservations"][0]["reservation_id"] == "r1"


def test_blazar_host_without_inventory_node_stays_in_cluster_unknown(tmp_path):
    s = SiteFiles("uc", "CHI@UC")
    s.node("uid-a", "nc01")
    s.host("1", "uid-a")
    s.host("2", "mystery-host", node_type="compute_x")
    s.reserve("2", R1)
    view = api.load_view(single_site(tmp_path, s))
    ghost = next(n for n in view.nodes if n.resource_id == "2")
    assert ghost.cluster_id == "unknown" and not ghost.in_inventory and ghost.node_type == "compute_x"
    assert ghost.reservable and len(ghost.reservations) == 1
    assert view.hosts_total == 2 and view.mapped_hosts == 1


def test_inventory_node_without_host_is_never_available(tmp_path):
    s = SiteFiles("uc", "CHI@UC")
    s.node("uid-a", "nc01")
    s.node("uid-b", "nc02")
    s.host("1", "uid-a")
    view = api.load_view(single_site(tmp_path, s))
    orphan = next(n for n in view.nodes if n.uid == "uid-b")
    assert not orphan.reservable and orphan.resource_id is None
    from envboot.core.timeutil import parse_time
    from envboot.kinds.hosts.availability import AvailabilityQuery
    answer = api.availability(view, AvailabilityQuery("uc", parse_time("2030-01-01 00:00"), 60, 1))
    assert [n.uid for n in answer.nodes] == ["uid-a"]


def test_multi_site_host_ids_collide_but_joins_never_cross_sites(tmp_path):
    uc, tacc = SiteFiles("uc", "CHI@UC"), SiteFiles("tacc", "CHI@TACC")
    uc.node("uc-uid", "nc01", node_type="gpu")
    tacc.node("tacc-uid", "c01", node_type="cpu")
    uc.host("7", "uc-uid")
    tacc.host("7", "tacc-uid")  # same Blazar host id at another site
    uc.reserve("7", R1)
    view = api.load_view(multi_site(tmp_path, [uc, tacc]))
    by_site = {n.site_id: n for n in view.nodes}
    assert by_site["uc"].uid == "uc-uid" and len(by_site["uc"].reservations) == 1
    assert by_site["tacc"].uid == "tacc-uid" and by_site["tacc"].reservations == ()
    assert view.mapped_hosts == 2 and not view.unmatched


def test_multi_site_host_mapped_to_other_sites_node_is_not_joined(tmp_path):
    uc, tacc = SiteFiles("uc", "CHI@UC"), SiteFiles("tacc", "CHI@TACC")
    uc.node("uc-uid", "nc01")
    tacc.node("tacc-uid", "c01")
    tacc.host("3", "uc-uid")  # names a node that exists only at uc
    tacc.host("4", "tacc-uid")
    view = api.load_view(multi_site(tmp_path, [uc, tacc]))
    ghost = next(n for n in view.nodes if n.resource_id == "3")
    assert ghost.site_id == "tacc" and not ghost.in_inventory and ghost.cluster_id == "unknown"


def test_resource_map_alone_is_enough(tmp_path):
    s = SiteFiles("uc", "CHI@UC")
    s.node("uid-a", "nc01", node_type="gpu")
    s.host("1", "uid-a")
    s.reserve("1", R1)
    view = api.load_view(single_site(tmp_path, s, resource_map=True))
    assert view.nodes[0].resource_id == "1" and view.nodes[0].node_type == "gpu"


def test_raw_api_allocations_shape_is_accepted(tmp_path):
    s = SiteFiles("uc", "CHI@UC")
    s.node("uid-a", "nc01")
    s.host("1", "uid-a")
    s.reserve("1", R1)
    root = single_site(tmp_path, s)
    rows = json.loads((root / "allocations.json").read_text())
    (root / "allocations.json").write_text(json.dumps({"allocations": rows}))
    assert len(api.load_view(root).nodes[0].reservations) == 1


def test_offsets_are_normalised_to_utc(tmp_path):
    s = SiteFiles("uc", "CHI@UC")
    s.node("uid-a", "nc01")
    s.host("1", "uid-a")
    s.reserve("1", Res("r", "l", "2025-01-01T12:00:00+02:00", "2025-01-01T13:00:00+02:00"))
    doc = merged_json(api.load_view(single_site(tmp_path, s)))
    (r,) = doc["site_summaries"][0]["clusters"][0]["nodes"][0]["reservations"]
    assert (r["start"], r["end"]) == ("2025-01-01T10:00:00Z", "2025-01-01T11:00:00Z")


@pytest.mark.parametrize("breakage,needle", [
    (lambda d: (d / "allocations.json").write_text("[{"), "allocations.json"),
    (lambda d: (d / "allocations.json").write_text('[{"resource_id": [5], "reservations": []}]'), "resource_id"),
    (lambda d: (d / "allocations.json").write_text('[{"reservations": []}]'), "resource_id"),
    (lambda d: (d / "allocations.json").write_text(
        '[{"resource_id": "1", "reservations": [{"id": "a", "lease_id": "b", "start_date": "yesterday",'
        ' "end_date": "2025-01-01T00:00:00"}]}]'), "yesterday"),
    (lambda d: (d / "hosts.json").write_text('{"hosts": 3}'), "hosts.json"),
    (lambda d: (d / "hosts.json").unlink() or (d / "resource_map.json").unlink(), "resource_map.json"),
    (lambda d: (d / "uc_chameleon_nodes.json").write_text('{"items": [{"uid": 1}]}'), "uc_chameleon_nodes.json"),
    (lambda d: (d / "meta.json").write_text('{"fetched_at": "soon"}'), "fetched_at"),
])
def test_bad_files_give_one_line_naming_file_or_field(bundled_copy, breakage, needle):
    breakage(bundled_copy)
    with pytest.raises(InputError) as exc:
        api.load_view(bundled_copy)
    msg = str(exc.value)
    assert needle in msg and "\n" not in msg


def test_missing_data_directory_says_what_to_do(tmp_path):
    with pytest.raises(InputError, match="ENVBOOT_DATA"):
        api.load_view(tmp_path / "nope")


def _oracle_clean(items):
    """Drop exact duplicates (the last copy wins, at the first one's place), then sort by (start, end, id)."""
    kept = {}
    for r in items:
        kept[(r.reservation_id, r.lease_id, r.start, r.end)] = r
    return tuple(sorted(kept.values(), key=lambda r: (r.start, r.end, r.reservation_id)))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 6), st.integers(0, 3), st.sampled_from("abc"), st.sampled_from("xy")),
                max_size=9))
def test_reservations_are_sorted_and_exact_duplicates_dropped_like_a_naive_oracle(raw):
    from datetime import UTC, datetime, timedelta

    from envboot.data.merge import _clean
    from envboot.domain.model import Reservation

    t0 = datetime(2026, 1, 1, tzinfo=UTC)
    items = [Reservation(rid, lease, t0 + timedelta(hours=s), t0 + timedelta(hours=s + d)) for s, d, rid, lease in raw]
    assert _clean(items) == _oracle_clean(items)
    assert _clean(tuple(items)) == _oracle_clean(items)


def test_one_host_with_naive_zulu_and_offset_dates_and_an_error_named_to_the_field(tmp_path):
    """The loader's fast path takes an allocation whose dates are all Blazar's naive UTC; one other form sends
    the whole allocation through the full parser, which names a bad date down to its field."""
    s = SiteFiles("uc", "CHI@UC")
    s.node("uid-a", "nc01")
    s.host("1", "uid-a")
    s.reserve("1", Res("r1", "l1", "2025-01-01T10:00:00.000000", "2025-01-01T11:00:00"),
              Res("r2", "l2", "2025-01-01T12:00:00Z", "2025-01-01T15:00:00+02:00"))
    root = single_site(tmp_path / "ok", s)
    doc = merged_json(api.load_view(root))
    got = [(r["start"], r["end"]) for r in doc["site_summaries"][0]["clusters"][0]["nodes"][0]["reservations"]]
    assert got == [("2025-01-01T10:00:00Z", "2025-01-01T11:00:00Z"), ("2025-01-01T12:00:00Z", "2025-01-01T13:00:00Z")]
    rows = json.loads((root / "allocations.json").read_text())
    rows[0]["reservations"][1]["start_date"] = "2025-13-01T12:00:00"
    (root / "allocations.json").write_text(json.dumps(rows))
    with pytest.raises(InputError) as err:
        api.load_view(root)
    assert str(err.value) == (f"{root / 'allocations.json'}: [0].reservations[1].start_date: "
                              "invalid date '2025-13-01T12:00:00'")


def _duplicated_inventory(bundled_copy, *, change: dict) -> str:
    """The bundled snapshot with its first gpu_rtx_6000 node listed a second time, changed by ``change``."""
    path = bundled_copy / "uc_chameleon_nodes.json"
    doc = json.loads(path.read_text())
    original = next(n for n in doc["items"] if n.get("node_type") == "gpu_rtx_6000")
    twin = json.loads(json.dumps(original))
    twin.update(change)
    doc["items"].append(twin)
    path.write_text(json.dumps(doc))
    return original["uid"]


@pytest.mark.parametrize("change", [{"node_type": "compute_skylake"},
                                    {"node_type": "gpu_v100", "node_name": "imposter-01"}])
def test_a_node_listed_twice_differently_is_warned_not_merged_silently(envboot, bundled_copy, change):
    """issue 17: a node listed twice with different clusters or types was merged without a word."""
    uid = _duplicated_inventory(bundled_copy, change=change)
    view = api.load_view(bundled_copy)
    (warning,) = view.data.inventory_conflicts
    assert uid in warning and "listed twice" in warning and "node type 'gpu_rtx_6000' vs" in warning
    assert sum(n.uid == uid for n in view.nodes) == 1
    assert next(n for n in view.nodes if n.uid == uid).node_type == "gpu_rtx_6000"  # the first entry
    for argv in (["availability", "--zone", "uc", "--start", "2025-10-30 20:00", "-f", "json"],
                 ["plan", "--zone", "uc", "--start", "2025-10-30 20:00", "--duration", "1h", "-f", "json"]):
        r = envboot([*argv, "--data", str(bundled_copy), "--now", "2025-10-30 19:54"])
        assert r.code == 0, r.err
        assert any(uid in w and "listed twice" in w for w in json.loads(r.out)["warnings"]), argv


def test_a_node_listed_twice_identically_is_no_warning(bundled_copy):
    _duplicated_inventory(bundled_copy, change={})
    assert api.load_view(bundled_copy).data.inventory_conflicts == ()
