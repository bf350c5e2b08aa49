"""One pool member: a supervised :class:`~codex_runtime.Client` on one app-server, its turn slots and its counters.

The member does not restart anything itself: its Client's :class:`~codex_runtime.runtime.supervisor.Supervisor`
(the pool's restart policy in the member's ClientConfig) restarts a lost app-server and resumes the member's
sessions on it. The member reads its state, generation and restarts from that supervisor and reports each change
to the pool (placement wakes its waiters).
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import logging
import random
from collections.abc import AsyncIterator, Callable
from typing import Any

from codex_runtime.api.client import Client
from codex_runtime.errors import ProcessExitedError
from codex_runtime.pool.errors import PoolBusyError
from codex_runtime.runtime.config import ClientConfig
from codex_runtime.runtime.supervisor import SupervisorState

logger = logging.getLogger("codex_runtime.pool")

ChangeCallback = Callable[["PoolMember"], None]


class MemberState(enum.StrEnum):
    STARTING = "starting"
    ALIVE = "alive"
    RESTARTING = "restarting"
    FAILED = "failed"
    STOPPED = "stopped"


_FROM_SUPERVISOR = {
    SupervisorState.STARTING: MemberState.STARTING,
    SupervisorState.ALIVE: MemberState.ALIVE,
    SupervisorState.RESTARTING: MemberState.RESTARTING,
    SupervisorState.FAILED: MemberState.FAILED,
    SupervisorState.STOPPED: MemberState.STOPPED,
}


class PoolMember:
    """One app-server of a pool (see the module docstring). Created and driven by :class:`RuntimePool`."""

    def __init__(self, index: int, config: ClientConfig, *, max_turns: int, on_change: ChangeCallback) -> None:
        self.index = index
        self.config = config
        self.client: Client | None = None
        self.sessions = 0
        self.active_turns = 0
        self.waiting_turns = 0
        self.turns_completed = 0
        self.turns_failed = 0
        self._stopped = False
        self._start_error: str | None = None
        self._slots = asyncio.Semaphore(max_turns)
        self._settled = asyncio.Event()
        """Set while the member is ALIVE, FAILED or STOPPED; clear while it is (re)starting."""
        self._on_change = on_change
        self._unsubscribe: Callable[[], None] | None = None

    def __repr__(self) -> str:
        return f"<PoolMember {self.index} {self.state} gen={self.generation} sessions={self.sessions}>"

    # --- state (read from the client's supervisor) -------------------------------------------------------------

    @property
    def state(self) -> MemberState:
        if self._stopped:
            return MemberState.STOPPED
        if self.client is None:
            return MemberState.FAILED if self._start_error is not None else MemberState.STARTING
        return _FROM_SUPERVISOR[self.client.supervisor.state]

    @property
    def is_alive(self) -> bool:
        return self.state is MemberState.ALIVE and self.client is not None and not self.client.runtime.is_closed

    @property
    def generation(self) -> int:
        """Bumped each time a new app-server connection becomes current (1 after the first start)."""
        return self.client.supervisor.generation if self.client is not None else 0

    @property
    def restarts(self) -> int:
        """Successful restarts of this member's app-server."""
        return self.client.supervisor.restarts if self.client is not None else 0

    @property
    def last_error(self) -> str | None:
        """Why the app-server was last lost (or a restart failed, or the start failed), else None."""
        if self.client is None:
            return self._start_error
        supervisor = self.client.supervisor
        if supervisor.failure is not None:
            return str(supervisor.failure)
        if supervisor.state is SupervisorState.FAILED and supervisor.last_error is not None:
            return f"lost ({supervisor.last_error}); restart is off"
        return supervisor.last_error

    @property
    def pid(self) -> int | None:
        """The app-server's process id (its process group id too) for a local member, else None."""
        if self.client is None or self.config.endpoint is not None:
            return None
        return self.client.runtime.server_pid

    @property
    def codex_home(self) -> str | None:
        """The CODEX_HOME the server reported (``initialize``), else the configured one, else None."""
        if self.client is not None and self.client.runtime.codex_home is not None:
            return str(self.client.runtime.codex_home)
        return self.config.process_env.get("CODEX_HOME")

    def load_key(self) -> tuple[int, int, int, int]:
        """Placement order: fewest open sessions, then fewest running or queued turns, then fewest turns so far
        (so one-shot runs rotate), then lowest index."""
        turns = self.turns_completed + self.turns_failed
        return (self.sessions, self.active_turns + self.waiting_turns, turns, self.index)

    def stats(self) -> dict[str, Any]:
        """A JSON-serializable snapshot of this member."""
        return {
            "index": self.index,
            "endpoint": self.config.endpoint or "stdio",
            "pid": self.pid,
            "codex_home": self.codex_home,
            "state": str(self.state),
            "alive": self.is_alive,
            "generation": self.generation,
            "sessions": self.sessions,
            "active_turns": self.active_turns,
            "waiting_turns": self.waiting_turns,
            "turns_completed": self.turns_completed,
            "turns_failed": self.turns_failed,
            "restarts": self.restarts,
            "last_error": self.last_error,
        }

    # --- connecting ------------------------------------------------------------------------------------------

    async def connect(self, timeout: float) -> None:
        """Start (or reach) the app-server; from then on its client's supervisor keeps it running.

        Raises:
            TimeoutError: it did not answer ``initialize`` within ``timeout`` seconds.
            CodexBinaryNotFoundError, TransportError, IncompatibleCodexVersionError, RpcError: as Client.connect.
        """
        try:
            async with asyncio.timeout(timeout):
                client = await _connect_racing_fresh_home(self.config)
        except BaseException as exc:
            self._start_error = f"start failed: {exc!r}"
            self._settled.set()
            raise
        self.client = client
        self._unsubscribe = client.supervisor.on_change(self._changed)
        self._settled.set()

    def _changed(self, state: SupervisorState) -> None:
        """The supervisor's state changed (maybe on the reader: must not block)."""
        if state is SupervisorState.RESTARTING:
            self._settled.clear()
            logger.warning("pool member %d lost: %s; restarting", self.index, self.last_error)
        else:
            self._settled.set()
            if state is SupervisorState.FAILED:
                logger.warning("pool member %d failed: %s", self.index, self.last_error)
        self._on_change(self)

    async def wait_settled(self, timeout: float) -> bool:
        """Wait (bounded) until the member is no longer (re)starting; True if it settled in time."""
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(timeout):
                await self._settled.wait()
        return self._settled.is_set()

    async def stop(self) -> None:
        """Stop for good (pool shutdown): shut the client down (bounded); no restart follows."""
        self._stopped = True
        self._settled.set()
        client = self.client
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        if client is not None:
            try:
                await client.shutdown()
            except Exception:
                logger.debug("shutting down pool member %d failed", self.index, exc_info=True)

    # --- turn slots ------------------------------------------------------------------------------------------

    @contextlib.asynccontextmanager
    async def turn_slot(self, timeout: float) -> AsyncIterator[None]:
        """Hold one of the member's turn slots for the block.

        Raises:
            PoolBusyError: no slot became free within ``timeout`` seconds.
        """
        await self.acquire_slot(timeout)
        try:
            yield
        finally:
            self.release_slot()

    async def acquire_slot(self, timeout: float) -> None:
        """Take a turn slot (pair with :meth:`release_slot`).

        Raises:
            PoolBusyError: no slot became free within ``timeout`` seconds.
        """
        self.waiting_turns += 1
        try:
            async with asyncio.timeout(timeout):
                await self._slots.acquire()
        except TimeoutError:
            raise PoolBusyError(self.index, timeout) from None
        finally:
            self.waiting_turns -= 1
        self.active_turns += 1

    def release_slot(self) -> None:
        self.active_turns -= 1
        self._slots.release()

    def count_turn(self, ok: bool) -> None:
        if ok:
            self.turns_completed += 1
        else:
            self.turns_failed += 1


_STATE_INIT_RACE = "failed to initialize sqlite state runtime"
_STATE_INIT_ATTEMPTS = 4


async def _connect_racing_fresh_home(config: ClientConfig) -> Client:
    """Client.connect, retried (bounded) when codex exits because another process is creating the same fresh
    CODEX_HOME's sqlite state at this moment (several pool members, or Ray workers, on one machine).

    Raises:
        As Client.connect (the last attempt's error).
    """
    for attempt in range(_STATE_INIT_ATTEMPTS):
        try:
            return await Client.connect(config)
        except ProcessExitedError as exc:
            if _STATE_INIT_RACE not in exc.stderr_tail or attempt == _STATE_INIT_ATTEMPTS - 1:
                raise
            await asyncio.sleep(0.1 * 2**attempt + random.random() * 0.1)
    raise AssertionError("unreachable")
