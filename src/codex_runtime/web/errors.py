"""HTTP-shaped errors of the web adapter, and how codex_runtime errors map onto them.

Every error response is JSON ``{"detail": "<what went wrong and what to do>"}``.
"""

from __future__ import annotations

from codex_runtime.errors import (
    AttachmentNotFoundError,
    BlockedByHookError,
    CodexRuntimeError,
    InvalidRequestError,
    InvalidServerResponseError,
    PrivilegedEscalationError,
    RpcError,
    RpcTimeoutError,
    SessionClosedError,
    TransportError,
    UsageError,
)


class WebError(CodexRuntimeError):
    """An error answered as ``status_code`` with ``{"detail": detail}``."""

    def __init__(self, status_code: int, detail: str) -> None:
        self.status_code = status_code
        self.detail = detail
        super().__init__(f"{status_code}: {detail}")


def upstream_error(exc: CodexRuntimeError, doing: str) -> WebError:
    """The HTTP error for a codex_runtime error raised while ``doing`` something."""
    if isinstance(exc, WebError):  # already an HTTP answer (WebError is under the root too)
        return exc
    if isinstance(exc, SessionClosedError):
        return WebError(409, f"{doing}: the session is closed")
    if isinstance(exc, PrivilegedEscalationError | AttachmentNotFoundError | InvalidServerResponseError | UsageError):
        return WebError(400, f"{doing}: {exc}")
    if isinstance(exc, BlockedByHookError):
        return WebError(403, f"{doing}: blocked by hook {exc.hook_name}: {exc}")
    if isinstance(exc, RpcTimeoutError):
        return WebError(504, f"{doing}: app-server did not answer in time")
    if isinstance(exc, InvalidRequestError):
        return WebError(409, f"{doing}: app-server refused: {exc}")
    if isinstance(exc, RpcError):
        return WebError(502, f"{doing}: app-server answered with an error: {exc}")
    if isinstance(exc, TransportError):
        return WebError(503, f"{doing}: the connection to app-server is gone: {exc}")
    return WebError(500, f"{doing}: {type(exc).__name__}: {exc}")


__all__ = ["WebError", "upstream_error"]
