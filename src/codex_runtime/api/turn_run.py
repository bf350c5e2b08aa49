"""One turn, from turn/start to its result: the run's lifecycle, deadlines, interrupt on timeout, hooks.

The turn is bound to the runtime (:meth:`~codex_runtime.runtime.Runtime.bind_turn`: its tap, handler and hook run)
BEFORE turn/start is written (a fast turn's first events precede the turn/start response), and the run owns that
binding in an exit stack released on every exit path. Its outcome is read from the turn's record in the state
projection; nothing here folds notifications.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import time
from collections.abc import Callable
from typing import Any, NoReturn, TypeAlias

from codex_runtime.api.profiles import PromptRunParams
from codex_runtime.api.results import PromptRunEvent, PromptRunResult, TurnCompleted, item_delta
from codex_runtime.api.turn_events import DELTA_EVENTS, final_result, status_of, terminal_event, to_event
from codex_runtime.api.turn_params import turn_start_params
from codex_runtime.errors import (
    CodexRuntimeError,
    InvalidRequestError,
    PromptTimeoutError,
    RpcTimeoutError,
    TransportError,
)
from codex_runtime.runtime.hooks import HookPhase, HookRun, tool_name_for
from codex_runtime.runtime.runtime import Runtime
from codex_runtime.runtime.turn_record import TurnRecord
from codex_runtime.runtime.turn_tap import TurnTap
from codex_runtime.runtime.typed import TypedItems

logger = logging.getLogger("codex_runtime.turns")

LostCall: TypeAlias = Callable[[TransportError, "str | None"], TransportError]
"""``lost(error, turn_id)``: the error to raise when the connection is gone during a turn."""

INTERRUPT_TIMEOUT = 5.0
"""Seconds a turn/interrupt may take when a stream is closed early or cancelled (an interrupt of an idle turn may
get no reply)."""
INTERRUPT_GRACE = 1.0
"""Seconds the turn/interrupt sent at a turn's deadline may take before PromptTimeoutError is raised anyway, so the
deadline stays absolute (deadline + at most this); a server that does not acknowledge in time is marked unhealthy."""
_TOOL_ITEM_DONE = frozenset({"item/completed"})


class TurnRun:
    """A started turn. Drive it with :meth:`result` (collect) or :meth:`next_event` (stream)."""

    def __init__(
        self,
        runtime: Runtime,
        tap: TurnTap,
        params: PromptRunParams,
        started_at: float,
        exit_stack: contextlib.ExitStack,
        hook_run: HookRun | None = None,
        lost: LostCall | None = None,
    ) -> None:
        self.runtime = runtime
        self.tap = tap
        self.params = params
        self.thread_id = tap.thread_id
        self.turn_id = tap.turn_id or ""
        self._deadline = started_at + params.timeout
        self._exit_stack = exit_stack
        """What this run holds (its tap, handler, hook run, the session's turn lock): released by :meth:`close`."""
        self._closed = False
        self._terminal_sent = False
        self.hook_run = hook_run
        self._tool_posts_done = 0
        self._run_posts_done = False
        self._interrupt_again_until: float | None = None
        self._lost = lost

    @classmethod
    async def start(
        cls,
        runtime: Runtime,
        thread_id: str,
        params: PromptRunParams,
        *,
        stream: bool,
        approval_handler: Any = None,
        hook_run: HookRun | None = None,
        start: tuple[str, dict[str, Any]] | None = None,
        lost: LostCall | None = None,
    ) -> TurnRun:
        """Send turn/start (or ``start``: another request that starts a turn and answers with it, such as
        ``("review/start", params)``) with the tap already listening. ``lost(error, turn_id)`` names the error a
        lost connection raises (a supervised client's :class:`AppServerRestartedError`).

        Raises:
            PrivilegedEscalationError, AttachmentNotFoundError: refused before sending.
            RpcError, TransportError: turn/start failed.
        """
        method, wire = start if start is not None else ("turn/start", turn_start_params(thread_id, params))
        with contextlib.ExitStack() as stack:
            tap = stack.enter_context(
                runtime.bind_turn(thread_id, stream=stream, handler=approval_handler, hook_run=hook_run)
            )
            if hook_run is not None:
                tap.also_wake_on(_TOOL_ITEM_DONE)  # POST_TOOL_USE runs as each item completes
            started_at = time.monotonic()
            # The turn's deadline bounds turn/start too (a hung server must not hold the caller for the RPC timeout).
            limit = min(params.timeout, runtime.config.rpc_timeout)
            request = asyncio.ensure_future(runtime.request(method, wire, timeout=limit))
            try:
                response = await asyncio.shield(request)
            except TransportError as exc:
                if lost is None:
                    raise
                typed_error = lost(exc, None)
                if typed_error is exc:
                    raise
                raise typed_error from exc
            except asyncio.CancelledError:
                # Cancelled while turn/start was in flight (e.g. Ctrl-C): the turn may start anyway; stop it.
                with contextlib.suppress(Exception):
                    response = await asyncio.wait_for(request, INTERRUPT_TIMEOUT)
                    tap.bind(str(response["turn"]["id"]))
                    await cls(runtime, tap, params, started_at, contextlib.ExitStack()).stop()
                raise
            tap.bind(str(response["turn"]["id"]))
            if hook_run is not None:
                hook_run.turn_id = tap.turn_id
            # From here the run owns the binding: it is released when the run closes.
            return cls(runtime, tap, params, started_at, stack.pop_all(), hook_run, lost)

    # --- lifecycle --------------------------------------------------------------------------------------------

    def close(self) -> None:
        """Stop listening and release what the run holds (idempotent)."""
        if not self._closed:
            self._closed = True
            self._exit_stack.close()

    def on_close(self, callback: Callable[[], object]) -> None:
        """Call ``callback`` when the run is closed (after the runtime's own bindings are released)."""
        # ExitStack runs callbacks last-in first-out: inserted at the bottom, this one runs after the bindings.
        stack = contextlib.ExitStack()
        stack.callback(callback)
        stack.push(self._exit_stack.pop_all())
        self._exit_stack = stack

    @property
    def done(self) -> bool:
        return self.tap.done

    async def _send_interrupt(self, timeout: float) -> bool:
        """turn/interrupt, once. False when codex does not count the turn as active yet: it refuses ("no active
        turn") until it has announced the turn's start, which can come just after the turn/start response; the
        interrupt must then be sent again on the turn's next event. The one place that knows this.

        Raises:
            CodexRuntimeError: the request failed otherwise.
        """
        try:
            await self.runtime.request(
                "turn/interrupt", {"threadId": self.thread_id, "turnId": self.turn_id}, timeout=timeout
            )
        except InvalidRequestError as exc:
            if "no active turn" in exc.message and not self.tap.done:
                return False
            raise
        return True

    async def interrupt(self, timeout: float = INTERRUPT_TIMEOUT) -> bool:
        """Send turn/interrupt, all attempts within ``timeout``, again on each new event while the turn is not
        active yet; errors are logged, the turn's own end is what counts. True when the server answered
        (acknowledged or refused), False when it stayed silent until the deadline. Call it from the task consuming
        the turn (it waits on the tap).
        """
        deadline = time.monotonic() + timeout
        self.tap.wake_on_every_message()  # an interrupt refused too early is sent again on the turn's news
        while True:
            try:
                if await self._send_interrupt(max(0.05, deadline - time.monotonic())):
                    return True
            except RpcTimeoutError as exc:
                logger.warning("turn/interrupt for %s got no answer: %s", self.turn_id, exc)
                return False
            except CodexRuntimeError as exc:
                logger.info("turn/interrupt for %s failed: %s", self.turn_id, exc)
                return True
            if time.monotonic() >= deadline:
                logger.info("turn/interrupt for %s: the turn never became active", self.turn_id)
                return True
            await self.tap.wait_changed(deadline - time.monotonic())

    async def request_interrupt(self) -> None:
        """Send turn/interrupt now, from any task. If the turn is not active yet, the task consuming the turn sends
        it again on the turn's next event (within ``INTERRUPT_TIMEOUT``).

        Raises:
            CodexRuntimeError: the request failed otherwise.
        """
        if not await self._send_interrupt(INTERRUPT_TIMEOUT):
            self.tap.wake_on_every_message()
            self._interrupt_again_until = time.monotonic() + INTERRUPT_TIMEOUT

    async def _interrupt_again(self) -> None:
        """The consumer's half of :meth:`request_interrupt`: one more try, on news from the turn."""
        until = self._interrupt_again_until
        if until is None:
            return
        if self.tap.done or time.monotonic() >= until:
            self._interrupt_again_until = None
            return
        try:
            if await self._send_interrupt(max(0.1, until - time.monotonic())):
                self._interrupt_again_until = None
        except CodexRuntimeError as exc:
            logger.info("turn/interrupt for %s failed: %s", self.turn_id, exc)
            self._interrupt_again_until = None

    # --- hooks (run on the consumer's task, never on the reader) -----------------------------------------------

    async def _tool_posts(self) -> None:
        """POST_TOOL_USE for each command / file-change item completed since the last call."""
        if self.hook_run is None:
            return
        items = self._record().completed_items()
        while self._tool_posts_done < len(items):
            item = items[self._tool_posts_done]
            self._tool_posts_done += 1
            tool_name = tool_name_for(str(item.get("type", "")))
            if tool_name is not None:
                await self.hook_run.post(
                    HookPhase.POST_TOOL_USE, tool_name=tool_name, tool_result=item, status=str(item.get("status", ""))
                )

    async def _run_posts(self, status: str, error: BaseException | None = None) -> None:
        """POST_TURN then POST_RUN, once."""
        if self.hook_run is None or self._run_posts_done:
            return
        self._run_posts_done = True
        await self._tool_posts()
        detail = None if error is None else str(error)
        await self.hook_run.post(HookPhase.POST_TURN, status=status, error=detail)
        await self.hook_run.post(HookPhase.POST_RUN, status=status, error=detail)

    def _with_report(self, result: PromptRunResult) -> PromptRunResult:
        if self.hook_run is None:
            return result
        return dataclasses.replace(result, hook_report=self.hook_run.report)

    async def stop(self) -> None:
        """Interrupt the turn if it still runs and wait (bounded) until the server confirms its end, so the
        thread is idle for the next turn."""
        if self.tap.done or self.runtime.is_closed:
            return
        if not await self.interrupt():
            self.runtime.mark_unhealthy(
                f"turn/interrupt of turn {self.turn_id} got no answer in {INTERRUPT_TIMEOUT:g}s"
            )
            return  # a silent server will not confirm the end either
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(INTERRUPT_TIMEOUT):
                while not self.tap.done and self.tap.closed_error is None:
                    await self.tap.wait_changed(INTERRUPT_TIMEOUT)

    # --- waiting ------------------------------------------------------------------------------------------------

    def _next_deadline(self) -> tuple[float, str]:
        deadline, reason = self._deadline, "absolute"
        inactivity = self.params.inactivity_timeout
        if inactivity is not None and self.tap.last_activity + inactivity < deadline:
            deadline, reason = self.tap.last_activity + inactivity, "inactivity"
        return deadline, reason

    async def _wait(self) -> None:
        """Wait for news on the tap, enforcing the deadlines.

        Raises:
            PromptTimeoutError: a deadline passed (the turn was interrupted).
            TransportError: the connection died.
        """
        if self.tap.closed_error is not None:
            self._raise_closed(self.tap.closed_error)
        deadline, reason = self._next_deadline()
        if await self.tap.wait_changed(deadline - time.monotonic()):
            if self.tap.closed_error is not None:
                self._raise_closed(self.tap.closed_error)
            if self._interrupt_again_until is not None:
                await self._interrupt_again()
            return
        if reason == "inactivity" and self._next_deadline()[0] > time.monotonic():
            return  # activity moved the inactivity deadline while we slept
        timeout = self.params.timeout if reason == "absolute" else float(self.params.inactivity_timeout or 0)
        if not await self.interrupt(INTERRUPT_GRACE):
            self.runtime.mark_unhealthy(f"turn/interrupt of turn {self.turn_id} got no answer in {INTERRUPT_GRACE:g}s")
        raise PromptTimeoutError(
            timeout, self.partial_result(), reason=reason, retries=self._record().retry_log.notices
        )

    def _raise_closed(self, error: BaseException) -> NoReturn:
        """The connection is gone: raise its error, or what ``lost`` makes of it."""
        if self._lost is None or not isinstance(error, TransportError):
            raise error
        typed_error = self._lost(error, self.turn_id)
        if typed_error is error:
            raise error
        raise typed_error from error

    async def result(self) -> PromptRunResult:
        """Wait for turn/completed and return the result.

        Raises:
            TurnFailedError, TurnInterruptedError, PromptTimeoutError, OutputParseError, TransportError.
        """
        try:
            try:
                while not self.tap.done:
                    await self._wait()
                    await self._tool_posts()
                result = self._final_result()
            except asyncio.CancelledError:
                # Cancelled (e.g. Ctrl-C in a blocking twin): do not leave the turn running on the server.
                await self.stop()
                raise
            finally:
                self.close()
        except CodexRuntimeError as exc:
            await self._run_posts(status_of(exc), exc)
            raise
        await self._run_posts(result.status)
        return self._with_report(result)

    def _record(self) -> TurnRecord:
        record = self.tap.record
        assert record is not None  # bound in start(), before the run exists
        return record

    def _final_result(self) -> PromptRunResult:
        return final_result(self.thread_id, self.turn_id, self._record(), self.params.output_schema)

    def partial_result(self) -> PromptRunResult:
        record = self._record()
        return PromptRunResult(
            thread_id=self.thread_id,
            turn_id=self.turn_id,
            status=record.status,
            assistant_text=record.partial_text(),
            items=TypedItems(record.completed_items()),
            usage=record.usage_fold.turn,
            thread_usage=record.usage_fold.thread,
            retries=record.retry_log.notices,
        )

    async def next_event(self) -> PromptRunEvent | None:
        """The next event of this turn; the terminal event last, then None.

        Raises:
            PromptTimeoutError, TransportError: as for :meth:`result` (the stream ends with them).
        """
        while True:
            if self._terminal_sent:
                return None
            raw = self.tap.pop_event()
            if raw is not None:
                event = to_event(self.thread_id, self.turn_id, *raw)
                if event is not None:
                    if event.kind == "item_completed":
                        await self._tool_posts()
                    return event
                continue
            if self.tap.done:
                terminal = self._terminal_event()
                error = getattr(terminal, "error", None)
                await self._run_posts(status_of(error) if error is not None else "completed", error)
                if isinstance(terminal, TurnCompleted):
                    terminal = dataclasses.replace(terminal, result=self._with_report(terminal.result))
                return terminal
            await self._wait()

    def _terminal_event(self) -> PromptRunEvent:
        self._terminal_sent = True
        return terminal_event(self.thread_id, self.turn_id, self._record(), self.params.output_schema)

    def next_delta(self) -> PromptRunEvent | None:
        """The next event without awaiting, when it is a queued delta (the bulk of a stream); else None."""
        if self._terminal_sent:
            return None
        raw = self.tap.pop_delta()
        if raw is None:
            return None
        method, params = raw  # a text delta (pop_delta hands out nothing else): built as to_event would, one call less
        return item_delta(
            DELTA_EVENTS[method], self.thread_id, self.turn_id, params.get("itemId", ""), params.get("delta", "")
        )


__all__ = ["INTERRUPT_GRACE", "INTERRUPT_TIMEOUT", "TurnRun"]
