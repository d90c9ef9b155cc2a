"""Drive Chameleon's own client, python-chi, against a Blazar: run in python-chi's venv (pychi_venv).

Reads a JSON list of steps on stdin, prints one JSON list of results (one per step) as the last
line of stdout. Credentials come from the ``OS_*`` environment, as python-chi reads them (only for
``v3...`` auth plugins). Every lease read goes through python-chi's ``Lease`` object, which parses
``created_at`` exactly as python-chi does. Steps:

- ``{"op": "whoami"}``: ``chi.context.get_project_name()`` and ``list_projects()`` (Keystone reads);
- ``{"op": "list"}``: ``chi.lease.list_leases()``, each with its hosts;
- ``{"op": "get", "ref": id or name}``: ``chi.lease.get_lease(ref)``;
- ``{"op": "create", "name", "node_type", "amount", "start", "end"}`` (times ``YYYY-MM-DD HH:MM``, UTC):
  ``Lease(...).add_node_reservation(amount=, node_type=)`` then ``submit(wait_for_active=False)``;
- ``{"op": "create_fip", "name", "amount", "start" (or ``"now"``), "end"[, "node_type", "nodes"]}``: a lease with
  ``Lease.add_fip_reservation(amount)`` (python-chi looks the network up by its name, ``public``), and
  with ``node_type`` also ``add_node_reservation(amount=nodes, node_type=)`` in the same lease; the
  result's lease also has ``fips``: its ``virtual:floatingip`` reservations (``id``, ``network_id``,
  ``amount``, ``status``);
- ``{"op": "reserved_fips", "ref"}``: ``get_lease(ref).get_reserved_floating_ips()`` (the addresses
  of the lease's floating IP reservations, read from Neutron by their ``reservation:<id>`` tag) as
  ``addresses``, and the module-level ``chi.lease.get_reserved_floating_ips(ref)`` as ``module``
  (a result, or ``{"error": ...}``);
- ``{"op": "extend", "ref": id or name, "prolong_for": "1h"}``: ``chi.clients.blazar().lease.update(...)``;
- ``{"op": "delete", "ref"}``: ``chi.lease.get_lease(ref).delete()``.

A lease is ``{id, name, status, start, end, created_at, project_id, hosts}`` (times ISO, UTC, ``Z``);
its hosts are the hypervisor names from Chameleon's ``host.list_allocations()`` (python-chi's own
client call in ``chi.hardware.get_nodes``). A step that raises answers ``{"error": "Type: message"}``.
"""

from __future__ import annotations

import contextlib
import json
import sys
from datetime import datetime


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.strftime("%Y-%m-%dT%H:%M:%SZ")


def _hosts_by_lease(blazar) -> dict[str, list[str]]:  # noqa: ANN001
    names = {str(h["id"]): h["hypervisor_hostname"] for h in blazar.host.list()}
    out: dict[str, list[str]] = {}
    for alloc in blazar.host.list_allocations():
        for r in alloc["reservations"]:
            out.setdefault(r["lease_id"], []).append(names[str(alloc["resource_id"])])
    return {k: sorted(v) for k, v in out.items()}


def _lease(lease, hosts: dict[str, list[str]]) -> dict:  # noqa: ANN001
    return {"id": lease.id, "name": lease.name, "status": lease.status, "start": _iso(lease.start_date),
            "end": _iso(lease.end_date), "created_at": _iso(lease.created_at), "project_id": lease.project_id,
            "hosts": hosts.get(lease.id, []),
            "fips": [{k: r.get(k) for k in ("id", "network_id", "amount", "status")} for r in lease.fip_reservations]}


def step(op: dict) -> dict:
    import chi.clients
    import chi.context
    import chi.lease

    kind = op["op"]
    if kind == "whoami":
        return {"project_name": chi.context.get_project_name(), "projects": chi.context.list_projects(),
                "region": chi.context.get("region_name"), "auth_type": chi.context._auth_plugin}
    blazar = chi.clients.blazar()
    if kind == "list":
        hosts = _hosts_by_lease(blazar)
        return {"leases": [_lease(x, hosts) for x in chi.lease.list_leases()]}
    if kind == "get":
        return {"lease": _lease(chi.lease.get_lease(op["ref"]), _hosts_by_lease(blazar))}
    if kind == "create":
        lease = chi.lease.Lease(op["name"], start_date=datetime.strptime(op["start"], "%Y-%m-%d %H:%M"),
                                end_date=datetime.strptime(op["end"], "%Y-%m-%d %H:%M"))
        lease.add_node_reservation(amount=int(op["amount"]), node_type=op["node_type"])
        lease.submit(wait_for_active=False)
        return {"lease": _lease(lease, _hosts_by_lease(blazar))}
    if kind == "create_fip":  # "start": "now" leaves start_date out: python-chi then asks Blazar for "now"
        lease = chi.lease.Lease(op["name"], start_date=None if op["start"] == "now" else
                                datetime.strptime(op["start"], "%Y-%m-%d %H:%M"),
                                end_date=datetime.strptime(op["end"], "%Y-%m-%d %H:%M"))
        if op.get("node_type"):
            lease.add_node_reservation(amount=int(op.get("nodes", 1)), node_type=op["node_type"])
        lease.add_fip_reservation(int(op["amount"]))
        lease.submit(wait_for_active=False)
        return {"lease": _lease(lease, _hosts_by_lease(blazar))}
    if kind == "reserved_fips":
        lease = chi.lease.get_lease(op["ref"])
        try:
            module: object = chi.lease.get_reserved_floating_ips(op["ref"])
        except Exception as exc:  # noqa: BLE001 - reported: python-chi 1.2.10's deprecated helper
            module = {"error": f"{type(exc).__name__}: {' '.join(str(exc).split())[:300]}"}
        return {"addresses": sorted(lease.get_reserved_floating_ips()), "module": module}
    if kind == "extend":
        lease_id = chi.lease.get_lease(op["ref"]).id
        blazar.lease.update(lease_id, prolong_for=op["prolong_for"])
        return {"lease": _lease(chi.lease.get_lease(lease_id), _hosts_by_lease(blazar))}
    if kind == "delete":
        lease = chi.lease.get_lease(op["ref"])
        lease.delete()
        return {"deleted": op["ref"], "status": lease.status}
    raise ValueError(f"unknown op {kind!r}")


def main() -> None:
    steps = json.loads(sys.stdin.read() or "[]")
    results = []
    with contextlib.redirect_stdout(sys.stderr):  # python-chi prints progress; keep stdout for JSON
        for op in steps:
            try:
                results.append(step(op))
            except Exception as exc:  # noqa: BLE001 - reported to the caller, which asserts on it
                results.append({"error": f"{type(exc).__name__}: {' '.join(str(exc).split())[:500]}"})
    print(json.dumps(results))


if __name__ == "__main__":
    main()
