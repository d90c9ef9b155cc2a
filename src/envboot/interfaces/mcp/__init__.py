"""envboot as a Model Context Protocol server (the official ``mcp`` SDK): see docs/agents.md."""

from envboot.interfaces.mcp.server import build_server
from envboot.interfaces.mcp.state import DEFAULT_PLAN_TTL_S, ServerConfig

__all__ = ["DEFAULT_PLAN_TTL_S", "ServerConfig", "build_server"]
