"""What a prompt run gives back: :class:`PromptRunResult`, and the per-turn :class:`PromptRunEvent` kinds."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, TypeVar

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
    """Base of every event of a :class:`~codex_runtime.PromptRunStream`; ``kind`` names the variant.

    ``kind`` is fixed per class (the class's ``_kind``), so it is not a constructor argument. Variants that differ
    only in ``kind`` share a base (:class:`ItemDelta`, :class:`ItemEvent`, :class:`TurnEnded`) and are plain
    subclasses of it: fewer dataclasses to build when the package is imported.
    """

    _kind: ClassVar[str]
    kind: str = field(init=False)
    thread_id: str
    turn_id: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", self._kind)


@dataclass(frozen=True, slots=True, kw_only=True)
class ItemDelta(PromptRunEvent):
    """A streamed piece of an item's text: ``delta`` appended to item ``item_id``."""

    item_id: str
    delta: str


class AgentMessageDelta(ItemDelta):
    """A piece of the agent's message."""

    __slots__ = ()
    _kind = "agent_message_delta"


class ReasoningDelta(ItemDelta):
    """A piece of the model's reasoning (its summary or, where the model sends it, its raw text)."""

    __slots__ = ()
    _kind = "reasoning_delta"


class CommandOutputDelta(ItemDelta):
    """A piece of a command's output."""

    __slots__ = ()
    _kind = "command_output_delta"


_D = TypeVar("_D", bound=ItemDelta)
_new_event = object.__new__
# ItemDelta's slot descriptors (the three delta classes share them): setting through them skips the keyword
# __init__ and __post_init__ (~2x cheaper; one event per streamed delta). tests/api check it equals the constructor.
_set_kind, _set_thread, _set_turn, _set_item, _set_delta = (
    getattr(ItemDelta, name).__set__ for name in ("kind", "thread_id", "turn_id", "item_id", "delta")
)


def item_delta(cls: type[_D], thread_id: str, turn_id: str, item_id: str, delta: str) -> _D:
    """``cls(thread_id=..., turn_id=..., item_id=..., delta=...)``, built the fast way."""
    event = _new_event(cls)
    _set_kind(event, cls._kind)
    _set_thread(event, thread_id)
    _set_turn(event, turn_id)
    _set_item(event, item_id)
    _set_delta(event, delta)
    return event


@dataclass(frozen=True, slots=True, kw_only=True)
class ItemEvent(PromptRunEvent):
    """An item's lifecycle: ``item`` is the typed thread item as the server sent it."""

    item: ThreadItem


class ItemStarted(ItemEvent):
    __slots__ = ()
    _kind = "item_started"


class ItemCompleted(ItemEvent):
    __slots__ = ()
    _kind = "item_completed"


@dataclass(frozen=True, slots=True, kw_only=True)
class ApprovalRequested(PromptRunEvent):
    _kind = "approval_requested"
    request: PendingServerRequest


@dataclass(frozen=True, slots=True, kw_only=True)
class TokenUsage(PromptRunEvent):
    _kind = "token_usage"
    usage: ThreadTokenUsage | None


@dataclass(frozen=True, slots=True, kw_only=True)
class OtherNotification(PromptRunEvent):
    """Any other notification of this turn (plan/diff updates, item progress, ...), typed by the protocol."""

    _kind = "notification"
    method: str
    notification: AnyNotification


@dataclass(frozen=True, slots=True, kw_only=True)
class TurnCompleted(PromptRunEvent):
    _kind = "turn_completed"
    result: PromptRunResult


@dataclass(frozen=True, slots=True, kw_only=True)
class TurnEnded(PromptRunEvent):
    """The turn ended without a result: ``error`` is what ``finish()`` raises."""

    error: PromptRunError


class TurnFailed(TurnEnded):
    __slots__ = ()
    _kind = "turn_failed"


class TurnInterrupted(TurnEnded):
    __slots__ = ()
    _kind = "turn_interrupted"


TERMINAL_KINDS = frozenset(event._kind for event in (TurnCompleted, TurnFailed, TurnInterrupted))

__all__ = [
    "TERMINAL_KINDS",
    "AgentMessageDelta",
    "ApprovalRequested",
    "CommandOutputDelta",
    "ItemCompleted",
    "ItemDelta",
    "ItemEvent",
    "ItemStarted",
    "OtherNotification",
    "PromptRunEvent",
    "PromptRunResult",
    "ReasoningDelta",
    "TokenUsage",
    "TurnCompleted",
    "TurnEnded",
    "TurnFailed",
    "TurnInterrupted",
    "item_delta",
]
