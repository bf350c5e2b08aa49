"""Raw notifications of one turn mapped to the typed :class:`~codex_runtime.api.results.PromptRunEvent` kinds, and
a turn's record to its result and terminal event (shared by live runs and transcript replay).

Pure. Deltas are the hot case (one event per streamed piece of text) and are built by
:func:`~codex_runtime.api.results.item_delta`, which skips the dataclass's keyword ``__init__``.
"""

from __future__ import annotations

from typing import Any, Final

from codex_runtime.api.output_schema import parse_output
from codex_runtime.api.results import (
    AgentMessageDelta,
    ApprovalRequested,
    CommandOutputDelta,
    ItemCompleted,
    ItemDelta,
    ItemEvent,
    ItemStarted,
    OtherNotification,
    PromptRunEvent,
    PromptRunResult,
    ReasoningDelta,
    TokenUsage,
    TurnCompleted,
    TurnFailed,
    TurnInterrupted,
    item_delta,
)
from codex_runtime.errors import PromptRunError, PromptTimeoutError, TurnFailedError, TurnInterruptedError
from codex_runtime.runtime.turn_record import TEXT_DELTAS, TurnRecord
from codex_runtime.runtime.typed import TypedItems, decode_item, decode_notification, decode_usage

_DELTA_OF_ITEM: Final[dict[str, type[ItemDelta]]] = {
    "agentMessage": AgentMessageDelta,
    "reasoning": ReasoningDelta,
    "commandExecution": CommandOutputDelta,
}
DELTA_EVENTS: Final = {method: _DELTA_OF_ITEM[item_type] for method, (item_type, _channel) in TEXT_DELTAS.items()}
"""The event class of each text-delta method (the methods are the turn record's: declared once)."""
_ITEM_EVENTS: Final[dict[str, type[ItemEvent]]] = {"item/started": ItemStarted, "item/completed": ItemCompleted}


def to_event(thread_id: str, turn_id: str, method: str, params: dict[str, Any]) -> PromptRunEvent | None:
    """The typed event of one raw notification of the turn (None for turn/completed: the terminal event is built
    from the turn's record, last)."""
    delta = DELTA_EVENTS.get(method)
    if delta is not None:  # the hot case: no ids dict, no keyword frozen __init__
        return item_delta(delta, thread_id, turn_id, params.get("itemId", ""), params.get("delta", ""))
    ids = {"thread_id": thread_id, "turn_id": turn_id}
    item_event = _ITEM_EVENTS.get(method)
    if item_event is not None:
        return item_event(item=decode_item(params.get("item") or {}), **ids)
    if method == "thread/tokenUsage/updated":
        return TokenUsage(usage=decode_usage(params.get("tokenUsage")), **ids)
    if method == "serverRequest":
        return ApprovalRequested(request=params["request"], **ids)
    if method == "turn/completed":
        return None  # the terminal event is built from the record, last
    return OtherNotification(method=method, notification=decode_notification(method, params), **ids)


def final_result(thread_id: str, turn_id: str, record: TurnRecord, output_schema: Any = None) -> PromptRunResult:
    """The result of a finished turn, read from its record.

    Raises:
        TurnFailedError: the turn failed (its classified failure).
        TurnInterruptedError: it was interrupted.
    """
    if record.status == "failed":
        failure = record.failure()
        assert failure is not None
        raise TurnFailedError(failure, thread_id=thread_id, turn_id=turn_id)
    if record.status == "interrupted":
        raise TurnInterruptedError(thread_id=thread_id, turn_id=turn_id)
    text = record.assistant_text()
    return PromptRunResult(
        thread_id=thread_id,
        turn_id=turn_id,
        status=record.status,
        assistant_text=text,
        items=TypedItems(record.completed_items()),
        usage=record.usage_fold.turn,
        parsed=parse_output(output_schema, text),
        thread_usage=record.usage_fold.thread,
        retries=record.retry_log.notices,
    )


def terminal_event(thread_id: str, turn_id: str, record: TurnRecord, output_schema: Any = None) -> PromptRunEvent:
    """The last event of a finished turn's stream: completed, interrupted or failed."""
    ids = {"thread_id": thread_id, "turn_id": turn_id}
    try:
        return TurnCompleted(result=final_result(thread_id, turn_id, record, output_schema), **ids)
    except TurnInterruptedError as exc:
        return TurnInterrupted(error=exc, **ids)
    except PromptRunError as exc:
        return TurnFailed(error=exc, **ids)


def status_of(error: BaseException) -> str:
    if isinstance(error, TurnInterruptedError):
        return "interrupted"
    if isinstance(error, PromptTimeoutError):
        return "timeout"
    if isinstance(error, TurnFailedError):
        return "failed"
    return "error"


__all__ = ["DELTA_EVENTS", "final_result", "status_of", "terminal_event", "to_event"]
