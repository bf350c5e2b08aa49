"""What crossed the wire, for observers (transcripts, tracing) and the DEBUG log of requests and responses.

:class:`Traffic` is one JSON-RPC message in either direction, stamped with the wall-clock time, its size on the
wire and, for a response to our request, the round trip. Observers run where the message is handled (the reader
for inbound messages, the sender's task for outbound ones): they must be cheap and must not raise (errors are
contained, logged and counted in ``RpcStats.sink_errors``). With no observer the connection pays one
truthiness check of a tuple per message.

Logging (``codex_runtime.rpc``): each request/response pair and each server request/answer at DEBUG, with the
method, id, duration and sizes. Payloads only when the ``codex_runtime.rpc.payloads`` logger is set to DEBUG
itself (it starts at INFO, so a root logger at DEBUG does not log prompts), and then with secrets redacted
(:mod:`codex_runtime._redact`). When DEBUG is off a request costs one ``isEnabledFor`` check.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from time import perf_counter, time
from typing import Any, Literal

from codex_runtime._redact import redact
from codex_runtime.rpc.callbacks import Callbacks
from codex_runtime.rpc.stats import RpcStats

logger = logging.getLogger("codex_runtime.rpc")
payload_logger = logging.getLogger("codex_runtime.rpc.payloads")
payload_logger.setLevel(logging.INFO)  # payloads are opt-in: a root logger at DEBUG does not turn them on

Direction = Literal["in", "out"]
Kind = Literal["request", "response", "notification"]
_PAYLOAD_CHARS = 4000
"""A logged payload is cut here: a 300 KB command output is not a log line."""


@dataclass(frozen=True, slots=True)
class Traffic:
    """One JSON-RPC message as it crossed the wire.

    Attributes:
        direction: "out" (we sent it) or "in" (the server did).
        kind: "request", "response" or "notification". An inbound request is a server request; an outbound
            response is our answer to one.
        method: the request's method (for a response: the method of the request it answers).
        id: the JSON-RPC id (None for notifications).
        message: the whole message as sent or received. Shared with the connection: never mutate it.
        size: bytes on the wire (0 for a response that never came, see ``failure``).
        time: ``time.time()`` when it was sent or received.
        duration: for a response to our request: seconds since the request was written; else None.
        failure: for a response that never came: why ("RpcTimeoutError", "ConnectionClosedError", ...); the
            message is then empty.
    """

    direction: Direction
    kind: Kind
    method: str
    id: int | str | None
    message: dict[str, Any]
    size: int
    time: float
    duration: float | None = None
    failure: str | None = None


TrafficObserver = Callable[[Traffic], None]
"""``observer(traffic)`` for every message; see the module docstring for where it runs."""


class TrafficTap:
    """A connection's observers, and the requests whose responses they (or the DEBUG log) are waiting for.

    The connection calls it only when ``observers.snapshot`` or :attr:`watched` is non-empty, or DEBUG is on.
    """

    def __init__(self, stats: RpcStats) -> None:
        self.observers = Callbacks[TrafficObserver]("traffic observer")
        self.watched: dict[int | str, tuple[str, float, bool]] = {}
        """``{id: (method, perf_counter at send, debug)}`` of requests sent while observed or logged."""
        self._stats = stats

    def emit(self, traffic: Traffic) -> None:
        self._stats.sink_errors += self.observers.call_each(traffic)

    def request_sent(
        self, method: str, request_id: int | str, message: dict[str, Any], size: int, started: float, debug: bool
    ) -> None:
        """A request is about to be written (before the write: a fast reply is never seen before its request)."""
        self.watched[request_id] = (method, started, debug)
        if self.observers.snapshot:
            self.emit(Traffic("out", "request", method, request_id, message, size, time()))
        if debug:
            log_request(method, request_id, size, message)

    def response(self, request_id: Any, message: dict[str, Any], size: int) -> None:
        """Its response was routed (on the reader: in wire order with the notifications around it)."""
        watched = self.watched.pop(request_id, None)
        if watched is None:
            return
        method, started, debug = watched
        duration = perf_counter() - started
        if self.observers.snapshot:
            self.emit(Traffic("in", "response", method, request_id, message, size, time(), duration))
        if debug:
            log_response(method, request_id, duration, size, message)

    def unanswered(self, request_id: int | str, error: BaseException | None) -> None:
        """The request ended without a routed response (timeout, lost connection, cancelled): said once."""
        watched = self.watched.pop(request_id, None)
        if watched is None:
            return
        method, started, debug = watched
        duration = perf_counter() - started
        failure = type(error).__name__ if error is not None else "no response"
        if self.observers.snapshot:
            self.emit(Traffic("in", "response", method, request_id, {}, 0, time(), duration, failure))
        if debug:
            log_response(method, request_id, duration, 0, None, failure)

    def server_request(self, method: str, request_id: int | str, message: dict[str, Any], size: int) -> None:
        if self.observers.snapshot:
            self.emit(Traffic("in", "request", method, request_id, message, size, time()))
        if logger.isEnabledFor(logging.DEBUG):
            log_server_request("in", method, request_id, size, message.get("params"))

    def answer(self, method: str, request_id: int | str, message: dict[str, Any], size: int) -> None:
        """Our answer to a server request, before it is written."""
        if self.observers.snapshot:
            self.emit(Traffic("out", "response", method, request_id, message, size, time()))
        if logger.isEnabledFor(logging.DEBUG):
            log_server_request("out", method, request_id, size, message.get("result", message.get("error")))


def log_request(method: str, request_id: int | str, size: int, message: dict[str, Any]) -> None:
    """DEBUG line for a request we sent (call only when DEBUG is enabled)."""
    logger.debug("-> %s id=%s %dB%s", method, request_id, size, _payload(message.get("params")))


def log_response(
    method: str, request_id: int | str, duration: float, size: int, message: dict[str, Any] | None, failure: str = ""
) -> None:
    """DEBUG line for the response to it (or why none came)."""
    if message is None:
        logger.debug("<- %s id=%s %.1fms no response: %s", method, request_id, duration * 1000, failure)
        return
    error = message.get("error")
    outcome = f" error {error.get('code')}" if isinstance(error, dict) else ""
    body = message.get("error") if error is not None else message.get("result")
    logger.debug("<- %s id=%s %.1fms %dB%s%s", method, request_id, duration * 1000, size, outcome, _payload(body))


def log_server_request(direction: Direction, method: str, request_id: int | str, size: int, body: Any) -> None:
    """DEBUG line for a server request ("in") or our answer to it ("out")."""
    arrow = "<=" if direction == "in" else "=>"
    logger.debug("%s server request %s id=%s %dB%s", arrow, method, request_id, size, _payload(body))


def _payload(body: Any) -> str:
    if body is None or not payload_logger.isEnabledFor(logging.DEBUG):
        return ""
    text = json.dumps(redact(body), ensure_ascii=False, default=str)
    if len(text) > _PAYLOAD_CHARS:
        text = f"{text[:_PAYLOAD_CHARS]}…[{len(text) - _PAYLOAD_CHARS} more chars]"
    return f" {text}"


__all__ = [
    "Direction",
    "Kind",
    "Traffic",
    "TrafficObserver",
    "TrafficTap",
    "log_request",
    "log_response",
    "log_server_request",
]
