"""Blazar's property language: parsing rules, evaluation on real host shapes, oracle agreement."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from envboot import api
from envboot.domain.properties import PropertyError, combine, node_type_expression, parse, to_json, unknown_keys


@pytest.fixture(scope="module")
def uc_nodes():
    from envboot.core.settings import BUNDLED_SNAPSHOT

    return api.load_view(BUNDLED_SNAPSHOT).nodes


def select(nodes, expr):
    q = parse(expr)
    return [n for n in nodes if q.matches(n.columns, n.capabilities)]


def test_node_type_matches_exactly_that_type_on_real_hosts(uc_nodes):
    got = select(uc_nodes, '["==", "$node_type", "gpu_rtx_6000"]')
    assert len(got) == 37 and {n.node_type for n in got} == {"gpu_rtx_6000"}
    assert len(select(uc_nodes, '["=", "$node_type", "gpu_rtx_6000"]')) == 37  # "=" means "=="


def test_and_of_real_flattened_fields(uc_nodes):
    got = select(uc_nodes, '["and", ["==", "$gpu.gpu", "True"], ["==", "$gpu.gpu_count", "4"]]')
    assert {n.node_type for n in got} == {"gpu_a100_pcie", "gpu_a100_nvlink", "gpu_v100"}
    assert len(got) == 9


def test_capability_ordering_is_string_comparison_like_blazar(uc_nodes):
    # architecture.smt_size values include "48", "96", "160", "256": as strings "160" < "48"
    q = parse('[">=", "$architecture.smt_size", "48"]')
    got = {n.capabilities["architecture.smt_size"] for n in uc_nodes if q.matches(n.columns, n.capabilities)}
    assert "48" in got and "96" in got and "160" not in got and "256" not in got
    assert any("compares STRINGS" in w for w in q.warnings)


def test_missing_capability_never_matches_even_for_not_equal():
    q = parse('["!=", "$gpu.gpu_model", "V100"]')
    assert not q.matches({}, {"node_type": "compute"})
    assert q.matches({}, {"gpu.gpu_model": "A100"})


def test_host_columns_compare_as_sql_columns():
    q = parse('[">", "$vcpus", "100"]')
    assert q.matches({"vcpus": "128"}, {}) and not q.matches({"vcpus": "48"}, {})  # numeric, not "48" > "100"
    assert not q.matches({}, {"vcpus": "128"})  # a column never reads a capability
    assert not q.warnings  # no string-comparison warning for a numeric column
    assert parse('["==", "$hypervisor_hostname", "abc"]').matches({"hypervisor_hostname": "abc"}, {})


def test_nested_and_keeps_only_its_first_clause_and_warns():
    q = parse('["and", ["and", ["==", "$a", "1"], ["==", "$b", "2"]], ["==", "$c", "3"]]')
    assert [(c.key, c.value) for c in q.conditions] == [("a", "1"), ("c", "3")]
    assert q.matches({}, {"a": "1", "b": "nope", "c": "3"})
    assert any("nested" in w for w in q.warnings)


@pytest.mark.parametrize("expr", ["", "[]", None, "  "])
def test_empty_means_no_filter(expr):
    q = parse(expr)
    assert q.is_empty() and q.matches({}, {}) and to_json(q) == ""


@pytest.mark.parametrize("expr,needle", [
    ('["or", ["==", "$a", "1"], ["==", "$b", "2"]]', 'no "or"'),
    ('["==", "$a", 1]', "JSON string"),
    ('["==", "$a", ""]', "empty value"),
    ('["==", "a", "1"]', "$node_type"),
    ('["==", "$", "1"]', "$node_type"),
    ('["~", "$a", "1"]', "unknown operator"),
    ('["and"]', "at least one clause"),
    ('["and", []]', "empty clause"),
    ('["==", "$a"]', "malformed"),
    ('{"a": 1}', "expected a JSON list"),
    ("[==, $a, 1]", "not valid JSON"),
    ('"just a string"', "expected a JSON list"),
    ("[" * 5000 + "]" * 5000, "JSON"),
    ('["and", ' * 40 + '["==", "$a", "1"]' + "]" * 40, "nested deeper"),
])
def test_malformed_expressions_are_one_clear_error(expr, needle):
    with pytest.raises(PropertyError) as exc:
        parse(expr, what="--resource-properties")
    msg = str(exc.value)
    assert needle in msg and msg.startswith("--resource-properties: ") and "\n" not in msg


def test_combine_and_to_json_give_the_lease_expression():
    q = combine(node_type_expression("gpu_v100"), parse('["==", "$gpu.gpu_count", "4"]'))
    assert json.loads(to_json(q)) == ["and", ["==", "$node_type", "gpu_v100"], ["==", "$gpu.gpu_count", "4"]]
    assert to_json(combine(node_type_expression("x"), node_type_expression("x"))) == '["==", "$node_type", "x"]'


def test_unknown_keys(uc_nodes):
    known = {k for n in uc_nodes for k in n.capabilities}
    q = parse('["and", ["==", "$gpu.gpu_count", "4"], ["==", "$gpu.gpu_cnt", "4"], [">", "$vcpus", "1"]]')
    assert unknown_keys(q, known) == ["gpu.gpu_cnt"]


# -- a naive oracle, straight from Blazar's rules, against the implementation ------------------------
OPS = ["==", "=", "!=", ">=", "<=", ">", "<"]
KEYS = ["a", "b", "vcpus", "node_type"]
VALUES = st.sampled_from(["1", "10", "2", "x", "X", "100", "48"])
leaf = st.tuples(st.sampled_from(OPS), st.sampled_from(KEYS), VALUES).map(lambda t: [t[0], "$" + t[1], t[2]])
expr = st.one_of(leaf, st.lists(st.one_of(leaf, st.lists(leaf, min_size=1, max_size=3).map(
    lambda ls: ["and", *ls])), min_size=1, max_size=4).map(lambda cs: ["and", *cs]))
cap_dict = st.dictionaries(st.sampled_from(["a", "b", "node_type"]), VALUES, max_size=3)
col_dict = st.dictionaries(st.just("vcpus"), st.sampled_from(["1", "10", "2", "100", "48"]), max_size=1)


def oracle(e, columns, caps):
    def leaf_ok(op, key, value):
        op = "==" if op == "=" else op
        key = key[1:]
        if key == "vcpus":
            if key not in columns:
                return False
            a, b = float(columns[key]), float(value) if value.isdigit() else None
            if b is None:
                a, b = columns[key], value
        else:
            if key not in caps:
                return False
            a, b = caps[key], value
        return {"==": a == b, "!=": a != b, ">=": a >= b, "<=": a <= b, ">": a > b, "<": a < b}[op]

    if e[0] != "and":
        return leaf_ok(*e)
    clauses = [c if c[0] != "and" else c[1] for c in e[1:]]  # nested "and": first clause only
    return all(leaf_ok(*c) for c in clauses)


@settings(max_examples=600, deadline=None)
@given(expr, col_dict, cap_dict)
def test_matches_agrees_with_naive_oracle(e, columns, caps):
    assert parse(json.dumps(e)).matches(columns, caps) == oracle(e, columns, caps)


@settings(max_examples=400, deadline=None)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=8),
                    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=3), children,
                                                                                       max_size=3), max_leaves=20))
def test_parse_fuzz_only_succeeds_or_raises_property_error(value):
    try:
        parse(json.dumps(value))
    except PropertyError as exc:
        assert "\n" not in str(exc)
