"""Blocking twin of ``client.mcp`` and its OAuth login (same names and signatures, minus ``await``)."""

from __future__ import annotations

from codex_runtime.api import mcp as _mcp
from codex_runtime.sync._runtime import EventStream
from codex_runtime.sync._twin import Attribute, Managed, Twin, forward, method


class McpOauthLogin(Managed[_mcp.McpOauthLogin]):
    """Blocking twin of :class:`codex_runtime.McpOauthLogin`; ``with`` stops listening for its completion."""

    wait = method(_mcp.McpOauthLogin.wait)
    close = forward(_mcp.McpOauthLogin.close)

    name = Attribute[str]()
    authorization_url = Attribute[str]()
    login_id = Attribute["str | None"]()


class Mcp(Twin[_mcp.Mcp]):
    """Blocking twin of :class:`codex_runtime.Mcp` (``client.mcp``)."""

    status = method(_mcp.Mcp.status)
    wait_ready = method(_mcp.Mcp.wait_ready)
    oauth_login = method(_mcp.Mcp.oauth_login, McpOauthLogin.of)
    reload = method(_mcp.Mcp.reload)
    call_tool = method(_mcp.Mcp.call_tool)
    read_resource = method(_mcp.Mcp.read_resource)
    events = forward(_mcp.Mcp.events, EventStream.of)


__all__ = ["Mcp", "McpOauthLogin"]
