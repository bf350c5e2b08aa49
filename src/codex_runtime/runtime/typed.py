"""The runtime's window onto the generated protocol: typed params, results, items and notifications.

Kept in one module so the rest of the runtime speaks dicts on the hot path and asks for types only here, when a
consumer wants them.
"""

from __future__ import annotations

import enum
import functools
from typing import Any

from pydantic import TypeAdapter

from codex_runtime.errors import InvalidServerResponseError, ProtocolError
from codex_runtime.protocol import MethodSpec, decode_notification, server_request_spec
from codex_runtime.protocol import client_request_spec as _client_request_spec

_item_adapter: TypeAdapter[Any] | None = None


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


def wire_params(spec: MethodSpec[Any, Any], params: Any) -> Any:
    """``params`` validated against ``spec`` and dumped in wire form (None stays None).

    Raises:
        ProtocolError: the params do not fit (nothing is sent).
    """
    return None if params is None else spec.dump_params(spec.validate_params(params))


def decode_server_request_params(method: str, params: dict[str, Any]) -> Any:
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


def decode_item(raw: dict[str, Any]) -> Any:
    """A typed thread item (generated ``ThreadItem`` variant); the raw dict when it does not validate."""
    global _item_adapter
    if _item_adapter is None:
        from codex_runtime.protocol.types import ThreadItem  # ~0.3 s of model building: only when needed

        _item_adapter = TypeAdapter(ThreadItem)
    try:
        return _item_adapter.validate_python(raw)
    except ValueError:
        return raw


def decode_usage(raw: Any) -> Any:
    """Typed ``ThreadTokenUsage`` from a wire dict (None stays None; the raw dict if it does not validate)."""
    if not isinstance(raw, dict):
        return None
    from codex_runtime.protocol.types import ThreadTokenUsage

    try:
        return ThreadTokenUsage.model_validate(raw)
    except ValueError:
        return raw


__all__ = [
    "wire_params",
    "decode_usage",
    "client_request_spec",
    "decode_item",
    "decode_notification",
    "decode_server_request_params",
    "validate_server_response",
]
