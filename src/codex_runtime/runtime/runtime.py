"""The Runtime: one connected app-server, its inbound traffic routed, its state projected, its metrics kept.

Connecting = transport + ``initialize`` (clientInfo, experimental API) + the version guard + ``initialized``.
Every inbound notification passes through :meth:`Runtime._route` on the reader: a few dict lookups that feed
the state projection, the turn taps of its thread and the bounded event subscriptions. Nothing there awaits or
runs user code.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from codex_runtime.errors import InvalidArgumentError, TransportError
from codex_runtime.protocol import SCHEMA_SHA256, id_reader
from codex_runtime.rpc import CloseSink, RpcConnection
from codex_runtime.runtime import codex_wire, typed
from codex_runtime.runtime.compat import check_codex_version
from codex_runtime.runtime.config import ClientConfig
from codex_runtime.runtime.endpoint import open_transport
from codex_runtime.runtime.events import EventStream
from codex_runtime.runtime.handlers import Handler
from codex_runtime.runtime.handshake import INITIALIZE, SentRequest, initialize_params
from codex_runtime.runtime.helpers import RuntimeHelpers
from codex_runtime.runtime.hooks import HookRun, as_hooks
from codex_runtime.runtime.metrics import MetricsSnapshot, build_metrics
from codex_runtime.runtime.observe import WireObserver, fan_out, next_connection_number
from codex_runtime.runtime.server_requests import PendingServerRequest, ServerRequestBroker
from codex_runtime.runtime.state import RetentionLimits, StateProjection
from codex_runtime.runtime.turn_tap import TurnTap
from codex_runtime.transport.base import Transport

if TYPE_CHECKING:
    from codex_runtime.runtime.snapshot_store import SnapshotStore

logger = logging.getLogger("codex_runtime.runtime")

SERVER_REQUEST_RESOLVED = "serverRequest/resolved"


def snapshot_store(store: SnapshotStore | str | os.PathLike[str]) -> SnapshotStore:
    """``store``, or a JSON file store at that path tagged with this protocol's schema hash."""
    if isinstance(store, str | os.PathLike):
        from codex_runtime.runtime.snapshot_store import JsonFileSnapshotStore  # tempfile etc.: only when used

        return JsonFileSnapshotStore(store, schema_sha256=SCHEMA_SHA256)
    return store


class Runtime(RuntimeHelpers):
    """Level 6: full control over one app-server connection. Create with :meth:`connect`."""

    def __init__(self, rpc: RpcConnection, config: ClientConfig, *, retention: RetentionLimits | None = None) -> None:
        self.config = config
        self._rpc = rpc
        self._taps: dict[str, list[TurnTap]] = {}
        self._hook_runs: dict[str, HookRun] = {}
        """The hook run of each thread's running turn (its PRE_TOOL_USE and approval observers apply)."""
        self._broker = ServerRequestBroker(
            rpc,
            timeout=config.server_request_timeout,
            client_handler=config.approval_handler,
            decode_params=typed.decode_server_request_params,
            validate_answer=typed.validate_server_response,
            hook_run_for=self._hook_run_for,
        )
        self.state = StateProjection(retention or RetentionLimits(), pending=self._broker.pending_requests)
        self._broker.observe(self._on_server_request)
        self.init_result: dict[str, Any] = {}
        self.user_agent = ""
        self.codex_version: str | None = None
        self.stream_drops = 0
        self.health_problem: str | None = None
        """Why the server is considered unhealthy (e.g. it did not acknowledge an interrupt in time), or None."""
        self._event_streams: set[EventStream] = set()
        self._closed_event = asyncio.Event()
        rpc.on_notification(self._route)
        rpc.on_close(self._on_close)
        self.connection_number = next_connection_number()
        """This connection's number in the process (``WireEvent.connection``)."""
        if config.observers:  # before initialize: a transcript starts with the handshake
            rpc.observe(fan_out(tuple(config.observers), self.connection_number))

    # --- connecting -------------------------------------------------------------------------------------------

    @classmethod
    async def connect(
        cls,
        config: ClientConfig | None = None,
        *,
        transport: Transport | None = None,
        retention: RetentionLimits | None = None,
        initialize_sent: SentRequest | None = None,
    ) -> Runtime:
        """Open the transport, initialize, check the codex version, send ``initialized``. ``initialize_sent``: the
        given transport's child already got its ``initialize`` (see :mod:`codex_runtime.runtime.handshake`).

        Raises:
            InvalidArgumentError: ``initialize_sent`` without the ``transport`` it was written to (nothing started).
            SnapshotError: ``config.restore_state`` cannot be loaded (nothing was started).
            CodexBinaryNotFoundError, TransportError: the server could not be started or reached.
            IncompatibleCodexVersionError: the server is too old (it was shut down).
            RpcError: initialize failed.
        """
        config = config or ClientConfig()
        if initialize_sent is not None and transport is None:
            raise InvalidArgumentError("initialize_sent needs the transport whose child it was written to")
        restored = snapshot_store(config.restore_state).load() if config.restore_state is not None else None
        transport = transport or await open_transport(config)
        rpc = RpcConnection(
            transport,
            request_timeout=config.rpc_timeout,
            params_required=codex_wire.PARAMS_REQUIRED,
            reply_id_of_head=codex_wire.reply_id_of_head,
        )
        runtime = cls(rpc, config, retention=retention)
        if restored is not None:
            runtime.state.restore(restored)
        try:
            await runtime._initialize(initialize_sent)
        except BaseException:
            await runtime.shutdown()
            raise
        return runtime

    async def _initialize(self, sent: SentRequest | None) -> None:
        if sent is None:
            result = await self._rpc.request(INITIALIZE, initialize_params(self.config))
        else:
            result = await self._rpc.adopt_request(sent.message, sent.size)
        self.init_result = result if isinstance(result, dict) else {}
        self.user_agent = str(self.init_result.get("userAgent", ""))
        self.codex_version = check_codex_version(self.user_agent, self.config.min_codex_version)
        await self._rpc.notify("initialized")

    @property
    def codex_home(self) -> Path | None:
        home = self.init_result.get("codexHome")
        return Path(home) if isinstance(home, str) else None

    # --- the reader's routing (cheap, synchronous) ----------------------------------------------------------

    def _route(self, method: str, message: dict[str, Any]) -> None:
        params = message.get("params")
        if not isinstance(params, dict):
            params = {}
        ids = id_reader(method)(params)
        self.state.apply(method, params, ids)  # the one fold, before any tap wakes its consumer
        if self._taps:
            thread_id, turn_id = ids
            if thread_id is not None:
                taps = self._taps.get(thread_id)
                if taps:
                    for tap in taps:
                        tap.feed(method, params, turn_id)
        if method == SERVER_REQUEST_RESOLVED:
            request_id = params.get("requestId")
            if isinstance(request_id, int | str):
                self._broker.resolved(request_id)  # retired once, in the broker's table

    def _hook_run_for(self, pending: PendingServerRequest) -> HookRun | None:
        if pending.thread_id is not None and pending.thread_id in self._hook_runs:
            return self._hook_runs[pending.thread_id]
        hooks = as_hooks(self.config.hooks)
        if hooks.is_empty:
            return None
        return HookRun(hooks, thread_id=pending.thread_id, turn_id=pending.turn_id)

    def _on_server_request(self, pending: PendingServerRequest) -> None:
        if pending.thread_id is not None:
            for tap in self._taps.get(pending.thread_id, ()):
                if tap.turn_id is None or pending.turn_id in (None, tap.turn_id):
                    tap.feed_server_request(pending)

    def _on_close(self, error: TransportError) -> None:
        self._closed_event.set()
        self._broker.close()
        for taps in self._taps.values():
            for tap in taps:
                tap.fail(error)

    # --- seams for the layers above: each returns its own cleanup ------------------------------------------

    @property
    def server_pid(self) -> int | None:
        """The app-server process id (also its process group id) for a local stdio server; None for a remote one."""
        return self._rpc.transport.process_id

    def push_handler(
        self, thread_id: str, handler: Handler, *, methods: frozenset[str] | None = None
    ) -> Callable[[], None]:
        """Answer ``thread_id``'s server requests with ``handler`` first (only ``methods`` when given).

        Returns the function that removes it again (identity-checked: it never removes another handler).
        """
        return self._broker.push_thread_handler(thread_id, handler, methods=methods)

    @contextlib.contextmanager
    def bind_turn(
        self,
        thread_id: str,
        *,
        stream: bool = False,
        handler: Handler | None = None,
        hook_run: HookRun | None = None,
    ) -> Iterator[TurnTap]:
        """Listen to ``thread_id``'s next turn (enter this BEFORE turn/start is written): a tap on its
        notifications, ``handler`` first for its server requests, ``hook_run`` observing them. All of it is
        undone on exit.

        Raises:
            TransportError: the connection is already gone.
        """
        self.ensure_open()
        with contextlib.ExitStack() as stack:
            stack.callback(self.state.hold(thread_id))
            tap = TurnTap(thread_id, self.state.turn_record, stream=stream)
            self._taps.setdefault(thread_id, []).append(tap)
            stack.callback(self._close_tap, tap)
            if handler is not None:
                stack.callback(self._broker.push_thread_handler(thread_id, handler))
            if hook_run is not None:
                hook_run.thread_id = thread_id
                self._hook_runs[thread_id] = hook_run
                stack.callback(self._forget_hook_run, thread_id, hook_run)
            yield tap

    def _forget_hook_run(self, thread_id: str, hook_run: HookRun) -> None:
        if self._hook_runs.get(thread_id) is hook_run:  # not another run's, on the same thread
            del self._hook_runs[thread_id]

    def _close_tap(self, tap: TurnTap) -> None:
        taps = self._taps.get(tap.thread_id)
        if taps and tap in taps:
            taps.remove(tap)
            self.stream_drops += tap.dropped
            if not taps:
                del self._taps[tap.thread_id]

    def observe(self, observer: WireObserver) -> Callable[[], None]:
        """Call ``observer(event)`` for every message from now on (see :mod:`codex_runtime.runtime.observe`;
        ``ClientConfig.observers`` attaches from the first message on). Returns the unsubscribe."""
        return self._rpc.observe(fan_out((observer,), self.connection_number))

    def on_close(self, sink: CloseSink) -> Callable[[], None]:
        """Call ``sink(error)`` (on the reader, keep it cheap) once the connection is gone; returns the unsubscribe."""
        return self._rpc.on_close(sink)

    def ensure_open(self) -> None:
        """Raises the connection's terminal error (ProcessExitedError, ConnectionClosedError) once it is gone."""
        error = self._rpc.terminal_error
        if error is not None:
            raise error

    def events(
        self,
        *,
        thread_id: str | None = None,
        turn_id: str | None = None,
        methods: list[str] | None = None,
        maxsize: int = 4096,
    ) -> EventStream:
        """Every inbound notification as a typed object, optionally only one thread's / turn's / methods'.

        Buffer policy: at most ``maxsize`` are kept for a slow consumer; the oldest are dropped and counted in
        ``stream.dropped`` (and in the metrics). Use ``async with`` (or ``close()``) to unsubscribe.
        """
        subscription = self._rpc.notifications(maxsize=maxsize, policy="drop_oldest", methods=methods)
        stream = EventStream(subscription, thread_id=thread_id, turn_id=turn_id, on_close=self._forget_stream)
        self._event_streams.add(stream)
        return stream

    def _forget_stream(self, stream: EventStream) -> None:
        self.stream_drops += stream.dropped
        self._event_streams.discard(stream)

    def server_requests(self) -> AsyncIterator[PendingServerRequest]:
        """Server requests no handler took (answer each with ``respond``/``decline`` before its deadline)."""
        return self._broker.requests()

    def pending_server_requests(self, thread_id: str | None = None) -> list[PendingServerRequest]:
        """Server requests still waiting for an answer (of ``thread_id`` when given), oldest first: the broker's
        table, the one record of them (handed out, deferred, or queued)."""
        return self._broker.pending_requests(thread_id)

    def on_server_request_retired(self, observer: Callable[[PendingServerRequest], None]) -> Callable[[], None]:
        """Call ``observer(request)`` (cheap, maybe on the reader) as each server request ends: answered, declined,
        resolved by the server or lost; ``request.outcome`` says which. Returns the unsubscribe."""
        return self._broker.on_retired(observer)

    def set_method_handler(self, method: str, handler: Handler | None) -> None:
        """Answer every server request of ``method`` with ``handler`` (after per-thread handlers)."""
        if handler is None:
            self._broker.method_handlers.pop(method, None)
        else:
            self._broker.method_handlers[method] = handler

    # --- requests -----------------------------------------------------------------------------------------------

    async def request(self, method: str, params: Any = None, *, timeout: float | None = None) -> Any:
        """Send a raw request; the raw result comes back.

        Raises:
            UnsupportedByServerError: the connected codex release lacks the method (nothing sent).
            RpcError: error response, or RpcTimeoutError at the deadline.
            TransportError: the connection is gone.
        """
        self.ensure_supported(method)
        return await self._rpc.request(method, params, timeout=timeout)

    async def notify(self, method: str, params: Any = None) -> None:
        """Send a raw notification.

        Raises:
            TransportError: the connection is gone.
        """
        await self._rpc.notify(method, params)

    # --- state and metrics ------------------------------------------------------------------------------------

    def state_snapshot(self) -> dict[str, Any]:
        """A JSON-serializable copy of the bounded state projection."""
        return self.state.snapshot()

    def save_state(self, store: SnapshotStore | str | os.PathLike[str]) -> None:
        """Save the state snapshot to ``store`` (or to a JSON file at that path, tagged with the protocol schema
        hash so a snapshot from another protocol version is refused on load)."""
        snapshot_store(store).save(self.state_snapshot())

    def metrics_snapshot(self) -> MetricsSnapshot:
        dropped = (
            self.stream_drops
            + sum(s.dropped for s in self._event_streams)
            + sum(tap.dropped for taps in self._taps.values() for tap in taps)
        )
        return build_metrics(self._rpc.stats, self._broker.metrics(), dropped)

    # --- lifecycle ----------------------------------------------------------------------------------------------

    @property
    def is_closed(self) -> bool:
        return self._rpc.is_closed

    @property
    def terminal_error(self) -> TransportError | None:
        """Why the connection ended (e.g. ``ProcessExitedError``: exit code and stderr tail); None while open."""
        return self._rpc.terminal_error

    @property
    def healthy(self) -> bool:
        """False once the connection is gone, or once the server failed to answer a request it must answer at once
        (a turn/interrupt at a turn's deadline): it may be hung (e.g. stopped); :attr:`health_problem` says why.
        It stays False for this connection; replace the server (a new Client, or let a pool replace the member)."""
        return self.health_problem is None and not self._rpc.is_closed

    def mark_unhealthy(self, reason: str) -> None:
        """Record that the server misbehaved (first reason wins); see :attr:`healthy`."""
        if self.health_problem is None:
            logger.warning("app-server marked unhealthy: %s", reason)
            self.health_problem = reason

    async def shutdown(self) -> None:
        """Close the connection and stop the app-server process group (bounded, idempotent)."""
        await self._rpc.close()
        self._broker.close()
        for stream in list(self._event_streams):
            stream.close()

    async def wait_closed(self, timeout: float) -> TransportError | None:
        """Wait (bounded) until the connection is gone; its terminal error, or None at the deadline."""
        if self._rpc.terminal_error is None:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._closed_event.wait(), timeout)
        return self._rpc.terminal_error
