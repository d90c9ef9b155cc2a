"""Fake Neutron (networking v2.0) for the sandbox's REAL Blazar and python-chi (stdlib only; a part of
``fake_openstack.py``, which serves these routes under ``/network``).

Exactly the calls Blazar 18's floating IP plugin makes through ``blazar/utils/openstack/neutron.py``
(python-neutronclient 14), and the ones python-chi 1.2.10 makes for floating IPs:

- ``GET /v2.0/networks/{id}`` (``show_network``: at ``POST /v1/floatingips``, at lease create, start and
  end; 404 ``NetworkNotFound`` for an unknown id, which Blazar turns into ``FloatingIPNetworkNotFound``),
  ``GET /v2.0/networks?name=public`` (python-chi's ``get_network_id``);
- ``GET /v2.0/subnets/{id}`` (``show_subnet``: Blazar checks a registered address is in the subnet's
  CIDR and outside its allocation pools and gateway);
- ``POST /v2.0/floatingips`` (lease start: the reserved address, ``project_id`` = the lease's project;
  only an admin may pick the address or another project, as Neutron's policy; an address in use is
  409 ``IpAddressAlreadyAllocated``), ``PUT /v2.0/floatingips/{id}/tags`` (``replace_tag``: ``blazar``,
  ``reservation:<id>``);
- ``GET /v2.0/floatingips?floating_ip_address=..&floating_network_id=..`` (lease end, and python-chi's
  ``list_floating_ips``: a project sees its own floating IPs, an admin all), ``PUT
  /v2.0/floatingips/{id}`` (detach the port), ``DELETE /v2.0/floatingips/{id}``.

State: ``networks``, ``subnets``, ``floatingips`` (dumped with the rest of the fake's state) and
``neutron_log`` (``[op, address, tags]`` for each create and delete, for tests). Control:
``POST /control/networks`` ``{"networks": [{"id", "name", "subnets": [{"id", "cidr", "gateway_ip",
"allocation_pools": [{"start", "end"}]}]}]}``; the fault ``{"create_floatingip": "fail"}`` (``POST
/control/faults``) makes floating IP creation fail (500).
"""

from __future__ import annotations

import ipaddress
import uuid
from datetime import UTC, datetime

FIP_FIELDS = ("id", "floating_ip_address", "floating_network_id", "project_id", "tenant_id", "port_id",
              "fixed_ip_address", "router_id", "status", "subnet_id")


def init_state(st) -> None:  # noqa: ANN001
    st.networks = {}  # id -> network
    st.subnets = {}  # id -> subnet
    st.floatingips = {}  # id -> floating IP
    st.neutron_log = []  # [op, address, tags]


DUMPED = ("networks", "subnets", "floatingips")


def _error(status: int, kind: str, message: str):  # noqa: ANN202
    return status, {"NeutronError": {"type": kind, "message": message, "detail": ""}}, None


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _token(h):  # noqa: ANN001, ANN202
    return h.token()


def _admin(tok: dict) -> bool:
    return any(r["name"] == "admin" for r in tok.get("roles", []))


def _matches(doc: dict, q: dict[str, list[str]], fields) -> bool:  # noqa: ANN001
    """Neutron's list filters: every given field equals one of its values; ``tags`` needs all of them."""
    for key, values in q.items():
        if key == "tags":
            wanted = {t for v in values for t in v.split(",")}
            if not wanted <= set(doc.get("tags", [])):
                return False
        elif key in fields and str(doc.get(key)) not in values and not (doc.get(key) is None and "" in values):
            return False
    return True


# -- networks, subnets ---------------------------------------------------------------------------
NET_FIELDS = ("id", "name", "status", "router:external", "shared", "project_id", "tenant_id")


def _net_doc(net: dict) -> dict:
    return dict(net)


def networks_list(h, st, body, q):
    if _token(h) is None:
        return _error(401, "Unauthorized", "unauthenticated")
    q = {k: [("True" if v.lower() == "true" else "False" if v.lower() == "false" else v) for v in vs]
         for k, vs in q.items()}
    return 200, {"networks": [_net_doc(n) for n in st.networks.values() if _matches(n, q, NET_FIELDS)]}, None


def network_get(h, st, body, q, net_id):
    if _token(h) is None:
        return _error(401, "Unauthorized", "unauthenticated")
    net = st.networks.get(net_id)
    if net is None:
        return _error(404, "NetworkNotFound", f"Network {net_id} could not be found.")
    return 200, {"network": _net_doc(net)}, None


def subnets_list(h, st, body, q):
    if _token(h) is None:
        return _error(401, "Unauthorized", "unauthenticated")
    return 200, {"subnets": [dict(s) for s in st.subnets.values()
                             if _matches(s, q, ("id", "name", "network_id", "cidr"))]}, None


def subnet_get(h, st, body, q, subnet_id):
    if _token(h) is None:
        return _error(401, "Unauthorized", "unauthenticated")
    sub = st.subnets.get(subnet_id)
    if sub is None:
        return _error(404, "SubnetNotFound", f"Subnet {subnet_id} could not be found.")
    return 200, {"subnet": dict(sub)}, None


# -- floating IPs --------------------------------------------------------------------------------
def _visible(tok: dict, fip: dict) -> bool:
    return _admin(tok) or fip["project_id"] == tok["project"]["id"]


def _pick_address(st, net: dict) -> tuple[str, str] | None:  # noqa: ANN001
    """The first free address of the network's allocation pools (Neutron's own allocation)."""
    used = {f["floating_ip_address"] for f in st.floatingips.values()}
    for sid in net["subnets"]:
        for pool in st.subnets[sid]["allocation_pools"]:
            a, b = ipaddress.ip_address(pool["start"]), ipaddress.ip_address(pool["end"])
            while a <= b:
                if str(a) not in used:
                    return sid, str(a)
                a += 1
    return None


def floatingips_list(h, st, body, q):
    tok = _token(h)
    if tok is None:
        return _error(401, "Unauthorized", "unauthenticated")
    docs = [dict(f) for f in st.floatingips.values() if _visible(tok, f) and _matches(f, q, FIP_FIELDS)]
    return 200, {"floatingips": docs}, None


def floatingip_get(h, st, body, q, fip_id):
    tok = _token(h)
    fip = st.floatingips.get(fip_id)
    if tok is None:
        return _error(401, "Unauthorized", "unauthenticated")
    if fip is None or not _visible(tok, fip):
        return _error(404, "FloatingIPNotFound", f"Floating IP {fip_id} could not be found")
    return 200, {"floatingip": dict(fip)}, None


def floatingip_create(h, st, body, q):
    tok = _token(h)
    if tok is None:
        return _error(401, "Unauthorized", "unauthenticated")
    if st.faults.get("create_floatingip") == "fail":
        return _error(500, "HTTPInternalServerError", "injected fault: create_floatingip")
    f = body.get("floatingip") or {}
    net = st.networks.get(str(f.get("floating_network_id")))
    if net is None:
        return _error(404, "NetworkNotFound", f"Network {f.get('floating_network_id')} could not be found.")
    if not net["router:external"]:
        return _error(400, "BadRequest", f"Network {net['id']} is not a valid external network")
    project = str(f.get("project_id") or f.get("tenant_id") or tok["project"]["id"])
    if not _admin(tok) and (f.get("floating_ip_address") or project != tok["project"]["id"]):
        return _error(403, "PolicyNotAuthorized", "(rule:create_floatingip:floating_ip_address) is disallowed by "
                      "policy")
    if f.get("floating_ip_address"):
        addr = ipaddress.ip_address(str(f["floating_ip_address"]))
        subnets = [st.subnets[s] for s in net["subnets"]
                   if (not f.get("subnet_id") or s == f["subnet_id"])
                   and addr in ipaddress.ip_network(st.subnets[s]["cidr"])]
        if not subnets:
            return _error(400, "BadRequest", f"Invalid input for operation: IP address {addr} is not a valid IP "
                          f"for the specified subnet.")
        if any(x["floating_ip_address"] == str(addr) for x in st.floatingips.values()):
            return _error(409, "IpAddressAlreadyAllocated",
                          f"IP address {addr} already allocated in subnet {subnets[0]['id']}")
        subnet_id, address = subnets[0]["id"], str(addr)
    else:
        picked = _pick_address(st, net)
        if picked is None:
            return _error(409, "IpAddressGenerationFailure", f"No more IP addresses available on network {net['id']}.")
        subnet_id, address = picked
    now = _now()
    fip = {"id": str(uuid.uuid4()), "floating_ip_address": address, "floating_network_id": net["id"],
           "subnet_id": subnet_id, "project_id": project, "tenant_id": project, "port_id": None,
           "fixed_ip_address": None, "router_id": None, "status": "DOWN", "description": "", "tags": [],
           "port_details": None, "port_forwardings": [], "dns_domain": "", "dns_name": "", "qos_policy_id": None,
           "created_at": now, "updated_at": now, "revision_number": 0}
    st.floatingips[fip["id"]] = fip
    st.neutron_log.append(["create", address, []])
    return 201, {"floatingip": dict(fip)}, None


def floatingip_update(h, st, body, q, fip_id):
    tok = _token(h)
    fip = st.floatingips.get(fip_id)
    if tok is None:
        return _error(401, "Unauthorized", "unauthenticated")
    if fip is None or not _visible(tok, fip):
        return _error(404, "FloatingIPNotFound", f"Floating IP {fip_id} could not be found")
    f = body.get("floatingip") or {}
    for key in ("port_id", "fixed_ip_address", "description"):
        if key in f:
            fip[key] = f[key]
    if fip["port_id"] is None:
        fip["fixed_ip_address"] = None
    fip["revision_number"] += 1
    fip["updated_at"] = _now()
    return 200, {"floatingip": dict(fip)}, None


def floatingip_delete(h, st, body, q, fip_id):
    tok = _token(h)
    fip = st.floatingips.get(fip_id)
    if tok is None:
        return _error(401, "Unauthorized", "unauthenticated")
    if fip is None or not _visible(tok, fip):
        return _error(404, "FloatingIPNotFound", f"Floating IP {fip_id} could not be found")
    del st.floatingips[fip_id]
    st.neutron_log.append(["delete", fip["floating_ip_address"], list(fip["tags"])])
    return 204, None, None


def floatingip_tags(h, st, body, q, fip_id):
    tok = _token(h)
    fip = st.floatingips.get(fip_id)
    if tok is None:
        return _error(401, "Unauthorized", "unauthenticated")
    if fip is None or not _visible(tok, fip):
        return _error(404, "FloatingIPNotFound", f"Floating IP {fip_id} could not be found")
    tags = [str(t) for t in body.get("tags") or []]
    fip["tags"] = tags
    for entry in reversed(st.neutron_log):
        if entry[0] == "create" and entry[1] == fip["floating_ip_address"]:
            entry[2] = list(tags)
            break
    return 200, {"tags": tags}, None


# -- control -------------------------------------------------------------------------------------
def control_networks(h, st, body, q):
    """External (public) networks with their subnets, as an operator created them."""
    for i, n in enumerate(body.get("networks") or []):
        if not n.get("id") or not n.get("name"):
            return 400, {"error": f"networks[{i}]: id and name are required"}, None
        subnet_ids = []
        for s in n.get("subnets") or []:
            ipaddress.ip_network(s["cidr"])
            st.subnets[s["id"]] = {"id": s["id"], "name": s.get("name", f"{n['name']}-subnet"), "network_id": n["id"],
                                   "cidr": s["cidr"], "gateway_ip": s["gateway_ip"], "ip_version": 4,
                                   "allocation_pools": [dict(p) for p in s.get("allocation_pools") or []],
                                   "enable_dhcp": False, "project_id": "p-admin", "tenant_id": "p-admin",
                                   "tags": [], "dns_nameservers": [], "host_routes": []}
            subnet_ids.append(s["id"])
        st.networks[n["id"]] = {"id": n["id"], "name": n["name"], "status": "ACTIVE", "admin_state_up": True,
                                "router:external": bool(n.get("external", True)), "shared": False,
                                "subnets": subnet_ids, "project_id": "p-admin", "tenant_id": "p-admin",
                                "mtu": 1500, "tags": [], "description": "",
                                "availability_zones": ["nova"], "is_default": False}
    return 201, {"networks": sorted(st.networks)}, None


def control_floatingips(h, st, body, q):
    return 200, {"floatingips": sorted(st.floatingips.values(), key=lambda f: f["floating_ip_address"]),
                 "log": st.neutron_log}, None


ROUTES = [
    (r"/network/v2.0/networks", "GET", networks_list),
    (r"/network/v2.0/networks/([^/]+)", "GET", network_get),
    (r"/network/v2.0/subnets", "GET", subnets_list),
    (r"/network/v2.0/subnets/([^/]+)", "GET", subnet_get),
    (r"/network/v2.0/floatingips", "GET", floatingips_list),
    (r"/network/v2.0/floatingips", "POST", floatingip_create),
    (r"/network/v2.0/floatingips/([^/]+)", "GET", floatingip_get),
    (r"/network/v2.0/floatingips/([^/]+)", "PUT", floatingip_update),
    (r"/network/v2.0/floatingips/([^/]+)", "DELETE", floatingip_delete),
    (r"/network/v2.0/floatingips/([^/]+)/tags", "PUT", floatingip_tags),
    (r"/control/networks", "POST", control_networks),
    (r"/control/floatingips", "GET", control_floatingips),
]
