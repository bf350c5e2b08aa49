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

    status_code: int
    detail: str

    def __init__(self, status_code: int, detail: str) -> None:
        super().__init__(f"{status_code}: {detail}", status_code=status_code, detail=detail)


class SessionStoreError(CodexRuntimeError):
    """The web session store cannot be used (not a codex-runtime session database, unreadable, or a write failed)."""

    location: str
    reason: str

    def __init__(self, location: str, reason: str) -> None:
        super().__init__(f"session store {location}: {reason}", location=location, reason=reason)


class SessionStoreVersionError(SessionStoreError):
    """The session store was written by a newer codex-runtime (its schema version is above what this one knows).
    It is left untouched: upgrade codex-runtime, or point ``--db`` at another file."""

    def __init__(self, location: str, *, found: int, supported: int) -> None:
        self.found = found
        self.supported = supported
        super().__init__(
            location,
            f"schema version {found} was written by a newer codex-runtime (this one knows up to {supported}); "
            "upgrade codex-runtime or use another database file",
        )


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


__all__ = ["SessionStoreError", "SessionStoreVersionError", "WebError", "upstream_error"]
