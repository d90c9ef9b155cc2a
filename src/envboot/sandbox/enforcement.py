"""The sandbox's Blazar can enforce like Chameleon's: its own ``MaxLeaseDurationFilter`` and its
``ExternalServiceFilter`` pointed at a tiny enforcement service that applies envboot's policy file.

Blazar (``blazar/enforcement/filters/external_service_filter.py``) POSTs ``{"context", "lease"}`` (plus
``"current_lease"`` on update) to ``<base>check-create``, ``<base>check-update`` and ``<base>on-end``; 204
allows, 403 with ``{"message"}`` refuses. The service listens on 127.0.0.1 only and applies the policy
checks it can answer from the lease alone: ``max_lease_length`` per reservation, and on an update that
moves a started lease's end later, ``extension_window``.
"""

from __future__ import annotations

import argparse
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from envboot.core.timeutil import utcnow
from envboot.planning.policy import Policy, load_policy
from envboot.planning.policy.checks import FAIL, Check, extension_window, max_lease_length

CHAMELEON_MAX_LEASE_SECONDS = 604800  # Chameleon's bare-metal sites: 7 days


@dataclass(frozen=True, slots=True)
class Enforcement:
    """``[enforcement]`` of blazar.conf. ``exempt_projects``: project ids the duration filter skips (the
    sandbox's admin, so replayed snapshot allocations such as long maintenance leases seed as on Chameleon)."""

    max_lease_duration: int | None = None  # seconds: MaxLeaseDurationFilter; None: not enabled
    external_url: str | None = None  # base endpoint of the enforcement service (ending in /): ExternalServiceFilter
    exempt_projects: tuple[str, ...] = ("p-admin",)

    def conf(self) -> str:
        filters = ["MaxLeaseDurationFilter"] * (self.max_lease_duration is not None)
        filters += ["ExternalServiceFilter"] * (self.external_url is not None)
        if not filters:
            return ""
        lines = ["[enforcement]", f"enabled_filters = {','.join(filters)}"]
        if self.max_lease_duration is not None:
            lines += [f"max_lease_duration = {self.max_lease_duration}",
                      f"max_lease_duration_exempt_project_ids = {','.join(self.exempt_projects)}"]
        if self.external_url is not None:
            lines.append(f"external_service_base_endpoint = {self.external_url}")
        return "\n".join(lines) + "\n"


CHAMELEON = Enforcement(max_lease_duration=CHAMELEON_MAX_LEASE_SECONDS)


# -- the enforcement service ---------------------------------------------------------------------------
def _date(value: object) -> datetime:
    """Blazar sends naive UTC ISO dates (``2026-12-03T10:00:00``)."""
    parsed = datetime.fromisoformat(str(value))
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def lease_checks(policy: Policy, lease: dict, current: dict | None, now: datetime) -> list[Check]:
    """The policy's verdicts on a lease body Blazar sends (``current``: the lease before an update)."""
    start, end = _date(lease["start_date"]), _date(lease["end_date"])
    checks = []
    kinds = {(r.get("resource_type", ""), r.get("flavor_id")) for r in lease.get("reservations") or []}
    for kind, flavor in sorted(kinds, key=lambda k: (k[0], k[1] or "")):
        checks.append(max_lease_length(policy, kind, start, end, flavor=flavor))
    # an update of a lease that has started (Blazar marks the lease UPDATING while it asks; its start tells)
    if current is not None and _date(current["start_date"]) <= now:
        current_end = _date(current["end_date"])
        if end > current_end:
            checks.append(extension_window(policy, current_end, now))
    return checks


def make_server(policy: Policy, port: int = 0, clock: Callable[[], datetime] = utcnow) -> ThreadingHTTPServer:
    """The service on 127.0.0.1:``port`` (0: a free one). ``server.decisions``: every answer, for tests."""

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server's name)
            endpoint = self.path.rstrip("/").rsplit("/", 1)[-1]
            try:
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
                if endpoint == "on-end":
                    checks: list[Check] = []
                elif endpoint in ("check-create", "check-update"):
                    checks = lease_checks(policy, body["lease"], body.get("current_lease"), clock())
                else:
                    self._answer(404, {"message": f"no endpoint {endpoint}"})
                    return
            except (ValueError, KeyError, TypeError) as exc:
                self._answer(400, {"message": f"envboot enforcement: bad request ({exc})"})
                return
            failed = [c for c in checks if c.outcome == FAIL]
            server.decisions.append((endpoint, checks))
            if failed:
                self._answer(403, {"message": "; ".join(f"{c.check}: {c.detail}" for c in failed)})
            else:
                self._answer(204, None)

        def _answer(self, code: int, doc: dict | None) -> None:
            data = b"" if doc is None else json.dumps(doc).encode()
            self.send_response(code)
            if data:
                self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args) -> None:  # quiet
            pass

    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    server.decisions = []  # type: ignore[attr-defined]
    return server


def start_in_thread(policy: Policy, port: int = 0) -> tuple[ThreadingHTTPServer, str]:
    """Serve in a daemon thread; returns the server (``shutdown()`` it) and its base URL for blazar.conf."""
    server = make_server(policy, port)
    threading.Thread(target=server.serve_forever, name="envboot-enforcement", daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="envboot's policy as Blazar's external enforcement service")
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--policy", type=Path, default=None, help="a policy file merged over the shipped one")
    args = ap.parse_args(argv)
    make_server(load_policy(args.policy), args.port).serve_forever()


if __name__ == "__main__":
    main()
