"""What a prompt run gives back: :class:`PromptRunResult`, and the per-turn :class:`PromptRunEvent` kinds."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from codex_runtime.api.images import ImageOutput, images_of
from codex_runtime.errors import PromptRunError
from codex_runtime.runtime.retries import RetryNotice
from codex_runtime.runtime.subagents import Subagent, subagents_of
from codex_runtime.runtime.usage import TurnUsage

if TYPE_CHECKING:
    from pydantic import BaseModel, JsonValue

    from codex_runtime.protocol.messages import AnyNotification
    from codex_runtime.protocol.types import ThreadItem, ThreadTokenUsage
    from codex_runtime.runtime.hooks import HookReport
    from codex_runtime.runtime.pending import PendingServerRequest


@dataclass(frozen=True, slots=True)
class PromptRunResult:
    """The outcome of one completed turn.

    Attributes:
        assistant_text: the final answer (the last agent message, preferring the final-answer phase), trimmed;
            empty for a tool-only turn.
        items: the completed thread items of the turn, typed (generated ``ThreadItem`` variants) when first read; an
            item that does not fit its variant is an ``UnrecognizedThreadItem`` keeping every field.
        usage: THIS turn's token usage (every model request of the turn, retries and a resumed thread
            included), or None when no model request completed.
        parsed: the final answer parsed by the output schema (a model instance for a model class, the JSON value
            for a JSON-schema dict), else None.
        hook_report: what the run's hooks recorded (issues, accumulated metadata), or None without hooks.
        thread_usage: the thread's totals after the turn, or None.
        retries: the server's retry notices during the turn (``error{willRetry: true}``; the latest 16).
        images, subagents: read from ``items`` (see the properties).
    """

    thread_id: str
    turn_id: str
    status: str
    assistant_text: str
    items: Sequence[ThreadItem] = ()
    usage: TurnUsage | None = None
    parsed: BaseModel | JsonValue = None
    hook_report: HookReport | None = None
    thread_usage: TurnUsage | None = None
    retries: tuple[RetryNotice, ...] = ()

    @property
    def images(self) -> list[ImageOutput]:
        """The images the model looked at or generated in this turn (paths, media types; ``read_bytes()``)."""
        return images_of(self.items)

    @property
    def subagents(self) -> list[Subagent]:
        """The sub-agents this turn spawned, with the last status its items reported (the live tree, children's
        own turns included, is ``client.runtime.state.subagents``)."""
        return subagents_of(self.items, self.turn_id)


@dataclass(frozen=True, slots=True, kw_only=True)
class PromptRunEvent:
    """Base of every event of a :class:`~codex_runtime.PromptRunStream`; ``kind`` names the variant."""

    kind: str
    thread_id: str
    turn_id: str


@dataclass(frozen=True, slots=True, kw_only=True)
class AgentMessageDelta(PromptRunEvent):
    kind: str = "agent_message_delta"
    item_id: str
    delta: str


@dataclass(frozen=True, slots=True, kw_only=True)
class ReasoningDelta(PromptRunEvent):
    kind: str = "reasoning_delta"
    item_id: str
    delta: str


@dataclass(frozen=True, slots=True, kw_only=True)
class CommandOutputDelta(PromptRunEvent):
    kind: str = "command_output_delta"
    item_id: str
    delta: str


@dataclass(frozen=True, slots=True, kw_only=True)
class ItemStarted(PromptRunEvent):
    kind: str = "item_started"
    item: ThreadItem


@dataclass(frozen=True, slots=True, kw_only=True)
class ItemCompleted(PromptRunEvent):
    kind: str = "item_completed"
    item: ThreadItem


@dataclass(frozen=True, slots=True, kw_only=True)
class ApprovalRequested(PromptRunEvent):
    kind: str = "approval_requested"
    request: PendingServerRequest


@dataclass(frozen=True, slots=True, kw_only=True)
class TokenUsage(PromptRunEvent):
    kind: str = "token_usage"
    usage: ThreadTokenUsage | None


@dataclass(frozen=True, slots=True, kw_only=True)
class OtherNotification(PromptRunEvent):
    """Any other notification of this turn (plan/diff updates, item progress, ...), typed by the protocol."""

    kind: str = "notification"
    method: str
    notification: AnyNotification


@dataclass(frozen=True, slots=True, kw_only=True)
class TurnCompleted(PromptRunEvent):
    kind: str = "turn_completed"
    result: PromptRunResult


@dataclass(frozen=True, slots=True, kw_only=True)
class TurnFailed(PromptRunEvent):
    kind: str = "turn_failed"
    error: PromptRunError


@dataclass(frozen=True, slots=True, kw_only=True)
class TurnInterrupted(PromptRunEvent):
    kind: str = "turn_interrupted"
    error: PromptRunError


TERMINAL_KINDS = frozenset({"turn_completed", "turn_failed", "turn_interrupted"})

__all__ = [
    "TERMINAL_KINDS",
    "AgentMessageDelta",
    "ApprovalRequested",
    "CommandOutputDelta",
    "ItemCompleted",
    "ItemStarted",
    "OtherNotification",
    "PromptRunEvent",
    "PromptRunResult",
    "ReasoningDelta",
    "TokenUsage",
    "TurnCompleted",
    "TurnFailed",
    "TurnInterrupted",
]
