"""Decisions (``"accept"``, ``"accept_for_session"``, ``"decline"``, ``"cancel"``) turned into the wire response
each server-request method expects, and the fail-closed answer each gets when nobody decides in time.

Pure logic. ``{}`` is never an answer: the server treats it as a failure of the item, not a decline.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, TypeGuard

from codex_runtime.errors import InvalidArgumentError

if TYPE_CHECKING:
    from pydantic import BaseModel  # not at run time: a one-shot script never loads pydantic

Decision = Literal["accept", "accept_for_session", "decline", "cancel"]
DECISIONS: frozenset[str] = frozenset({"accept", "accept_for_session", "decline", "cancel"})


def is_decision(word: object) -> TypeGuard[Decision]:
    """True for one of the four decision strings (narrows a display or wire word to :data:`Decision`)."""
    return isinstance(word, str) and word in DECISIONS


COMMAND_APPROVAL = "item/commandExecution/requestApproval"
FILE_CHANGE_APPROVAL = "item/fileChange/requestApproval"
PERMISSIONS_APPROVAL = "item/permissions/requestApproval"
USER_INPUT = "item/tool/requestUserInput"
MCP_ELICITATION = "mcpServer/elicitation/request"
DYNAMIC_TOOL_CALL = "item/tool/call"
TOKEN_REFRESH = "account/chatgptAuthTokens/refresh"
ATTESTATION = "attestation/generate"
LEGACY_PATCH_APPROVAL = "applyPatchApproval"
LEGACY_EXEC_APPROVAL = "execCommandApproval"

APPROVAL_METHODS = frozenset(
    {COMMAND_APPROVAL, FILE_CHANGE_APPROVAL, PERMISSIONS_APPROVAL, LEGACY_PATCH_APPROVAL, LEGACY_EXEC_APPROVAL}
)
TOOL_APPROVAL_METHODS = frozenset({COMMAND_APPROVAL, FILE_CHANGE_APPROVAL, LEGACY_EXEC_APPROVAL, LEGACY_PATCH_APPROVAL})

_V2 = {"accept": "accept", "accept_for_session": "acceptForSession", "decline": "decline", "cancel": "cancel"}
# The legacy ReviewDecision has no "denied" string: a denial is {"denied": {"rejection": ...}} (schema 0.163.0).
_LEGACY: dict[str, Any] = {
    "accept": "approved",
    "accept_for_session": "approved_for_session",
    "decline": {"denied": {"rejection": "declined by the client"}},
    "cancel": "abort",
}


@dataclass(frozen=True, slots=True)
class ErrorAnswer:
    """Answer a server request with a JSON-RPC error instead of a result."""

    code: int
    message: str


Answer = dict[str, Any] | ErrorAnswer

Response: TypeAlias = "Decision | BaseModel | dict[str, object] | ErrorAnswer"
"""What ``PendingServerRequest.respond`` takes: a decision, the method's response model, a response dict in wire
form, or a JSON-RPC error (normalised into an :data:`Answer` and validated before anything is sent)."""


def answer_for_decision(method: str, decision: str, params: dict[str, Any] | None = None) -> Answer:
    """The wire answer for ``decision`` on a request of ``method``.

    Raises:
        InvalidArgumentError: ``decision`` is not a decision, or it makes no sense for ``method`` (e.g. accepting a
            token refresh needs a real response object). Also a ``ValueError``.
    """
    if decision not in DECISIONS:
        raise InvalidArgumentError(
            f"unknown decision {decision!r}; use one of {sorted(DECISIONS)} or a response object"
        )
    params = params or {}
    if method in (COMMAND_APPROVAL, FILE_CHANGE_APPROVAL):
        return {"decision": _V2[decision]}
    if method in (LEGACY_EXEC_APPROVAL, LEGACY_PATCH_APPROVAL):
        return {"decision": _LEGACY[decision]}
    if method == PERMISSIONS_APPROVAL:
        if decision in ("accept", "accept_for_session"):
            requested = params.get("permissions")
            return {
                "permissions": requested if isinstance(requested, dict) else {},
                "scope": "session" if decision == "accept_for_session" else "turn",
            }
        return {"permissions": {}, "scope": "turn"}  # grant nothing
    if method == MCP_ELICITATION:
        if decision in ("accept", "accept_for_session"):
            raise InvalidArgumentError("accepting an MCP elicitation needs a response with its content")
        return {"action": decision}
    if decision in ("decline", "cancel"):
        return fail_closed_answer(method)
    raise InvalidArgumentError(f"{method} cannot be answered with {decision!r}; pass a response object")


def fail_closed_answer(method: str) -> Answer:
    """What an unanswered (or failed-handler) request of ``method`` gets: never ``{}``."""
    if method in APPROVAL_METHODS or method == MCP_ELICITATION:
        return answer_for_decision(method, "decline")
    if method == USER_INPUT:
        return {"answers": {}}
    if method == DYNAMIC_TOOL_CALL:
        return {"contentItems": [{"type": "inputText", "text": "the client declined this tool call"}], "success": False}
    if method in (TOKEN_REFRESH, ATTESTATION):
        return ErrorAnswer(-32000, f"{method} declined by the client")
    return ErrorAnswer(-32601, f"method not handled by the client: {method}")
