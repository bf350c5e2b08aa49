"""StateProjection.restore: a snapshot loaded back keeps truncated texts, limits and evictions; bad shapes are
typed errors (the real-binary round trip is in tests/e2e/test_state_restore.py)."""

from __future__ import annotations

import pytest

from codex_runtime.errors import SnapshotCorruptError
from codex_runtime.runtime.state import RetentionLimits, StateProjection
from tests.runtime.test_state import T, U, completed, delta, started, thread_started, turn


def fed(limits: RetentionLimits) -> StateProjection:
    state = StateProjection(limits)
    state.apply("thread/started", thread_started())
    state.apply("turn/started", {"threadId": T, "turn": turn()})
    state.apply("item/started", started({"type": "agentMessage", "id": "m1", "text": ""}))
    state.apply("item/agentMessage/delta", delta("m1", "0123456789abcdef"))
    return state


def test_a_truncated_text_comes_back_with_its_marker_and_counts() -> None:
    limits = RetentionLimits(max_bytes_per_item=8)
    saved = fed(limits).snapshot()
    restored = StateProjection(limits)
    restored.restore(saved)

    item = restored.snapshot()["threads"][T]["turns"][U]["items"]["m1"]
    assert (item["text"], item["truncated_bytes"], item["status"]) == ("01234567…[truncated 8 bytes]", 8, "inProgress")
    assert restored.snapshot()["threads"] == saved["threads"]


def test_the_restored_projection_goes_on_folding_new_notifications() -> None:
    restored = StateProjection()
    restored.restore(fed(RetentionLimits()).snapshot())
    restored.apply("item/completed", completed({"type": "agentMessage", "id": "m1", "text": "final"}))
    restored.apply("turn/completed", {"threadId": T, "turn": turn(status="completed")})

    record = restored.snapshot()["threads"][T]["turns"][U]
    assert (record["status"], record["items"]["m1"]["text"], record["items"]["m1"]["status"]) == (
        "completed",
        "final",
        "completed",
    )


def test_only_the_newest_threads_within_the_limits_are_restored() -> None:
    big = StateProjection(RetentionLimits(max_threads=5))
    for n in range(4):
        big.apply("thread/started", thread_started(f"thr_{n}"))
    small = StateProjection(RetentionLimits(max_threads=2))
    small.restore(big.snapshot())
    assert list(small.snapshot()["threads"]) == ["thr_2", "thr_3"]


@pytest.mark.parametrize(
    "bad", [{"threads": {"x": {"no_id": 1}}}, {"threads": [1, 2]}, {"evictions": {"turns": "many"}}]
)
def test_a_snapshot_of_the_wrong_shape_is_a_typed_error(bad: dict[str, object]) -> None:
    with pytest.raises(SnapshotCorruptError, match="not a state snapshot"):
        StateProjection().restore(bad)
