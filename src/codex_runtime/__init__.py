"""codex_runtime: a Python runtime and SDK for ``codex app-server``.

Layers, simplest first: ``quick_run`` (one prompt) > ``Workflow`` > ``Client``/``Session`` > ``automation`` >
``AppServer`` (typed and raw JSON-RPC) > ``Runtime`` (live events, state, metrics). Blocking twins live in
``codex_runtime.sync``; the offline testing kit in ``codex_runtime.testing``.
"""

from codex_runtime._version import __version__
from codex_runtime.cli_bin import ResolvedCodexBinary, resolve_codex_binary
from codex_runtime.errors import (
    AttachmentNotFoundError,
    BlockedByHookError,
    CodexBinaryNotFoundError,
    CodexRuntimeError,
    ConnectionClosedError,
    FailureKind,
    IncompatibleCodexVersionError,
    InvalidRequestError,
    MethodNotFoundError,
    PrivilegedEscalationError,
    ProcessExitedError,
    PromptRunError,
    PromptTimeoutError,
    RpcError,
    RpcTimeoutError,
    ServerOverloadedError,
    SessionClosedError,
    TransportError,
    TurnFailedError,
    TurnFailure,
    TurnInterruptedError,
)

__all__ = [
    "AttachmentNotFoundError",
    "BlockedByHookError",
    "CodexBinaryNotFoundError",
    "CodexRuntimeError",
    "ConnectionClosedError",
    "FailureKind",
    "IncompatibleCodexVersionError",
    "InvalidRequestError",
    "MethodNotFoundError",
    "PrivilegedEscalationError",
    "ProcessExitedError",
    "PromptRunError",
    "PromptTimeoutError",
    "ResolvedCodexBinary",
    "RpcError",
    "RpcTimeoutError",
    "ServerOverloadedError",
    "SessionClosedError",
    "TransportError",
    "TurnFailedError",
    "TurnFailure",
    "TurnInterruptedError",
    "__version__",
    "resolve_codex_binary",
]
