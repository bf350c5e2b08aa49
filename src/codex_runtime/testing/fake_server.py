"""``FakeAppServer``: an in-process, scripted JSON-RPC peer for testing protocol edge cases.

It stands in for ``codex app-server`` over :func:`~codex_runtime.transport.memory_pair`: hand
``server.client_transport`` to the code under test, script how each method is answered, push notifications and
server requests, inject garbage, and simulate a crash. It answers ``initialize`` like codex 0.163.0 by default
(``userAgent`` "<clientInfo.name>/0.163.0 (...)", "Already initialized" on a second call, "Not initialized" for
requests before it) and unknown methods with the real server's -32600 "Invalid request: unknown variant" error.

Example::

    async with FakeAppServer() as server:
        server.on("thread/start", {"thread": {"id": "thr_1"}})
        server.on("turn/interrupt", NO_REPLY)                      # a request that never gets an answer
        async with RpcConnection(server.client_transport) as conn:
            await conn.request("initialize", {"clientInfo": {"name": "me"}})
            await server.notify("thread/started", {"thread": {"id": "thr_1"}})
            answer = await server.request("item/commandExecution/requestApproval", {...}, timeout=5)
            await server.exit(1, stderr="boom")                      # the client sees ProcessExitedError

Frames are whole messages (like the websocket transport): :meth:`send_raw` delivers exactly one frame.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import json
import logging
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Final

from codex_runtime.errors import (
    ConnectionClosedError,
    InvalidRequestError,
    ProcessExitedError,
    RpcError,
    TransportError,
)
from codex_runtime.rpc.closing import StartedWhileEntered
from codex_runtime.transport.memory import DEFAULT_MAX_BUFFERED_FRAMES, MemoryTransport, memory_pair

logger = logging.getLogger("codex_runtime.testing.fake_server")

FAKE_CODEX_VERSION: Final = "0.163.0"


class _NoReply:
    def __repr__(self) -> str:
        return "NO_REPLY"


NO_REPLY: Final = _NoReply()
"""Handler value: record the request and never answer it (to test client deadlines)."""

HandlerFn = Callable[[Any], Any]
"""``fn(params) -> result`` (sync or async); raise :class:`~codex_runtime.errors.RpcError` to answer with an error."""
Handler = Mapping[str, Any] | list[Any] | RpcError | _NoReply | HandlerFn


class FakeAppServer(StartedWhileEntered):
    """A scripted app-server peer. See the module docstring.

    Every message received from the client is decoded and appended to :attr:`received` (undecodable frames go to
    :attr:`raw_received` only). Waits take a ``timeout`` and raise ``TimeoutError`` when it passes.
    """

    def __init__(
        self,
        *,
        version: str = FAKE_CODEX_VERSION,
        codex_home: str = "/fake/codex-home",
        require_initialize: bool = True,
        max_frame_bytes: int | None = None,
        max_buffered_frames: int = DEFAULT_MAX_BUFFERED_FRAMES,
    ) -> None:
        self.client_transport: MemoryTransport
        self._end: MemoryTransport
        self.client_transport, self._end = memory_pair(
            max_buffered_frames=max_buffered_frames, max_frame_bytes=max_frame_bytes
        )
        self.version = version
        self.codex_home = codex_home
        self.require_initialize = require_initialize
        self.initialized = False
        self.received: list[dict[str, Any]] = []
        self.raw_received: list[bytes] = []
        self.client_responses: dict[Any, dict[str, Any]] = {}
        """Client answers to our server requests, by request id."""
        self._handlers: dict[str, Handler] = {}
        self._waiters: list[tuple[Callable[[dict[str, Any]], bool], asyncio.Future[dict[str, Any]]]] = []
        self._next_request_id = 0
        self._reader: asyncio.Task[None] | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    # --- lifecycle ------------------------------------------------------------------------------------------------

    def start(self) -> None:
        """Start answering (idempotent; needs a running loop)."""
        if self._reader is None:
            self._reader = asyncio.get_running_loop().create_task(self._read_loop(), name="fake-app-server")

    async def close(self) -> None:
        """Stop the fake; the client sees a clean EOF (``ConnectionClosedError``)."""
        await self.disconnect()
        for task in [*self._tasks, *([self._reader] if self._reader else [])]:
            task.cancel()
        await asyncio.gather(*self._tasks, *([self._reader] if self._reader else []), return_exceptions=True)

    # --- scripting --------------------------------------------------------------------------------------------------

    def on(self, method: str, handler: Handler) -> None:
        """Answer ``method`` with ``handler``: a dict/list (the result), an ``RpcError`` (an error response),
        :data:`NO_REPLY`, or a callable ``fn(params)`` (sync or async) returning the result or raising RpcError.
        Replaces the built-in ``initialize`` answer when ``method == "initialize"``."""
        self._handlers[method] = handler

    def initialize_result(self, params: Any) -> dict[str, Any]:
        """What the fake answers to ``initialize`` (override in a subclass to change it)."""
        info = params.get("clientInfo") if isinstance(params, Mapping) else None
        name = info.get("name", "client") if isinstance(info, Mapping) else "client"
        return {
            "userAgent": f"{name}/{self.version} (Fake OS 1.0; x86_64) fake-app-server",
            "codexHome": self.codex_home,
            "platformFamily": "unix",
            "platformOs": "linux",
        }

    # --- pushing to the client -------------------------------------------------------------------------------------

    async def notify(self, method: str, params: Any = None, **extra: Any) -> None:
        """Send a notification (``extra`` adds top-level members, e.g. ``emittedAtMs``).

        Raises:
            TransportError: the client end is closed.
        """
        message: dict[str, Any] = {"method": method, **extra}
        if params is not None:
            message["params"] = params
        await self.send_message(message)

    async def send_request(self, method: str, params: Any = None, *, request_id: Any = None) -> Any:
        """Send a server request; returns its id (integers from 0, like codex, unless ``request_id`` is given).

        Raises:
            TransportError: the client end is closed.
        """
        if request_id is None:
            request_id = self._next_request_id
            self._next_request_id += 1
        await self.send_message({"id": request_id, "method": method, "params": {} if params is None else params})
        return request_id

    async def request(self, method: str, params: Any = None, *, timeout: float) -> dict[str, Any]:
        """Send a server request and wait for the client's answer (the whole response message).

        Raises:
            TimeoutError: the client did not answer within ``timeout``.
            TransportError: the client end is closed.
        """
        request_id = await self.send_request(method, params)
        return await self.wait_response(request_id, timeout=timeout)

    async def wait_response(self, request_id: Any, *, timeout: float) -> dict[str, Any]:
        """The client's response to server request ``request_id`` (result or error message).

        Raises:
            TimeoutError: no answer within ``timeout``.
        """
        return await self.wait_for(lambda m: "method" not in m and m.get("id") == request_id, timeout=timeout)

    async def send_message(self, message: Mapping[str, Any]) -> None:
        """Send any JSON object as one frame (stray or duplicate responses, odd envelopes).

        Raises:
            TransportError: the client end is closed.
        """
        await self._end.send(json.dumps(message, separators=(",", ":")).encode())

    async def send_raw(self, frame: bytes) -> None:
        """Send ``frame`` verbatim as one frame (garbage, invalid UTF-8, huge payloads).

        Raises:
            TransportError: the client end is closed.
        """
        await self._end.send(frame)

    async def disconnect(self) -> None:
        """Clean EOF: the client drains what was sent, then sees ``ConnectionClosedError``."""
        self._end.abort(ConnectionClosedError("fake app-server closed the connection"))

    async def exit(self, exit_code: int = 1, stderr: str = "") -> None:
        """Simulate the app-server process exiting: the client sees ``ProcessExitedError`` with this exit code
        and stderr tail once it has drained what was sent."""
        self._end.abort(ProcessExitedError("app-server exited", exit_code=exit_code, stderr_tail=stderr))

    # --- observing the client ----------------------------------------------------------------------------------------

    async def wait_for(self, match: str | Callable[[dict[str, Any]], bool], *, timeout: float) -> dict[str, Any]:
        """The first received message (past or future) with method ``match``, or for which ``match(msg)`` is true.

        Raises:
            TimeoutError: nothing matched within ``timeout``.
        """
        predicate = (lambda m: m.get("method") == match) if isinstance(match, str) else match
        for message in self.received:
            if predicate(message):
                return message
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        entry = (predicate, future)
        self._waiters.append(entry)
        try:
            async with asyncio.timeout(timeout):
                return await future
        finally:
            if entry in self._waiters:
                self._waiters.remove(entry)

    def requests(self, method: str | None = None) -> list[dict[str, Any]]:
        """Requests received from the client (optionally only ``method``), in order."""
        return [m for m in self.received if "id" in m and "method" in m and (method is None or m["method"] == method)]

    # --- internals ----------------------------------------------------------------------------------------------

    async def _read_loop(self) -> None:
        try:
            while True:
                for frame in await self._end.receive():
                    self._on_frame(frame)
        except TransportError:
            pass

    def _on_frame(self, frame: bytes) -> None:
        self.raw_received.append(frame)
        try:
            message = json.loads(frame)
        except ValueError:
            logger.warning("fake app-server got an undecodable frame: %r", frame[:200])
            return
        if not isinstance(message, dict):
            return
        self.received.append(message)
        for predicate, future in list(self._waiters):
            if not future.done() and predicate(message):
                future.set_result(message)
        method = message.get("method")
        if method is None:
            self.client_responses[message.get("id")] = message
        elif "id" in message:
            self._spawn(self._answer(message["id"], method, message.get("params")))

    async def _answer(self, request_id: Any, method: str, params: Any) -> None:
        handler = self._handlers.get(method)
        try:
            if handler is None:
                result = self._builtin(method, params)
            elif handler is NO_REPLY:
                return
            elif isinstance(handler, RpcError):
                raise handler
            elif callable(handler):
                result = handler(params)
                if inspect.isawaitable(result):
                    result = await result
            else:
                result = handler
            if method == "initialize":
                self.initialized = True
            reply: dict[str, Any] = {"id": request_id, "result": result}
        except RpcError as exc:
            reply = {"id": request_id, "error": exc.to_wire()}
        except Exception as exc:
            logger.exception("fake app-server handler for %s raised", method)
            reply = {"id": request_id, "error": {"code": -32603, "message": f"handler failed: {exc!r}"}}
        with contextlib.suppress(TransportError):  # the client went away: nobody to answer
            await self.send_message(reply)

    def _builtin(self, method: str, params: Any) -> Any:
        if method == "initialize":
            if self.initialized:
                raise InvalidRequestError("Already initialized")
            return self.initialize_result(params)
        if self.require_initialize and not self.initialized:
            raise InvalidRequestError("Not initialized")
        raise InvalidRequestError(f"Invalid request: unknown variant `{method}`")

    def _spawn(self, coro: Awaitable[None]) -> None:
        async def run() -> None:
            await coro

        task = asyncio.get_running_loop().create_task(run())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)


__all__ = ["FAKE_CODEX_VERSION", "NO_REPLY", "FakeAppServer", "Handler", "HandlerFn"]
