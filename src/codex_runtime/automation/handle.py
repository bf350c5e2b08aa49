"""The runner: :func:`spawn` starts one task that asks a session at a fixed cadence; :class:`AutomationHandle`
observes and stops it.

Lifecycle of one tick: wait (``IDLE``) until the tick's loop time, then ``session.ask(prompt)`` (``RUNNING``),
retried per the spec's :class:`RetryPolicy`, then ``on_result``. Ticks missed meanwhile collapse into one run
(see :func:`next_tick`). The runner never raises: every outcome lands in ``status``, ``last_result`` and
``last_error``.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime
from types import TracebackType
from typing import Protocol

from codex_runtime.api.results import PromptRunResult
from codex_runtime.automation._schedule import first_tick, is_retryable, next_tick, seconds_until
from codex_runtime.automation.spec import AutomationSpec, AutomationStatus
from codex_runtime.errors import SessionClosedError
from codex_runtime.rpc.closing import AsyncContext
from codex_runtime.runtime.user_code import call_user

logger = logging.getLogger("codex_runtime.automation")

_RUNNING: set[asyncio.Task[None]] = set()
"""Strong references to live runner tasks: the loop keeps only weak ones, and a handle may be dropped."""


class AskingSession(Protocol):
    """What an automation needs from a session: :class:`codex_runtime.Session` fits, and so does a test fake."""

    @property
    def is_closed(self) -> bool: ...

    async def ask(self, prompt: str) -> PromptRunResult: ...


class AutomationHandle(AsyncContext):
    """A running automation, made by :func:`spawn`. Read its state from any thread; ``await wait()`` for its end.

    Attributes:
        spec: what it runs.
        session: the session it asks.
    """

    def __init__(self, session: AskingSession, spec: AutomationSpec) -> None:
        self.session = session
        self.spec = spec
        self._status = AutomationStatus.IDLE
        self._run_count = 0
        self._skipped_ticks = 0
        self._last_result: PromptRunResult | None = None
        self._last_error: BaseException | None = None
        self._stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        now = loop.time()
        wall = datetime.now(UTC)
        start = seconds_until(spec.start_at, wall)
        stop = seconds_until(spec.stop_at, wall)
        self._anchor = now + (start or 0.0)
        self._stop_deadline = None if stop is None else now + stop
        self._task = loop.create_task(self._run(), name=f"codex-runtime-automation-{id(self):x}")
        _RUNNING.add(self._task)
        self._task.add_done_callback(self._on_done)

    def __repr__(self) -> str:
        return f"<AutomationHandle status={self._status!s} run_count={self._run_count} every={self.spec.interval:g}s>"

    @property
    def status(self) -> AutomationStatus:
        """``idle``, ``running``, then finally ``stopped`` or ``failed``."""
        return self._status

    @property
    def run_count(self) -> int:
        """Successful runs so far (a tick that needed retries counts once)."""
        return self._run_count

    @property
    def skipped_ticks(self) -> int:
        """Ticks dropped because a run overran them (each overrun still gets one catch-up run)."""
        return self._skipped_ticks

    @property
    def last_result(self) -> PromptRunResult | None:
        """The latest successful run's result."""
        return self._last_result

    @property
    def last_error(self) -> BaseException | None:
        """The latest run error, kept after a retry succeeds; the cause of ``failed``."""
        return self._last_error

    def stop(self) -> None:
        """Ask the automation to end (idempotent). A wait for the next tick (or a retry's backoff) ends at once,
        with status ``stopped``; a turn already running finishes, bounded by its own timeout, and is not retried.
        Call it on the automation's loop (the blocking twin does that for you).
        """
        self._stop.set()

    async def wait(self, timeout: float | None = None) -> AutomationStatus:
        """Wait for the automation to end and return its final status (``stopped`` or ``failed``). Cancelling or
        timing out the wait leaves the automation running.

        Raises:
            TimeoutError: it was still going after ``timeout`` seconds.
        """
        if self._task.done():  # ended: answer without touching the task's loop (it may be gone)
            return self._status
        done, _ = await asyncio.wait((self._task,), timeout=timeout)
        if not done:
            raise TimeoutError(f"automation still {self._status} after {timeout:g}s")
        return self._status

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        """Stop, then wait for the end (a running turn finishes first)."""
        self.stop()
        await self.wait()

    # --- the runner -----------------------------------------------------------------------------------------

    def _on_done(self, task: asyncio.Task[None]) -> None:
        _RUNNING.discard(task)
        if not self._status.is_final:  # cancelled, possibly before its first step
            self._status = AutomationStatus.STOPPED

    async def _run(self) -> None:
        try:
            final = await self._ticks()
        except asyncio.CancelledError:
            self._status = AutomationStatus.STOPPED
            raise
        except Exception as exc:  # a bug in here must surface on the handle, not vanish with the task
            logger.exception("automation runner crashed")
            self._last_error = exc
            final = AutomationStatus.FAILED
        self._status = final
        logger.info("automation ended: %s after %d run(s)", final, self._run_count)

    async def _ticks(self) -> AutomationStatus:
        loop = asyncio.get_running_loop()
        interval = self.spec.interval
        tick = first_tick(self._anchor, interval, loop.time())
        while True:
            if not await self._idle_until(tick) or self.session.is_closed:
                return AutomationStatus.STOPPED
            self._status = AutomationStatus.RUNNING
            outcome = await self._run_tick()
            if outcome is not None:
                return outcome
            if self.spec.max_runs is not None and self._run_count >= self.spec.max_runs:
                return AutomationStatus.STOPPED
            tick, skipped = next_tick(self._anchor, interval, tick, loop.time())
            if skipped:
                self._skipped_ticks += skipped
                logger.debug("run overran %d tick(s); they collapse into one run now", skipped + 1)
            self._status = AutomationStatus.IDLE

    async def _idle_until(self, deadline: float) -> bool:
        """Wait until loop time ``deadline``; False when stopped first or when it falls at/after ``stop_at``."""
        if self._stop.is_set() or (self._stop_deadline is not None and deadline >= self._stop_deadline):
            return False
        try:
            async with asyncio.timeout_at(deadline):
                await self._stop.wait()
        except TimeoutError:
            return not self._stop.is_set()
        return False

    async def _run_tick(self) -> AutomationStatus | None:
        """One tick's run with its retries: None on success, else the final status."""
        loop = asyncio.get_running_loop()
        policy = self.spec.retry
        attempt = 1
        while True:
            try:
                result = await self.session.ask(self.spec.prompt)
            except Exception as exc:
                if isinstance(exc, SessionClosedError) or self.session.is_closed:
                    logger.info("automation stops: the session is closed")
                    return AutomationStatus.STOPPED
                self._last_error = exc
                if policy is None or attempt >= policy.attempts or not is_retryable(exc):
                    logger.warning("automation failed on attempt %d: %r", attempt, exc)
                    return AutomationStatus.FAILED
                delay = policy.delay(attempt)
                logger.info("automation run failed (%r); retry %d in %.3gs", exc, attempt, delay)
                if not await self._idle_until(loop.time() + delay) or self.session.is_closed:
                    return AutomationStatus.STOPPED
                attempt += 1
                continue
            self._run_count += 1
            self._last_result = result
            await self._notify(result)
            return None

    async def _notify(self, result: PromptRunResult) -> None:
        callback = self.spec.on_result
        if callback is None:
            return
        try:
            async with asyncio.timeout(self.spec.callback_timeout):
                await call_user(callback, result)
        except TimeoutError:
            logger.warning("on_result did not return within %gs; moving on", self.spec.callback_timeout)
        except Exception:
            logger.exception("on_result raised; the automation goes on")


def spawn(session: AskingSession, spec: AutomationSpec) -> AutomationHandle:
    """Start asking ``session`` ``spec.prompt`` at ``spec.every``, one turn at a time, on the running loop.

    Ends on :meth:`AutomationHandle.stop`, ``spec.stop_at``, ``spec.max_runs`` runs, or a closed session (all
    ``stopped``), or on a run's error once the retry policy (if any) gives up (``failed``). The first tick is
    ``spec.start_at`` (or now); a ``start_at`` in the past counts its missed ticks as one, run right away.

    Raises:
        RuntimeError: no event loop is running in this thread.
    """
    return AutomationHandle(session, spec)
