"""TurnCollector folds one turn's notifications into its outcome."""

from __future__ import annotations

from codex_runtime.errors import FailureKind
from codex_runtime.runtime.turn_collector import TurnCollector


def message(item_id: str, text: str, phase: str | None = None) -> dict[str, object]:
    return {"type": "agentMessage", "id": item_id, "text": text, "phase": phase}


def test_the_final_answer_prefers_the_final_answer_phase_and_is_trimmed() -> None:
    c = TurnCollector("t")
    c.feed("item/completed", {"item": message("a", " early ", "commentary")})
    c.feed("item/completed", {"item": message("b", " the answer \n", "final_answer")})
    c.feed("item/completed", {"item": message("c", "afterthought", "commentary")})
    assert c.feed("turn/completed", {"turn": {"status": "completed"}}) is True
    assert c.assistant_text() == "the answer"


def test_without_phases_the_last_agent_message_wins() -> None:
    c = TurnCollector("t")
    c.feed("item/completed", {"item": message("a", "one")})
    c.feed("item/completed", {"item": message("b", "two")})
    assert c.assistant_text() == "two"


def test_a_retried_item_does_not_duplicate_its_streamed_text() -> None:
    c = TurnCollector("t")
    c.feed("item/started", {"item": message("m", "")})
    c.feed("item/agentMessage/delta", {"itemId": "m", "delta": "hel"})
    c.feed("error", {"willRetry": True, "error": {"message": "Reconnecting... 1/1"}})
    c.feed("item/started", {"item": message("m", "")})
    c.feed("item/agentMessage/delta", {"itemId": "m", "delta": "hello"})
    assert c.partial_text() == "hello"
    assert c.done is False  # willRetry errors never end a turn


def test_a_failed_turn_is_classified_from_its_error() -> None:
    c = TurnCollector("t")
    c.feed("error", {"willRetry": False, "error": {"message": "quota", "codexErrorInfo": "usageLimitExceeded"}})
    c.feed(
        "turn/completed",
        {"turn": {"status": "failed", "error": {"message": "quota", "codexErrorInfo": "usageLimitExceeded"}}},
    )
    failure = c.failure()
    assert failure is not None and failure.kind is FailureKind.QUOTA_EXCEEDED


def test_the_turn_summary_recovers_the_answer_when_item_completed_was_missed() -> None:
    c = TurnCollector("t")
    c.feed("turn/completed", {"turn": {"status": "completed", "items": [message("x", "from summary")]}})
    assert c.assistant_text() == "from summary"


def test_a_tool_only_turn_has_an_empty_answer() -> None:
    c = TurnCollector("t")
    c.feed("item/completed", {"item": {"type": "commandExecution", "id": "cmd"}})
    c.feed("turn/completed", {"turn": {"status": "completed", "items": []}})
    assert c.assistant_text() == "" and len(c.completed_items) == 1
