"""Live-path pieces that need no server: TLS defaults, private data stripped on refresh, config files."""

import pytest

from envboot.core.errors import ConfigError
from envboot.live.auth import connect
from envboot.live.config import ZoneEndpoint, load_endpoints
from envboot.live.refresh import clean_allocations, clean_hosts

OPENRC = {"OS_AUTH_URL": "https://keystone.example:5000/v3", "OS_USERNAME": "u", "OS_PASSWORD": "MARKER-secret",
          "OS_PROJECT_NAME": "p", "OS_USER_DOMAIN_NAME": "Default", "OS_PROJECT_DOMAIN_NAME": "Default",
          "OS_REGION_NAME": "CHI@UC"}


@pytest.fixture
def openrc(monkeypatch, tmp_path):
    for k in list(__import__("os").environ):
        if k.startswith("OS_"):
            monkeypatch.delenv(k)
    for k, v in OPENRC.items():
        monkeypatch.setenv(k, v)
    monkeypatch.setenv("OS_CLIENT_CONFIG_FILE", str(tmp_path / "none.yaml"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    return monkeypatch


def test_tls_verification_is_on_by_default_and_follows_the_openstack_options(openrc, tmp_path):
    ep = ZoneEndpoint("current", None, None)
    assert connect(ep).session.verify is True
    assert connect(ep, insecure=True).session.verify is False
    ca = tmp_path / "ca.pem"
    ca.write_text("not really a CA")
    openrc.setenv("OS_CACERT", str(ca))
    assert connect(ep).session.verify == str(ca)


def test_missing_credentials_name_the_option_not_a_secret(openrc):
    openrc.delenv("OS_AUTH_URL")
    with pytest.raises(ConfigError) as exc:
        connect(ZoneEndpoint("current", None, None))
    assert "auth_url" in str(exc.value) and "MARKER" not in str(exc.value) and "OpenRC" in str(exc.value)


def test_refresh_drops_other_users_names_and_trust_ids_unless_asked():
    rows = [{"resource_id": 7, "reservations": [{"id": "r", "lease_id": "l", "start_date": "a", "end_date": "b",
                                                 "extras": {"user_name": "someone-else"}}]}]
    assert "someone-else" not in repr(clean_allocations(rows, keep_users=False))
    assert clean_allocations(rows, keep_users=True)[0]["reservations"][0]["extras"] == {"user_name": "someone-else"}
    assert clean_allocations(rows, False)[0]["resource_id"] == "7"
    assert clean_hosts([{"id": "1", "trust_id": "t-123", "node_type": "x"}]) == [{"id": "1", "node_type": "x"}]


def test_zones_config_file(tmp_path):
    cfg = tmp_path / "zones.toml"
    cfg.write_text('[zones.uc]\ncloud = "chameleon-uc"\nregion = "CHI@UC"\n[zones.tacc]\ncloud = "chameleon-tacc"\n')
    assert load_endpoints(cfg, env={}) == [ZoneEndpoint("tacc", "chameleon-tacc", None),
                                           ZoneEndpoint("uc", "chameleon-uc", "CHI@UC")]
    cfg.write_text("[zones.uc]\nclod = 'x'\n")
    with pytest.raises(ConfigError, match="zones.toml"):
        load_endpoints(cfg, env={})
    with pytest.raises(ConfigError, match="not found"):
        load_endpoints(tmp_path / "missing.toml", env={})
    assert load_endpoints(None, env={"OS_REGION_NAME": "CHI@TACC", "XDG_CONFIG_HOME": str(tmp_path / "x")}) == [
        ZoneEndpoint("current", None, "CHI@TACC")]


@pytest.mark.parametrize(("code", "message"), [(500, "ERROR: Not enough hosts available"),
                                               (400, "ERROR: Not enough floating IPs available")])
def test_a_capacity_refusal_of_any_kind_is_capacity_so_reserve_re_plans(code, message):
    """Blazar's floating IP plugin refuses a shortage with HTTP 400 (tests/sandbox/test_floatingip_sandbox.py
    records it); a 400 is otherwise bad input: this one must re-plan like a host shortage, not exit 2."""
    from blazarclient.exception import BlazarClientException

    from envboot.live.blazar_errors import Failure, classify

    assert classify(BlazarClientException(message, code=code)).kind is Failure.capacity
    assert classify(BlazarClientException("ERROR: Invalid values for required_floatingips", code=400)).kind is (
        Failure.bad_request)
