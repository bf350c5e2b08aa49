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

This module is THE import path; the classes live in private modules (``codex_runtime._errors``: the root and its small
branches, the connection's, a turn's) and are presented as ``codex_runtime.errors.X`` (in tracebacks, reprs of their
classes and pickles).
"""

from __future__ import annotations

from codex_runtime._errors.base import (
    AuthenticationRequiredError,
    CodexBinaryNotFoundError,
    CodexRuntimeError,
    ExperimentalApiRequiredError,
    HookError,
    HookOutputError,
    HookTimeoutError,
    IncompatibleCodexVersionError,
    InvalidArgumentError,
    InvalidPolicyError,
    InvalidServerResponseError,
    InvalidWorkspaceError,
    LoginFailedError,
    McpServerStartupError,
    NotConnectedError,
    ServerRequestAlreadyAnsweredError,
    ServerRequestError,
    SnapshotCorruptError,
    SnapshotError,
    SnapshotMismatchError,
    UnsupportedByServerError,
    UnsupportedPlatformError,
    UsageError,
    WrongThreadError,
)
from codex_runtime._errors.connection import (
    AppServerRestartedError,
    ConnectionClosedError,
    FrameTooLargeError,
    InternalRpcError,
    InvalidOutgoingMessageError,
    InvalidParamsError,
    InvalidRequestError,
    MethodNotFoundError,
    ProcessExitedError,
    ProtocolError,
    RestartPolicyExhaustedError,
    RpcError,
    RpcTimeoutError,
    ServerOverloadedError,
    TransportError,
    rpc_error_from_wire,
)
from codex_runtime._errors.turns import (
    AttachmentNotFoundError,
    BlockedByHookError,
    FailureKind,
    OutputParseError,
    PrivilegedEscalationError,
    PromptRunError,
    PromptTimeoutError,
    SessionClosedError,
    TurnFailedError,
    TurnFailure,
    TurnInterruptedError,
)

__all__ = [
    "AppServerRestartedError",
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
    "RestartPolicyExhaustedError",
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
    "UnsupportedPlatformError",
    "UsageError",
    "WrongThreadError",
    "rpc_error_from_wire",
]

# Present each public name as defined here, the one import path, rather than in its private module.
for _name in __all__:
    globals()[_name].__module__ = __name__
del _name
