"""Typed server-request handlers: one callback Protocol per server-request method, a bundle whose defaults decline,
and the explicit ``DEFER`` answer.

A handler takes the pending request (its ``params`` typed by the method) and returns, sync or async:

- a decision string (``"accept"``, ``"accept_for_session"``, ``"decline"``, ``"cancel"``),
- a response object of the method's response type (or its wire dict),
- :data:`DEFER`: "a person will answer later". Nothing is sent; the request stays pending in the broker's table
  until someone calls ``request.respond(...)`` / ``request.decline()``; its deadline still applies (deferred and
  unanswered => declined at the deadline). This is how a UI (the web adapter) holds a request for a person without
  pretending to decline it.

:class:`ServerRequestHandlers` is the MCP-style bundle: set the callbacks you care about; every other method is
declined (fail closed). It is itself a handler, so it goes wherever a handler goes (``approval_handler=``).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final, Literal, Protocol, TypeAlias, TypeVar

from codex_runtime.runtime.decisions import (
    ATTESTATION,
    COMMAND_APPROVAL,
    DYNAMIC_TOOL_CALL,
    FILE_CHANGE_APPROVAL,
    LEGACY_EXEC_APPROVAL,
    LEGACY_PATCH_APPROVAL,
    MCP_ELICITATION,
    PERMISSIONS_APPROVAL,
    TOKEN_REFRESH,
    USER_INPUT,
    Decision,
    ErrorAnswer,
    Response,
)

if TYPE_CHECKING:
    from codex_runtime.protocol import types as t
    from codex_runtime.runtime.pending import PendingServerRequest


class Deferred:
    """The type of :data:`DEFER` (one instance)."""

    _instance: Deferred | None = None

    def __new__(cls) -> Deferred:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "DEFER"


DEFER: Final = Deferred()
"""A handler's answer meaning "held for a person": nothing is sent now; answer later, before the deadline."""

R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)
P_contra = TypeVar("P_contra", contravariant=True)

Reply: TypeAlias = Decision | R | dict[str, object] | ErrorAnswer | Deferred
"""What a handler of a method whose response type is ``R`` may return."""

AnyReply: TypeAlias = "Response | Deferred"
"""What a handler of any method may return: :data:`Reply` with any method's response model."""


class TypedHandler(Protocol[P_contra, R_co]):
    """A handler of one server-request method: typed params in, a decision / response / DEFER out (sync or async)."""

    def __call__(self, request: PendingServerRequest[P_contra], /) -> R_co | Awaitable[R_co]: ...


CommandApprovalHandler: TypeAlias = TypedHandler[
    "t.CommandExecutionRequestApprovalParams", "Reply[t.CommandExecutionRequestApprovalResponse]"
]
FileChangeApprovalHandler: TypeAlias = TypedHandler[
    "t.FileChangeRequestApprovalParams", "Reply[t.FileChangeRequestApprovalResponse]"
]
PermissionsApprovalHandler: TypeAlias = TypedHandler[
    "t.PermissionsRequestApprovalParams", "Reply[t.PermissionsRequestApprovalResponse]"
]
UserInputHandler: TypeAlias = TypedHandler["t.ToolRequestUserInputParams", "Reply[t.ToolRequestUserInputResponse]"]
McpElicitationHandler: TypeAlias = TypedHandler[
    "t.McpServerElicitationRequestParams", "Reply[t.McpServerElicitationRequestResponse]"
]
ToolCallHandler: TypeAlias = TypedHandler["t.DynamicToolCallParams", "Reply[t.DynamicToolCallResponse]"]
AuthTokensRefreshHandler: TypeAlias = TypedHandler[
    "t.ChatgptAuthTokensRefreshParams", "Reply[t.ChatgptAuthTokensRefreshResponse]"
]
AttestationHandler: TypeAlias = TypedHandler["t.AttestationGenerateParams", "Reply[t.AttestationGenerateResponse]"]
LegacyExecApprovalHandler: TypeAlias = TypedHandler[
    "t.ExecCommandApprovalParams", "Reply[t.ExecCommandApprovalResponse]"
]
LegacyPatchApprovalHandler: TypeAlias = TypedHandler[
    "t.ApplyPatchApprovalParams", "Reply[t.ApplyPatchApprovalResponse]"
]

Handler: TypeAlias = Callable[["PendingServerRequest[object]"], "AnyReply | Awaitable[AnyReply]"]
"""A handler for any method: ``handler(request) -> reply``, sync or async; raising declines the request. One handler
may see every method, so its request's params are ``object`` (narrow with ``isinstance``, or use
:class:`ServerRequestHandlers` for a callback per method with that method's params type); a response model it
returns is checked at run time against the method's schema before anything is sent."""


def decline(request: PendingServerRequest[object], /) -> Literal["decline"]:
    """The default of every callback of :class:`ServerRequestHandlers`: decline (fail closed)."""
    return "decline"


@dataclass(frozen=True, slots=True)
class ServerRequestHandlers:
    """One typed callback per server-request method; each one not given declines. Use it as a handler."""

    command_approval: CommandApprovalHandler = decline
    file_change_approval: FileChangeApprovalHandler = decline
    permissions_approval: PermissionsApprovalHandler = decline
    user_input: UserInputHandler = decline
    mcp_elicitation: McpElicitationHandler = decline
    tool_call: ToolCallHandler = decline
    auth_tokens_refresh: AuthTokensRefreshHandler = decline
    attestation: AttestationHandler = decline
    legacy_exec_approval: LegacyExecApprovalHandler = decline
    legacy_patch_approval: LegacyPatchApprovalHandler = decline

    def __call__(self, request: PendingServerRequest[object], /) -> AnyReply | Awaitable[AnyReply]:
        name = _CALLBACKS.get(request.method)
        if name is None:
            return "decline"  # a method the pinned protocol does not list: fail closed
        callback: Handler = getattr(self, name)  # the callback of this method gets this method's params
        return callback(request)


_CALLBACKS: Final = {
    COMMAND_APPROVAL: "command_approval",
    FILE_CHANGE_APPROVAL: "file_change_approval",
    PERMISSIONS_APPROVAL: "permissions_approval",
    USER_INPUT: "user_input",
    MCP_ELICITATION: "mcp_elicitation",
    DYNAMIC_TOOL_CALL: "tool_call",
    TOKEN_REFRESH: "auth_tokens_refresh",
    ATTESTATION: "attestation",
    LEGACY_EXEC_APPROVAL: "legacy_exec_approval",
    LEGACY_PATCH_APPROVAL: "legacy_patch_approval",
}
"""Server-request method -> the callback of :class:`ServerRequestHandlers` that answers it."""


__all__ = [
    "DEFER",
    "AnyReply",
    "AttestationHandler",
    "AuthTokensRefreshHandler",
    "CommandApprovalHandler",
    "Deferred",
    "FileChangeApprovalHandler",
    "Handler",
    "LegacyExecApprovalHandler",
    "LegacyPatchApprovalHandler",
    "McpElicitationHandler",
    "PermissionsApprovalHandler",
    "Reply",
    "ServerRequestHandlers",
    "ToolCallHandler",
    "TypedHandler",
    "UserInputHandler",
    "decline",
]
