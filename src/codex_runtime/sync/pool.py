"""Blocking twin of :mod:`codex_runtime.pool`: the pool lives on the portal loop, these wrappers block.

from codex_runtime.sync.pool import RuntimePool
with RuntimePool(ClientConfig(), size=4) as pool:
    session = pool.start_session(SessionConfig(cwd="/repo"))
    print(session.ask("What does this project do?").assistant_text)
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from types import TracebackType
from typing import Any, Self

from codex_runtime import pool as _pool
from codex_runtime.api.profiles import ClientConfig, PromptRunParams, RunProfile, SessionConfig
from codex_runtime.api.results import PromptRunResult
from codex_runtime.pool import (
    MemberLostError,
    PoolBusyError,
    PoolClosedError,
    PoolError,
    PoolUnavailableError,
    SessionFailoverError,
)
from codex_runtime.sync._portal import Portal, get_portal
from codex_runtime.sync._twins import PromptRunStream, Session

__all__ = [
    "MemberLostError",
    "PoolBusyError",
    "PoolClosedError",
    "PoolError",
    "PoolPromptRunStream",
    "PoolSession",
    "PoolUnavailableError",
    "RuntimePool",
    "SessionFailoverError",
]


PoolPromptRunStream = PromptRunStream
"""Blocking twin of :class:`codex_runtime.pool.PoolPromptRunStream` (the same blocking stream API)."""


class PoolSession(Session):
    """Blocking twin of :class:`codex_runtime.pool.PoolSession`: the blocking ``Session`` API, plus where it runs."""

    _session: _pool.PoolSession

    def __init__(self, portal: Portal, session: _pool.PoolSession) -> None:
        super().__init__(portal, session)

    def __repr__(self) -> str:
        return repr(self._session)

    @property
    def member_index(self) -> int:
        return self._session.member_index

    @property
    def resumes(self) -> int:
        return self._session.resumes


class RuntimePool:
    """Blocking twin of :class:`codex_runtime.pool.RuntimePool`: ``with RuntimePool(config, size=4) as pool: ...``.

    Takes the same arguments.
    """

    def __init__(
        self,
        config: ClientConfig | None = None,
        *,
        size: int | None = None,
        endpoints: Sequence[str] | None = None,
        codex_homes: Sequence[str | os.PathLike[str]] | None = None,
        shared_codex_home: bool | None = None,
        max_turns_per_member: int = 4,
        acquire_timeout: float = 60.0,
        start_timeout: float = 60.0,
        restart: bool = True,
        max_restarts: int | None = None,
    ) -> None:
        self._portal = get_portal()
        self._pool = _pool.RuntimePool(
            config,
            size=size,
            endpoints=endpoints,
            codex_homes=codex_homes,
            shared_codex_home=shared_codex_home,
            max_turns_per_member=max_turns_per_member,
            acquire_timeout=acquire_timeout,
            start_timeout=start_timeout,
            restart=restart,
            max_restarts=max_restarts,
        )

    def __repr__(self) -> str:
        return repr(self._pool)

    @property
    def size(self) -> int:
        return self._pool.size

    @property
    def is_closed(self) -> bool:
        return self._pool.is_closed

    @property
    def pool(self) -> _pool.RuntimePool:
        """The async pool (its coroutines run on the portal loop: use ``portal.call``)."""
        return self._pool

    def stats(self) -> list[dict[str, Any]]:
        return self._pool.stats()

    def start(self) -> None:
        self._portal.call(self._pool.start())

    def shutdown(self) -> None:
        self._portal.call(self._pool.shutdown())

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.shutdown()

    def start_session(self, config: SessionConfig) -> PoolSession:
        return PoolSession(self._portal, self._portal.call(self._pool.start_session(config)))

    def resume_session(self, thread_id: str, config: SessionConfig) -> PoolSession:
        return PoolSession(self._portal, self._portal.call(self._pool.resume_session(thread_id, config)))

    def run(self, cwd: str | os.PathLike[str], prompt: str) -> PromptRunResult:
        return self._portal.call(self._pool.run(cwd, prompt))

    def run_with(self, params: PromptRunParams) -> PromptRunResult:
        return self._portal.call(self._pool.run_with(params))

    def run_with_profile(self, cwd: str | os.PathLike[str], prompt: str, profile: RunProfile) -> PromptRunResult:
        return self._portal.call(self._pool.run_with_profile(cwd, prompt, profile))
