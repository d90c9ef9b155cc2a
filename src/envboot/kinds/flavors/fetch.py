"""Fetch what the ``flavor:instance`` planner reads, for a zone that offers KVM instances.

``envboot refresh`` (``live/refresh.py``) calls :func:`fetch_flavor_files` for a zone whose site
record in ``sites.json`` has ``site_class: "kvm"`` (KVM@TACC) and writes, next to the zone's
``hosts.json`` and ``allocations.json``:

- ``flavors.json``: Nova ``GET /flavors/detail`` at microversion 2.61 (extra specs included):
  the flavors the user can see;
- ``resource_providers.json``: per Blazar host, its Placement resource provider's inventories
  (``GET /resource_providers/{uuid}/inventories``) and traits (``.../traits``). Upstream
  Placement's default policy lets only admins read these; a 403 is reported as such;
- ``leases.json``: Blazar ``GET /v1/leases``, trimmed to what the planner reads (each
  reservation's type, amount and cached flavor). A user sees only its project's leases; the
  others' reservations count as ``unknown`` (their hosts full), an admin sees all.

Nothing here stores a credential or another user's identity.
"""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from envboot.core.errors import EnvbootError
from envboot.core.fsutil import atomic_write_text
from envboot.kinds.flavors.loaders import FLAVORS, LEASES, RESOURCE_PROVIDERS

NOVA_MICROVERSION = "2.61"  # flavors with extra_specs
PLACEMENT_MICROVERSION = "1.22"
KVM_SITE_CLASS = "kvm"
LEASE_KEYS = ("id", "name", "status", "start_date", "end_date")
RESERVATION_KEYS = ("id", "lease_id", "resource_type", "status", "amount", "flavor_id", "affinity",
                    "resource_properties", "vcpus", "memory_mb", "disk_gb", "min", "max")


def offers_kvm(data_dir: Path, site_id: str | None) -> bool:
    """The site's record in ``data_dir/sites.json`` says it is a KVM site (``site_class: kvm``)."""
    if not site_id:
        return False
    try:
        doc = json.loads((Path(data_dir) / "sites.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    items = doc.get("items", []) if isinstance(doc, dict) else doc
    return any(isinstance(s, dict) and s.get("uid") == site_id and s.get("site_class") == KVM_SITE_CLASS
               for s in items)


def _adapter(conn, service_type: str):
    from keystoneauth1 import adapter

    interface = getattr(conn.blazar, "interface", None) or "public"
    return adapter.Adapter(conn.session, service_type=service_type, region_name=conn.region, interface=interface)


def _get(api, url: str, microversion: str, what: str) -> dict[str, Any]:
    resp = api.get(url, microversion=microversion, raise_exc=False)
    if resp.status_code == 403:
        raise EnvbootError(f"{what}: forbidden (HTTP 403); flavor:instance planning needs it "
                           "(upstream Placement lets only admins read inventories)")
    if resp.status_code >= 400:
        raise EnvbootError(f"{what}: HTTP {resp.status_code}")
    return resp.json()


def fetch_flavor_files(conn, hosts: list[dict[str, Any]]) -> dict[str, Any]:
    """``{file name: document}`` for one KVM zone (no file is written here)."""
    nova, placement = _adapter(conn, "compute"), _adapter(conn, "placement")
    flavors = _get(nova, "/flavors/detail", NOVA_MICROVERSION, "Nova GET /flavors/detail").get("flavors", [])
    wanted = {str(h.get("hypervisor_hostname")) for h in hosts}
    rps = _get(placement, "/resource_providers", PLACEMENT_MICROVERSION,
               "Placement GET /resource_providers").get("resource_providers", [])
    rps = [rp for rp in rps if rp.get("name") in wanted]

    def one(rp: dict) -> dict[str, Any]:
        where = f"Placement resource provider {rp['name']}"
        inv = _get(placement, f"/resource_providers/{rp['uuid']}/inventories", PLACEMENT_MICROVERSION, where)
        traits = _get(placement, f"/resource_providers/{rp['uuid']}/traits", PLACEMENT_MICROVERSION, where)
        return {"name": rp["name"], "uuid": rp["uuid"], "inventories": inv.get("inventories", {}),
                "traits": sorted(traits.get("traits", []))}

    with ThreadPoolExecutor(max_workers=8) as pool:
        providers = list(pool.map(one, rps))
    leases = [{**{k: lease.get(k) for k in LEASE_KEYS},
               "reservations": [{k: r[k] for k in RESERVATION_KEYS if k in r} for r in lease.get("reservations") or []]}
              for lease in conn.blazar.lease.list()]
    return {FLAVORS: {"flavors": [{k: v for k, v in f.items() if k != "links"} for f in flavors]},
            RESOURCE_PROVIDERS: providers, LEASES: {"leases": leases}}


def write_flavor_files(directory: Path, files: dict[str, Any]) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for name, doc in files.items():
        atomic_write_text(directory / name, json.dumps(doc, indent=1, sort_keys=True) + "\n", mode=0o600)
