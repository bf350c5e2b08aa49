"""Blocking twin of :mod:`codex_runtime.pool`: the pool lives on the portal loop, these wrappers block.

from codex_runtime.sync.pool import RuntimePool
with RuntimePool(ClientConfig(), size=4) as pool:
    session = pool.start_session(SessionConfig(cwd="/repo"))
    print(session.ask("What does this project do?").assistant_text)
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from types import TracebackType
from typing import Any, Self

from codex_runtime import pool as _pool
from codex_runtime.api.profiles import ClientConfig, PromptRunParams, RunProfile, SessionConfig
from codex_runtime.api.results import PromptRunEvent, PromptRunResult
from codex_runtime.pool import (
    MemberLostError,
    PoolBusyError,
    PoolClosedError,
    PoolError,
    PoolUnavailableError,
    SessionFailoverError,
)
from codex_runtime.runtime.runtime import Runtime
from codex_runtime.sync._portal import Portal, get_portal

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


class PoolPromptRunStream:
    """Blocking twin of :class:`codex_runtime.pool.PoolPromptRunStream`; ``with`` interrupts an unfinished turn."""

    def __init__(self, portal: Portal, stream: _pool.PoolPromptRunStream) -> None:
        self._portal = portal
        self._stream = stream
        self.thread_id = stream.thread_id
        self.turn_id = stream.turn_id

    def __iter__(self) -> Iterator[PromptRunEvent]:
        return self._portal.iterate(self._stream)

    def finish(self) -> PromptRunResult:
        return self._portal.call(self._stream.finish())

    def interrupt(self) -> None:
        self._portal.call(self._stream.interrupt())

    def close(self) -> None:
        self._portal.call(self._stream.aclose())

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class PoolSession:
    """Blocking twin of :class:`codex_runtime.pool.PoolSession` (the blocking ``Session`` API)."""

    def __init__(self, portal: Portal, session: _pool.PoolSession) -> None:
        self._portal = portal
        self._session = session

    def __repr__(self) -> str:
        return repr(self._session)

    @property
    def thread_id(self) -> str:
        return self._session.thread_id

    @property
    def config(self) -> SessionConfig:
        return self._session.config

    @property
    def is_closed(self) -> bool:
        return self._session.is_closed

    @property
    def member_index(self) -> int:
        return self._session.member_index

    @property
    def resumes(self) -> int:
        return self._session.resumes

    @property
    def runtime(self) -> Runtime:
        """The async Runtime of the current binding (its coroutines run on the portal loop)."""
        return self._session.runtime

    def profile(self) -> RunProfile:
        return self._session.profile()

    def ask(self, prompt: str) -> PromptRunResult:
        return self._portal.call(self._session.ask(prompt))

    def ask_with(self, params: PromptRunParams) -> PromptRunResult:
        return self._portal.call(self._session.ask_with(params))

    def ask_with_profile(self, prompt: str, profile: RunProfile) -> PromptRunResult:
        return self._portal.call(self._session.ask_with_profile(prompt, profile))

    def ask_stream(self, prompt: str) -> PoolPromptRunStream:
        return PoolPromptRunStream(self._portal, self._portal.call(self._session.ask_stream(prompt)))

    def ask_wait(self, prompt: str) -> PromptRunResult:
        return self._portal.call(self._session.ask_wait(prompt))

    def interrupt_turn(self, turn_id: str) -> None:
        self._portal.call(self._session.interrupt_turn(turn_id))

    def close(self) -> None:
        self._portal.call(self._session.close())


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
