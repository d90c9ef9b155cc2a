"""Which zones envboot can reach live, and how: a small TOML file mapping zones to clouds/regions.

``zones.toml`` (``--config`` / ``ENVBOOT_CONFIG`` / the user config dir)::

    [zones.uc]
    cloud = "chameleon-uc"      # a clouds.yaml entry (optional: default is the OS_* environment)
    region = "CHI@UC"           # region name (optional: the cloud's own / OS_REGION_NAME)

    [zones.tacc]
    cloud = "chameleon-tacc"
    region = "CHI@TACC"

With no file, the single site described by the environment (an OpenRC file's ``OS_*`` variables,
or ``OS_CLOUD`` / ``--os-cloud`` with clouds.yaml) is the only zone; its name is the site whose
name or uid equals ``OS_REGION_NAME``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import msgspec
import platformdirs

from envboot.core.errors import ConfigError
from envboot.data.sources.decode import describe_error, read_bytes


@dataclass(frozen=True, slots=True)
class ZoneEndpoint:
    zone: str  # the zone key (a site uid, e.g. "uc"), or "current"
    cloud: str | None  # clouds.yaml entry; None = environment variables
    region: str | None


class _Zone(msgspec.Struct, forbid_unknown_fields=True):
    cloud: str | None = None
    region: str | None = None


class _File(msgspec.Struct, forbid_unknown_fields=True):
    zones: dict[str, _Zone]


def default_config_path(env: dict[str, str] | None = None) -> Path:
    env = dict(os.environ) if env is None else env
    if env.get("ENVBOOT_CONFIG"):
        return Path(env["ENVBOOT_CONFIG"])
    return Path(platformdirs.user_config_dir("envboot")) / "zones.toml"


def load_endpoints(path: Path | None, *, os_cloud: str | None = None,
                   env: dict[str, str] | None = None) -> list[ZoneEndpoint]:
    """Zones from the config file, or the single zone ``current`` from the environment."""
    env = dict(os.environ) if env is None else env
    explicit = path is not None or bool(env.get("ENVBOOT_CONFIG"))
    cfg = path or default_config_path(env)
    if cfg.exists():
        return _parse(cfg)
    if explicit:
        raise ConfigError(f"{cfg}: zones config file not found")
    cloud = os_cloud or env.get("OS_CLOUD") or None
    return [ZoneEndpoint("current", cloud, env.get("OS_REGION_NAME") or None)]


def _parse(path: Path) -> list[ZoneEndpoint]:
    try:
        parsed = msgspec.toml.decode(read_bytes(path), type=_File, strict=True)
    except (msgspec.ValidationError, msgspec.DecodeError) as exc:
        raise ConfigError(f"{path}: {describe_error(exc)}") from None
    if not parsed.zones:
        raise ConfigError(f"{path}: no [zones.<name>] table")
    return [ZoneEndpoint(name, z.cloud, z.region) for name, z in sorted(parsed.zones.items())]
