"""Every web session by id: per-tenant bounds, ownership checked on every lookup, and the workspace policy
(a session's cwd stays inside the server's root)."""

from __future__ import annotations

import asyncio
import os

from codex_runtime.api.client import Client
from codex_runtime.api.profiles import SessionConfig
from codex_runtime.errors import CodexRuntimeError
from codex_runtime.web.errors import WebError, upstream_error
from codex_runtime.web.sessions import WebSession
from codex_runtime.web.settings import WebSettings


class SessionRegistry:
    """Every web session, by id, with per-tenant bounds. Ownership is checked on every lookup."""

    def __init__(self, settings: WebSettings) -> None:
        self.settings = settings
        self.root = settings.resolved_root()
        self._sessions: dict[str, WebSession] = {}
        self._creating: dict[str, int] = {}

    def resolve_cwd(self, cwd: str | None) -> tuple[str, str]:
        """``(absolute path, label relative to the root)`` of a requested working directory.

        Raises:
            WebError: 400 when it escapes the workspace root, contains NUL or is not a directory.
        """
        if cwd is not None and "\x00" in cwd:
            raise WebError(400, "cwd must not contain a NUL character")  # realpath would raise ValueError: a 500
        candidate = os.path.realpath(os.path.join(self.root, cwd or "."))
        if os.path.commonpath([self.root, candidate]) != self.root:
            raise WebError(400, "cwd must stay inside the server's workspace root")
        if not os.path.isdir(candidate):
            raise WebError(400, "cwd is not an existing directory inside the workspace root")
        return candidate, os.path.relpath(candidate, self.root)

    def get(self, tenant: str, session_id: str) -> WebSession:
        """The tenant's session ``session_id``.

        Raises:
            WebError: 404 for a missing id and for another tenant's session alike.
        """
        session = self._sessions.get(session_id)
        if session is None or session.tenant != tenant:
            raise WebError(404, "no such session")
        return session

    def for_tenant(self, tenant: str) -> list[WebSession]:
        return [s for s in self._sessions.values() if s.tenant == tenant]

    def all(self) -> list[WebSession]:
        return list(self._sessions.values())

    async def create(self, client: Client, tenant: str, config: SessionConfig, cwd_label: str) -> WebSession:
        """Start a session for ``tenant`` (thread/start).

        Raises:
            WebError: 429 at the tenant's session cap; upstream errors as mapped.
        """
        live = sum(1 for s in self._sessions.values() if s.tenant == tenant and s.state != "closed")
        if live + self._creating.get(tenant, 0) >= self.settings.max_sessions_per_tenant:
            raise WebError(
                429, f"at most {self.settings.max_sessions_per_tenant} open sessions per tenant; close one first"
            )
        self._creating[tenant] = self._creating.get(tenant, 0) + 1
        try:
            session = await client.start_session(config)
        except CodexRuntimeError as exc:
            raise upstream_error(exc, "starting the session") from exc
        finally:
            self._creating[tenant] -= 1
        web_session = WebSession(tenant=tenant, session=session, settings=self.settings, cwd_label=cwd_label)
        self._sessions[web_session.id] = web_session
        return web_session

    def forget_old_closed(self, tenant: str) -> None:
        """Keep at most ``max_closed_sessions_per_tenant`` closed sessions of ``tenant`` (oldest go first)."""
        closed = sorted(
            (s for s in self._sessions.values() if s.tenant == tenant and s.state == "closed"),
            key=lambda s: s.closed_at or 0.0,
        )
        for session in closed[: max(0, len(closed) - self.settings.max_closed_sessions_per_tenant)]:
            self._sessions.pop(session.id, None)

    def end_streams(self) -> None:
        """Let every event stream finish (the server is stopping)."""
        for session in self._sessions.values():
            session.events.end()

    async def shutdown(self) -> None:
        await asyncio.gather(*(s.shutdown() for s in self._sessions.values() if s.state != "closed"))


__all__ = ["SessionRegistry"]
