"""Supervision: the one owner of "which Runtime is current" for a client, and what happens when it is lost.

A :class:`Supervisor` connects the first :class:`Runtime` and, under a :class:`RestartPolicy`, replaces it when it
ends (the process exits, the socket drops) or hangs (a heartbeat request gets no answer in time: a local server is
then SIGKILLed, a remote connection closed, and it is handled like a dead one). A replacement is initialized and
every registered restorer runs on it (the api layer's sessions resume their threads there) before the supervisor
reports ALIVE again. Without a policy nothing is restarted: a lost runtime stays current (its calls raise the
transport error) and the state is FAILED.

Used by :class:`~codex_runtime.Client` (and so by each member of a ``RuntimePool`` and by ``serve``); everyone asks
``supervisor.runtime`` (or ``await supervisor.ready()``) instead of keeping a Runtime of their own.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import logging
import os
import signal
import weakref
from collections.abc import Awaitable, Callable
from typing import TypeAlias

from codex_runtime.errors import (
    AppServerRestartedError,
    NotConnectedError,
    RestartPolicyExhaustedError,
    RpcError,
    RpcTimeoutError,
    TransportError,
)
from codex_runtime.rpc.callbacks import Callbacks
from codex_runtime.runtime.config import ClientConfig
from codex_runtime.runtime.restart import RestartBudget, RestartPolicy
from codex_runtime.runtime.runtime import Runtime

logger = logging.getLogger("codex_runtime.supervisor")

HEARTBEAT_METHOD = "thread/loaded/list"
"""The liveness probe: answered from the server's memory (no disk, no network), present in every supported codex."""

Restorer: TypeAlias = Callable[[Runtime], Awaitable[None]]
Connector: TypeAlias = Callable[[ClientConfig], Awaitable[Runtime]]


class SupervisorState(enum.StrEnum):
    STARTING = "starting"
    ALIVE = "alive"
    RESTARTING = "restarting"
    FAILED = "failed"
    """No restart will come: the policy is off or exhausted."""
    STOPPED = "stopped"


class Supervisor:
    """Owns the current :class:`Runtime` of one client and restarts it under ``config.restart`` (module docstring).

    Attributes:
        config: how the app-server is started or reached; ``config.restart`` is the policy (None: off).
        generation: bumped each time a new runtime becomes current (1 after the first connect).
        restarts: successful restarts so far.
        attempts: restart attempts so far (successful or not).
        last_error: why the last runtime was lost or the last attempt failed, or None.
    """

    def __init__(self, config: ClientConfig, *, connect: Connector | None = None) -> None:
        self.config = config
        self.policy: RestartPolicy | None = config.restart
        self._connect: Connector = connect or Runtime.connect
        self._runtime: Runtime | None = None
        self.state = SupervisorState.STARTING
        self.generation = 0
        self.restarts = 0
        self.attempts = 0
        self.last_error: str | None = None
        self.failure: RestartPolicyExhaustedError | None = None
        """Set when the supervisor gave up; every later call raises it."""
        self._budget = RestartBudget(self.policy) if self.policy is not None else None
        self._settled = asyncio.Event()
        """Set while no restart is in progress."""
        self._restorers: dict[int, Callable[[], Restorer | None]] = {}
        self._next_restorer = 0
        self._listeners = Callbacks[Callable[[SupervisorState], None]]("supervisor listener", logger)
        self._tasks: set[asyncio.Task[None]] = set()
        self._unsubscribe: Callable[[], None] | None = None
        self._stop = asyncio.Event()

    def __repr__(self) -> str:
        return f"<Supervisor {self.state} gen={self.generation} restarts={self.restarts}>"

    @classmethod
    def around(cls, runtime: Runtime) -> Supervisor:
        """An unsupervised holder of an already connected ``runtime`` (nothing is ever restarted)."""
        supervisor = cls(runtime.config.replace(restart=None))
        supervisor._install(runtime)
        supervisor._go_alive(runtime)
        return supervisor

    # --- the current runtime ------------------------------------------------------------------------------------

    @property
    def supervised(self) -> bool:
        return self.policy is not None

    @property
    def runtime(self) -> Runtime:
        """The current runtime (a lost one stays current until its replacement is ready).

        Raises:
            NotConnectedError: not connected yet.
        """
        if self._runtime is None:
            raise NotConnectedError("not connected; use `async with` or connect()")
        return self._runtime

    async def start(self) -> Runtime:
        """Connect the first runtime (its failure is raised, not retried).

        Raises:
            CodexBinaryNotFoundError, TransportError, IncompatibleCodexVersionError, RpcError: as Runtime.connect.
        """
        if self._runtime is None:
            runtime = await self._connect(self.config)
            self._install(runtime)
            self._go_alive(runtime)
        return self.runtime

    def _install(self, runtime: Runtime) -> None:
        """Make ``runtime`` the current one (a new generation), still settling until :meth:`_go_alive`."""
        if self._unsubscribe is not None:
            self._unsubscribe()
        self._runtime = runtime
        self.generation += 1
        generation = self.generation
        self._unsubscribe = runtime.on_close(lambda error: self._lost(generation, error))

    def _go_alive(self, runtime: Runtime) -> None:
        self._set_state(SupervisorState.ALIVE)
        self._settled.set()
        if self.policy is not None and self.policy.heartbeat_interval is not None:
            self._spawn(self._heartbeat(runtime, self.generation), "codex-heartbeat")
        if runtime.is_closed:  # lost before we subscribed
            self._lost(self.generation, runtime.terminal_error or TransportError("connection closed"))

    async def ready(self) -> Runtime:
        """The current runtime, once no restart is in progress (waits, bounded by the policy).

        Raises:
            RestartPolicyExhaustedError: the supervisor gave up.
            NotConnectedError: not connected, or shut down.
        """
        if not self._settled.is_set() and self.policy is not None:
            bound = (self.policy.max_restarts + 1) * (self.policy.start_timeout + self.policy.max_backoff)
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(bound):
                    await self._settled.wait()
        if self.failure is not None:
            raise self.failure
        if self.state is SupervisorState.RESTARTING:
            raise AppServerRestartedError("the app-server is still restarting")
        return self.runtime

    def lost_call(
        self, runtime: Runtime, error: TransportError, *, thread_id: str | None, turn_id: str | None
    ) -> TransportError:
        """The error to raise for a call on ``runtime`` that failed with ``error``: an
        :class:`AppServerRestartedError` when the supervisor is replacing that runtime, the give-up error when it
        gave up, else ``error`` itself."""
        if self.policy is None or isinstance(error, AppServerRestartedError) or self._stop.is_set():
            return error
        if not runtime.is_closed:
            return error
        if self.failure is not None:
            return self.failure
        return AppServerRestartedError(thread_id=thread_id, turn_id=turn_id, cause=error)

    # --- observers ----------------------------------------------------------------------------------------------

    def add_restorer(self, restorer: Restorer) -> Callable[[], None]:
        """Run ``restorer(new_runtime)`` after each restart, before the supervisor reports ALIVE. A bound method is
        held weakly (an abandoned session does not stay registered). Returns the unsubscribe."""
        key = self._next_restorer
        self._next_restorer += 1
        if hasattr(restorer, "__self__") and hasattr(restorer, "__func__"):
            self._restorers[key] = weakref.WeakMethod(restorer)
        else:
            self._restorers[key] = lambda: restorer
        return lambda: self._restorers.pop(key, None) and None

    def on_change(self, listener: Callable[[SupervisorState], None]) -> Callable[[], None]:
        """Call ``listener(state)`` (cheap, maybe on the reader) on every state change. Returns the unsubscribe."""
        return self._listeners.add(listener)

    def _set_state(self, state: SupervisorState) -> None:
        if state is self.state:
            return
        self.state = state
        self._listeners.call_each(state)

    # --- loss and restart ---------------------------------------------------------------------------------------

    def _lost(self, generation: int, error: TransportError) -> None:
        """The runtime of ``generation`` ended (on its reader: must not block)."""
        if generation != self.generation or self.state is not SupervisorState.ALIVE or self._stop.is_set():
            return
        self.last_error = _first_line(error)
        budget = self._budget
        if budget is None:
            self._set_state(SupervisorState.FAILED)
            return
        if budget.exhausted(asyncio.get_running_loop().time()):
            self._give_up()
            return
        logger.warning("app-server lost (%s); restarting", self.last_error)
        self._settled.clear()
        self._set_state(SupervisorState.RESTARTING)
        self._spawn(self._restart(), "codex-restart")

    def _give_up(self) -> None:
        self.failure = RestartPolicyExhaustedError(self.attempts, self.last_error or "lost")
        logger.error("%s", self.failure)
        self._set_state(SupervisorState.FAILED)
        self._settled.set()

    async def _restart(self) -> None:
        assert self._budget is not None and self.policy is not None
        loop = asyncio.get_running_loop()
        if self._runtime is not None:
            await self._runtime.shutdown()  # reaps what is left of the old process group (bounded)
        while not self._stop.is_set():
            if self._budget.exhausted(loop.time()):
                self._give_up()
                return
            delay = self._budget.delay(loop.time())
            if delay > 0:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._stop.wait(), delay)  # sleeps the backoff unless shut down
                if self._stop.is_set():
                    return
            self._budget.record(loop.time())
            self.attempts += 1
            runtime: Runtime | None = None
            try:
                async with asyncio.timeout(self.policy.start_timeout):
                    # The sessions' threads are resumed from CODEX_HOME; a saved snapshot would be stale by now.
                    runtime = await self._connect(self.config.replace(restore_state=None))
                    if self._stop.is_set():
                        raise asyncio.CancelledError
                    self._install(runtime)  # sessions resume on it, while callers still wait in ready()
                    await self._restore(runtime)
            except BaseException as exc:
                if runtime is not None:
                    await asyncio.shield(runtime.shutdown())  # never leave a half-restored server running
                if not isinstance(exc, Exception):
                    raise
                self.last_error = f"restart attempt {self.attempts} failed: {_first_line(exc)}"
                logger.warning("%s", self.last_error)
                continue
            if runtime.is_closed:
                self.last_error = f"restart attempt {self.attempts}: the new app-server was lost at once"
                continue
            self.restarts += 1
            logger.info("app-server restarted (restart %d, pid %s)", self.restarts, runtime.server_pid)
            self._go_alive(runtime)
            return

    async def _restore(self, runtime: Runtime) -> None:
        """Run every restorer on the new runtime, concurrently; one's failure is logged, never stops the others
        (that session retries at its next call)."""
        restorers = [r for r in (ref() for ref in list(self._restorers.values())) if r is not None]
        results = await asyncio.gather(*(r(runtime) for r in restorers), return_exceptions=True)
        for result in results:
            if isinstance(result, BaseException):
                logger.warning("resuming a session on the restarted app-server failed: %s", _first_line(result))
        if runtime.is_closed:
            raise runtime.terminal_error or TransportError("the new app-server was lost while resuming")

    # --- hang detection -----------------------------------------------------------------------------------------

    async def _heartbeat(self, runtime: Runtime, generation: int) -> None:
        assert self.policy is not None and self.policy.heartbeat_interval is not None
        interval, timeout = self.policy.heartbeat_interval, self.policy.heartbeat_timeout
        while generation == self.generation and not runtime.is_closed and not self._stop.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop.wait(), interval)  # the pause between probes
            if self._stop.is_set() or runtime.is_closed:
                return
            if not runtime.healthy:
                self._kill_hung(runtime, f"unhealthy: {runtime.health_problem}")
                return
            try:
                await runtime.request(HEARTBEAT_METHOD, {}, timeout=timeout)
            except RpcTimeoutError:
                self._kill_hung(runtime, f"no answer to a heartbeat within {timeout:g}s")
                return
            except RpcError:
                continue  # it answered (with an error): alive
            except TransportError:
                return  # lost: the close callback restarts it

    def _kill_hung(self, runtime: Runtime, reason: str) -> None:
        """A hung server is handled like a dead one: kill it; its connection's end triggers the restart."""
        runtime.mark_unhealthy(reason)
        logger.warning("app-server hangs (%s); killing it", reason)
        pid = runtime.server_pid
        if pid is not None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(pid, signal.SIGKILL)  # also a stopped process; the reader then sees the exit
        else:
            self._spawn(runtime.shutdown(), "codex-close-hung")

    # --- lifecycle ----------------------------------------------------------------------------------------------

    def _spawn(self, coroutine: Awaitable[None], name: str) -> None:
        task = asyncio.ensure_future(coroutine)
        task.set_name(name)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def shutdown(self) -> None:
        """Stop supervising and close the current runtime (bounded, idempotent)."""
        self._stop.set()
        self._set_state(SupervisorState.STOPPED)
        self._settled.set()
        current = asyncio.current_task()
        tasks = [t for t in self._tasks if t is not current]
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
        if self._runtime is not None:
            await self._runtime.shutdown()


def _first_line(error: BaseException) -> str:
    text = str(error).splitlines()[0] if str(error) else ""
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


__all__ = ["HEARTBEAT_METHOD", "Supervisor", "SupervisorState"]
