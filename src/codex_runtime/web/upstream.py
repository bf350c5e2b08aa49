"""The codex side of a web session: :class:`Upstream` holds the :class:`~codex_runtime.Session` behind it.

A session restored from the store has no :class:`Session` until its first action, which resumes the thread (once,
even for concurrent callers). While a Session is attached, the web session's approval queue is bound to that
Session's runtime as its thread's handler; when a supervised client restarts a lost app-server, the binding
follows the session to the new runtime. Everything bound is released once, by :meth:`Upstream.release`.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable, Sequence

from codex_runtime.api.profiles import SessionConfig
from codex_runtime.api.session import Session
from codex_runtime.errors import CodexRuntimeError
from codex_runtime.runtime.runtime import Runtime
from codex_runtime.runtime.server_requests import PendingServerRequest
from codex_runtime.web.approvals import ApprovalQueue
from codex_runtime.web.errors import WebError, upstream_error

Resumer = Callable[[str, SessionConfig], Awaitable[Session]]
"""Resumes a stored session's thread (thread/resume): ``(thread_id, config) -> Session``."""


class Upstream:
    """The :class:`Session` of one web session's thread, attached at once or resumed on first use.

    ``on_resumed`` is called after a resume attached a Session (before any caller gets it).
    """

    def __init__(
        self,
        thread_id: str,
        config: SessionConfig,
        approvals: ApprovalQueue,
        *,
        resume: Resumer | None = None,
        on_resumed: Callable[[], None] = lambda: None,
    ) -> None:
        self._thread_id = thread_id
        self._config = config
        self._approvals = approvals
        self._resume = resume
        self._on_resumed = on_resumed
        self._session: Session | None = None
        self._resume_lock = asyncio.Lock()
        self._bindings = contextlib.ExitStack()  # released once, when the session closes or the app stops
        self._runtime_bindings = contextlib.ExitStack()  # the approval queue on the current app-server

    @property
    def session(self) -> Session | None:
        """The attached Session (None until a restored thread is resumed)."""
        return self._session

    def pending_requests(self) -> Sequence[PendingServerRequest]:
        """The thread's server requests still waiting for an answer (none while no Session is attached)."""
        session = self._session
        return session.runtime.pending_server_requests(self._thread_id) if session is not None else ()

    def attach(self, session: Session) -> None:
        """Make ``session`` the upstream and bind the approval queue to its runtime (and to its restarts)."""
        self._session = session
        self._runtime_bindings = self._bind_runtime(session.runtime)
        # A supervised client restarts a lost app-server: the approval queue follows the session to the new one.
        self._bindings.callback(session.supervisor.add_restorer(self._rebind))
        self._bindings.callback(lambda: self._runtime_bindings.close())

    def replace(self, session: Session) -> None:
        """Continue on a fresh handle of the same thread on the same runtime (the bindings stay)."""
        self._session = session

    def release(self) -> None:
        """Unbind the approval queue from every runtime. Idempotent."""
        self._bindings.close()

    def _bind_runtime(self, runtime: Runtime) -> contextlib.ExitStack:
        stack = contextlib.ExitStack()
        stack.callback(runtime.on_server_request_retired(self._approvals.retired))
        stack.callback(runtime.push_handler(self._thread_id, self._approvals.handle))
        return stack

    async def _rebind(self, runtime: Runtime) -> None:
        self._runtime_bindings.close()
        self._runtime_bindings = self._bind_runtime(runtime)

    async def live(self) -> Session:
        """The Session, resuming a restored thread first (once, even for concurrent callers).

        Raises:
            WebError: 409 when there is nothing to resume; the resume was refused or failed (mapped from the
                runtime error).
        """
        async with self._resume_lock:
            if self._session is None:
                if self._resume is None:
                    raise WebError(409, "the session has no thread to resume")
                try:
                    session = await self._resume(self._thread_id, self._config)
                except CodexRuntimeError as exc:
                    raise upstream_error(exc, "resuming the thread") from exc
                self.attach(session)
                self._on_resumed()
                return session
            return self._session


__all__ = ["Resumer", "Upstream"]
