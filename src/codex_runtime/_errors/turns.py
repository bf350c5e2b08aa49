"""Errors of a prompt run (a turn) that did not produce a result, and why a turn failed (:class:`TurnFailure`).
Public through :mod:`codex_runtime.errors`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from codex_runtime._errors.base import CodexRuntimeError, UsageError


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

    failure: TurnFailure
    thread_id: str | None
    turn_id: str | None

    def __init__(self, failure: TurnFailure, *, thread_id: str | None = None, turn_id: str | None = None) -> None:
        message = f"turn failed ({failure.kind}): {failure.message}"
        super().__init__(message, failure=failure, thread_id=thread_id, turn_id=turn_id)

    @property
    def is_quota_exceeded(self) -> bool:
        return self.failure.kind is FailureKind.QUOTA_EXCEEDED

    @property
    def is_rate_limited(self) -> bool:
        return self.failure.kind is FailureKind.RATE_LIMIT


class TurnInterruptedError(PromptRunError):
    """The turn completed with status ``interrupted`` (by us, a steer, or a cancelled approval)."""

    thread_id: str | None
    turn_id: str | None

    def __init__(
        self, message: str = "turn was interrupted", *, thread_id: str | None = None, turn_id: str | None = None
    ) -> None:
        super().__init__(message, thread_id=thread_id, turn_id=turn_id)


class PromptTimeoutError(PromptRunError):
    """The turn passed its deadline; it was interrupted. ``partial`` holds what had arrived."""

    timeout: float
    partial: object
    reason: str
    retries: tuple[object, ...]
    """The server's retry notices before the deadline (``RetryNotice``; the latest 16)."""

    def __init__(
        self,
        timeout: float,
        partial: object = None,
        *,
        reason: str = "absolute",
        retries: tuple[object, ...] = (),
    ) -> None:
        message = f"turn did not finish within {timeout:g}s ({reason} deadline)"
        if retries:  # say why it was slow: the server was retrying (offline, rate limited...)
            message += f" while the server was retrying: {getattr(retries[-1], 'reason', retries[-1])}"
        message += "; it was interrupted"
        super().__init__(message, timeout=timeout, partial=partial, reason=reason, retries=retries)


class AttachmentNotFoundError(PromptRunError):
    """A local attachment path does not exist; nothing was sent."""

    path: str

    def __init__(self, path: str) -> None:
        super().__init__(f"attachment not found: {path}", path=path)


class BlockedByHookError(PromptRunError):
    """A pre hook blocked the phase; nothing was sent."""

    hook_name: str
    phase: str
    message: str

    def __init__(self, hook_name: str, phase: str, message: str) -> None:
        text = f"blocked by hook {hook_name!r} at {phase}: {message}"
        super().__init__(text, hook_name=hook_name, phase=phase, message=message)


class PrivilegedEscalationError(PromptRunError):
    """A sandbox wider than read-only was asked for without the explicit opt-in; nothing was sent."""


class OutputParseError(PromptRunError):
    """The final answer does not match the requested output schema."""

    text: str

    def __init__(self, message: str, *, text: str) -> None:
        super().__init__(message, text=text)
