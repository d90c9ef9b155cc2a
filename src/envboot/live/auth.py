"""Authentication through the ecosystem's own loaders: openstacksdk's config (OpenRC ``OS_*``
variables, clouds.yaml, ``OS_CLOUD``) builds a keystoneauth1 session; python-blazarclient uses it.

Every auth type keystoneauth1 knows works unchanged: ``password``, ``v3oidcpassword`` (Chameleon's
OpenRC files), ``v3applicationcredential``, ``token``. TLS verification follows the OpenStack
tools: on by default, ``OS_CACERT`` / ``cacert`` and ``--insecure`` / ``verify: false`` honoured.
Nothing here prints or stores a credential; errors name the missing option, never a value.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from envboot.core.errors import ConfigError
from envboot.live.config import ZoneEndpoint

SERVICE_TYPE = "reservation"


@dataclass(frozen=True, slots=True)
class Connection:
    endpoint: ZoneEndpoint
    region: str | None
    session: Any  # keystoneauth1.session.Session
    blazar: Any  # blazarclient.v1.client.Client


def connect(endpoint: ZoneEndpoint, *, insecure: bool | None = None) -> Connection:
    """A keystoneauth session and a Blazar client for one zone (no network call yet)."""
    from blazarclient import client as blazar_client  # imported here: only the live path needs it
    from openstack import exceptions as os_exc
    from openstack.config import loader

    kwargs: dict[str, Any] = {}
    if endpoint.region:
        kwargs["region_name"] = endpoint.region
    if insecure:
        kwargs["verify"] = False
    try:
        config = loader.OpenStackConfig(app_name="envboot")
        region = config.get_one(cloud=endpoint.cloud, **kwargs)
        session = region.get_session()
    except os_exc.ConfigException as exc:
        raise ConfigError(f"zone {endpoint.zone}: {_clean(exc)}; source your OpenRC file or pass --os-cloud") from None
    except Exception as exc:  # keystoneauth option errors: name the option, not its value
        raise ConfigError(f"zone {endpoint.zone}: cannot build credentials ({type(exc).__name__}: "
                          f"{_clean(exc)}); source your OpenRC file or pass --os-cloud") from None
    region_name = region.get_region_name() or endpoint.region
    extra: dict[str, Any] = {}
    override = region.config.get("reservation_endpoint_override")  # OS_RESERVATION_ENDPOINT_OVERRIDE
    if override:
        extra["endpoint_override"] = override
    blazar = blazar_client.Client(1, session=session, service_type=SERVICE_TYPE, region_name=region_name,
                                  interface=region.get_interface() or "public", **extra)
    return Connection(endpoint, region_name, session, blazar)


def _clean(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:300]
