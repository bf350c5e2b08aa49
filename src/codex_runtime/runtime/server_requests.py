"""Server requests (approvals, user input, tool calls, ...): who answers them, and the fail-closed deadline.

Every request the server sends is claimed here and ends with exactly one answer:
1. a handler, looked up per thread (the running call's handler, then the session's), then the client-wide one,
   runs on its own task (sync handlers in a worker thread), never on the reader;
2. with no handler, the request is queued for :meth:`ServerRequestBroker.requests` consumers, who call
   ``respond``/``decline``; a handler that answers :data:`~codex_runtime.runtime.handlers.DEFER` keeps it pending
   for a later ``respond`` (a person deciding in a UI), queued nowhere;
3. whatever happens, at the deadline it is answered fail-closed (approvals declined, never ``{}``). A handler that
   raises declines at once. ``serverRequest/resolved`` (e.g. after an interrupt) retires it without an answer.

The broker's table is the ONE record of pending server requests: the state snapshot, the metrics and the web
adapter read it (:meth:`ServerRequestBroker.pending_requests`, :meth:`ServerRequestBroker.on_retired`). The RPC
core's own ``_server_requests`` is only its reply-slot bookkeeping (which ids may still be answered, for duplicate
and stray detection), below the codex concepts; it is closed by the same retirement.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import replace
from typing import Any

from codex_runtime._lazy import is_model
from codex_runtime.errors import (
    BlockedByHookError,
    InvalidOutgoingMessageError,
    InvalidServerResponseError,
    ServerRequestAlreadyAnsweredError,
    TransportError,
)
from codex_runtime.rpc import RpcConnection
from codex_runtime.rpc import ServerRequest as RpcServerRequest
from codex_runtime.rpc.callbacks import Callbacks
from codex_runtime.runtime.decisions import DECISIONS, Answer, ErrorAnswer, answer_for_decision, fail_closed_answer
from codex_runtime.runtime.handlers import Deferred, Handler
from codex_runtime.runtime.hooks import HookPhase, HookRun, tool_name_for
from codex_runtime.runtime.metrics import ServerRequestMetrics
from codex_runtime.runtime.pending import PendingServerRequest
from codex_runtime.runtime.user_code import call_user

__all__ = ["MAX_QUEUED", "PendingServerRequest", "ServerRequestBroker"]

logger = logging.getLogger("codex_runtime.approvals")

MAX_QUEUED = 256
"""Requests waiting for a ``requests()`` consumer; past this the oldest is declined at once (fail closed)."""


class ServerRequestBroker:
    """Claims every server request of one connection; see the module docstring."""

    def __init__(
        self,
        rpc: RpcConnection,
        *,
        timeout: float,
        client_handler: Handler | None = None,
        decode_params: Callable[[str, dict[str, Any]], Any] | None = None,
        validate_answer: Callable[[str, dict[str, Any]], None] | None = None,
        hook_run_for: Callable[[PendingServerRequest], HookRun | None] | None = None,
    ) -> None:
        self._rpc = rpc
        self.timeout = timeout
        self.client_handler = client_handler
        self.method_handlers: dict[str, Handler] = {}
        self._thread_handlers: dict[str, list[tuple[Handler, frozenset[str] | None]]] = {}
        self._pending: dict[Any, PendingServerRequest] = {}
        self._timers: dict[Any, asyncio.TimerHandle] = {}
        # The run whose hooks observe each pending request (its after_decision sees the answer); kept here, not on
        # the request, so the request type does not depend on the hooks package.
        self._hook_runs: dict[Any, HookRun] = {}
        self._queue: deque[PendingServerRequest] = deque()
        self._queue_changed = asyncio.Event()
        self._observers = Callbacks[Callable[[PendingServerRequest], None]]("server request observer", logger)
        self._decode = decode_params or (lambda _method, params: params)
        self._validate = validate_answer
        self._hook_run_for = hook_run_for or (lambda _pending: None)
        self._retired_observers = Callbacks[Callable[[PendingServerRequest], None]](
            "server request retirement observer", logger
        )
        self._counts = ServerRequestMetrics()
        """What happened to the requests so far; ``pending`` is read from ``_pending`` by :meth:`metrics`."""
        self._tasks: set[asyncio.Task[None]] = set()
        self._closed = False
        rpc.on_server_request(self._claim)

    # --- registration --------------------------------------------------------------------------------------

    def push_thread_handler(
        self, thread_id: str, handler: Handler, *, methods: frozenset[str] | None = None
    ) -> Callable[[], None]:
        """Put ``handler`` first for ``thread_id``'s requests (only ``methods`` when given; handlers for a specific
        method are asked before general ones). Returns the function that removes it again."""
        stack = self._thread_handlers.setdefault(thread_id, [])
        entry = (handler, methods)
        stack.insert(0, entry)

        def remove() -> None:
            with contextlib.suppress(ValueError):
                stack.remove(entry)
            if not stack and self._thread_handlers.get(thread_id) is stack:
                del self._thread_handlers[thread_id]

        return remove

    def observe(self, observer: Callable[[PendingServerRequest], None]) -> Callable[[], None]:
        """Call ``observer(request)`` (cheap, on the reader) for every new request, e.g. to stream it."""
        return self._observers.add(observer)

    def on_retired(self, observer: Callable[[PendingServerRequest], None]) -> Callable[[], None]:
        """Call ``observer(request)`` (cheap, maybe on the reader) once each request is retired: answered,
        declined, resolved by the server or lost. Returns the unsubscribe."""
        return self._retired_observers.add(observer)

    def decode_params(self, method: str, params: dict[str, Any]) -> Any:
        return self._decode(method, params)

    @property
    def pending(self) -> list[PendingServerRequest]:
        return list(self._pending.values())

    def metrics(self) -> ServerRequestMetrics:
        """The counts so far, with ``pending`` as the table holds it now."""
        return replace(self._counts, pending=len(self._pending))

    def pending_requests(self, thread_id: str | None = None) -> list[PendingServerRequest]:
        """The requests still waiting for an answer (of ``thread_id`` when given), oldest first."""
        if thread_id is None:
            return list(self._pending.values())
        return [p for p in self._pending.values() if p.thread_id == thread_id]

    # --- the reader's sink ------------------------------------------------------------------------------------

    def _claim(self, request: RpcServerRequest) -> bool:
        loop = asyncio.get_running_loop()
        pending = PendingServerRequest(self, request, time.monotonic() + self.timeout)
        self._counts = replace(self._counts, received=self._counts.received + 1)
        self._pending[pending.id] = pending
        self._timers[pending.id] = loop.call_later(self.timeout, self._expire, pending)
        self._observers.call_each(pending)
        self._spawn(self._process(pending))
        return True

    async def _process(self, pending: PendingServerRequest) -> None:
        """Hooks first (observers, PRE_TOOL_USE: a block declines), then a handler or the queue. Off the reader."""
        hook_run = self._hook_run_for(pending)
        if hook_run is not None and pending.is_pending:
            self._hook_runs[pending.id] = hook_run  # popped when the request retires
        if hook_run is not None:
            await hook_run.before_request(pending)
            tool_name = tool_name_for(pending.method)
            if tool_name is not None:
                try:
                    await hook_run.pre(
                        HookPhase.PRE_TOOL_USE,
                        tool_name=tool_name,
                        tool_input=pending.raw_params,
                        turn_id=pending.turn_id,
                    )
                except BlockedByHookError as blocked:
                    logger.info("PRE_TOOL_USE hook %s blocked %s: declining", blocked.hook_name, pending.method)
                    await self._answer_quietly(pending, fail_closed_answer(pending.method), "blocked_by_hook")
                    return
        if not pending.is_pending:
            return
        handler = self._find_handler(pending)
        if handler is not None:
            await self._run_handler(pending, handler)
            return
        if len(self._queue) >= MAX_QUEUED:
            oldest = self._queue.popleft()
            await self._answer_quietly(oldest, fail_closed_answer(oldest.method), "declined_overflow")
        self._queue.append(pending)
        self._queue_changed.set()

    def _find_handler(self, pending: PendingServerRequest) -> Handler | None:
        if pending.thread_id is not None:
            stack = self._thread_handlers.get(pending.thread_id, ())
            for handler, methods in stack:
                if methods is not None and pending.method in methods:
                    return handler
            for handler, methods in stack:
                if methods is None:
                    return handler
        return self.method_handlers.get(pending.method) or self.client_handler

    # --- answering ------------------------------------------------------------------------------------------

    async def _run_handler(self, pending: PendingServerRequest, handler: Handler) -> None:
        try:
            answer = await call_user(handler, pending)
        except Exception:
            logger.exception("approval handler for %s raised; declining (fail closed)", pending.method)
            self._counts = replace(self._counts, handler_errors=self._counts.handler_errors + 1)
            await self._answer_quietly(pending, fail_closed_answer(pending.method), "handler_error")
            return
        if not pending.is_pending:
            return  # the deadline or the server got there first
        if isinstance(answer, Deferred):
            pending.deferred = True  # a person answers later through respond(); the deadline still applies
            return
        try:
            await self.answer(pending, answer, outcome="answered")
        except InvalidServerResponseError as exc:
            logger.error("approval handler returned an invalid answer for %s (%s); declining", pending.method, exc)
            self._counts = replace(self._counts, handler_errors=self._counts.handler_errors + 1)
            await self._answer_quietly(pending, fail_closed_answer(pending.method), "handler_error")
        except (ServerRequestAlreadyAnsweredError, TransportError):
            return

    def to_answer(self, pending: PendingServerRequest, answer: Any) -> Answer:
        """Normalise a decision / model / dict into a wire answer, validated against the method's response type.

        Raises:
            InvalidServerResponseError: it does not fit.
        """
        if isinstance(answer, ErrorAnswer):
            return answer
        if isinstance(answer, str):
            if answer not in DECISIONS:
                raise InvalidServerResponseError(f"unknown decision {answer!r} for {pending.method}")
            try:
                return answer_for_decision(pending.method, answer, pending.raw_params)
            except ValueError as exc:
                raise InvalidServerResponseError(str(exc)) from exc
        if is_model(answer):
            wire = answer.model_dump(by_alias=True, exclude_none=True, mode="json")
        elif isinstance(answer, dict):
            wire = dict(answer)
        else:
            raise InvalidServerResponseError(f"cannot answer {pending.method} with {type(answer).__name__}")
        if not wire:
            raise InvalidServerResponseError(f"an empty answer to {pending.method} would fail the item; decide")
        if self._validate is not None:
            self._validate(pending.method, wire)
        return wire

    async def answer(self, pending: PendingServerRequest, answer: Any, *, outcome: str, trusted: bool = False) -> None:
        """Send ``answer``; ``trusted`` skips validation (our own fail-closed answers are correct by construction
        and must never be blocked by a validator)."""
        if not pending.is_pending:
            raise ServerRequestAlreadyAnsweredError(
                f"server request {pending.method} id={pending.id!r} was already {pending.outcome}"
            )
        wire = answer if trusted else self.to_answer(pending, answer)
        try:
            if isinstance(wire, ErrorAnswer):
                await self._rpc.respond_error(pending.id, wire.code, wire.message)
            else:
                await self._rpc.respond(pending.id, wire)
        except InvalidOutgoingMessageError as exc:  # refused before anything was written: still answerable
            raise InvalidServerResponseError(f"cannot send this reply to {pending.method}: {exc}") from exc
        except TransportError:
            self._retire(pending, "lost")
            raise
        # Retired only once the reply is out: a reply that cannot be sent leaves the request (and its deadline).
        hook_run = self._hook_runs.get(pending.id)
        self._retire(pending, outcome)
        self._counts = replace(self._counts, answered=self._counts.answered + 1)
        if hook_run is not None:
            self._spawn(hook_run.after_decision(pending, wire))

    async def _answer_quietly(self, pending: PendingServerRequest, answer: Answer, outcome: str) -> None:
        try:
            await self.answer(pending, answer, outcome=outcome, trusted=True)
        except (ServerRequestAlreadyAnsweredError, TransportError) as exc:
            logger.info("could not answer %s: %s", pending.method, exc)

    def _expire(self, pending: PendingServerRequest) -> None:
        if pending.is_pending:
            logger.warning(
                "server request %s id=%r unanswered after %gs; answering fail-closed",
                pending.method,
                pending.id,
                self.timeout,
            )
            self._counts = replace(self._counts, declined_by_deadline=self._counts.declined_by_deadline + 1)
            self._spawn(self._answer_quietly(pending, fail_closed_answer(pending.method), "declined_by_deadline"))

    def resolved(self, request_id: Any) -> None:
        """``serverRequest/resolved``: the server no longer waits for this request."""
        pending = self._pending.get(request_id)
        if pending is not None and pending.is_pending:
            self._retire(pending, "resolved")
            self._rpc.discard_server_request(request_id)

    def _retire(self, pending: PendingServerRequest, outcome: str) -> None:
        if pending.outcome is not None:
            return
        pending.outcome = outcome
        self._pending.pop(pending.id, None)
        self._hook_runs.pop(pending.id, None)
        timer = self._timers.pop(pending.id, None)
        if timer is not None:
            timer.cancel()
        with contextlib.suppress(ValueError):
            self._queue.remove(pending)
        self._retired_observers.call_each(pending)

    def _spawn(self, coro: Awaitable[None]) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # --- consumers -------------------------------------------------------------------------------------------

    async def requests(self) -> AsyncIterator[PendingServerRequest]:
        """Pending requests that no handler took, as they come (until the connection closes)."""
        while not self._closed:
            while self._queue:
                pending = self._queue.popleft()
                if pending.is_pending:
                    yield pending
            self._queue_changed.clear()
            await self._queue_changed.wait()

    def close(self) -> None:
        """The connection is gone: stop timers and wake consumers."""
        self._closed = True
        for timer in self._timers.values():
            timer.cancel()
        self._timers.clear()
        for pending in list(self._pending.values()):
            self._retire(pending, "lost")
        self._queue.clear()
        self._queue_changed.set()
