"""Errors of the connection to app-server, by layer: the byte pipe (transport), the messages (protocol) and
JSON-RPC (an error response, or no answer); wire error codes map to classes both ways. Public through
:mod:`codex_runtime.errors`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from codex_runtime._errors.base import CodexRuntimeError


class TransportError(CodexRuntimeError):
    """The byte pipe to app-server failed."""


class ProcessExitedError(TransportError):
    """The app-server child process exited. Carries its exit code and the tail of its stderr."""

    exit_code: int | None
    stderr_tail: str

    def __init__(self, message: str, *, exit_code: int | None, stderr_tail: str = "") -> None:
        detail = f"{message} (exit code {exit_code})"
        if stderr_tail:
            detail += f"\n--- app-server stderr (tail) ---\n{stderr_tail}"
        super().__init__(detail, exit_code=exit_code, stderr_tail=stderr_tail)


class ConnectionClosedError(TransportError):
    """The connection is closed: by us (shutdown) or by the peer (EOF)."""


class FrameTooLargeError(TransportError):
    """An inbound frame exceeded the configured cap; that frame was dropped, the connection lives on."""

    size: int
    limit: int

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(
            f"inbound frame of {size} bytes exceeds the {limit}-byte cap; frame dropped", size=size, limit=limit
        )


class AppServerRestartedError(TransportError):
    """An in-flight call (a turn, a request) was lost because a supervisor restarted the app-server.

    Its outcome is unknown; retrying is safe: the session is resumed on the new server with the same thread id.
    """

    retryable = True
    thread_id: str | None
    turn_id: str | None
    cause: TransportError | None
    """How the server was lost (e.g. the ``ProcessExitedError`` with its exit code), when known."""

    def __init__(
        self,
        message: str = "the app-server was restarted",
        *,
        thread_id: str | None = None,
        turn_id: str | None = None,
        cause: TransportError | None = None,
    ) -> None:
        super().__init__(
            f"{message}; the call was lost and can be retried", thread_id=thread_id, turn_id=turn_id, cause=cause
        )


class RestartPolicyExhaustedError(TransportError):
    """The app-server was lost and its supervisor gave up: the restart policy allows no more restarts (or every
    allowed attempt failed). Every later call of the client and its sessions raises it; not retryable.

    Attributes:
        attempts: restart attempts made within the policy's window.
        last_error: why the server was lost, or why the last attempt failed.
    """

    retryable = False
    attempts: int
    last_error: str

    def __init__(self, attempts: int, last_error: str) -> None:
        super().__init__(
            f"the app-server could not be kept running: gave up after {attempts} restart attempts ({last_error})",
            attempts=attempts,
            last_error=last_error,
        )


# --- protocol ----------------------------------------------------------------------------------


class ProtocolError(CodexRuntimeError):
    """A message could not be encoded or decoded."""


class InvalidOutgoingMessageError(ProtocolError):
    """An outgoing message was refused before anything was written."""


# --- rpc ---------------------------------------------------------------------------------------


class RpcError(CodexRuntimeError):
    """A JSON-RPC error response (or a request that got no answer, see :class:`RpcTimeoutError`)."""

    code: int = -32000
    message: str
    data: Any
    method: str | None

    def __init__(self, code: int, message: str, data: Any = None, *, method: str | None = None) -> None:
        prefix = f"{method}: " if method else ""
        super().__init__(f"{prefix}{message} (code {code})", code=code, message=message, data=data, method=method)

    def to_wire(self) -> dict[str, Any]:
        """The JSON-RPC ``error`` object for this error."""
        wire: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.data is not None:
            wire["data"] = self.data
        return wire


class RpcTimeoutError(RpcError):
    """No response arrived before the per-call deadline. The pending slot has been released."""

    code = -32000

    def __init__(self, method: str, timeout: float) -> None:
        self.timeout = timeout
        super().__init__(-32000, f"no response within {timeout:g}s", method=method)


class _FixedCodeRpcError(RpcError):
    """An RpcError whose class fixes the code: ``MethodNotFoundError(message, data=None)``."""

    def __init__(self, message: str, data: Any = None, *, method: str | None = None) -> None:
        super().__init__(type(self).code, message, data, method=method)


class MethodNotFoundError(_FixedCodeRpcError):
    code = -32601


class InvalidRequestError(_FixedCodeRpcError):
    code = -32600


class InvalidParamsError(_FixedCodeRpcError):
    code = -32602


class InternalRpcError(_FixedCodeRpcError):
    code = -32603


class ServerOverloadedError(_FixedCodeRpcError):
    code = -32001


_RPC_ERRORS_BY_CODE: dict[int, type[_FixedCodeRpcError]] = {
    cls.code: cls
    for cls in (
        MethodNotFoundError,
        InvalidRequestError,
        InvalidParamsError,
        InternalRpcError,
        ServerOverloadedError,
    )
}


def rpc_error_from_wire(error: Mapping[str, Any], *, method: str | None = None) -> RpcError:
    """Map a JSON-RPC ``error`` object to the matching :class:`RpcError` subclass."""
    raw_code = error.get("code")
    code = raw_code if isinstance(raw_code, int) else -32000
    message = str(error.get("message", ""))
    cls = _RPC_ERRORS_BY_CODE.get(code)
    if cls is None:
        return RpcError(code, message, error.get("data"), method=method)
    return cls(message, error.get("data"), method=method)
