"""Every web session by id: per-tenant bounds, ownership checked on every lookup, the workspace policy (a
session's cwd stays inside the server's root), and the sessions kept in the store (:meth:`SessionRegistry.restore`
at startup; each session writes its own changes through the registry's journal)."""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Callable

from codex_runtime.api.client import Client
from codex_runtime.api.profiles import SessionConfig
from codex_runtime.api.session import Session
from codex_runtime.errors import CodexRuntimeError
from codex_runtime.web.errors import WebError, upstream_error
from codex_runtime.web.journal import SessionJournal
from codex_runtime.web.restore import restored_session
from codex_runtime.web.sessions import WebSession
from codex_runtime.web.settings import WebSettings
from codex_runtime.web.store import InMemorySessionStore, StoredSession

logger = logging.getLogger("codex_runtime.web")


class SessionRegistry:
    """Every web session, by id, with per-tenant bounds. Ownership is checked on every lookup."""

    def __init__(self, settings: WebSettings, journal: SessionJournal | None = None) -> None:
        self.settings = settings
        self.root = settings.resolved_root()
        self.journal = journal or SessionJournal(InMemorySessionStore())
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
        web_session = WebSession.started(
            tenant=tenant, session=session, settings=self.settings, cwd_label=cwd_label, journal=self.journal
        )
        self._sessions[web_session.id] = web_session
        await web_session.save()
        return web_session

    async def forget_old_closed(self, tenant: str) -> None:
        """Keep at most ``max_closed_sessions_per_tenant`` closed sessions of ``tenant`` (oldest go first), here
        and in the store."""
        closed = sorted(
            (s for s in self._sessions.values() if s.tenant == tenant and s.state == "closed"),
            key=lambda s: s.closed_at or 0.0,
        )
        for session in closed[: max(0, len(closed) - self.settings.max_closed_sessions_per_tenant)]:
            self._sessions.pop(session.id, None)
            await self.journal.forget(session.id)

    # --- after a restart -------------------------------------------------------------------------------------

    async def restore(self, stored: list[StoredSession], client: Callable[[], Client]) -> int:
        """Take back the stored sessions (each tenant's, as they were); their threads are resumed through
        ``client()`` on first use. Returns how many were restored. A stored session that cannot be rebuilt (its
        settings no longer make a valid config) is logged and skipped.
        """

        async def resume(thread_id: str, config: SessionConfig) -> Session:
            self._check_resumable(config)
            return await client().resume_session(thread_id, config)

        restored = 0
        for entry in stored:
            if entry.row.session_id in self._sessions:
                continue
            try:
                web, corrected, dropped = restored_session(
                    entry, settings=self.settings, journal=self.journal, resume=resume
                )
            except ValueError as exc:
                logger.warning("stored session %s skipped: %s", entry.row.session_id, exc)
                continue
            self._sessions[web.id] = web
            restored += 1
            await self.journal.turns(corrected)
            await self.journal.forget(web.id, dropped)
        for tenant in {s.tenant for s in self._sessions.values()}:
            await self.forget_old_closed(tenant)
        return restored

    def _check_resumable(self, config: SessionConfig) -> None:
        """The server's current policy still allows the stored session (safe defaults never widen by a restart).

        Raises:
            WebError: 403 for a policy or sandbox this server no longer allows; 409 for a working directory that
                is gone or outside the current workspace root.
        """
        if config.approval_policy not in self.settings.allowed_approval_policies:
            raise WebError(403, f"approval policy {config.approval_policy!r} is no longer allowed by this server")
        if config.sandbox not in self.settings.allowed_sandboxes:
            raise WebError(403, f"sandbox {config.sandbox!r} is no longer allowed by this server")
        cwd = os.path.realpath(config.cwd)
        if os.path.commonpath([self.root, cwd]) != self.root or not os.path.isdir(cwd):
            raise WebError(409, "the session's working directory is gone or outside this server's workspace root")

    def end_streams(self) -> None:
        """Let every event stream finish (the server is stopping)."""
        for session in self._sessions.values():
            session.events.end()

    async def shutdown(self) -> None:
        await asyncio.gather(*(s.shutdown() for s in self._sessions.values() if s.state != "closed"))


__all__ = ["SessionRegistry"]
