"""The runtime's window onto the generated protocol: typed params, results, items and notifications.

Kept in one module so the rest of the runtime speaks dicts on the hot path and asks for types only here, when a
consumer wants them.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar, overload

from codex_runtime.errors import InvalidServerResponseError, ProtocolError
from codex_runtime.protocol import MethodSpec, decode_notification, server_request_spec
from codex_runtime.protocol import client_request_spec as _client_request_spec

if TYPE_CHECKING:
    from pydantic import BaseModel, TypeAdapter

    from codex_runtime.protocol.types import ThreadItem, ThreadTokenUsage

_item_adapter: TypeAdapter[ThreadItem] | None = None


@functools.cache
def known_decisions() -> dict[str, frozenset[str]]:
    """The string decisions each method's schema lists, from the generated enums (object-shaped decisions, such as
    a legacy ``{"denied": {...}}``, are checked by the response model)."""
    from codex_runtime.protocol import types as t

    def values(enum: type[enum.Enum]) -> frozenset[str]:
        return frozenset(str(member.value) for member in enum)

    legacy = values(t.ReviewDecisionKind)
    return {
        "item/commandExecution/requestApproval": values(t.CommandExecutionApprovalDecisionKind),
        "item/fileChange/requestApproval": values(t.FileChangeApprovalDecision),
        "execCommandApproval": legacy,
        "applyPatchApproval": legacy,
        "mcpServer/elicitation/request": values(t.McpServerElicitationAction),
    }


def client_request_spec(method: str) -> MethodSpec[Any, Any]:
    """The generated spec of a client request.

    Raises:
        ProtocolError: the method is not in the pinned protocol.
    """
    spec = _client_request_spec(method)
    if spec is None:
        raise ProtocolError(f"unknown client request method {method!r} (not in the pinned protocol)")
    return spec


def wire_params(spec: MethodSpec[Any, Any], params: object) -> object:
    """``params`` validated against ``spec`` and dumped in wire form (None stays None).

    Raises:
        ProtocolError: the params do not fit (nothing is sent).
    """
    return None if params is None else spec.dump_params(spec.validate_params(params))


P = TypeVar("P")
R = TypeVar("R")


class TypedRequests:
    """``request_typed``, typed from the generated method table, written once for every class that offers it
    (:class:`~codex_runtime.runtime.Runtime`, :class:`~codex_runtime.AppServer`): each says how a request by
    method name is sent (``_send_typed``)."""

    @overload
    async def request_typed(
        self, method: MethodSpec[P, R], params: P | Mapping[str, object] | None = None, *, timeout: float | None = None
    ) -> R: ...

    @overload
    async def request_typed(
        self, method: str, params: BaseModel | Mapping[str, object] | None = None, *, timeout: float | None = None
    ) -> object: ...

    async def request_typed(
        self, method: MethodSpec[Any, Any] | str, params: object = None, *, timeout: float | None = None
    ) -> object:
        """Send a client request of the generated method table, its params (the params model or a wire mapping)
        validated before anything is written; the typed result comes back.

        ``request_typed(ClientRequests.THREAD_START, {"cwd": "."})`` returns a ``ThreadStartResponse`` (the spec's
        result type); a method given by name returns the same object, typed ``object`` for a type checker.

        Raises:
            ProtocolError: unknown method, or params / result that do not fit the schema (nothing sent).
            UnsupportedByServerError: the connected codex release lacks the method (nothing sent).
            RpcError, TransportError: the request failed.
        """
        # By name even for a spec: only the client-request table's specs may be sent.
        return await self._send_typed(method if isinstance(method, str) else method.method, params, timeout)

    async def _send_typed(self, method: str, params: object, timeout: float | None) -> object:
        raise NotImplementedError  # every subclass defines it; declared so the mixin type-checks on its own


def decode_server_request_params(method: str, params: dict[str, Any]) -> object:
    """Typed params of a server request; the raw dict for an unknown method or params that do not validate."""
    spec = server_request_spec(method)
    if spec is None:
        return params
    try:
        return spec.validate_params(params)
    except ProtocolError:
        return params


def validate_server_response(method: str, wire: dict[str, Any]) -> None:
    """Check a reply fits the method's response type before it is sent.

    Raises:
        InvalidServerResponseError: it does not (nothing was sent).
    """
    spec = server_request_spec(method)
    if spec is None:
        return
    try:
        spec.validate_result(wire)
    except ProtocolError as exc:
        raise InvalidServerResponseError(f"invalid reply to {method}: {exc}") from exc
    known = known_decisions().get(method)
    decision = wire.get("decision", wire.get("action"))
    if known is not None and isinstance(decision, str) and decision not in known:
        # Wire enums are open so a NEWER server's values decode; our replies must use values this server knows,
        # or it fails the item instead of applying a decision.
        raise InvalidServerResponseError(f"invalid reply to {method}: unknown decision {decision!r}")


def decode_item(raw: Mapping[str, object]) -> ThreadItem:
    """A typed thread item (generated ``ThreadItem`` variant). An item that does not fit its variant becomes an
    ``UnrecognizedThreadItem`` that keeps every field (a consumer still sees ``type`` and the raw fields)."""
    global _item_adapter
    if _item_adapter is None:
        from pydantic import TypeAdapter

        from codex_runtime.protocol.types import ThreadItem  # ~80 classes to build: only when needed

        _item_adapter = TypeAdapter(ThreadItem)
    try:
        return _item_adapter.validate_python(raw)
    except ValueError:
        from codex_runtime.protocol.types import UnrecognizedThreadItem

        return UnrecognizedThreadItem.model_validate({**raw, "type": str(raw.get("type", ""))})


class TypedItems(Sequence["ThreadItem"]):
    """Thread items that are typed (generated ``ThreadItem`` variants, see :func:`decode_item`) on first access.

    Why lazy: the item models are the largest part of the protocol (~80 classes); a run whose caller reads only
    the answer text never builds them. ``len()`` needs no decoding; indexing, iteration, ``==`` and ``repr``
    decode every item once; ``repr`` shows the raw items until then.
    """

    __slots__ = ("_raw", "_typed")

    def __init__(self, raw: Iterable[dict[str, Any]] = ()) -> None:
        self._raw = list(raw)
        self._typed: list[ThreadItem] | None = None

    def _items(self) -> list[ThreadItem]:
        if self._typed is None:
            self._typed = [decode_item(item) for item in self._raw]
        return self._typed

    def __len__(self) -> int:
        return len(self._raw)

    @overload
    def __getitem__(self, index: int) -> ThreadItem: ...
    @overload
    def __getitem__(self, index: slice) -> list[ThreadItem]: ...
    def __getitem__(self, index: int | slice) -> ThreadItem | list[ThreadItem]:
        return self._items()[index]

    def __iter__(self) -> Iterator[ThreadItem]:
        return iter(self._items())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, TypedItems):
            return self._items() == other._items()
        return isinstance(other, list) and self._items() == other

    __hash__ = None  # type: ignore[assignment]  # mutable-looking like the list it stands for

    def __repr__(self) -> str:
        # Never decodes: Python 3.11's asyncio.run formats the repr of the main task's result (a PromptRunResult)
        # on the way out, which would build the item models for every script that only wanted the answer text.
        return repr(self._typed) if self._typed is not None else f"TypedItems({self._raw!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (TypedItems, (self._raw,))


def decode_usage(raw: object) -> ThreadTokenUsage | None:
    """Typed ``ThreadTokenUsage`` from a wire dict (None when absent or when it does not fit the schema)."""
    if not isinstance(raw, dict):
        return None
    from codex_runtime.protocol.types import ThreadTokenUsage

    try:
        return ThreadTokenUsage.model_validate(raw)
    except ValueError:
        return None


__all__ = [
    "wire_params",
    "decode_usage",
    "client_request_spec",
    "decode_item",
    "TypedItems",
    "decode_notification",
    "decode_server_request_params",
    "validate_server_response",
]
