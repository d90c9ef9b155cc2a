"""The live context: the zones envboot can reach, their connections, and the live data directory."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from envboot.core.errors import ConfigError
from envboot.core.settings import BUNDLED_REFERENCE
from envboot.data.sources.datadir import SITES
from envboot.data.sources.inventory_files import load_sites
from envboot.domain.model import MergedView, Site
from envboot.live.auth import Connection, connect
from envboot.live.config import ZoneEndpoint, load_endpoints
from envboot.live.leases import LeaseApi
from envboot.live.refresh import RefreshResult, ensure_inventory, refresh, site_for


def default_live_dir(env: dict[str, str] | None = None) -> Path:
    from envboot.core.settings import live_data_dir

    return live_data_dir(env)


@dataclass
class LiveContext:
    """Zones (site uid → endpoint) and their connections, made on first use."""

    data_dir: Path
    inventory_dir: Path
    endpoints: list[ZoneEndpoint]
    insecure: bool | None = None
    keep_user_names: bool = False
    _sites: dict[str, ZoneEndpoint] = field(default_factory=dict)
    _connections: dict[str, Connection] = field(default_factory=dict)

    @classmethod
    def create(cls, data_dir: Path | None, inventory_dir: Path | None, config: Path | None, os_cloud: str | None,
               *, insecure: bool | None = None, keep_user_names: bool = False) -> LiveContext:
        ctx = cls(data_dir or default_live_dir(), inventory_dir or BUNDLED_REFERENCE,
                  load_endpoints(config, os_cloud=os_cloud), insecure, keep_user_names)
        ensure_inventory(ctx.data_dir, ctx.inventory_dir, replace=inventory_dir is not None)
        return ctx

    @property
    def sites(self) -> list[Site]:
        return list(load_sites(self.data_dir / SITES))

    def site_map(self) -> dict[str, ZoneEndpoint]:
        """Site uid → endpoint. A ``current`` zone is placed by its region name."""
        if not self._sites:
            sites = self.sites
            for ep in self.endpoints:
                region = ep.region
                if ep.zone == "current" and region is None:
                    region = self.connection_for_endpoint(ep).region
                uid = site_for(ep, sites, region)
                self._sites[uid] = ep
        return self._sites

    def connection_for_endpoint(self, ep: ZoneEndpoint) -> Connection:
        key = f"{ep.zone}|{ep.cloud}|{ep.region}"
        if key not in self._connections:
            self._connections[key] = connect(ep, insecure=self.insecure)
        return self._connections[key]

    def site_of(self, zone: str) -> str:
        """A configured zone's site uid; ``current`` is the only configured zone when there is one."""
        sites = self.site_map()
        if zone in sites:
            return zone
        if zone == "current" and len(sites) == 1:
            return next(iter(sites))
        raise ConfigError(f"zone {zone} is not configured for live access (configured: "
                          f"{', '.join(sorted(sites)) or 'none'}); see 'envboot doctor'")

    def endpoint(self, site_id: str) -> ZoneEndpoint:
        sites = self.site_map()
        if site_id not in sites:
            raise ConfigError(f"zone {site_id} is not configured for live access (configured: "
                              f"{', '.join(sorted(sites)) or 'none'}); see 'envboot doctor'")
        return sites[site_id]

    def leases(self, site_id: str) -> LeaseApi:
        return LeaseApi(self.connection_for_endpoint(self.endpoint(site_id)).blazar)

    def refresh(self, site_ids: list[str] | None = None, on_done=None, *,
                reuse_hosts: bool = False) -> list[RefreshResult]:
        sites = self.site_map()
        chosen = [sites[self.site_of(s)] for s in (site_ids or sorted(sites))]
        return refresh(chosen, self.data_dir, self.inventory_dir, keep_user_names=self.keep_user_names,
                       insecure=self.insecure, on_done=on_done, connect_fn=self.connection_for_endpoint,
                       reuse_hosts=reuse_hosts)

    def view(self, *, require_live: bool = True) -> MergedView:
        from envboot.data.load import load_view

        return load_view(self.data_dir, require_live=require_live)
