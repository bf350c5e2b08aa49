"""The exception tree of codex_runtime. Every error the package raises descends from one root::

    CodexRuntimeError
    ├── CodexBinaryNotFoundError          no usable codex binary (names every candidate tried)
    ├── AuthenticationRequiredError       not logged in where the model provider needs it (names the login command)
    ├── LoginFailedError(login_id, reason)  a login did not complete (auth server unreachable, cancelled, timed out)
    ├── UnsupportedPlatformError          starting app-server on a platform we cannot drive it on (Windows: use WSL)
    ├── McpServerStartupError(name, reason)  an MCP server of a thread failed to start, or not in time
    ├── TransportError                    the byte pipe to app-server failed
    │   ├── ProcessExitedError            the child exited (exit code + stderr tail)
    │   ├── ConnectionClosedError         the connection was closed (by us, or EOF from the peer)
    │   ├── FrameTooLargeError            one inbound frame exceeded the configured cap (the frame is dropped)
    │   ├── AppServerRestartedError       an in-flight call lost to a supervised restart (``retryable``)
    │   └── RestartPolicyExhaustedError   the supervisor gave up restarting the app-server (not retryable)
    ├── ProtocolError                     a message that cannot be encoded or decoded
    │   └── InvalidOutgoingMessageError   refused before writing (e.g. a lone UTF-16 surrogate)
    ├── RpcError(code, message, data)     a JSON-RPC error response, or a request that got no answer
    │   ├── RpcTimeoutError               no response before the per-call deadline
    │   ├── MethodNotFoundError           -32601
    │   ├── InvalidRequestError           -32600 (what app-server answers for unknown methods and bad params)
    │   ├── InvalidParamsError            -32602
    │   ├── InternalRpcError              -32603
    │   └── ServerOverloadedError         -32001 (the server asks us to back off)
    ├── IncompatibleCodexVersionError(detected, required, user_agent)
    ├── UnsupportedByServerError(method, server_version)   the connected codex lacks the method (nothing sent)
    ├── SnapshotError                     a stored state snapshot cannot be used
    │   ├── SnapshotMismatchError         written under another protocol schema (or file format)
    │   └── SnapshotCorruptError          not a readable snapshot document
    ├── HookError                         a hook misbehaved (recorded in the run's HookReport, never raised to you)
    │   ├── HookOutputError               not a valid action
    │   └── HookTimeoutError              did not finish in time
    ├── ServerRequestError                a server request could not be answered as asked
    │   ├── ServerRequestAlreadyAnsweredError
    │   └── InvalidServerResponseError    a reply that does not fit the request's response type
    ├── UsageError                        the API was used in a way it does not support (nothing was sent)
    │   ├── InvalidArgumentError          a bad argument or setting (also a ValueError)
    │   ├── InvalidWorkspaceError(path, reason)  a cwd that is missing, not a directory, or contains NUL
    │   ├── InvalidPolicyError            a sandbox / approval policy that does not fit the schema (also a ValueError)
    │   ├── NotConnectedError             the client/server is not connected (use ``async with`` or ``connect()``)
    │   ├── ExperimentalApiRequiredError  needs ``ClientConfig(experimental_api=True)`` (also a ValueError)
    │   ├── WrongThreadError              a blocking (``codex_runtime.sync``) call made on the loop that serves it
    │   └── SessionClosedError            the session is closed (also a PromptRunError, below)
    └── PromptRunError                    a prompt run (turn) did not produce a result
        ├── SessionClosedError            (also a UsageError, above)
        ├── TurnFailedError(failure)      turn/completed with status "failed"
        ├── TurnInterruptedError          turn/completed with status "interrupted"
        ├── PromptTimeoutError(timeout, partial)
        ├── AttachmentNotFoundError(path)
        ├── BlockedByHookError(hook_name, phase, message)
        ├── PrivilegedEscalationError
        └── OutputParseError               the final answer does not match the output schema

Optional packages extend the tree in their own ``errors`` modules (imported only with them), each class under the
root (``tests/test_errors_tree.py`` checks every exception class the package defines):

- ``codex_runtime.pool.errors``: ``MemberLostError`` < ProcessExitedError; ``PoolError`` > ``PoolClosedError``
  (also a UsageError), ``PoolBusyError``, ``PoolUnavailableError``, ``SessionFailoverError``.
- ``codex_runtime.ray.errors``: ``BatchTaskError`` < PromptRunError (defined in ``ray.tasks``).
- ``codex_runtime.artifact.errors``: ``ArtifactError`` > ``ArtifactNotFoundError``, ``ArtifactExistsError``,
  ``ArtifactConflictError``, ``ArtifactLockedError``, ``ArtifactCorruptError``, ``InvalidPatchError``,
  ``InvalidArtifactNameError``.
- ``codex_runtime.sinks.errors``: ``TranscriptError(path, line, reason)`` (a transcript that cannot be read back).
- ``codex_runtime.web.errors``: ``WebError`` (an HTTP status + detail), ``SessionStoreError`` >
  ``SessionStoreVersionError`` (a session database written by a newer version); ``codex_runtime.web.approvals``:
  ``ApprovalNotFoundError`` (also a LookupError), ``ApprovalSettledError``.
- ``codex_runtime.cli.errors``: ``CliError`` (a message, a hint and an exit code).

Wire error codes map to classes both ways through :func:`rpc_error_from_wire` and ``RpcError.code``.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


class CodexRuntimeError(Exception):
    """Root of every error raised by codex_runtime."""


class CodexBinaryNotFoundError(CodexRuntimeError):
    """No usable codex binary was found. ``tried`` lists each candidate and why it was rejected."""

    def __init__(self, tried: list[tuple[str, str]]) -> None:
        self.tried = tried
        lines = "; ".join(f"{source}: {reason}" for source, reason in tried) or "no candidates"
        super().__init__(f"no usable codex binary found (tried {lines})")


class AuthenticationRequiredError(CodexRuntimeError):
    """Not logged in where the model provider needs it. The message names the command that logs in."""

    LOGIN_COMMAND = "codex-runtime login"

    def __init__(self, message: str = "not logged in", *, login_command: str = LOGIN_COMMAND) -> None:
        self.login_command = login_command
        super().__init__(f"{message}; log in with `{login_command}`")


class LoginFailedError(CodexRuntimeError):
    """A login did not complete: the auth server was unreachable or refused it, it was cancelled, replaced by
    another login, or not finished in time. ``reason`` is the server's own words where it gave any."""

    def __init__(self, login_id: str | None, reason: str) -> None:
        self.login_id = login_id
        self.reason = reason
        super().__init__(f"login failed: {reason}")


class McpServerStartupError(CodexRuntimeError):
    """An MCP server of a thread did not become ready: it failed to start (``reason`` is codex's error) or was
    still starting at the deadline."""

    def __init__(self, name: str, reason: str) -> None:
        self.name = name
        self.reason = reason
        super().__init__(f"MCP server {name!r} is not ready: {reason}")


# --- transport ---------------------------------------------------------------------------------


class UnsupportedPlatformError(CodexRuntimeError):
    """This platform cannot run a local app-server under codex-runtime (process groups and POSIX signals are
    required). Raised when a local app-server would be started, before anything is spawned."""

    def __init__(self, platform: str) -> None:
        self.platform = platform
        super().__init__(
            f"codex-runtime starts codex app-server with POSIX process groups and signals, which {platform!r} "
            "does not have; on Windows, install WSL 2 (wsl --install) and run codex-runtime inside it"
        )


class TransportError(CodexRuntimeError):
    """The byte pipe to app-server failed."""


class ProcessExitedError(TransportError):
    """The app-server child process exited. Carries its exit code and the tail of its stderr."""

    def __init__(self, message: str, *, exit_code: int | None, stderr_tail: str = "") -> None:
        self.exit_code = exit_code
        self.stderr_tail = stderr_tail
        detail = f"{message} (exit code {exit_code})"
        if stderr_tail:
            detail += f"\n--- app-server stderr (tail) ---\n{stderr_tail}"
        super().__init__(detail)


class ConnectionClosedError(TransportError):
    """The connection is closed: by us (shutdown) or by the peer (EOF)."""


class FrameTooLargeError(TransportError):
    """An inbound frame exceeded the configured cap; that frame was dropped, the connection lives on."""

    def __init__(self, size: int, limit: int) -> None:
        self.size = size
        self.limit = limit
        super().__init__(f"inbound frame of {size} bytes exceeds the {limit}-byte cap; frame dropped")


class AppServerRestartedError(TransportError):
    """An in-flight call (a turn, a request) was lost because a supervisor restarted the app-server.

    Its outcome is unknown; retrying is safe: the session is resumed on the new server with the same thread id.
    """

    retryable = True

    def __init__(
        self,
        message: str = "the app-server was restarted",
        *,
        thread_id: str | None = None,
        turn_id: str | None = None,
        cause: TransportError | None = None,
    ) -> None:
        self.thread_id = thread_id
        self.turn_id = turn_id
        self.cause = cause
        """How the server was lost (e.g. the ``ProcessExitedError`` with its exit code), when known."""
        super().__init__(f"{message}; the call was lost and can be retried")

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        # The cause may hold what does not pickle; keep the message and the ids.
        return (_restore_restarted, (self.args, self.thread_id, self.turn_id))


def _restore_restarted(args: tuple[object, ...], thread_id: str | None, turn_id: str | None) -> AppServerRestartedError:
    error = AppServerRestartedError.__new__(AppServerRestartedError)
    Exception.__init__(error, *args)
    error.thread_id, error.turn_id, error.cause = thread_id, turn_id, None
    return error


class RestartPolicyExhaustedError(TransportError):
    """The app-server was lost and its supervisor gave up: the restart policy allows no more restarts (or every
    allowed attempt failed). Every later call of the client and its sessions raises it; not retryable.

    Attributes:
        attempts: restart attempts made within the policy's window.
        last_error: why the server was lost, or why the last attempt failed.
    """

    retryable = False

    def __init__(self, attempts: int, last_error: str) -> None:
        self.attempts = attempts
        self.last_error = last_error
        super().__init__(
            f"the app-server could not be kept running: gave up after {attempts} restart attempts ({last_error})"
        )

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        return (type(self), (self.attempts, self.last_error))


# --- protocol ----------------------------------------------------------------------------------


class ProtocolError(CodexRuntimeError):
    """A message could not be encoded or decoded."""


class InvalidOutgoingMessageError(ProtocolError):
    """An outgoing message was refused before anything was written."""


# --- rpc ---------------------------------------------------------------------------------------


class RpcError(CodexRuntimeError):
    """A JSON-RPC error response (or a request that got no answer, see :class:`RpcTimeoutError`)."""

    code: int = -32000

    def __init__(self, code: int, message: str, data: Any = None, *, method: str | None = None) -> None:
        self.code = code
        self.message = message
        self.data = data
        self.method = method
        prefix = f"{method}: " if method else ""
        super().__init__(f"{prefix}{message} (code {self.code})")

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
    for cls in (MethodNotFoundError, InvalidRequestError, InvalidParamsError, InternalRpcError, ServerOverloadedError)
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


# --- compatibility -----------------------------------------------------------------------------


class IncompatibleCodexVersionError(CodexRuntimeError):
    """The connected app-server is older than ``min_codex_version`` (or its version could not be parsed)."""

    def __init__(self, detected: str | None, required: str, user_agent: str) -> None:
        self.detected = detected
        self.required = required
        self.user_agent = user_agent
        what = f"codex {detected}" if detected else "an unparsable codex version"
        super().__init__(f"{what} is not supported; need >= {required} (userAgent: {user_agent!r})")


class UnsupportedByServerError(CodexRuntimeError):
    """The connected codex release does not have ``method`` (per its own schema); raised before anything is sent.

    Upgrade codex, or avoid the call on this ``server_version``.
    """

    def __init__(self, method: str, server_version: str | None) -> None:
        self.method = method
        self.server_version = server_version
        super().__init__(f"{method} is not supported by codex {server_version or '(unknown version)'}; upgrade codex")


# --- state snapshots ---------------------------------------------------------------------------


class SnapshotError(CodexRuntimeError):
    """A stored snapshot cannot be used."""


class SnapshotMismatchError(SnapshotError):
    """The stored snapshot was written under another protocol schema (or file format)."""

    def __init__(self, path: str, *, expected: str, found: object, what: str = "schema_sha256") -> None:
        self.path = path
        self.expected = expected
        self.found = found
        super().__init__(f"snapshot {path} has {what} {found!r}, expected {expected!r}; refusing to load it")


class SnapshotCorruptError(SnapshotError):
    """The stored snapshot is not a readable snapshot document (truncated, not JSON, wrong shape)."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"snapshot {path} is corrupt: {reason}")


# --- hooks -------------------------------------------------------------------------------------


class HookError(CodexRuntimeError):
    """A hook misbehaved. Recorded in the :class:`HookReport`; the runner never lets it reach the caller."""


class HookOutputError(HookError):
    """The hook answered something that is not a valid action (recorded as ``bad_output``)."""


class HookTimeoutError(HookError):
    """The hook did not finish in time (recorded as ``timeout``); raised by hooks that enforce their own deadline."""

    def __init__(self, hook_name: str, timeout: float) -> None:
        self.hook_name = hook_name
        self.timeout = timeout
        super().__init__(f"hook {hook_name!r} did not finish within {timeout:g}s")


# --- server requests ---------------------------------------------------------------------------


class ServerRequestError(CodexRuntimeError):
    """A server request could not be answered as asked."""


class ServerRequestAlreadyAnsweredError(ServerRequestError):
    """The server request was already answered (by a handler, a deadline, or the server resolving it)."""


class InvalidServerResponseError(ServerRequestError):
    """A reply does not fit the request's response type; nothing was sent, so it can be corrected."""


# --- usage ------------------------------------------------------------------------------------


class UsageError(CodexRuntimeError):
    """The API was used in a way it does not support; raised before anything is sent."""


class InvalidWorkspaceError(UsageError):
    """A working directory that cannot be used: ``reason`` says why (missing, not a directory, contains NUL)."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"invalid workspace {path!r}: {reason}")


class InvalidArgumentError(UsageError, ValueError):
    """A bad argument or setting, refused before anything is sent. Also a ``ValueError`` for callers catching that."""


class InvalidPolicyError(UsageError, ValueError):
    """A sandbox or approval policy that does not fit the protocol schema (unknown type or key, wrong value).

    Also a ``ValueError``, like the other bad-argument errors of the profile classes."""


class NotConnectedError(UsageError):
    """The client (or server handle) is not connected: use ``async with`` or ``connect()`` first."""


class ExperimentalApiRequiredError(UsageError, ValueError):
    """The feature is an experimental app-server API: create the client with ``ClientConfig(experimental_api=True)``.

    Also a ``ValueError`` (what this was before the usage branch existed).
    """

    def __init__(self, feature: str) -> None:
        self.feature = feature
        super().__init__(f"{feature} need ClientConfig(experimental_api=True) (an experimental app-server API)")


class WrongThreadError(UsageError):
    """A blocking ``codex_runtime.sync`` call was made from the event loop thread that serves it (a deadlock)."""


# --- prompt runs -------------------------------------------------------------------------------


class PromptRunError(CodexRuntimeError):
    """A prompt run did not produce a result."""


class SessionClosedError(PromptRunError, UsageError):
    """The session is closed; no further turns can run on it."""

    def __init__(self, message: str = "session is closed") -> None:
        super().__init__(message)


class FailureKind(enum.StrEnum):
    RATE_LIMIT = "rate_limit"
    QUOTA_EXCEEDED = "quota_exceeded"
    CONTEXT_WINDOW = "context_window"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class TurnFailure:
    """Why a turn failed. ``message`` is verbatim from the server; ``codex_error_info`` is the raw value."""

    kind: FailureKind
    message: str
    codex_error_info: Any = None
    http_status: int | None = None
    additional_details: str | None = None


class TurnFailedError(PromptRunError):
    """The turn completed with status ``failed``."""

    def __init__(self, failure: TurnFailure, *, thread_id: str | None = None, turn_id: str | None = None):
        self.failure = failure
        self.thread_id = thread_id
        self.turn_id = turn_id
        super().__init__(f"turn failed ({failure.kind}): {failure.message}")

    @property
    def is_quota_exceeded(self) -> bool:
        return self.failure.kind is FailureKind.QUOTA_EXCEEDED

    @property
    def is_rate_limited(self) -> bool:
        return self.failure.kind is FailureKind.RATE_LIMIT


class TurnInterruptedError(PromptRunError):
    """The turn completed with status ``interrupted`` (by us, a steer, or a cancelled approval)."""

    def __init__(
        self, message: str = "turn was interrupted", *, thread_id: str | None = None, turn_id: str | None = None
    ) -> None:
        self.thread_id = thread_id
        self.turn_id = turn_id
        super().__init__(message)


class PromptTimeoutError(PromptRunError):
    """The turn passed its deadline; it was interrupted. ``partial`` holds what had arrived."""

    def __init__(
        self, timeout: float, partial: object = None, *, reason: str = "absolute", retries: tuple[object, ...] = ()
    ) -> None:
        self.timeout = timeout
        self.partial = partial
        self.reason = reason
        self.retries = retries
        """The server's retry notices before the deadline (``RetryNotice``; the latest 16)."""
        message = f"turn did not finish within {timeout:g}s ({reason} deadline)"
        if retries:  # say why it was slow: the server was retrying (offline, rate limited...)
            message += f" while the server was retrying: {getattr(retries[-1], 'reason', retries[-1])}"
        super().__init__(message + "; it was interrupted")


class AttachmentNotFoundError(PromptRunError):
    """A local attachment path does not exist; nothing was sent."""

    def __init__(self, path: str) -> None:
        self.path = path
        super().__init__(f"attachment not found: {path}")


class BlockedByHookError(PromptRunError):
    """A pre hook blocked the phase; nothing was sent."""

    def __init__(self, hook_name: str, phase: str, message: str) -> None:
        self.hook_name = hook_name
        self.phase = phase
        self.message = message
        super().__init__(f"blocked by hook {hook_name!r} at {phase}: {message}")


class PrivilegedEscalationError(PromptRunError):
    """A sandbox wider than read-only was asked for without the explicit opt-in; nothing was sent."""


class OutputParseError(PromptRunError):
    """The final answer does not match the requested output schema."""

    def __init__(self, message: str, *, text: str) -> None:
        self.text = text
        super().__init__(message)


__all__ = [
    "AppServerRestartedError",
    "RestartPolicyExhaustedError",
    "AttachmentNotFoundError",
    "AuthenticationRequiredError",
    "BlockedByHookError",
    "CodexBinaryNotFoundError",
    "CodexRuntimeError",
    "ConnectionClosedError",
    "ExperimentalApiRequiredError",
    "FailureKind",
    "FrameTooLargeError",
    "HookError",
    "HookOutputError",
    "HookTimeoutError",
    "IncompatibleCodexVersionError",
    "InternalRpcError",
    "InvalidArgumentError",
    "InvalidOutgoingMessageError",
    "InvalidParamsError",
    "InvalidPolicyError",
    "InvalidRequestError",
    "InvalidServerResponseError",
    "InvalidWorkspaceError",
    "LoginFailedError",
    "McpServerStartupError",
    "MethodNotFoundError",
    "NotConnectedError",
    "OutputParseError",
    "PrivilegedEscalationError",
    "ProcessExitedError",
    "PromptRunError",
    "PromptTimeoutError",
    "ProtocolError",
    "RpcError",
    "RpcTimeoutError",
    "ServerOverloadedError",
    "ServerRequestAlreadyAnsweredError",
    "ServerRequestError",
    "SessionClosedError",
    "SnapshotCorruptError",
    "SnapshotError",
    "SnapshotMismatchError",
    "TransportError",
    "TurnFailedError",
    "TurnFailure",
    "TurnInterruptedError",
    "UnsupportedByServerError",
    "UsageError",
    "WrongThreadError",
    "rpc_error_from_wire",
]
