"""The delta fast paths (state projection item cache, text chunking) give the same results as the slow paths."""

from __future__ import annotations

from typing import Any

from codex_runtime.runtime.state import RetentionLimits, StateProjection


def delta(thread: str, turn: str, item: str, text: str) -> dict[str, Any]:
    return {"threadId": thread, "turnId": turn, "itemId": item, "delta": text}


def started(thread: str, turn: str, item: str) -> dict[str, Any]:
    return {"threadId": thread, "turnId": turn, "item": {"id": item, "type": "agentMessage"}}


def texts(state: StateProjection, thread: str, turn: str) -> dict[str, str]:
    items = state.snapshot()["threads"][thread]["turns"][turn]["items"]
    return {item_id: item.get("text", "") for item_id, item in items.items()}


def test_interleaved_deltas_of_two_items_each_keep_their_own_text() -> None:
    state = StateProjection()
    for piece in ("a", "b", "c"):
        state.apply("item/agentMessage/delta", delta("t", "u", "i1", piece))
        state.apply("item/agentMessage/delta", delta("t", "u", "i2", piece.upper()))
    assert texts(state, "t", "u") == {"i1": "abc", "i2": "ABC"}


def test_a_restarted_item_streams_from_scratch_even_while_its_deltas_are_cached() -> None:
    state = StateProjection()
    state.apply("item/agentMessage/delta", delta("t", "u", "i", "first"))
    state.apply("item/started", started("t", "u", "i"))
    state.apply("item/agentMessage/delta", delta("t", "u", "i", "second"))
    assert texts(state, "t", "u") == {"i": "second"}


def test_an_item_evicted_while_cached_is_recreated_not_written_to_detached() -> None:
    state = StateProjection(RetentionLimits(max_items_per_turn=1))
    state.apply("item/agentMessage/delta", delta("t", "u", "a", "x"))
    state.apply("item/started", started("t", "u", "b"))  # evicts a
    state.apply("item/agentMessage/delta", delta("t", "u", "a", "y"))  # evicts b, recreates a
    assert texts(state, "t", "u") == {"a": "y"}


def test_a_thread_streaming_through_the_cache_stays_most_recently_used() -> None:
    state = StateProjection(RetentionLimits(max_threads=2))
    state.apply("item/agentMessage/delta", delta("A", "u", "i", "1"))
    state.apply("thread/status/changed", {"threadId": "B", "status": {"type": "idle"}})
    state.apply("item/agentMessage/delta", delta("A", "u", "i", "2"))
    state.apply("thread/status/changed", {"threadId": "C", "status": {"type": "idle"}})  # evicts the LRU: B
    assert list(state.snapshot()["threads"]) == ["A", "C"]
    assert texts(state, "A", "u") == {"i": "12"}


def test_a_turns_partial_text_is_exact_across_many_chunks() -> None:
    state = StateProjection()
    state.hold("t")
    record = state.turn_record("t", "u")
    pieces = [f"{n} " for n in range(2000)]
    for piece in pieces:
        state.apply("item/agentMessage/delta", delta("t", "u", "i", piece))
    assert record.partial_text() == "".join(pieces).strip()
    state.apply("item/started", started("t", "u", "i"))
    state.apply("item/agentMessage/delta", delta("t", "u", "i", "again"))
    assert record.partial_text() == "again"
