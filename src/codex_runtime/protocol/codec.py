"""Decoding inbound messages and encoding outbound params and results.

Decoding is lazy: :func:`decode_notification` and :func:`decode_server_request` look the method up and wrap the
raw params; pydantic validation happens only when ``.params`` is read (see :mod:`codex_runtime.protocol.messages`).
Encoding dumps models by wire name and only with the fields that were set: a field the caller did not set is not
sent (the server applies its own default), while an explicit ``None`` is sent as ``null`` (which some params use
to mean "clear", e.g. ``ThreadMetadataGitInfoUpdateParams.branch``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final, TypeVar

from codex_runtime._lazy import is_model
from codex_runtime.errors import ProtocolError
from codex_runtime.protocol.messages import (
    AnyNotification,
    AnyServerRequest,
    Notification,
    ServerRequest,
    UnknownNotification,
    UnknownServerRequest,
)
from codex_runtime.protocol.methods import CLIENT_NOTIFICATIONS, CLIENT_REQUESTS, SERVER_NOTIFICATIONS, SERVER_REQUESTS
from codex_runtime.protocol.spec import MethodSpec

if TYPE_CHECKING:
    from pydantic import BaseModel

P = TypeVar("P")
R = TypeVar("R")

# Plain dicts: a lookup per inbound message, so skip the MappingProxyType indirection.
_NOTIFICATIONS: Final = dict(SERVER_NOTIFICATIONS)
_SERVER_REQUESTS: Final = dict(SERVER_REQUESTS)


def _params_dict(method: str, params: object) -> dict[str, Any]:
    if params is None:
        return {}
    if isinstance(params, dict):
        return params
    raise ProtocolError(f"{method}: params must be a JSON object, got {type(params).__name__}")


def decode_notification(method: str, params: object) -> AnyNotification:
    """Wrap an inbound notification (``params`` as parsed from JSON) without validating it.

    Raises:
        ProtocolError: ``params`` is neither an object nor absent.
    """
    spec = _NOTIFICATIONS.get(method)
    raw = params if type(params) is dict else _params_dict(method, params)
    if spec is None:
        return UnknownNotification(method, raw)
    return Notification(method, raw, spec)


def decode_server_request(request_id: int | str, method: str, params: object) -> AnyServerRequest:
    """Wrap an inbound server request without validating it.

    Raises:
        ProtocolError: ``params`` is neither an object nor absent.
    """
    spec = _SERVER_REQUESTS.get(method)
    raw = params if type(params) is dict else _params_dict(method, params)
    if spec is None:
        return UnknownServerRequest(request_id, method, raw)
    return ServerRequest(request_id, method, raw, spec)


def outbound_spec(method: str) -> MethodSpec[Any, Any] | None:
    """The spec of a message the client sends (a request or a notification), or None when it is not listed."""
    return CLIENT_REQUESTS.get(method) or CLIENT_NOTIFICATIONS.get(method)


def validate_params(method: str, params: object) -> object:
    """Outgoing params (a wire dict or a model) checked against the method's params type; returns the model.

    Raises:
        ProtocolError: the pinned protocol does not list ``method`` as something the client sends, or the
            params do not fit (the pydantic error is the ``__cause__``).
    """
    spec = outbound_spec(method)
    if spec is None:
        raise ProtocolError(f"unknown client method {method!r} (not in the pinned protocol)")
    return spec.validate_params(params)


def encode_params(params: BaseModel | Mapping[str, object] | None) -> dict[str, object] | None:
    """The wire form of outgoing params: a model is dumped by alias with only the fields that were set; a
    mapping is taken as already in wire form and copied; None stays None (send no ``params``).

    Raises:
        ProtocolError: ``params`` is neither a model, a mapping nor None.
    """
    if params is None:
        return None
    if is_model(params):
        return params.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(params, Mapping):
        return dict(params)
    raise ProtocolError(f"cannot encode params of type {type(params).__name__}")


def decode_result(spec: MethodSpec[P, R], result: object) -> R:
    """The typed result of a request from its raw result (``spec.result_type``).

    Raises:
        ProtocolError: ``spec`` is a notification, or the result does not fit the schema.
    """
    return spec.validate_result(result)


def encode_result(spec: MethodSpec[P, R], result: R | Mapping[str, object]) -> object:
    """The wire form of an answer to a server request (a response model or a mapping).

    Raises:
        ProtocolError: ``spec`` is a notification.
    """
    return spec.dump_result(result)


__all__ = [
    "decode_notification",
    "decode_result",
    "decode_server_request",
    "encode_params",
    "encode_result",
    "outbound_spec",
    "validate_params",
]
