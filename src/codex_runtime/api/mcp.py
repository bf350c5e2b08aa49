"""``client.mcp``: the MCP servers of the connected app-server: their status (tools, resources, auth), waiting for
a thread's servers to start, OAuth login, reloading their config, and calling a tool or reading a resource directly
(no model turn).

MCP servers are configured per thread (:class:`~codex_runtime.api.mcp_servers.McpServer` on a ``SessionConfig``)
or in codex's ``config.toml``; the calls that reach a running server take its thread. The lifecycle notifications
(``mcpServer/startupStatus/updated``, ``mcpServer/oauthLogin/completed``) come typed from :meth:`Mcp.events`.

Measured on codex 0.163.0: a thread's servers start after thread/start answered, and a turn started before they
are ready runs WITHOUT their tools; :meth:`Mcp.wait_ready` closes that gap.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import TYPE_CHECKING, Final, Literal

from codex_runtime.errors import InvalidArgumentError, LoginFailedError, McpServerStartupError
from codex_runtime.protocol import ClientRequests, UnknownNotification
from codex_runtime.rpc.closing import ClosingOnExit

if TYPE_CHECKING:
    from codex_runtime.protocol import types as t
    from codex_runtime.runtime.events import EventStream
    from codex_runtime.runtime.pending import PendingServerRequest
    from codex_runtime.runtime.runtime import Runtime

STARTUP_STATUS: Final = "mcpServer/startupStatus/updated"
OAUTH_COMPLETED: Final = "mcpServer/oauthLogin/completed"
MCP_EVENTS: Final = (STARTUP_STATUS, OAUTH_COMPLETED)

StatusDetail = Literal["full", "toolsAndAuthOnly"]

_SETTLED: Final = frozenset({"connected", "failed", "cancelled", "disabled", "authenticationRequired"})
"""Connection states a server does not leave by itself (``notStarted`` / ``starting`` are still on the way)."""


class McpOauthLogin(ClosingOnExit):
    """A started OAuth login of one MCP server: open :attr:`authorization_url`, then ``await login.wait()``.
    ``async with`` (or :meth:`close`) stops listening for its completion."""

    def __init__(self, name: str, authorization_url: str, login_id: str | None, completions: EventStream) -> None:
        self.name = name
        self.authorization_url = authorization_url
        self.login_id = login_id
        self._completions = completions

    async def wait(self, timeout: float = 600.0) -> None:
        """Until codex reports the login finished (``mcpServer/oauthLogin/completed``), at most ``timeout`` s.

        Raises:
            LoginFailedError: the login failed (codex's reason), or did not finish in time.
        """
        try:
            async with asyncio.timeout(timeout):
                async for event in self._completions:
                    if isinstance(event, UnknownNotification):
                        continue  # the method is in the pinned table: never decoded as unknown
                    params = event.params
                    if params.name != self.name or params.login_id not in (None, self.login_id):
                        continue  # another server's (or another attempt's) login
                    if not params.success:
                        raise LoginFailedError(self.login_id, params.error or "the OAuth login failed")
                    return
        except TimeoutError:
            raise LoginFailedError(self.login_id, f"not finished in {timeout} s") from None
        finally:
            self.close()
        raise LoginFailedError(self.login_id, "the connection closed before the login finished")

    def close(self) -> None:
        self._completions.close()


class Mcp:
    """The MCP servers of one connection (``client.mcp``)."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime

    async def status(
        self, *, thread_id: str | None = None, server: str | None = None, detail: StatusDetail | None = None
    ) -> list[t.McpServerStatus]:
        """Every server's status: tools, resources, auth state and (with ``thread_id``) its connection; all pages.

        Raises:
            RpcError, TransportError: mcpServerStatus/list failed.
        """
        params: dict[str, object] = {}
        for key, value in (("threadId", thread_id), ("serverName", server), ("detail", detail)):
            if value is not None:
                params[key] = value
        servers: list[t.McpServerStatus] = []
        while True:
            page = await self.runtime.request_typed(ClientRequests.MCP_SERVER_STATUS_LIST, params)
            servers.extend(page.data)
            if not page.next_cursor:
                return servers
            params["cursor"] = page.next_cursor

    async def wait_ready(self, thread_id: str, *, timeout: float = 30.0) -> list[t.McpServerStatus]:
        """Wait until every MCP server of ``thread_id`` finished starting; their statuses back.

        Raises:
            McpServerStartupError: a server failed to start (codex's reason) or was still starting at the deadline.
            RpcError, TransportError: mcpServerStatus/list failed.
        """
        # Subscribed before the first status read: a server settling in between is seen either way.
        updates = self.runtime.events(thread_id=thread_id, methods=[STARTUP_STATUS], maxsize=256)
        errors: dict[str, str] = {}
        pending: list[str] = []
        try:
            async with asyncio.timeout(timeout):
                while True:
                    servers = await self.status(thread_id=thread_id, detail="toolsAndAuthOnly")
                    pending = [s.name for s in servers if str(s.runtime_status or "notStarted") not in _SETTLED]
                    failed = [s for s in servers if str(s.runtime_status) in ("failed", "cancelled")]
                    if failed:
                        name = failed[0].name
                        reason = errors.get(name) or f"its status is {failed[0].runtime_status}"
                        raise McpServerStartupError(name, reason)
                    if not pending:
                        return servers
                    event = await anext(updates, None)
                    if event is None:
                        raise McpServerStartupError(", ".join(pending), "the connection closed while it started")
                    if not isinstance(event, UnknownNotification) and event.params.error:
                        errors[event.params.name] = event.params.error
        except TimeoutError:
            raise McpServerStartupError(", ".join(pending), f"still starting after {timeout} s") from None
        finally:
            updates.close()

    async def oauth_login(
        self, name: str, *, scopes: list[str] | None = None, timeout_secs: int | None = None
    ) -> McpOauthLogin:
        """Start an OAuth login for the HTTP server ``name``: the URL to open comes back at once; ``await
        login.wait()`` for the ``mcpServer/oauthLogin/completed`` event.

        Raises:
            InvalidArgumentError: a blank name (nothing sent).
            RpcError, TransportError: mcpServer/oauth/login failed (e.g. no such server, or not an HTTP one).
        """
        _check_name("name", name)
        params: dict[str, object] = {"name": name}
        if scopes is not None:
            params["scopes"] = list(scopes)
        if timeout_secs is not None:
            params["timeoutSecs"] = timeout_secs
        # Listening before the request: a login that finishes at once is not missed.
        completions = self.runtime.events(methods=[OAUTH_COMPLETED], maxsize=64)
        try:
            result = await self.runtime.request_typed(ClientRequests.MCP_SERVER_OAUTH_LOGIN, params)
        except BaseException:
            completions.close()
            raise
        return McpOauthLogin(name, result.authorization_url, result.login_id, completions)

    async def reload(self) -> None:
        """Re-read the MCP server config (e.g. after ``client.config.write("mcp_servers.x", ...)``).

        Raises:
            RpcError, TransportError: config/mcpServer/reload failed.
        """
        await self.runtime.request_typed(ClientRequests.CONFIG_MCP_SERVER_RELOAD, None)

    async def call_tool(
        self, server: str, tool: str, arguments: Mapping[str, object] | None = None, *, thread_id: str
    ) -> t.McpServerToolCallResponse:
        """Call ``tool`` of ``server`` (running on ``thread_id``) directly, outside a model turn. A tool that ran
        and failed is a result with ``is_error`` True.

        Raises:
            InvalidArgumentError: a blank server or tool name, or arguments that are not a mapping (nothing sent).
            RpcError, TransportError: mcpServer/tool/call failed (e.g. no such server on the thread).
        """
        _check_name("server", server)
        _check_name("tool", tool)
        if arguments is not None and not isinstance(arguments, Mapping):
            raise InvalidArgumentError(f"MCP tool arguments must be a mapping, not {arguments!r}")
        params = {"threadId": thread_id, "server": server, "tool": tool, "arguments": dict(arguments or {})}
        return await self.runtime.request_typed(ClientRequests.MCP_SERVER_TOOL_CALL, params)

    async def read_resource(self, server: str, uri: str, *, thread_id: str | None = None) -> t.McpResourceReadResponse:
        """Read the resource ``uri`` of ``server`` (``contents``: text or blob parts).

        Raises:
            InvalidArgumentError: a blank server or uri (nothing sent).
            RpcError, TransportError: mcpServer/resource/read failed.
        """
        _check_name("server", server)
        _check_name("uri", uri)
        params: dict[str, object] = {"server": server, "uri": uri}
        if thread_id is not None:
            params["threadId"] = thread_id
        return await self.runtime.request_typed(ClientRequests.MCP_SERVER_RESOURCE_READ, params)

    def events(self, *, maxsize: int = 256) -> EventStream:
        """``mcpServer/startupStatus/updated`` and ``mcpServer/oauthLogin/completed`` as typed events (bounded:
        the oldest are dropped for a slow consumer). Close it (or ``async with``) when done."""
        return self.runtime.events(methods=list(MCP_EVENTS), maxsize=maxsize)


def accept_elicitation(content: Mapping[str, object] | None = None) -> dict[str, object]:
    """What an ``mcp_elicitation`` handler returns to accept, with the form's ``content`` (matching the request's
    ``requested_schema``); return ``"decline"`` or ``"cancel"`` otherwise."""
    if content is not None and not isinstance(content, Mapping):
        raise InvalidArgumentError(f"elicitation content must be a mapping, not {content!r}")
    return {"action": "accept", "content": dict(content) if content is not None else {}}


def is_tool_call_approval(request: PendingServerRequest[t.McpServerElicitationRequestParams]) -> bool:
    """True when the elicitation is codex asking to run an MCP tool (``_meta.codex_approval_kind``), not the MCP
    server asking the user something."""
    meta = getattr(request.params, "meta", None)
    return isinstance(meta, Mapping) and meta.get("codex_approval_kind") == "mcp_tool_call"


def _check_name(what: str, value: str) -> None:
    if not isinstance(value, str) or not value.strip():
        raise InvalidArgumentError(f"the MCP {what} must be a non-blank string, not {value!r}")


__all__ = [
    "MCP_EVENTS",
    "OAUTH_COMPLETED",
    "STARTUP_STATUS",
    "Mcp",
    "McpOauthLogin",
    "StatusDetail",
    "accept_elicitation",
    "is_tool_call_approval",
]
