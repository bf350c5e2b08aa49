"""Requests the server sends us: :class:`ServerRequestTable` offers each to the sinks and keeps the claimed ones,
``{id: method}``, until they are answered or discarded.

Bounded: at most ``limit`` pending; more are refused with -32001 at once. A request no sink claims is refused with
-32601 at once, so the server is never left waiting. An id reused while still pending is ignored (logged).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from codex_runtime.errors import ServerRequestAlreadyAnsweredError
from codex_runtime.rpc.callbacks import Callbacks
from codex_runtime.rpc.calls import RequestId
from codex_runtime.rpc.stats import RpcStats

logger = logging.getLogger("codex_runtime.rpc")

UNCLAIMED_SERVER_REQUEST_CODE = -32601
OVERLOADED_CODE = -32001


@dataclass(frozen=True, slots=True)
class ServerRequest:
    """A request the server sent us. Answer it with :meth:`RpcConnection.respond` / ``respond_error``."""

    id: RequestId
    method: str
    params: Any
    message: dict[str, Any]


ServerRequestSink = Callable[[ServerRequest], bool]
"""``sink(request) -> claimed``; runs on the reader. Return True to take ownership (you must then answer it, on
your own task, before the server gives up); the first sink that claims wins. Unclaimed requests are answered
with a -32601 error at once, so the server is never left waiting."""

Refusal = tuple[int, str]
"""``(code, message)`` of the error a server request must be answered with at once."""


class ServerRequestTable:
    """The server requests claimed and not answered yet, and the sinks they are offered to."""

    def __init__(self, stats: RpcStats, limit: int) -> None:
        self._stats = stats
        self._limit = limit
        self._pending: dict[RequestId, str] = {}
        self.sinks = Callbacks[ServerRequestSink]("server request sink")
        """Each request is offered to them in order until one claims it."""

    def admit(self, request_id: RequestId, method: str, message: dict[str, Any]) -> Refusal | None:
        """Offer a new request to the sinks (runs on the reader). Returns the error to answer it with at once, or
        None: a sink claimed it (it is pending until answered) or its id is already pending (ignored)."""
        stats = self._stats
        pending = self._pending
        if request_id in pending:
            stats.rejected_server_requests += 1
            logger.warning("server request id %r reused while still pending (%s); ignored", request_id, method)
            return None
        if len(pending) >= self._limit:
            stats.rejected_server_requests += 1
            logger.warning("too many pending server requests; refusing %s id=%r", method, request_id)
            return OVERLOADED_CODE, "client overloaded: too many pending server requests"
        request = ServerRequest(request_id, method, message.get("params"), message)
        pending[request_id] = method
        for sink in self.sinks.snapshot:
            try:
                if sink(request):
                    return None
            except Exception:
                stats.sink_errors += 1
                logger.exception("server request sink %r raised (contained)", sink)
        del pending[request_id]
        stats.unclaimed_server_requests += 1
        logger.warning("no handler claimed server request %s id=%r; answering with an error", method, request_id)
        return UNCLAIMED_SERVER_REQUEST_CODE, f"no handler for server request {method!r}"

    def method_of(self, request_id: RequestId) -> str:
        """The method of a pending request (it stays pending until :meth:`settle`).

        Raises:
            ServerRequestAlreadyAnsweredError: no pending request has this id (answered, discarded, unknown).
        """
        method = self._pending.get(request_id)
        if method is None:
            raise ServerRequestAlreadyAnsweredError(
                f"no pending server request with id {request_id!r} (already answered, discarded or unknown)"
            )
        return method

    def settle(self, request_id: RequestId) -> bool:
        """Forget a pending request (answered, or resolved by the server). False if unknown."""
        return self._pending.pop(request_id, None) is not None

    def snapshot(self) -> dict[RequestId, str]:
        """``{id: method}`` of the pending requests (a copy)."""
        return dict(self._pending)

    def close(self) -> None:
        """The connection ended: forget every pending request and every sink."""
        self._pending.clear()
        self.sinks.clear()
