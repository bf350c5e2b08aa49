"""A server request waiting for an answer: what handlers, ``server_requests()`` consumers and UIs hold.

Its own module so the handler types (runtime/handlers.py) can name it without importing the broker that owns the
table (runtime/server_requests.py): the request reaches its broker through the small :class:`_Answerer` protocol.
"""

from __future__ import annotations

from typing import Any, Generic, Protocol

from typing_extensions import TypeVar

from codex_runtime.protocol import read_ids
from codex_runtime.rpc import ServerRequest as RpcServerRequest
from codex_runtime.runtime.decisions import Response, fail_closed_answer


class _Answerer(Protocol):
    """What a pending request needs of its broker."""

    def decode_params(self, method: str, params: dict[str, Any]) -> Any: ...

    async def answer(
        self, pending: PendingServerRequest[Any], answer: Any, *, outcome: str, trusted: bool = False
    ) -> None: ...


P = TypeVar("P", covariant=True, default=Any)  # params are read-only: a handler of a wider type fits


class PendingServerRequest(Generic[P]):
    """A server request waiting for an answer.

    Attributes:
        id, method: the JSON-RPC id and method.
        raw_params: the params as received.
        thread_id, turn_id, item_id: where it belongs (None when the method has no such field).
        deadline: ``time.monotonic()`` value after which it is answered fail-closed.
        deferred: a handler answered DEFER: it waits for ``respond``/``decline`` (or its deadline).
    """

    def __init__(self, broker: _Answerer, request: RpcServerRequest, deadline: float) -> None:
        self._broker = broker
        self.id = request.id
        self.method = request.method
        raw = request.params
        self.raw_params: dict[str, Any] = raw if isinstance(raw, dict) else {}
        self.thread_id, self.turn_id = read_ids(self.method, self.raw_params)
        self.item_id: str | None = _str_or_none(self.raw_params.get("itemId") or self.raw_params.get("callId"))
        self.deadline = deadline
        self.deferred = False
        self.outcome: str | None = None
        """None while pending; then "answered", "declined_by_deadline", "declined_overflow", "handler_error",
        "blocked_by_hook", "resolved" (by the server) or "lost" (the connection ended)."""
        self._params: Any = None

    def __repr__(self) -> str:
        return f"<PendingServerRequest {self.method} id={self.id!r} outcome={self.outcome}>"

    @property
    def params(self) -> P:
        """The typed params (generated model), validated on first access; the raw dict for unknown methods."""
        if self._params is None:
            self._params = self._broker.decode_params(self.method, self.raw_params)
        return self._params  # type: ignore[no-any-return]  # decoded by the method's own params type

    @property
    def is_pending(self) -> bool:
        return self.outcome is None

    async def respond(self, answer: Response) -> None:
        """Answer with a decision string, a typed response object, or a response dict (validated first).

        Raises:
            ServerRequestAlreadyAnsweredError: it was already answered, expired, or resolved by the server.
            InvalidServerResponseError: the answer does not fit this method; nothing was sent, fix and retry.
            TransportError: the connection is gone.
        """
        await self._broker.answer(self, answer, outcome="answered")

    async def decline(self) -> None:
        """Answer fail-closed (decline for approvals; see :func:`fail_closed_answer`)."""
        await self._broker.answer(self, fail_closed_answer(self.method), outcome="answered", trusted=True)


def _str_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) else None
