"""Inbound messages, decoded lazily: server notifications and server requests.

A decoded message keeps the raw params dict and validates it into the generated model only when ``.params`` is
first read (then caches it). Ids come straight from the raw dict through
:func:`codex_runtime.protocol.ids.read_ids` (the one id reader, driven by the method table), so routing a flood of
deltas by thread and turn costs a dict lookup, not a pydantic validation.

Methods the pinned protocol does not list decode to :class:`UnknownNotification` / :class:`UnknownServerRequest`,
whose ``params`` is the raw dict.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final, Generic, TypeAlias, TypeVar

from codex_runtime._lazy import is_model
from codex_runtime.protocol.ids import read_ids
from codex_runtime.protocol.spec import MethodSpec

P = TypeVar("P")
R = TypeVar("R")

_UNSET: Final[Any] = object()


class _Inbound:
    """What every inbound message has: the method, the raw params and the ids read from them (one reader)."""

    __slots__ = ("method", "raw_params")

    def __init__(self, method: str, raw_params: dict[str, Any]) -> None:
        self.method = method
        self.raw_params = raw_params

    @property
    def thread_id(self) -> str | None:
        """The thread the message is about (from the paths the method table uses), or None."""
        return read_ids(self.method, self.raw_params)[0]

    @property
    def turn_id(self) -> str | None:
        """The turn the message is about, or None."""
        return read_ids(self.method, self.raw_params)[1]


class _Typed(_Inbound, Generic[P]):
    """An inbound message of a listed method: its params validated into the generated model on first read."""

    __slots__ = ("_params", "spec")

    def __init__(self, method: str, raw_params: dict[str, Any], spec: MethodSpec[P, Any]) -> None:
        super().__init__(method, raw_params)
        self.spec = spec
        self._params: Any = _UNSET

    @property
    def params(self) -> P:
        """The params as the generated model, validated on first access and cached.

        Raises:
            ProtocolError: the params do not fit the schema (e.g. a newer server changed a field's type).
        """
        params = self._params
        if params is _UNSET:
            params = self._params = self.spec.validate_params(self.raw_params)
        return params  # type: ignore[no-any-return]


class Notification(_Typed[P]):
    """A server notification of a method the pinned protocol lists.

    Attributes:
        method: the wire method name.
        raw_params: the params as received (not copied; treat as read-only).
        spec: the method's :class:`~codex_runtime.protocol.spec.MethodSpec`.
    """

    __slots__ = ()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.method!r}, {self.raw_params!r})"


class UnknownNotification(_Inbound):
    """A notification whose method the pinned protocol does not list; ``params`` is the raw dict.

    Attributes:
        method: the wire method name.
        raw_params: the params as received (also ``params``).
        spec: always None.
    """

    __slots__ = ()

    spec: Final[None] = None

    @property
    def params(self) -> dict[str, Any]:
        return self.raw_params

    def __repr__(self) -> str:
        return f"UnknownNotification({self.method!r}, {self.raw_params!r})"


class ServerRequest(_Typed[P], Generic[P, R]):
    """A request from the server (an approval, a tool call, ...) of a method the pinned protocol lists.

    The answer goes back through :meth:`encode_result`, which knows the method's response type.

    Attributes:
        request_id: the JSON-RPC id to answer (the server's ids are integers from 0, per connection).
        method: the wire method name.
        raw_params: the params as received (not copied; treat as read-only).
        spec: the method's :class:`~codex_runtime.protocol.spec.MethodSpec`.
    """

    __slots__ = ("request_id",)

    spec: MethodSpec[P, R]

    def __init__(self, request_id: int | str, method: str, raw_params: dict[str, Any], spec: MethodSpec[P, R]) -> None:
        super().__init__(method, raw_params, spec)
        self.request_id = request_id

    def encode_result(self, result: R | Mapping[str, Any]) -> Any:
        """The wire form of an answer: a response model (dumped by alias) or a mapping (copied as is)."""
        return self.spec.dump_result(result)

    def validate_result(self, result: Any) -> R:
        """An answer checked against the method's response type (e.g. before sending a hand-built dict).

        Raises:
            ProtocolError: the answer does not fit the response type.
        """
        return self.spec.validate_result(result)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.request_id!r}, {self.method!r}, {self.raw_params!r})"


class UnknownServerRequest(_Inbound):
    """A server request whose method the pinned protocol does not list; ``params`` is the raw dict.

    Nothing is known about its answer: :meth:`encode_result` passes a mapping through unchanged.

    Attributes:
        request_id: the JSON-RPC id to answer.
        method: the wire method name.
        raw_params: the params as received (also ``params``).
        spec: always None.
    """

    __slots__ = ("request_id",)

    spec: Final[None] = None

    def __init__(self, request_id: int | str, method: str, raw_params: dict[str, Any]) -> None:
        super().__init__(method, raw_params)
        self.request_id = request_id

    @property
    def params(self) -> dict[str, Any]:
        return self.raw_params

    def encode_result(self, result: Any) -> Any:
        """A mapping is copied as is, a pydantic model dumped by alias (only the fields that were set)."""
        if is_model(result):
            return result.model_dump(mode="json", by_alias=True, exclude_unset=True)
        return dict(result) if isinstance(result, Mapping) else result

    def validate_result(self, result: Any) -> Any:
        """Unknown method: the answer is returned unchecked."""
        return result

    def __repr__(self) -> str:
        return f"UnknownServerRequest({self.request_id!r}, {self.method!r}, {self.raw_params!r})"


AnyNotification: TypeAlias = Notification[Any] | UnknownNotification
"""What :func:`~codex_runtime.protocol.codec.decode_notification` returns."""
AnyServerRequest: TypeAlias = ServerRequest[Any, Any] | UnknownServerRequest
"""What :func:`~codex_runtime.protocol.codec.decode_server_request` returns."""


__all__ = [
    "AnyNotification",
    "AnyServerRequest",
    "Notification",
    "ServerRequest",
    "UnknownNotification",
    "UnknownServerRequest",
]
