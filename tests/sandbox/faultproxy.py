"""A fault-injecting HTTP proxy on 127.0.0.1 in front of the sandbox's Blazar.

Faults, per request: ``delay`` (then forward), ``drop_before`` (close without forwarding),
``drop_after`` (forward, let Blazar process it, close without a reply: the reply is lost),
``500``/``502``/``503`` (answer an error without forwarding), ``401`` (an expired token: answer 401
without forwarding), ``truncate`` (forward, then send half the body). Either an explicit ``plan`` for
successive ``POST /leases`` calls, or random faults with a fixed seed and a rate.
"""

from __future__ import annotations

import http.client
import random
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlparse

KINDS = ("delay", "drop_before", "drop_after", "500", "502", "503", "401", "truncate")


class FaultProxy:
    def __init__(self, target: str, *, seed: int | None = None, rate: float = 0.0) -> None:
        self.target = urlparse(target)
        self.plan: list[str] = []  # explicit faults for successive POST /leases
        self.rng = random.Random(seed)
        self.rate = rate
        self.lock = threading.Lock()
        self.seen: list[str] = []
        self.injected: Counter[str] = Counter()
        self._401_done = False
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:
                pass

            def _reply(self, status: int, data: bytes, headers=(), length: int | None = None) -> None:
                self.send_response(status)
                for k, v in headers:
                    if k.lower() not in ("transfer-encoding", "connection", "content-length"):
                        self.send_header(k, v)
                self.send_header("Content-Length", str(len(data) if length is None else length))
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(data)
                self.close_connection = True

            def _forward(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                fault = proxy.choose(self.command, self.path)
                proxy.seen.append(f"{self.command} {self.path.split('?')[0]} {fault}")
                if fault == "drop_before":
                    self.close_connection = True
                    self.connection.shutdown(2)
                    return
                if fault in ("500", "502", "503", "401"):
                    msg = b'{"error_code": %s, "error_message": "injected fault", "error_name": %s}' % (
                        fault.encode(), fault.encode())
                    self._reply(int(fault), msg, [("Content-Type", "application/json")])
                    return
                if fault == "delay":
                    time.sleep(proxy.rng.uniform(0.2, 1.0))
                conn = http.client.HTTPConnection(proxy.target.hostname, proxy.target.port, timeout=120)
                headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "connection")}
                conn.request(self.command, self.path, body=body, headers=headers)
                resp = conn.getresponse()
                data = resp.read()
                conn.close()
                if fault == "drop_after":
                    self.close_connection = True
                    self.connection.shutdown(2)
                    return
                if fault == "truncate" and len(data) > 2:
                    self._reply(resp.status, data[: len(data) // 2], resp.getheaders(), length=len(data))
                    self.connection.shutdown(2)
                    return
                self._reply(resp.status, data, resp.getheaders())

            do_GET = do_POST = do_PUT = do_DELETE = _forward  # noqa: N815

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def choose(self, method: str, path: str) -> str:
        with self.lock:
            fault = "ok"
            if method == "POST" and path.rstrip("/").endswith("/leases") and self.plan:
                fault = self.plan.pop(0)
            elif self.rate and self.rng.random() < self.rate:
                fault = self.rng.choice(KINDS)
                if fault == "401":
                    if self._401_done:
                        fault = "500"
                    self._401_done = True
            if fault != "ok":
                self.injected[fault] += 1
            return fault

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
