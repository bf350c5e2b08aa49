"""``MethodSpec``: one row of a method table (method name, direction, params type, result type).

The generated tables (:mod:`codex_runtime.protocol.methods`) hold one spec per method; a spec validates and dumps
that method's params and result, so typed calls stay mechanical: ``spec.dump_params(params)`` goes on the wire,
``spec.validate_result(raw)`` comes back typed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from codex_runtime._lazy import is_model
from codex_runtime.errors import ProtocolError

if TYPE_CHECKING:
    from pydantic import TypeAdapter

P = TypeVar("P")
R = TypeVar("R")


class MethodKind(StrEnum):
    """Who sends the message, and whether it expects an answer."""

    CLIENT_REQUEST = "client_request"
    SERVER_REQUEST = "server_request"
    SERVER_NOTIFICATION = "server_notification"
    CLIENT_NOTIFICATION = "client_notification"

    @property
    def is_request(self) -> bool:
        return self in (MethodKind.CLIENT_REQUEST, MethodKind.SERVER_REQUEST)


@dataclass(frozen=True, eq=False)
class MethodSpec(Generic[P, R]):
    """A method of the protocol and its wire types.

    The tables name the types rather than hold them, so looking a method up (and decoding a notification's
    ids) never imports the 1,000+ generated models; they load on the first ``params_type``/validation.

    Attributes:
        method: the wire name, e.g. ``"thread/start"``.
        kind: direction and request/notification.
        params_name: the generated params type (``"ThreadStartParams"``); None for a method without params.
        result_name: the generated result type of a request; None for notifications.
        params_optional: the params may be omitted (``null``) even though the method has a params type.
        thread_id_path / turn_id_path: where the params carry the thread / turn id (``("threadId",)``,
            ``("turn", "id")``), None when they do not.
    """

    method: str
    kind: MethodKind
    params_name: str | None
    result_name: str | None = None
    params_optional: bool = False
    thread_id_path: tuple[str, ...] | None = None
    turn_id_path: tuple[str, ...] | None = None

    def __repr__(self) -> str:
        return f"MethodSpec({self.method!r}, {self.kind.value})"

    @cached_property
    def params_type(self) -> object:
        """The params type: a model class, a union type alias, ``X | None``, or None (no params)."""
        return self._params_form

    @cached_property
    def result_type(self) -> object:
        """The result type of a request (a model class or a union type alias); None for a notification."""
        return self._result_form

    # A type form (class, union alias, ``X | None``) has no static type on Python 3.11 (no TypeForm yet).
    @cached_property
    def _params_form(self) -> Any:
        if self.params_name is None:
            return None
        params = _generated_type(self.params_name)
        return params | None if self.params_optional else params

    @cached_property
    def _result_form(self) -> Any:
        return None if self.result_name is None else _generated_type(self.result_name)

    # --- params --------------------------------------------------------------------------------------------

    def validate_params(self, params: object) -> P:
        """Typed params from a wire dict (or an instance of the params type).

        Raises:
            ProtocolError: the params do not fit the schema (the pydantic error is the ``__cause__``).
        """
        if self.params_name is None:
            if params not in (None, {}):
                raise ProtocolError(f"{self.method} takes no params, got {type(params).__name__}")
            return None  # type: ignore[return-value]  # P is None for these methods
        return _validate(self._params_adapter, params, f"params of {self.method}")  # type: ignore[no-any-return]

    def dump_params(self, params: P | Mapping[str, object] | None) -> object:
        """The wire form (a JSON value) of ``params``: camelCase keys, only the fields that were set (an explicit
        None stays).

        A plain mapping is taken as already in wire form and copied as is.
        """
        if params is None:
            return None
        return _dump(self._params_adapter if self.params_name is not None else None, params)

    # --- result ----------------------------------------------------------------------------------------------

    def validate_result(self, result: object) -> R:
        """Typed result of a request from its wire dict.

        Raises:
            ProtocolError: this is a notification, or the result does not fit the schema.
        """
        if self.result_name is None:
            raise ProtocolError(f"{self.method} is a notification: it has no result")
        return _validate(self._result_adapter, result, f"result of {self.method}")  # type: ignore[no-any-return]

    def dump_result(self, result: R | Mapping[str, object]) -> object:
        """The wire form of a result (for answering a server request); mappings are copied as is.

        Raises:
            ProtocolError: this is a notification.
        """
        if self.result_name is None:
            raise ProtocolError(f"{self.method} is a notification: it has no result")
        return _dump(self._result_adapter, result)

    # --- adapters (built on first use: building validators for every type at import would be slow) -------

    @cached_property
    def _params_adapter(self) -> TypeAdapter[Any]:
        from pydantic import TypeAdapter  # pydantic loads with the first typed message, not with the tables

        return TypeAdapter(self._params_form)

    @cached_property
    def _result_adapter(self) -> TypeAdapter[Any]:
        from pydantic import TypeAdapter

        return TypeAdapter(self._result_form)


def _generated_type(name: str) -> Any:
    from codex_runtime.protocol._generated import models  # deferred: a type is built on first access

    return getattr(models, name)


def _validate(adapter: TypeAdapter[Any], value: object, what: str) -> Any:
    from pydantic import ValidationError

    try:
        return adapter.validate_python(value)
    except ValidationError as exc:
        raise ProtocolError(f"invalid {what}: {exc}") from exc


def _dump(adapter: TypeAdapter[Any] | None, value: object) -> object:
    if is_model(value):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, Mapping):
        return dict(value)
    if adapter is None:
        raise ProtocolError(f"cannot encode {type(value).__name__}")
    return adapter.dump_python(value, mode="json", by_alias=True, exclude_unset=True)


__all__ = ["MethodKind", "MethodSpec"]
