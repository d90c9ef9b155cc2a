"""Streamable HTTP on 127.0.0.1 only, behind a required bearer token."""

from __future__ import annotations

import hmac
import json
import os
import stat
from pathlib import Path
from typing import Any

from envboot.core.errors import ConfigError, InputError

TOKEN_ENV = "ENVBOOT_MCP_TOKEN"
HOST = "127.0.0.1"
MIN_TOKEN_CHARS = 16


def read_token(token_file: Path | None, env: dict[str, str] | None = None) -> str:
    """The bearer token: ``--token-file`` (not readable by others), else ``ENVBOOT_MCP_TOKEN``. Required."""
    env = dict(os.environ) if env is None else env
    if token_file is not None:
        try:
            mode = token_file.stat().st_mode
            token = token_file.read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise InputError(f"--token-file {token_file}: {exc.strerror or exc}") from None
        if mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise ConfigError(f"--token-file {token_file}: readable by others (mode {stat.S_IMODE(mode):o}); "
                              f"chmod 600 {token_file}")
        source = f"--token-file {token_file}"
    else:
        token = (env.get(TOKEN_ENV) or "").strip()
        source = TOKEN_ENV
        if not token:
            raise ConfigError(f"--http needs a bearer token: --token-file FILE or {TOKEN_ENV} (e.g. "
                              "python3 -c 'import secrets; print(secrets.token_urlsafe(32))' > token; chmod 600 token)")
    if len(token) < MIN_TOKEN_CHARS or any(c.isspace() for c in token):
        raise ConfigError(f"{source}: the token must be at least {MIN_TOKEN_CHARS} characters with no spaces")
    return token


class BearerGate:
    """ASGI middleware: every HTTP request needs ``Authorization: Bearer <token>`` (compared in constant time)."""

    def __init__(self, app: Any, token: str) -> None:
        self.app = app
        self._expected = f"Bearer {token}".encode()

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            given = dict(scope.get("headers") or ()).get(b"authorization", b"")
            if not hmac.compare_digest(given, self._expected):
                body = json.dumps({"error": "unauthorized: send Authorization: Bearer <token>"}).encode()
                await send({"type": "http.response.start", "status": 401,
                            "headers": [(b"content-type", b"application/json"), (b"www-authenticate", b"Bearer"),
                                        (b"content-length", str(len(body)).encode())]})
                await send({"type": "http.response.body", "body": body})
                return
        await self.app(scope, receive, send)


def serve_http(server: Any, port: int, token: str, *, log_level: str = "warning") -> None:
    """Serve ``server`` (an MCPServer) at http://127.0.0.1:PORT/mcp until interrupted."""
    import uvicorn

    app = BearerGate(server.streamable_http_app(host=HOST), token)
    uvicorn.Server(uvicorn.Config(app, host=HOST, port=port, log_level=log_level)).run()
