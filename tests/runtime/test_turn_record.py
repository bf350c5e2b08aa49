"""A turn's record, folded once by the state projection, gives a running turn its outcome."""

from __future__ import annotations

from typing import Any

from codex_runtime.errors import FailureKind
from codex_runtime.runtime.state import RetentionLimits, StateProjection
from codex_runtime.runtime.turn_record import TurnRecord

T, U = "thr", "turn"


def message(item_id: str, text: str, phase: str | None = None) -> dict[str, object]:
    return {"type": "agentMessage", "id": item_id, "text": text, "phase": phase}


class Turn:
    """A held thread and its turn's record, fed like the reader feeds the projection."""

    def __init__(self, limits: RetentionLimits | None = None) -> None:
        self.state = StateProjection(limits)
        self.release = self.state.hold(T)
        self.record: TurnRecord = self.state.turn_record(T, U)

    def feed(self, method: str, params: dict[str, Any]) -> None:
        if method.startswith("turn/"):
            params = {"threadId": T, **params}
            params["turn"] = {"id": U, **params.get("turn", {})}
        else:
            params = {"threadId": T, "turnId": U, **params}
        self.state.apply(method, params)


def test_the_final_answer_prefers_the_final_answer_phase_and_is_trimmed() -> None:
    c = Turn()
    c.feed("item/completed", {"item": message("a", " early ", "commentary")})
    c.feed("item/completed", {"item": message("b", " the answer \n", "final_answer")})
    c.feed("item/completed", {"item": message("c", "afterthought", "commentary")})
    assert c.record.done is False
    c.feed("turn/completed", {"turn": {"status": "completed"}})
    assert c.record.done is True and c.record.assistant_text() == "the answer"


def test_without_phases_the_last_agent_message_wins() -> None:
    c = Turn()
    c.feed("item/completed", {"item": message("a", "one")})
    c.feed("item/completed", {"item": message("b", "two")})
    assert c.record.assistant_text() == "two"


def test_a_retried_item_does_not_duplicate_its_streamed_text() -> None:
    c = Turn()
    c.feed("item/started", {"item": message("m", "")})
    c.feed("item/agentMessage/delta", {"itemId": "m", "delta": "hel"})
    c.feed("error", {"willRetry": True, "error": {"message": "Reconnecting... 1/1"}})
    c.feed("item/started", {"item": message("m", "")})
    c.feed("item/agentMessage/delta", {"itemId": "m", "delta": "hello"})
    assert c.record.partial_text() == "hello"
    assert c.record.done is False  # willRetry errors never end a turn


def test_a_failed_turn_is_classified_from_its_error() -> None:
    c = Turn()
    c.feed("error", {"willRetry": False, "error": {"message": "quota", "codexErrorInfo": "usageLimitExceeded"}})
    c.feed(
        "turn/completed",
        {"turn": {"status": "failed", "error": {"message": "quota", "codexErrorInfo": "usageLimitExceeded"}}},
    )
    failure = c.record.failure()
    assert failure is not None and failure.kind is FailureKind.QUOTA_EXCEEDED


def test_the_turn_summary_recovers_the_answer_when_item_completed_was_missed() -> None:
    c = Turn()
    c.feed("turn/completed", {"turn": {"status": "completed", "items": [message("x", "from summary")]}})
    assert c.record.assistant_text() == "from summary"


def test_a_tool_only_turn_has_an_empty_answer() -> None:
    c = Turn()
    c.feed("item/completed", {"item": {"type": "commandExecution", "id": "cmd"}})
    c.feed("turn/completed", {"turn": {"status": "completed", "items": []}})
    assert c.record.assistant_text() == "" and c.record.completed_items() == [{"type": "commandExecution", "id": "cmd"}]


def test_a_completed_item_sent_again_replaces_the_first_copy_in_its_place() -> None:
    c = Turn()
    c.feed("item/completed", {"item": message("a", "first")})
    c.feed("item/completed", {"item": message("b", "second")})
    c.feed("item/completed", {"item": message("a", "first, again")})
    assert [i["text"] for i in c.record.completed_items()] == ["first, again", "second"]


def test_usage_is_the_turns_last_token_usage() -> None:
    c = Turn()
    c.feed("thread/tokenUsage/updated", {"tokenUsage": {"total": {"totalTokens": 1}}})
    c.feed("thread/tokenUsage/updated", {"tokenUsage": {"total": {"totalTokens": 9}}})
    assert c.record.usage == {"total": {"totalTokens": 9}}


def test_whole_items_are_kept_only_while_the_thread_is_held() -> None:
    c = Turn()
    c.feed("item/completed", {"item": message("a", "kept")})
    assert len(c.record.completed_items()) == 1
    c.release()
    c.release()  # idempotent
    assert c.record.completed_items() == [] and c.record.completed is None
    c.state.apply("item/completed", {"threadId": T, "turnId": "later", "item": message("b", "not kept")})
    assert c.state.turn_record(T, "later").completed is None
    assert c.state.snapshot()["threads"][T]["turns"]["later"]["items"]["b"]["text"] == "not kept"


def test_a_held_thread_is_never_evicted_and_a_running_turn_is_never_evicted() -> None:
    c = Turn(RetentionLimits(max_threads=1, max_turns_per_thread=1))
    c.state.apply("thread/status/changed", {"threadId": "other", "status": {"type": "idle"}})
    snapshot = c.state.snapshot()  # the newcomer is the least recently active thread nobody holds
    assert list(snapshot["threads"]) == [T] and snapshot["evictions"]["threads"] == 1
    c.state.apply("turn/started", {"threadId": T, "turn": {"id": "second", "status": "inProgress"}})
    c.state.apply("turn/started", {"threadId": T, "turn": {"id": "third", "status": "inProgress"}})
    assert list(c.state.snapshot()["threads"][T]["turns"]) == [U, "third"]  # the pinned one stays
    c.release()
    assert list(c.state.snapshot()["threads"][T]["turns"]) == ["third"]


def test_a_streamed_text_over_the_item_limit_is_the_partial_texts_head_with_a_marker() -> None:
    c = Turn(RetentionLimits(max_bytes_per_item=4))
    c.feed("item/agentMessage/delta", {"itemId": "m", "delta": "abcdef"})
    assert c.record.partial_text() == "abcd…[truncated 2 bytes]"
