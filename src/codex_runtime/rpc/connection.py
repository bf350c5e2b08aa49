"""The JSON-RPC connection: integer ids, pending calls with deadlines, and a reader that cannot hang callers.

This module is the connection's lifecycle and its outgoing half; its parts live beside it: the calls awaiting a
reply (:mod:`.calls`), the server requests awaiting our answer (:mod:`.server_requests`) and the reader's routing
of inbound frames (:mod:`.inbound`).

Routing: responses by id (one dict lookup), notifications and server requests to sinks. Sinks are plain callables
run ON the reader, so they must be cheap, non-blocking and must not raise (errors are logged and counted); user
code belongs behind a bounded buffer such as :meth:`RpcConnection.notifications`.

Buffers and their policies: pending calls are bounded by their deadlines; abandoned ids remembered for late-reply
detection: last 1024; pending server requests: ``max_pending_server_requests`` (more are refused with -32001);
subscriptions: ``maxsize`` with drop-oldest/drop-newest and a counter.

Observation (:meth:`RpcConnection.observe`, :mod:`codex_runtime.rpc.traffic`): every message in either direction,
in wire order, for transcripts and tracing; plus the DEBUG log of requests and responses.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Callable, Collection, Coroutine, Mapping
from time import perf_counter, time
from typing import Any

from codex_runtime._defaults import RPC_TIMEOUT, SHUTDOWN_GRACE
from codex_runtime.errors import (
    ConnectionClosedError,
    InvalidArgumentError,
    RpcTimeoutError,
    TransportError,
    rpc_error_from_wire,
)
from codex_runtime.rpc.callbacks import Callbacks
from codex_runtime.rpc.calls import PendingCalls, RequestId
from codex_runtime.rpc.closing import StartedWhileEntered
from codex_runtime.rpc.encoding import encode_message
from codex_runtime.rpc.inbound import Inbound, NotificationSink, ReplyIdReader
from codex_runtime.rpc.server_requests import ServerRequestSink, ServerRequestTable
from codex_runtime.rpc.stats import RpcStats
from codex_runtime.rpc.subscription import NotificationSubscription, OverflowPolicy
from codex_runtime.rpc.traffic import Traffic, TrafficObserver, TrafficTap
from codex_runtime.transport.base import Transport

logger = logging.getLogger("codex_runtime.rpc")

CloseSink = Callable[[TransportError], None]
"""``sink(error)`` once, when the connection ends (``ConnectionClosedError`` when we closed it)."""


class RpcConnection(StartedWhileEntered):
    """A JSON-RPC client over one transport, which it owns (:meth:`close` closes it).

    Register sinks, then :meth:`start` (or ``async with``); the first call starts it too. Requests without an
    explicit ``timeout`` get ``request_timeout``; every other wait is bounded as well (``close_timeout`` for
    closing the transport, the request timeout for writes).

    What the peer needs beyond JSON-RPC is passed in, never known here: ``params_required`` sends ``{}`` for a
    request without params (some servers reject a missing member); ``reply_id_of_head`` reads which request an
    oversized reply answered (without it, that caller waits for its deadline).
    """

    def __init__(
        self,
        transport: Transport,
        *,
        request_timeout: float = RPC_TIMEOUT,
        max_pending_server_requests: int = 1024,
        close_timeout: float = 4 * SHUTDOWN_GRACE + 1,
        params_required: bool = False,
        reply_id_of_head: ReplyIdReader | None = None,
    ) -> None:
        self._transport = transport
        self._params_required = params_required
        self._timeout = request_timeout
        self._close_timeout = close_timeout
        self._stats = RpcStats()
        self._calls = PendingCalls()
        self._server_requests = ServerRequestTable(self._stats, max_pending_server_requests)
        self._close_sinks = Callbacks[CloseSink]("close sink")
        self._tap = TrafficTap(self._stats)
        self._inbound = Inbound(
            self._stats, self._calls, self._server_requests, self._tap, self._reply_soon, reply_id_of_head
        )
        self._subscriptions: dict[NotificationSubscription, Callable[[], None]] = {}
        """Each open subscription and the remover of its sink."""
        self._background: set[asyncio.Task[None]] = set()
        self._reader: asyncio.Task[None] | None = None
        self._close_task: asyncio.Task[None] | None = None
        self._terminal: TransportError | None = None

    # --- state -------------------------------------------------------------------------------------------------

    @property
    def transport(self) -> Transport:
        return self._transport

    @property
    def stats(self) -> RpcStats:
        """Live counters (see :meth:`RpcStats.snapshot` for a stable copy)."""
        return self._stats

    @property
    def is_closed(self) -> bool:
        """True once the connection was closed by us or lost."""
        return self._terminal is not None

    @property
    def terminal_error(self) -> TransportError | None:
        """Why the connection ended (None while open)."""
        return self._terminal

    # --- lifecycle -----------------------------------------------------------------------------------------------

    def start(self) -> None:
        """Start the reader task (idempotent; needs a running loop). A transport that can push frames hands them
        to the dispatcher from its read callback; the reader task then only sees dropped frames and the end."""
        if self._reader is None and self._terminal is None:
            self._transport.push_frames_to(self._on_frames)
            self._reader = asyncio.get_running_loop().create_task(self._read_loop(), name="codex-rpc-reader")

    async def close(self) -> None:
        """Fail pending calls with ``ConnectionClosedError``, end subscriptions, close the transport (bounded).
        Idempotent and safe to call concurrently."""
        if self._close_task is None:
            self._close_task = asyncio.get_running_loop().create_task(self._shutdown())
        await asyncio.shield(self._close_task)

    async def _shutdown(self) -> None:
        self._lose(ConnectionClosedError("the connection was closed by the client"))
        for task in list(self._background):
            task.cancel()
        try:
            async with asyncio.timeout(self._close_timeout):
                await self._transport.close()
        except TimeoutError:
            logger.warning("transport %r did not close within %gs", self._transport, self._close_timeout)
        if self._reader is not None and not self._reader.done():
            self._reader.cancel()
            await asyncio.wait([self._reader], timeout=1.0)

    # --- sinks -----------------------------------------------------------------------------------------------------

    def on_notification(self, sink: NotificationSink) -> Callable[[], None]:
        """Call ``sink(method, message)`` for every notification. Returns the unsubscribe function."""
        return self._inbound.notification_sinks.add(sink)

    def on_server_request(self, sink: ServerRequestSink) -> Callable[[], None]:
        """Offer every server request to ``sink`` (see :data:`ServerRequestSink`). Returns the unsubscribe function."""
        return self._server_requests.sinks.add(sink)

    def on_close(self, sink: CloseSink) -> Callable[[], None]:
        """Call ``sink(error)`` once when the connection ends. Returns the unsubscribe function."""
        return self._close_sinks.add(sink)

    def observe(self, observer: TrafficObserver) -> Callable[[], None]:
        """Call ``observer(traffic)`` for every message from now on, both directions, in wire order (see
        :mod:`codex_runtime.rpc.traffic`). Returns the unsubscribe function."""
        return self._tap.observers.add(observer)

    def notifications(
        self, *, maxsize: int = 1024, policy: OverflowPolicy = "drop_oldest", methods: Collection[str] | None = None
    ) -> NotificationSubscription:
        """A bounded subscription to notifications (all, or only ``methods``), from now on.

        Raises:
            ValueError: ``maxsize`` < 1 or an unknown ``policy``.
        """
        subscription = NotificationSubscription(
            maxsize=maxsize, policy=policy, methods=methods, unsubscribe=self._unsubscribe
        )
        if self._terminal is not None:
            subscription.end(None if self._close_task else self._terminal)
            return subscription
        self._subscriptions[subscription] = self._inbound.notification_sinks.add(subscription.push)
        return subscription

    def _unsubscribe(self, subscription: NotificationSubscription) -> None:
        remove = self._subscriptions.pop(subscription, None)
        if remove is not None:
            remove()

    # --- outgoing ------------------------------------------------------------------------------------------------

    async def request(self, method: str, params: Any = None, *, timeout: float | None = None) -> Any:
        """Send a request and return its ``result``. ``params`` None omits the member (or sends ``{}`` when the
        connection was made with ``params_required``); ``timeout`` None means the connection's ``request_timeout``.

        Raises:
            InvalidOutgoingMessageError: the message cannot be sent as is (e.g. a lone surrogate); nothing written.
            RpcTimeoutError: no response in time; the pending slot is released (a late reply is counted).
            RpcError: the server answered with an error (subclass chosen by code).
            TransportError: the connection is closed or lost (``ProcessExitedError`` with exit code and stderr).
        """
        self._ensure_open()
        message: dict[str, Any] = {"id": self._calls.new_id(), "method": method}
        if params is not None or self._params_required:
            message["params"] = {} if params is None else params
        frame = encode_message(message)
        return await self._call(message, frame, len(frame), timeout)

    async def adopt_request(self, message: dict[str, Any], size: int, *, timeout: float | None = None) -> Any:
        """Return the ``result`` of a request that was written to the transport before this connection existed
        (the ``initialize`` a one-shot writes at spawn, see :mod:`codex_runtime.runtime.handshake`); ``size`` is
        its frame's length. Its id must be the one this connection would give its first request. From here on it
        is a request like any other: counted, shown to observers, bounded by the deadline.

        Raises:
            InvalidArgumentError: ``message`` does not carry this connection's next id (nothing is waited for).
            As :meth:`request`.
        """
        self._ensure_open()
        if message.get("id") != self._calls.peek_id():
            raise InvalidArgumentError(f"an adopted request must carry id {self._calls.peek_id()}: {message!r:.80}")
        self._calls.new_id()
        return await self._call(message, None, size, timeout)

    async def _call(self, message: dict[str, Any], frame: bytes | None, size: int, timeout: float | None) -> Any:
        """Wait for the reply to ``message``, writing ``frame`` first unless it was already written."""
        request_id: int = message["id"]
        method: str = message["method"]
        calls = self._calls
        limit = self._timeout if timeout is None else timeout
        future = calls.open(request_id)  # registered before the write: a fast reply always finds its slot
        stats = self._stats
        stats.in_flight += 1
        started = perf_counter()
        tap = self._tap
        debug = logger.isEnabledFor(logging.DEBUG)  # the one check the hot path pays for the DEBUG log
        if debug or tap.observers.snapshot:
            tap.request_sent(method, request_id, message, size, started, debug)
        deadline = asyncio.timeout(limit)
        try:
            async with deadline:
                if frame is not None:
                    await self._transport.send(frame)
                stats.requests_sent += 1
                response = await future
        except TimeoutError:
            if not deadline.expired():
                raise
            stats.timeouts += 1
            raise RpcTimeoutError(method, limit) from None
        finally:
            stats.in_flight -= 1
            calls.release(request_id)
            if tap.watched:  # no routed response (timeout, lost, cancelled): said once, with why
                tap.unanswered(request_id, sys.exc_info()[1])
        stats.recent_latencies.append((method, perf_counter() - started))
        error = response.get("error")
        if error is not None:
            raise rpc_error_from_wire(error if isinstance(error, Mapping) else {"message": str(error)}, method=method)
        return response.get("result")

    async def notify(self, method: str, params: Any = None, *, timeout: float | None = None) -> None:
        """Send a notification (``params`` None: omitted).

        Raises:
            InvalidOutgoingMessageError: the message cannot be sent as is; nothing written.
            RpcTimeoutError: the transport did not accept it in time.
            TransportError: the connection is closed or lost.
        """
        message: dict[str, Any] = {"method": method}
        if params is not None:
            message["params"] = params
        self._ensure_open()
        frame = encode_message(message)
        if self._tap.observers.snapshot:
            self._tap.emit(Traffic("out", "notification", method, None, message, len(frame), time()))
        await self._send_frame(frame, method, timeout)
        self._stats.notifications_sent += 1

    async def respond(self, request_id: RequestId, result: Any, *, timeout: float | None = None) -> None:
        """Answer a server request with ``result``.

        Raises:
            ServerRequestAlreadyAnsweredError: no pending server request has this id (answered, discarded, unknown).
            InvalidOutgoingMessageError: ``result`` cannot be sent; the request stays pending, fix and retry.
            RpcTimeoutError, TransportError: as for :meth:`notify`.
        """
        await self._answer(request_id, {"id": request_id, "result": result}, timeout)

    async def respond_error(
        self, request_id: RequestId, code: int, message: str, data: Any = None, *, timeout: float | None = None
    ) -> None:
        """Answer a server request with a JSON-RPC error.

        Raises:
            ServerRequestAlreadyAnsweredError, InvalidOutgoingMessageError, RpcTimeoutError, TransportError:
                as for :meth:`respond`.
        """
        error: dict[str, Any] = {"code": code, "message": message}
        if data is not None:
            error["data"] = data
        await self._answer(request_id, {"id": request_id, "error": error}, timeout)

    def pending_requests(self) -> list[RequestId]:
        """Ids of our requests still waiting for their reply, oldest first (a copy)."""
        return self._calls.ids()

    def pending_server_requests(self) -> dict[RequestId, str]:
        """Server requests claimed but not answered yet: ``{id: method}`` (a copy)."""
        return self._server_requests.snapshot()

    def discard_server_request(self, request_id: RequestId) -> bool:
        """Forget a pending server request without answering (e.g. the server resolved it). False if unknown."""
        return self._server_requests.settle(request_id)

    async def _answer(self, request_id: RequestId, message: dict[str, Any], seconds: float | None) -> None:
        self._ensure_open()
        method = self._server_requests.method_of(request_id)
        frame = encode_message(message)  # before settling: a bad reply leaves the request answerable
        self._server_requests.settle(request_id)
        self._tap.answer(method, request_id, message, len(frame))
        await self._send_frame(frame, method, seconds)
        self._stats.server_responses_sent += 1

    async def _send_frame(self, frame: bytes, method: str, seconds: float | None) -> None:
        limit = self._timeout if seconds is None else seconds
        deadline = asyncio.timeout(limit)
        try:
            async with deadline:
                await self._transport.send(frame)
        except TimeoutError:
            if not deadline.expired():
                raise
            raise RpcTimeoutError(method, limit) from None

    def _ensure_open(self) -> None:
        # The transport may know before the reader does; no new reply can arrive either way.
        error = self._terminal or self._transport.terminal_error
        if error is not None:
            raise error.with_traceback(None)
        if self._reader is None:
            self.start()

    # --- the reader ------------------------------------------------------------------------------------------------

    async def _read_loop(self) -> None:
        transport = self._transport
        inbound = self._inbound
        try:
            while True:
                frames = await transport.receive()
                if frames:
                    inbound.dispatch(frames)
                dropped = transport.take_dropped_frames()
                if dropped:
                    inbound.dropped(dropped)
        except TransportError as exc:
            self._lose(exc)
        except asyncio.CancelledError:
            self._lose(ConnectionClosedError("the connection reader was cancelled"))
            raise
        except Exception as exc:  # a bug must not leave callers waiting for replies that will never be routed
            logger.exception("the JSON-RPC reader failed")
            self._lose(TransportError(f"the JSON-RPC reader failed: {exc!r}"))

    def _on_frames(self, frames: list[bytes]) -> None:
        """Frames pushed by the transport from its read callback (see :meth:`start`)."""
        try:
            self._inbound.dispatch(frames)
        except Exception as exc:  # as in the read loop: a bug must not leave callers waiting
            logger.exception("the JSON-RPC reader failed")
            self._lose(TransportError(f"the JSON-RPC reader failed: {exc!r}"))

    def _reply_soon(self, method: str, request_id: RequestId, code: int, message: str) -> None:
        # The reader never awaits a write (the peer may be blocked writing to us): reply from a bounded task.
        reply = {"id": request_id, "error": {"code": code, "message": message}}
        frame = encode_message(reply)
        self._tap.answer(method, request_id, reply, len(frame))
        self._spawn(self._send_frame(frame, "(server request error reply)", None))

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        async def guarded() -> None:
            try:
                await coro
                self._stats.server_responses_sent += 1
            except (TransportError, RpcTimeoutError) as exc:
                logger.info("background reply failed: %s", exc)

        task = asyncio.get_running_loop().create_task(guarded())
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    def _lose(self, error: TransportError) -> None:
        if self._terminal is not None:
            return
        self._terminal = error
        self._transport.push_frames_to(None)
        by_us = self._close_task is not None
        self._calls.fail_all(error)
        self._server_requests.close()
        for subscription in list(self._subscriptions):
            subscription.end(None if by_us else error)
        self._inbound.end()
        self._close_sinks.call_each(error)
        self._close_sinks.clear()
