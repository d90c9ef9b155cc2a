"""Fake Keystone v3, Nova, Placement and Neutron for the sandbox's REAL Blazar (stdlib only).

Exactly the calls Blazar 18's ``physical:host`` plugin and keystonemiddleware make (see
docs/sandbox.md), plus the two Keystone reads python-chi makes (``GET /v3/projects/{id}``,
``GET /v3/users/{id}/projects``), with state in memory, plus a control API for tests:

- ``GET /control/state``: hypervisors, aggregates, trusts, the count of requests by route;
- ``POST /control/hypervisors`` ``{"name": ..., "vcpus": .., "memory_mb": .., "local_gb": ..}``;
- ``DELETE /control/hypervisors/<name>``;
- ``GET /control/dump``: the state a seeded sandbox needs again (hypervisors, aggregates, providers,
  trusts, flavors), restored at start with ``--restore FILE`` (the cached seeded database);
- ``GET /control/unhandled``: requests no route answered (they got 404);
- ``POST /control/faults`` ``{"add_host": "fail"}``: Nova refuses to add hosts to a reservation's
  aggregate, so the lease fails to start and Blazar puts it in ERROR;
- ``POST /control/kvm_hosts`` ``{"hosts": [{"name", "vcpus", "memory_mb", "local_gb", "inventories":
  {RC: {total, reserved, min_unit, max_unit, step_size, allocation_ratio}}, "traits": [...]}]}``: KVM
  hypervisors with their Placement resource provider, inventories and traits (Blazar copies the
  inventories when the host is added);
- ``POST /control/flavors`` ``{"flavors": [{"id", "name", "vcpus", "ram", "disk", "ephemeral",
  "extra_specs", "is_public"}]}``: Nova flavors.

For Blazar's ``flavor:instance`` plugin (``blazar/plugins/flavor/flavor_plugin.py``) Nova also
answers flavors (``GET /flavors[/detail]``, ``GET /flavors/{id}``, extra specs, create, delete,
tenant access) and ``GET /servers`` (no servers), and Placement answers ``GET /resource_providers``
with ``required=`` traits (``!`` forbids, microversion 1.22), resource classes (``POST|DELETE
/resource_classes``) and inventory deletes.

Neutron (``/network/v2.0``: networks, subnets, floating IPs and their tags, for Blazar's
``virtual:floatingip`` plugin and python-chi) is in ``fake_neutron.py``; ``GET /control/floatingips``
lists Neutron's floating IPs and the creates/deletes seen, ``POST /control/networks`` adds public
networks.

Run: ``python fake_openstack.py --port N --region R --blazar-url URL --state-dir DIR``. Listens on
127.0.0.1 only. Passwords here are throwaway sandbox values, never real credentials.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import threading
import uuid
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

try:  # run by path in Blazar's venv (``python fake_openstack.py``): its folder is on sys.path
    import fake_neutron
except ImportError:  # imported as envboot.sandbox.fake_openstack
    from envboot.sandbox import fake_neutron

DOMAIN = {"id": "default", "name": "Default"}
STANDARD_CLASSES = ("VCPU", "PCPU", "MEMORY_MB", "DISK_GB", "SRIOV_NET_VF", "VGPU", "NUMA_SOCKET")
ROLES = {"admin": {"id": "role-admin", "name": "admin"}, "member": {"id": "role-member", "name": "member"},
         "reader": {"id": "role-reader", "name": "reader"}}


class State:
    def __init__(self, region: str, base: str, blazar_url: str, users: dict[str, dict]):
        self.lock = threading.RLock()
        self.region = region
        self.base = base
        self.blazar_url = blazar_url.rstrip("/")
        self.users = users  # name -> {id, password, project, roles}
        self.projects = {u["project"]: f"p-{u['project']}" for u in users.values()}
        self.tokens: dict[str, dict] = {}
        self.trusts: dict[str, dict] = {}
        self.hypervisors: dict[str, dict] = {}  # name -> hypervisor
        self.aggregates: dict[int, dict] = {1: {"id": 1, "name": "freepool", "availability_zone": None,
                                                 "hosts": [], "metadata": {}, "uuid": str(uuid.uuid4())}}
        self.next_aggregate = 2
        self.providers: dict[str, dict] = {}  # uuid -> provider
        self.requests: dict[str, int] = {}
        self.faults: dict[str, str] = {}  # e.g. {"add_host": "fail"}: Nova refuses to move hosts (lease start)
        self.unhandled: list[str] = []
        self.flavors: dict[str, dict] = {}  # id -> Nova flavor (without extra specs)
        self.flavor_specs: dict[str, dict[str, str]] = {}
        self.flavor_access: dict[str, set[str]] = {}  # private flavor id -> project ids
        self.resource_classes: set[str] = set(STANDARD_CLASSES)
        fake_neutron.init_state(self)

    # -- keystone ------------------------------------------------------------------------------
    def catalog(self) -> list[dict]:
        def service(kind: str, name: str, url: str) -> dict:
            return {"type": kind, "name": name, "id": f"svc-{kind}", "endpoints": [
                {"id": f"ep-{kind}-{i}", "interface": i, "region": self.region, "region_id": self.region, "url": url}
                for i in ("public", "internal", "admin")]}

        return [service("identity", "keystone", f"{self.base}/identity/v3"),
                service("compute", "nova", f"{self.base}/compute/v2.1"),
                service("placement", "placement", f"{self.base}/placement"),
                service("network", "neutron", f"{self.base}/network"),
                service("reservation", "blazar", f"{self.blazar_url}/v1")]

    def issue(self, user: dict, methods: list[str], trust: dict | None = None) -> tuple[str, dict]:
        now = datetime.now(UTC)
        project = trust["project_name"] if trust else user["project"]
        trustor = self.users_by_id(trust["trustor_user_id"]) if trust else None
        body = {
            "methods": methods,
            "issued_at": now.strftime("%Y-%m-%dT%H:%M:%S.000000Z"),
            "expires_at": (now + timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M:%S.000000Z"),
            "audit_ids": [uuid.uuid4().hex[:22]],
            "user": {"id": user["id"], "name": user["name"], "domain": DOMAIN, "password_expires_at": None},
            "project": {"id": self.projects[project], "name": project, "domain": DOMAIN},
            "roles": [ROLES[r] for r in (trustor or user)["roles"]],
            "catalog": self.catalog(),
            "is_domain": False,
        }
        if trust:
            body["OS-TRUST:trust"] = {"id": trust["id"], "impersonation": trust["impersonation"],
                                      "trustor_user": {"id": trust["trustor_user_id"]},
                                      "trustee_user": {"id": trust["trustee_user_id"]}}
        token = "tok-" + uuid.uuid4().hex
        self.tokens[token] = body
        return token, body

    def users_by_id(self, user_id: str) -> dict | None:
        return next((u for u in self.users.values() if u["id"] == user_id), None)


class Handler(BaseHTTPRequestHandler):
    server_version = "envboot-fake-openstack/1"
    state: State

    def log_message(self, fmt: str, *args) -> None:  # one line per request in the log, no bodies
        sys.stderr.write(f"{self.command} {urlparse(self.path).path} -> {args[1] if len(args) > 1 else ''}\n")

    # -- plumbing ------------------------------------------------------------------------------
    def _body(self) -> dict:
        length = int(self.headers.get("Content-Length") or 0)
        if not length:
            return {}
        try:
            return json.loads(self.rfile.read(length) or b"{}")
        except ValueError:
            return {}

    def _send(self, status: int, body: dict | None = None, headers: dict | None = None) -> None:
        data = b"" if body is None else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if data:
            self.wfile.write(data)

    def _route(self, method: str) -> None:
        url = urlparse(self.path)
        path = url.path.rstrip("/") or "/"
        query = parse_qs(url.query)
        st = self.state
        body = self._body() if method in ("POST", "PUT", "PATCH") else {}
        with st.lock:
            for pattern, handler_method, fn in ROUTES:
                if handler_method != method:
                    continue
                m = re.fullmatch(pattern, path)
                if m:
                    st.requests[f"{method} {pattern}"] = st.requests.get(f"{method} {pattern}", 0) + 1
                    status, payload, headers = fn(self, st, body, query, *m.groups())
                    break
            else:
                st.unhandled.append(f"{method} {url.path}")
                status, payload, headers = 404, {"error": {"message": f"no fake for {method} {url.path}"}}, None
        self._send(status, payload, headers)

    def do_GET(self) -> None:  # noqa: N802
        self._route("GET")

    def do_POST(self) -> None:  # noqa: N802
        self._route("POST")

    def do_PUT(self) -> None:  # noqa: N802
        self._route("PUT")

    def do_DELETE(self) -> None:  # noqa: N802
        self._route("DELETE")

    def token(self) -> dict | None:
        return self.state.tokens.get(self.headers.get("X-Auth-Token", ""))


# -- keystone ---------------------------------------------------------------------------------
def _v3_doc(st: State) -> dict:
    return {"id": "v3.14", "status": "stable", "updated": "2020-04-07T00:00:00Z",
            "links": [{"rel": "self", "href": f"{st.base}/identity/v3/"}],
            "media-types": [{"base": "application/json", "type": "application/vnd.openstack.identity-v3+json"}]}


def identity_root(h, st, body, q):
    return 300, {"versions": {"values": [_v3_doc(st)]}}, None


def identity_v3(h, st, body, q):
    return 200, {"version": _v3_doc(st)}, None


def auth_tokens(h, st, body, q):
    auth = body.get("auth") or {}
    identity = auth.get("identity") or {}
    methods = identity.get("methods") or []
    user = None
    if "password" in methods:
        u = (identity.get("password") or {}).get("user") or {}
        cand = st.users.get(u.get("name")) or st.users_by_id(u.get("id", ""))
        if cand and cand["password"] == u.get("password"):
            user = cand
    elif "token" in methods:
        tok = st.tokens.get((identity.get("token") or {}).get("id", ""))
        if tok:
            user = st.users_by_id(tok["user"]["id"])
    elif "application_credential" in methods:
        return 401, {"error": {"code": 401, "message": "application credentials are not faked"}}, None
    if user is None:
        return 401, {"error": {"code": 401, "message": "The request you have made requires authentication.",
                               "title": "Unauthorized"}}, None
    scope = auth.get("scope") or {}
    trust = None
    if "OS-TRUST:trust" in scope:
        trust = st.trusts.get(scope["OS-TRUST:trust"].get("id", ""))
        if trust is None or trust["trustee_user_id"] != user["id"]:
            return 401, {"error": {"code": 401, "message": "trust not found"}}, None
    token, payload = st.issue(user, methods, trust)
    return 201, {"token": payload}, {"X-Subject-Token": token}


def validate_token(h, st, body, q):
    if h.token() is None:
        return 401, {"error": {"code": 401, "message": "bad caller token"}}, None
    payload = st.tokens.get(h.headers.get("X-Subject-Token", ""))
    if payload is None:
        return 404, {"error": {"code": 404, "message": "token not found"}}, None
    return 200, {"token": payload}, {"X-Subject-Token": h.headers.get("X-Subject-Token", "")}


def create_trust(h, st, body, q):
    tok = h.token()
    if tok is None:
        return 401, {"error": {"code": 401, "message": "unauthenticated"}}, None
    t = body.get("trust") or {}
    trust = {"id": uuid.uuid4().hex, "trustor_user_id": t.get("trustor_user_id"),
             "trustee_user_id": t.get("trustee_user_id"), "project_id": t.get("project_id"),
             "project_name": tok["project"]["name"], "impersonation": bool(t.get("impersonation")),
             "roles": t.get("roles") or [], "expires_at": None, "remaining_uses": None, "links": {}}
    st.trusts[trust["id"]] = trust
    return 201, {"trust": trust}, None


def get_trust(h, st, body, q, trust_id):
    trust = st.trusts.get(trust_id)
    return (200, {"trust": trust}, None) if trust else (404, {"error": {"code": 404, "message": "no trust"}}, None)


def delete_trust(h, st, body, q, trust_id):
    st.trusts.pop(trust_id, None)
    return 204, None, None


def _project_doc(st: State, name: str) -> dict:
    pid = st.projects[name]
    return {"id": pid, "name": name, "domain_id": DOMAIN["id"], "description": "", "enabled": True,
            "is_domain": False, "parent_id": DOMAIN["id"], "tags": [], "options": {},
            "links": {"self": f"{st.base}/identity/v3/projects/{pid}"}}


def _is_admin(tok: dict) -> bool:
    return any(r["name"] == "admin" for r in tok.get("roles", []))


def get_project(h, st, body, q, project_id):
    """``GET /v3/projects/{id}``: a member may read its own project (Keystone's policy), admin any."""
    tok = h.token()
    if tok is None:
        return 401, {"error": {"code": 401, "message": "unauthenticated"}}, None
    name = next((n for n, pid in st.projects.items() if pid == project_id), None)
    if name is None:
        return 404, {"error": {"code": 404, "message": f"Could not find project: {project_id}.",
                               "title": "Not Found"}}, None
    if tok["project"]["id"] != project_id and not _is_admin(tok):
        return 403, {"error": {"code": 403, "message": "You are not authorized to perform the requested action.",
                               "title": "Forbidden"}}, None
    return 200, {"project": _project_doc(st, name)}, None


def user_projects(h, st, body, q, user_id):
    """``GET /v3/users/{id}/projects``: the projects a user is a member of (the user itself or admin)."""
    tok = h.token()
    if tok is None:
        return 401, {"error": {"code": 401, "message": "unauthenticated"}}, None
    user = st.users_by_id(user_id)
    if user is None:
        return 404, {"error": {"code": 404, "message": f"Could not find user: {user_id}.", "title": "Not Found"}}, None
    if tok["user"]["id"] != user_id and not _is_admin(tok):
        return 403, {"error": {"code": 403, "message": "You are not authorized to perform the requested action.",
                               "title": "Forbidden"}}, None
    return 200, {"projects": [_project_doc(st, user["project"])],
                 "links": {"self": f"{st.base}/identity/v3/users/{user_id}/projects", "previous": None,
                           "next": None}}, None


# -- nova -------------------------------------------------------------------------------------
def _hyp_brief(hv: dict) -> dict:
    return {"id": hv["id"], "hypervisor_hostname": hv["hypervisor_hostname"], "state": "up", "status": "enabled"}


def compute_root(h, st, body, q):
    return 200, {"version": {"id": "v2.1", "status": "CURRENT", "version": "2.95", "min_version": "2.1",
                             "links": [{"rel": "self", "href": f"{st.base}/compute/v2.1/"}]}}, None


def hypervisor_servers(h, st, body, q, name):
    hv = st.hypervisors.get(name)
    if hv is None:
        return 404, {"itemNotFound": {"code": 404, "message": f"No hypervisor matching '{name}' could be found."}}, None
    return 200, {"hypervisors": [_hyp_brief(hv)]}, None  # no "servers" key: an empty host


def hypervisor_search(h, st, body, q, name):
    found = [_hyp_brief(hv) for n, hv in st.hypervisors.items() if name in n]
    if not found:
        return 404, {"itemNotFound": {"code": 404, "message": f"No hypervisor matching '{name}' could be found."}}, None
    return 200, {"hypervisors": found}, None


def hypervisor_get(h, st, body, q, ident):
    for hv in st.hypervisors.values():
        if str(hv["id"]) == ident:
            return 200, {"hypervisor": hv}, None
    return 404, {"itemNotFound": {"code": 404, "message": f"Hypervisor {ident} could not be found."}}, None


def hypervisor_list(h, st, body, q):
    return 200, {"hypervisors": [_hyp_brief(hv) for hv in st.hypervisors.values()]}, None


def az_detail(h, st, body, q):
    hosts = {n: {"nova-compute": {"available": True, "active": True, "updated_at": None}} for n in st.hypervisors}
    zones = [{"zoneName": "nova", "zoneState": {"available": True}, "hosts": hosts}]
    for agg in st.aggregates.values():
        if agg.get("availability_zone"):
            zones.append({"zoneName": agg["availability_zone"], "zoneState": {"available": True}, "hosts": None})
    return 200, {"availabilityZoneInfo": zones}, None


def aggregates_list(h, st, body, q):
    return 200, {"aggregates": list(st.aggregates.values())}, None


def aggregate_get(h, st, body, q, agg_id):
    agg = st.aggregates.get(int(agg_id))
    return (200, {"aggregate": agg}, None) if agg else (404, {"itemNotFound": {"code": 404, "message": "no agg"}}, None)


def aggregate_create(h, st, body, q):
    a = body.get("aggregate") or {}
    if any(x["name"] == a.get("name") for x in st.aggregates.values()):
        return 409, {"conflictingRequest": {"code": 409, "message": "Aggregate already exists."}}, None
    agg = {"id": st.next_aggregate, "name": a.get("name"), "availability_zone": a.get("availability_zone"),
           "hosts": [], "metadata": ({"availability_zone": a["availability_zone"]} if a.get("availability_zone")
                                     else {}), "uuid": str(uuid.uuid4())}
    st.aggregates[agg["id"]] = agg
    st.next_aggregate += 1
    return 200, {"aggregate": agg}, None


def aggregate_action(h, st, body, q, agg_id):
    agg = st.aggregates.get(int(agg_id))
    if agg is None:
        return 404, {"itemNotFound": {"code": 404, "message": "no agg"}}, None
    if "add_host" in body:
        host = body["add_host"].get("host")
        if st.faults.get("add_host") == "fail" and agg["name"] != "freepool":
            return 500, {"computeFault": {"code": 500, "message": "injected fault: add_host"}}, None
        if host not in st.hypervisors:
            return 404, {"itemNotFound": {"code": 404, "message": f"Compute host {host} could not be found."}}, None
        if host in agg["hosts"]:
            return 409, {"conflictingRequest": {"code": 409, "message": "host already in aggregate"}}, None
        agg["hosts"].append(host)
    elif "remove_host" in body:
        host = body["remove_host"].get("host")
        if host not in agg["hosts"]:
            return 404, {"itemNotFound": {"code": 404, "message": "host not in aggregate"}}, None
        agg["hosts"].remove(host)
    elif "set_metadata" in body:
        for k, v in (body["set_metadata"].get("metadata") or {}).items():
            if v is None:
                agg["metadata"].pop(k, None)
            else:
                agg["metadata"][k] = v
    return 200, {"aggregate": agg}, None


def aggregate_delete(h, st, body, q, agg_id):
    agg = st.aggregates.get(int(agg_id))
    if agg is None:
        return 404, {"itemNotFound": {"code": 404, "message": "no agg"}}, None
    if agg["hosts"]:
        return 400, {"badRequest": {"code": 400, "message": "aggregate has hosts"}}, None
    del st.aggregates[int(agg_id)]
    return 200, None, None


def servers_detail(h, st, body, q):
    return 200, {"servers": []}, None


# -- placement --------------------------------------------------------------------------------
def placement_root(h, st, body, q):
    return 200, {"versions": [{"id": "v1.0", "max_version": "1.39", "min_version": "1.0", "status": "CURRENT",
                               "links": [{"rel": "self", "href": ""}]}]}, None


def _provider(st: State, name: str, parent: str | None = None) -> dict:
    rp_uuid = str(uuid.uuid5(uuid.NAMESPACE_URL, f"rp:{name}"))
    root = parent if parent else rp_uuid
    rp = {"uuid": rp_uuid, "name": name, "generation": 0, "parent_provider_uuid": parent,
          "root_provider_uuid": root, "links": []}
    st.providers[rp_uuid] = rp
    return rp


def _traits_match(rp: dict, required: list[str]) -> bool:
    have = set(rp.get("traits", []))
    for spec in required:
        for t in spec.split(","):
            t = t.strip()
            if t.startswith("!"):
                if t[1:] in have:
                    return False
            elif t and t not in have:
                return False
    return True


def providers_list(h, st, body, q):
    names = q.get("name")
    required = q.get("required") or []
    rps = [_rp_doc(rp) for rp in st.providers.values()
           if (not names or rp["name"] in names) and _traits_match(rp, required)]
    return 200, {"resource_providers": rps}, None


def _rp_doc(rp: dict) -> dict:
    return {k: v for k, v in rp.items() if k not in ("inventories", "traits")}


def provider_create(h, st, body, q):
    name = body.get("name")
    if any(rp["name"] == name for rp in st.providers.values()):
        return 409, {"errors": [{"status": 409, "title": "Conflict", "detail": f"duplicate name {name}"}]}, None
    return 200, _rp_doc(_provider(st, name, body.get("parent_provider_uuid"))), None


def provider_get(h, st, body, q, rp_uuid):
    rp = st.providers.get(rp_uuid)
    return (200, _rp_doc(rp), None) if rp else (404, {"errors": [{"status": 404, "title": "Not Found"}]}, None)


def provider_inventories(h, st, body, q, rp_uuid):
    rp = st.providers.get(rp_uuid)
    if rp is None:
        return 404, {"errors": [{"status": 404, "title": "Not Found"}]}, None
    return 200, {"inventories": rp.get("inventories", {}), "resource_provider_generation": rp["generation"]}, None


def provider_put_inventories(h, st, body, q, rp_uuid):
    rp = st.providers.get(rp_uuid)
    if rp is None:
        return 404, {"errors": [{"status": 404, "title": "Not Found"}]}, None
    inventories = body.get("inventories", {})
    unknown = sorted(set(inventories) - st.resource_classes)
    if unknown:
        return 400, {"errors": [{"status": 400, "title": "Bad Request",
                                 "detail": f"Unknown resource class in inventory: {', '.join(unknown)}"}]}, None
    rp["inventories"] = {rc: {**INVENTORY_DEFAULTS, **inv} for rc, inv in inventories.items()}
    rp["generation"] += 1
    return 200, {"inventories": rp["inventories"], "resource_provider_generation": rp["generation"]}, None


def provider_traits(h, st, body, q, rp_uuid):
    rp = st.providers.get(rp_uuid)
    if rp is None:
        return 404, {"errors": [{"status": 404, "title": "Not Found"}]}, None
    return 200, {"traits": rp.get("traits", []), "resource_provider_generation": rp["generation"]}, None


def provider_delete_inventory(h, st, body, q, rp_uuid, rc):
    rp = st.providers.get(rp_uuid)
    if rp is None or rc not in rp.get("inventories", {}):
        return 404, {"errors": [{"status": 404, "title": "Not Found", "detail": f"No inventory of class {rc}"}]}, None
    del rp["inventories"][rc]
    rp["generation"] += 1
    return 204, None, None


def resource_class_create(h, st, body, q):
    name = str(body.get("name") or "")
    if not re.fullmatch(r"CUSTOM_[A-Z0-9_]+", name):
        return 400, {"errors": [{"status": 400, "title": "Bad Request", "detail": f"bad class name {name!r}"}]}, None
    if name in st.resource_classes:
        return 409, {"errors": [{"status": 409, "title": "Conflict", "detail": f"{name} exists"}]}, None
    st.resource_classes.add(name)
    return 201, None, {"Location": f"{st.base}/placement/resource_classes/{name}"}


def resource_class_delete(h, st, body, q, name):
    if name not in st.resource_classes or name in STANDARD_CLASSES:
        return 404, {"errors": [{"status": 404, "title": "Not Found"}]}, None
    if any(name in rp.get("inventories", {}) for rp in st.providers.values()):
        return 409, {"errors": [{"status": 409, "title": "Conflict", "detail": f"{name} is in use"}]}, None
    st.resource_classes.discard(name)
    return 204, None, None


def provider_delete(h, st, body, q, rp_uuid):
    st.providers.pop(rp_uuid, None)
    return 204, None, None


INVENTORY_DEFAULTS = {"reserved": 0, "min_unit": 1, "step_size": 1, "allocation_ratio": 1.0}


# -- nova flavors -------------------------------------------------------------------------------
def _microversion(h) -> tuple[int, int]:
    text = h.headers.get("X-OpenStack-Nova-API-Version") or ""
    header = h.headers.get("OpenStack-API-Version") or ""
    if header.startswith("compute "):
        text = header.split(" ", 1)[1]
    try:
        major, minor = text.strip().split(".")
        return int(major), int(minor)
    except ValueError:
        return 2, 1


def _flavor_doc(h, st: State, fid: str) -> dict:
    doc = dict(st.flavors[fid])
    doc["links"] = [{"rel": "self", "href": f"{st.base}/compute/v2.1/flavors/{fid}"}]
    if _microversion(h) >= (2, 61):
        doc["extra_specs"] = dict(st.flavor_specs.get(fid, {}))
    return doc


def _flavor_visible(h, st: State, fid: str) -> bool:
    tok = h.token() or {}
    if st.flavors[fid]["os-flavor-access:is_public"] or _is_admin(tok):
        return True
    return tok.get("project", {}).get("id") in st.flavor_access.get(fid, set())


def _new_flavor(st: State, f: dict) -> dict:
    fid = str(f.get("id") or uuid.uuid4())
    return {"id": fid, "name": str(f["name"]), "ram": int(f["ram"]), "disk": int(f["disk"]),
            "vcpus": int(f["vcpus"]), "OS-FLV-EXT-DATA:ephemeral": int(f.get("OS-FLV-EXT-DATA:ephemeral", 0) or 0),
            "OS-FLV-DISABLED:disabled": False, "swap": int(f.get("swap") or 0) or "",
            "rxtx_factor": float(f.get("rxtx_factor") or 1.0),
            "os-flavor-access:is_public": bool(f.get("os-flavor-access:is_public", True))}


def flavors_list(h, st, body, q):
    docs = [_flavor_doc(h, st, fid) for fid in st.flavors if _flavor_visible(h, st, fid)]
    if not h.path.split("?")[0].rstrip("/").endswith("/detail"):
        docs = [{"id": d["id"], "name": d["name"], "links": d["links"]} for d in docs]
    return 200, {"flavors": docs}, None


def flavor_get(h, st, body, q, fid):
    if fid not in st.flavors or not _flavor_visible(h, st, fid):
        return 404, {"itemNotFound": {"code": 404, "message": f"Flavor {fid} could not be found."}}, None
    return 200, {"flavor": _flavor_doc(h, st, fid)}, None


def flavor_create(h, st, body, q):
    if not _is_admin(h.token() or {}):
        msg = "Policy doesn't allow os_compute_api:os-flavor-manage:create to be performed."
        return 403, {"forbidden": {"code": 403, "message": msg}}, None
    f = body.get("flavor") or {}
    doc = _new_flavor(st, f)
    if doc["id"] in st.flavors or any(x["name"] == doc["name"] for x in st.flavors.values()):
        return 409, {"conflictingRequest": {"code": 409, "message": "Flavor already exists."}}, None
    st.flavors[doc["id"]] = doc
    st.flavor_specs[doc["id"]] = {}
    return 200, {"flavor": _flavor_doc(h, st, doc["id"])}, None


def flavor_delete(h, st, body, q, fid):
    if fid not in st.flavors:
        return 404, {"itemNotFound": {"code": 404, "message": f"Flavor {fid} could not be found."}}, None
    for d in (st.flavors, st.flavor_specs, st.flavor_access):
        d.pop(fid, None)
    return 202, None, None


def flavor_specs_get(h, st, body, q, fid):
    if fid not in st.flavors:
        return 404, {"itemNotFound": {"code": 404, "message": f"Flavor {fid} could not be found."}}, None
    return 200, {"extra_specs": dict(st.flavor_specs.get(fid, {}))}, None


def flavor_specs_set(h, st, body, q, fid):
    if fid not in st.flavors:
        return 404, {"itemNotFound": {"code": 404, "message": f"Flavor {fid} could not be found."}}, None
    specs = {str(k): str(v) for k, v in (body.get("extra_specs") or {}).items()}
    st.flavor_specs.setdefault(fid, {}).update(specs)
    return 200, {"extra_specs": specs}, None


def flavor_action(h, st, body, q, fid):
    if fid not in st.flavors:
        return 404, {"itemNotFound": {"code": 404, "message": f"Flavor {fid} could not be found."}}, None
    access = st.flavor_access.setdefault(fid, set())
    if "addTenantAccess" in body:
        access.add(str(body["addTenantAccess"].get("tenant")))
    elif "removeTenantAccess" in body:
        tenant = str(body["removeTenantAccess"].get("tenant"))
        if tenant not in access:
            return 404, {"itemNotFound": {"code": 404, "message": "Flavor access not found"}}, None
        access.discard(tenant)
    return 200, {"flavor_access": [{"flavor_id": fid, "tenant_id": t} for t in sorted(access)]}, None


def servers_list(h, st, body, q):
    return 200, {"servers": []}, None


# -- control ----------------------------------------------------------------------------------
def control_state(h, st, body, q):
    return 200, {"pid": os.getpid(), "hypervisors": sorted(st.hypervisors), "aggregates": list(st.aggregates.values()),
                 "trusts": len(st.trusts), "providers": len(st.providers), "requests": st.requests,
                 "flavors": {fid: f["name"] for fid, f in st.flavors.items()},
                 "resource_classes": sorted(st.resource_classes - set(STANDARD_CLASSES)),
                 "networks": sorted(st.networks), "floatingips": len(st.floatingips)}, None


DUMPED = ("trusts", "hypervisors", "aggregates", "next_aggregate", "providers", "flavors", "flavor_specs",
          *fake_neutron.DUMPED)


def control_dump(h, st, body, q):
    doc = {k: getattr(st, k) for k in DUMPED}
    doc["aggregates"] = list(st.aggregates.values())
    doc["flavor_access"] = {k: sorted(v) for k, v in st.flavor_access.items()}
    doc["resource_classes"] = sorted(st.resource_classes)
    return 200, doc, None


def restore(st: State, doc: dict) -> None:
    """Load what ``/control/dump`` returned (the fake's half of a cached seeded sandbox)."""
    for k in DUMPED:
        setattr(st, k, doc[k])
    st.aggregates = {int(a["id"]): a for a in doc["aggregates"]}
    st.flavor_access = {k: set(v) for k, v in doc["flavor_access"].items()}
    st.resource_classes = set(doc["resource_classes"])


def control_add_hypervisor(h, st, body, q):
    names = body.get("names") or [body.get("name")]
    for name in names:
        if not name:
            return 400, {"error": "name required"}, None
        if name not in st.hypervisors:
            hid = len(st.hypervisors) + 1
            st.hypervisors[name] = {
                "id": hid, "hypervisor_hostname": name, "service": {"host": name, "id": hid, "disabled_reason": None},
                "vcpus": int(body.get("vcpus", 48)), "memory_mb": int(body.get("memory_mb", 196608)),
                "local_gb": int(body.get("local_gb", 200)), "cpu_info": "{}", "hypervisor_type": "ironic",
                "hypervisor_version": 1, "state": "up", "status": "enabled", "host_ip": "127.0.0.1",
                "vcpus_used": 0, "memory_mb_used": 0, "local_gb_used": 0, "running_vms": 0,
            }
            if not any(rp["name"] == name for rp in st.providers.values()):
                _provider(st, name)
    return 201, {"hypervisors": sorted(st.hypervisors)}, None


def control_kvm_hosts(h, st, body, q):
    """KVM hypervisors with their Placement resource provider, inventories and traits."""
    for i, host in enumerate(body.get("hosts") or []):
        name = host.get("name")
        if not name or name in st.hypervisors:
            return 400, {"error": f"hosts[{i}]: a new, non-empty name is required"}, None
        hid = len(st.hypervisors) + 1
        st.hypervisors[name] = {
            "id": hid, "hypervisor_hostname": name, "service": {"host": name, "id": hid, "disabled_reason": None},
            "vcpus": int(host.get("vcpus", 48)), "memory_mb": int(host.get("memory_mb", 131072)),
            "local_gb": int(host.get("local_gb", 1800)), "cpu_info": "{}", "hypervisor_type": "QEMU",
            "hypervisor_version": 8002000, "state": "up", "status": "enabled", "host_ip": "127.0.0.1",
            "vcpus_used": 0, "memory_mb_used": 0, "local_gb_used": 0, "running_vms": 0,
        }
        rp = next((p for p in st.providers.values() if p["name"] == name), None) or _provider(st, name)
        rp["inventories"] = {rc: {**INVENTORY_DEFAULTS, **inv} for rc, inv in (host.get("inventories") or {}).items()}
        rp["traits"] = sorted(str(t) for t in host.get("traits") or [])
    return 201, {"hypervisors": sorted(st.hypervisors)}, None


def control_flavors(h, st, body, q):
    for f in body.get("flavors") or []:
        doc = _new_flavor(st, {"id": f["id"], "name": f["name"], "ram": f["ram"], "disk": f["disk"],
                               "vcpus": f["vcpus"], "OS-FLV-EXT-DATA:ephemeral": f.get("ephemeral", 0),
                               "os-flavor-access:is_public": f.get("is_public", True)})
        st.flavors[doc["id"]] = doc
        st.flavor_specs[doc["id"]] = {str(k): str(v) for k, v in (f.get("extra_specs") or {}).items()}
    return 201, {"flavors": sorted(st.flavors)}, None


def control_remove_hypervisor(h, st, body, q, name):
    st.hypervisors.pop(name, None)
    return 204, None, None


def control_faults(h, st, body, q):
    st.faults = {str(k): str(v) for k, v in body.items()}
    return 200, {"faults": st.faults}, None


def control_unhandled(h, st, body, q):
    return 200, {"unhandled": st.unhandled}, None


ROUTES = [
    (r"/identity", "GET", identity_root),
    (r"/identity/v3", "GET", identity_v3),
    (r"/identity/v3/auth/tokens", "POST", auth_tokens),
    (r"/identity/v3/auth/tokens", "GET", validate_token),
    (r"/identity/v3/OS-TRUST/trusts", "POST", create_trust),
    (r"/identity/v3/OS-TRUST/trusts/([^/]+)", "GET", get_trust),
    (r"/identity/v3/OS-TRUST/trusts/([^/]+)", "DELETE", delete_trust),
    (r"/identity/v3/projects/([^/]+)", "GET", get_project),
    (r"/identity/v3/users/([^/]+)/projects", "GET", user_projects),
    (r"/compute/v2.1", "GET", compute_root),
    (r"/compute/v2.1/os-hypervisors", "GET", hypervisor_list),
    (r"/compute/v2.1/os-hypervisors/detail", "GET", hypervisor_list),
    (r"/compute/v2.1/os-hypervisors/([^/]+)/servers", "GET", hypervisor_servers),
    (r"/compute/v2.1/os-hypervisors/([^/]+)/search", "GET", hypervisor_search),
    (r"/compute/v2.1/os-hypervisors/([^/]+)", "GET", hypervisor_get),
    (r"/compute/v2.1/os-availability-zone/detail", "GET", az_detail),
    (r"/compute/v2.1/os-aggregates", "GET", aggregates_list),
    (r"/compute/v2.1/os-aggregates", "POST", aggregate_create),
    (r"/compute/v2.1/os-aggregates/(\d+)", "GET", aggregate_get),
    (r"/compute/v2.1/os-aggregates/(\d+)", "DELETE", aggregate_delete),
    (r"/compute/v2.1/os-aggregates/(\d+)/action", "POST", aggregate_action),
    (r"/compute/v2.1/servers/detail", "GET", servers_detail),
    (r"/compute/v2.1/servers", "GET", servers_list),
    (r"/compute/v2.1/flavors", "GET", flavors_list),
    (r"/compute/v2.1/flavors/detail", "GET", flavors_list),
    (r"/compute/v2.1/flavors", "POST", flavor_create),
    (r"/compute/v2.1/flavors/([^/]+)", "GET", flavor_get),
    (r"/compute/v2.1/flavors/([^/]+)", "DELETE", flavor_delete),
    (r"/compute/v2.1/flavors/([^/]+)/os-extra_specs", "GET", flavor_specs_get),
    (r"/compute/v2.1/flavors/([^/]+)/os-extra_specs", "POST", flavor_specs_set),
    (r"/compute/v2.1/flavors/([^/]+)/action", "POST", flavor_action),
    (r"/placement", "GET", placement_root),
    (r"/placement/resource_providers", "GET", providers_list),
    (r"/placement/resource_providers", "POST", provider_create),
    (r"/placement/resource_providers/([^/]+)", "GET", provider_get),
    (r"/placement/resource_providers/([^/]+)", "DELETE", provider_delete),
    (r"/placement/resource_providers/([^/]+)/inventories", "GET", provider_inventories),
    (r"/placement/resource_providers/([^/]+)/inventories", "PUT", provider_put_inventories),
    (r"/placement/resource_providers/([^/]+)/inventories/([^/]+)", "DELETE", provider_delete_inventory),
    (r"/placement/resource_providers/([^/]+)/traits", "GET", provider_traits),
    (r"/placement/resource_classes", "POST", resource_class_create),
    (r"/placement/resource_classes/([^/]+)", "DELETE", resource_class_delete),
    (r"/control/state", "GET", control_state),
    (r"/control/hypervisors", "POST", control_add_hypervisor),
    (r"/control/hypervisors/([^/]+)", "DELETE", control_remove_hypervisor),
    (r"/control/unhandled", "GET", control_unhandled),
    (r"/control/dump", "GET", control_dump),
    (r"/control/faults", "POST", control_faults),
    (r"/control/kvm_hosts", "POST", control_kvm_hosts),
    (r"/control/flavors", "POST", control_flavors),
    *fake_neutron.ROUTES,
]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="fake Keystone/Nova/Placement/Neutron for the envboot sandbox")
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--region", required=True)
    ap.add_argument("--blazar-url", required=True)
    ap.add_argument("--users", required=True, help="JSON file: {name: {id, password, project, roles}}")
    ap.add_argument("--restore", help="JSON file from GET /control/dump: start with that state")
    args = ap.parse_args(argv)
    users = json.loads(Path(args.users).read_text())
    for name, u in users.items():
        u["name"] = name
    base = f"http://127.0.0.1:{args.port}"
    Handler.state = State(args.region, base, args.blazar_url, users)
    if args.restore:
        restore(Handler.state, json.loads(Path(args.restore).read_text()))
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    sys.stderr.write(f"fake openstack listening on {base}\n")
    sys.stderr.flush()
    server.serve_forever()


if __name__ == "__main__":
    main()
