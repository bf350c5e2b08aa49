"""The body of a Ray actor: :class:`CodexWorker` owns a small :class:`~codex_runtime.pool.RuntimePool` on its node
and runs batch tasks on it. Plain asyncio, no Ray import: Ray wraps it (``ray.remote(CodexWorker)``) as an async
actor, and tests can drive it directly.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import time
from collections.abc import Callable
from typing import Any

from codex_runtime.api.profiles import ClientConfig, PromptRunParams, RunProfile
from codex_runtime.pool import RuntimePool
from codex_runtime.ray.tasks import BatchTask, TaskFailure, TaskOutcome, classify_failure

WorkerSetup = Callable[[ClientConfig], contextlib.AbstractContextManager[ClientConfig]]
"""Runs inside the worker before its pool starts: given the ClientConfig, a context manager whose value is the
ClientConfig to use (e.g. prepare a CODEX_HOME on that node, or start a MockModel in tests); exited at shutdown.
It is pickled to the worker, so define it at module level in an importable module."""


class CodexWorker:
    """Runs batch tasks on a pool of ``pool_size`` app-servers on this machine.

    Args:
        client_config: how each app-server is started on the worker's node (CODEX_HOME, binary, overrides).
        pool_size: app-server processes in this worker.
        max_turns_per_member: concurrent turns per app-server (the worker's capacity is the product).
        setup: an optional :data:`WorkerSetup`, run on the worker before the pool starts.
        start_timeout: deadline for starting each app-server.
    """

    def __init__(
        self,
        client_config: ClientConfig | None = None,
        *,
        pool_size: int = 1,
        max_turns_per_member: int = 2,
        setup: WorkerSetup | None = None,
        start_timeout: float = 60.0,
    ) -> None:
        self._base_config = client_config or ClientConfig()
        self._pool_size = pool_size
        self._max_turns = max_turns_per_member
        self._setup = setup
        self._start_timeout = start_timeout
        self._exit_stack = contextlib.ExitStack()
        self._pool: RuntimePool | None = None
        self._start_lock: asyncio.Lock | None = None
        self.name = f"{socket.gethostname()}:{os.getpid()}"

    @property
    def capacity(self) -> int:
        """How many tasks this worker runs at once."""
        return self._pool_size * self._max_turns

    async def start(self) -> dict[str, Any]:
        """Run the setup and start the pool (idempotent; also done by the first :meth:`run`).

        Raises:
            As :meth:`codex_runtime.pool.RuntimePool.start`, or whatever the setup raises.
        """
        if self._start_lock is None:
            self._start_lock = asyncio.Lock()
        async with self._start_lock:
            if self._pool is None:
                config = self._base_config
                if self._setup is not None:
                    config = self._exit_stack.enter_context(self._setup(config))
                pool = RuntimePool(
                    config,
                    size=self._pool_size,
                    max_turns_per_member=self._max_turns,
                    start_timeout=self._start_timeout,
                )
                await pool.start()
                self._pool = pool
        return {"worker": self.name, "capacity": self.capacity, "node": socket.gethostname(), "pid": os.getpid()}

    async def run(self, index: int, task: BatchTask, attempt: int = 1) -> TaskOutcome:
        """Run one task; every failure comes back as a :class:`TaskFailure`, never raised.

        ``cwd`` must exist on this machine (else the failure kind is ``"workspace_not_found"``).
        """
        started = time.monotonic()

        def outcome(**fields: Any) -> TaskOutcome:
            return TaskOutcome(
                index=index,
                task=task,
                attempts=attempt,
                worker=self.name,
                seconds=time.monotonic() - started,
                **fields,
            )

        missing = _missing_workspace(task.cwd)
        if missing is not None:
            return outcome(failure=TaskFailure("workspace_not_found", "FileNotFoundError", missing, retryable=False))
        try:
            await self.start()
            assert self._pool is not None
            params = PromptRunParams.from_profile(task.cwd, task.prompt, task.profile or RunProfile())
            result = await self._pool.run_with(params)
        except Exception as exc:
            return outcome(failure=classify_failure(exc))
        return outcome(result=result)

    async def stats(self) -> list[dict[str, Any]]:
        """The pool's per-member stats (empty before start)."""
        return self._pool.stats() if self._pool is not None else []

    async def shutdown(self) -> None:
        """Stop the pool and exit the setup (bounded, idempotent)."""
        pool, self._pool = self._pool, None
        try:
            if pool is not None:
                await pool.shutdown()
        finally:
            self._exit_stack.close()


def _missing_workspace(cwd: str) -> str | None:
    """Why ``cwd`` cannot be a workspace on this machine, or None (one stat: cheap enough for the loop)."""
    if os.path.isdir(cwd):
        return None
    return f"workspace {cwd!r} is not a directory on {socket.gethostname()}"


__all__ = ["CodexWorker", "WorkerSetup"]
