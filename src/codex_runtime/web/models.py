"""Request and response bodies of the web API (they make its OpenAPI description)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from codex_runtime.api.profiles import ReasoningEffort

Decision = Literal["accept", "accept_for_session", "decline", "cancel"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CreateSessionRequest(_Strict):
    """A new session (thread/start). Everything has the safe default."""

    cwd: str | None = Field(
        default=None, max_length=4096, description="working directory, relative to the server's workspace root"
    )
    approval_policy: Literal["never", "untrusted", "on-request"] = Field(
        default="never", description="`untrusted` asks before every command; answers come from this API"
    )
    sandbox: Literal["read-only", "workspace-write"] = Field(
        default="read-only", description="anything but read-only must be allowed by the server's settings"
    )
    model: str | None = Field(default=None, min_length=1, max_length=200)
    effort: ReasoningEffort = Field(default="medium")
    turn_timeout: float | None = Field(default=None, gt=0, description="seconds per turn (server default if null)")


class PromptRequest(_Strict):
    """Text for a new turn, or to steer a running one."""

    prompt: str = Field(min_length=1, description="must not be blank; the server caps its length")


class AnswerApprovalRequest(_Strict):
    """How to answer a pending approval."""

    decision: Decision


class TurnInfo(BaseModel):
    turn_id: str
    status: Literal["running", "completed", "failed", "interrupted"]
    prompt: str
    assistant_text: str
    error: dict[str, Any] | None
    usage: dict[str, Any] | None = Field(default=None, description="the turn's token usage, once it completed")
    started_at: float
    ended_at: float | None


class SessionInfo(BaseModel):
    session_id: str = Field(description="equals the codex thread id")
    thread_id: str
    state: Literal["open", "closing", "closed"]
    cwd: str = Field(description="working directory, relative to the server's workspace root")
    first_prompt: str | None = Field(default=None, description="the session's first prompt (names it in lists)")
    approval_policy: Any
    sandbox: Any
    model: str | None
    effort: str
    created_at: float
    closed_at: float | None
    active_turn_id: str | None
    pending_approvals: int
    last_event_id: int = Field(description="id of the newest event; resume the event stream after it")
    turns: list[TurnInfo]


class SessionList(BaseModel):
    sessions: list[SessionInfo]


class TurnStarted(BaseModel):
    session_id: str
    thread_id: str
    turn_id: str
    status: Literal["running"] = "running"


class SteerResult(BaseModel):
    turn_id: str


class ApprovalInfo(BaseModel):
    approval_id: str
    session_id: str
    turn_id: str | None
    item_id: str | None
    method: str = Field(description="the server request method, e.g. item/commandExecution/requestApproval")
    kind: Literal["command", "file_change", "permissions", "other"]
    status: Literal["pending", "answered", "expired", "resolved", "declined", "refused"]
    decision: str | None
    command: Any = None
    cwd: str | None = None
    reason: str | None = None
    params: dict[str, Any]
    created_at: float
    expires_at: float = Field(description="when it is declined unless answered (epoch seconds)")
    settled_at: float | None


class ApprovalList(BaseModel):
    approvals: list[ApprovalInfo]


class EventEnvelope(BaseModel):
    """The JSON ``data`` of every Server-Sent Event; the SSE ``event:`` is ``kind`` and ``id:`` is ``id``."""

    id: int
    kind: str = Field(
        description=(
            "session_created, turn_started, agent_message_delta, reasoning_delta, command_output_delta, "
            "item_started, item_completed, token_usage, notification, turn_steered, turn_interrupt_requested, "
            "turn_completed, turn_failed, turn_interrupted, approval_requested, approval_resolved, "
            "approval_refused, session_closing, session_close_failed, session_closed; after a restart: "
            "session_restored, approval_restored (and turn events with data.restored), session_resumed"
        )
    )
    session_id: str
    turn_id: str | None
    time: float
    data: dict[str, Any]


class Health(BaseModel):
    status: Literal["ok", "starting", "unavailable"]


__all__ = [
    "AnswerApprovalRequest",
    "ApprovalInfo",
    "ApprovalList",
    "CreateSessionRequest",
    "Decision",
    "EventEnvelope",
    "Health",
    "PromptRequest",
    "SessionInfo",
    "SessionList",
    "SteerResult",
    "TurnInfo",
    "TurnStarted",
]
