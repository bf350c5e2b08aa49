"""StateProjection folds raw notifications (shapes from the v2 schema of codex 0.163.0) into a bounded state."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from codex_runtime.runtime.state import RetentionLimits, StateProjection

T, U = "thr_1", "turn_1"


def thread_started(thread_id: str = T, status: str = "idle", name: str | None = None) -> dict[str, Any]:
    thread: dict[str, Any] = {
        "id": thread_id,
        "status": {"type": status},
        "name": name,
        "cliVersion": "0.163.0",
        "createdAt": 1_760_000_000,
        "updatedAt": 1_760_000_000,
        "cwd": "/work",
        "ephemeral": False,
        "modelProvider": "mock",
        "preview": "",
        "projectId": None,
        "sessionId": "sess_1",
        "source": "appServer",
        "turns": [],
    }
    return {"thread": thread}


def turn(turn_id: str = U, status: str = "inProgress", **extra: Any) -> dict[str, Any]:
    return {"id": turn_id, "items": [], "status": status, "error": None, **extra}


def started(item: dict[str, Any], thread_id: str = T, turn_id: str = U) -> dict[str, Any]:
    return {"threadId": thread_id, "turnId": turn_id, "startedAtMs": 1_760_000_000_100, "item": item}


def completed(item: dict[str, Any], thread_id: str = T, turn_id: str = U) -> dict[str, Any]:
    return {"threadId": thread_id, "turnId": turn_id, "completedAtMs": 1_760_000_000_900, "item": item}


def delta(item_id: str, text: str, thread_id: str = T, turn_id: str = U) -> dict[str, Any]:
    return {"threadId": thread_id, "turnId": turn_id, "itemId": item_id, "delta": text}


def command(
    item_id: str, status: str = "inProgress", output: str | None = None, exit_code: int | None = None
) -> dict[str, Any]:
    return {
        "type": "commandExecution",
        "id": item_id,
        "command": "seq 1 100000",
        "commandActions": [{"type": "unknown", "command": "seq 1 100000"}],
        "cwd": "/work",
        "status": status,
        "aggregatedOutput": output,
        "exitCode": exit_code,
        "durationMs": 12 if exit_code is not None else None,
    }


USAGE = {
    "total": {
        "cachedInputTokens": 0,
        "inputTokens": 120,
        "outputTokens": 8,
        "reasoningOutputTokens": 0,
        "totalTokens": 128,
    },
    "last": {
        "cachedInputTokens": 0,
        "inputTokens": 120,
        "outputTokens": 8,
        "reasoningOutputTokens": 0,
        "totalTokens": 128,
    },
    "modelContextWindow": 272000,
}


def run_simple_turn(state: StateProjection, thread_id: str = T, turn_id: str = U) -> None:
    state.apply("turn/started", {"threadId": thread_id, "turn": turn(turn_id, startedAt=1_760_000_000)})
    state.apply("item/started", started({"type": "agentMessage", "id": "msg_1", "text": ""}, thread_id, turn_id))
    state.apply(
        "turn/completed", {"threadId": thread_id, "turn": turn(turn_id, "completed", completedAt=1_760_000_001)}
    )


def test_a_whole_turn_is_projected_with_status_text_usage_and_timestamps() -> None:
    state = StateProjection()
    state.apply("thread/started", thread_started())
    state.apply("thread/status/changed", {"threadId": T, "status": {"type": "active", "activeFlags": []}})
    state.apply("turn/started", {"threadId": T, "turn": turn(startedAt=1_760_000_000)})
    state.apply("item/started", started({"type": "userMessage", "id": "u_1", "content": []}))
    state.apply("item/completed", completed({"type": "userMessage", "id": "u_1", "content": []}))
    state.apply("item/started", started({"type": "agentMessage", "id": "msg_1", "text": ""}))
    for piece in ("Hel", "lo", " world"):
        state.apply("item/agentMessage/delta", delta("msg_1", piece))
    mid = state.snapshot()["threads"][T]
    assert mid["active_turn_id"] == U
    assert mid["turns"][U]["items"]["msg_1"]["text"] == "Hello world"
    state.apply("item/completed", completed({"type": "agentMessage", "id": "msg_1", "text": "Hello, world!"}))
    state.apply("thread/tokenUsage/updated", {"threadId": T, "turnId": U, "tokenUsage": USAGE})
    done = turn(status="completed", startedAt=1_760_000_000, completedAt=1_760_000_002, durationMs=2000)
    state.apply("turn/completed", {"threadId": T, "turn": done})
    state.apply("thread/status/changed", {"threadId": T, "status": {"type": "idle"}})

    thread = state.snapshot()["threads"][T]
    assert thread["status"] == "idle"
    assert thread["active_turn_id"] is None
    assert thread["token_usage"] == USAGE
    projected = thread["turns"][U]
    assert (projected["status"], projected["started_at"], projected["completed_at"], projected["duration_ms"]) == (
        "completed",
        1_760_000_000,
        1_760_000_002,
        2000,
    )
    assert list(projected["items"]) == ["u_1", "msg_1"]
    message = projected["items"]["msg_1"]
    assert message["text"] == "Hello, world!"  # item/completed is the source of truth
    assert (message["type"], message["status"], message["truncated"]) == ("agentMessage", "completed", False)
    assert (message["started_at_ms"], message["completed_at_ms"]) == (1_760_000_000_100, 1_760_000_000_900)


def test_a_one_megabyte_command_output_keeps_the_head_and_marks_the_truncation() -> None:
    state = StateProjection(RetentionLimits(max_bytes_per_item=64 * 1024))
    state.apply("item/started", started(command("call_1")))
    chunk = "0123456789abcdef" * 256  # 4 KiB
    for _ in range(256):  # 1 MiB
        state.apply("item/commandExecution/outputDelta", delta("call_1", chunk))

    item = state.snapshot()["threads"][T]["turns"][U]["items"]["call_1"]
    dropped = 1024 * 1024 - 64 * 1024
    assert item["truncated"] is True
    assert item["truncated_bytes"] == dropped
    assert item["output"] == chunk * 16 + f"…[truncated {dropped} bytes]"


def test_a_final_output_over_the_limit_replaces_the_stream_and_is_truncated_with_a_marker() -> None:
    state = StateProjection(RetentionLimits(max_bytes_per_item=10))
    state.apply("item/started", started(command("call_1")))
    state.apply("item/commandExecution/outputDelta", delta("call_1", "streamed text that is long"))
    state.apply("item/completed", completed(command("call_1", "completed", "final output!", exit_code=0)))

    item = state.snapshot()["threads"][T]["turns"][U]["items"]["call_1"]
    assert item["output"] == "final outp…[truncated 3 bytes]"
    assert (item["status"], item["exit_code"], item["truncated_bytes"]) == ("completed", 0, 3)


def test_truncation_never_cuts_inside_a_multibyte_character() -> None:
    state = StateProjection(RetentionLimits(max_bytes_per_item=5))
    state.apply("item/agentMessage/delta", delta("msg_1", "ab€cd"))  # € is 3 bytes: a b € = 5 bytes
    state.apply("item/agentMessage/delta", delta("msg_1", "é"))
    item = state.snapshot()["threads"][T]["turns"][U]["items"]["msg_1"]
    assert item["text"] == "ab€…[truncated 4 bytes]"

    state = StateProjection(RetentionLimits(max_bytes_per_item=4))
    state.apply("item/agentMessage/delta", delta("msg_1", "ab€"))
    assert state.snapshot()["threads"][T]["turns"][U]["items"]["msg_1"]["text"] == "ab…[truncated 3 bytes]"


def test_a_restarted_item_streams_again_from_scratch() -> None:
    state = StateProjection()
    state.apply("item/started", started({"type": "agentMessage", "id": "msg_1", "text": ""}))
    state.apply("item/agentMessage/delta", delta("msg_1", "partial "))
    state.apply("error", {"threadId": T, "turnId": U, "willRetry": True, "error": {"message": "Reconnecting... 1/1"}})
    state.apply("item/started", started({"type": "agentMessage", "id": "msg_1", "text": ""}))
    state.apply("item/agentMessage/delta", delta("msg_1", "again"))

    projected = state.snapshot()["threads"][T]["turns"][U]
    assert projected["items"]["msg_1"]["text"] == "again"
    assert projected["retries"] == 1
    assert projected["error"] is None


def test_reasoning_summary_and_raw_reasoning_text_are_kept_apart() -> None:
    state = StateProjection()
    state.apply("item/started", started({"type": "reasoning", "id": "rs_1", "summary": [], "content": []}))
    state.apply("item/reasoning/summaryTextDelta", {**delta("rs_1", "Thinking"), "summaryIndex": 0})
    state.apply("item/reasoning/textDelta", {**delta("rs_1", "raw"), "contentIndex": 0})
    item = state.snapshot()["threads"][T]["turns"][U]["items"]["rs_1"]
    assert (item["text"], item["content"]) == ("Thinking", "raw")

    state.apply("item/completed", completed({"type": "reasoning", "id": "rs_1", "summary": ["A", "B"], "content": []}))
    item = state.snapshot()["threads"][T]["turns"][U]["items"]["rs_1"]
    assert (item["text"], item["content"], item["status"]) == ("A\n\nB", "", "completed")


def test_a_failed_turn_keeps_its_error() -> None:
    state = StateProjection()
    state.apply("turn/started", {"threadId": T, "turn": turn()})
    error = {"message": "quota", "codexErrorInfo": "usageLimitExceeded", "additionalDetails": None}
    state.apply("error", {"threadId": T, "turnId": U, "willRetry": False, "error": error})
    state.apply("turn/completed", {"threadId": T, "turn": turn(status="failed", error=error)})
    projected = state.snapshot()["threads"][T]["turns"][U]
    assert (projected["status"], projected["error"]) == ("failed", error)


def test_thread_name_archive_close_and_delete_are_tracked() -> None:
    state = StateProjection()
    state.apply("thread/started", thread_started(name="first"))
    assert state.snapshot()["threads"][T]["name"] == "first"
    state.apply("thread/name/updated", {"threadId": T, "threadName": "renamed"})
    state.apply("thread/archived", {"threadId": T})
    thread = state.snapshot()["threads"][T]
    assert (thread["name"], thread["archived"], thread["closed"]) == ("renamed", True, False)

    state.apply("thread/unarchived", {"threadId": T})
    state.apply("thread/closed", {"threadId": T})
    state.apply("thread/status/changed", {"threadId": T, "status": {"type": "notLoaded"}})
    thread = state.snapshot()["threads"][T]
    assert (thread["archived"], thread["closed"], thread["status"]) == (False, True, "notLoaded")

    state.apply("thread/deleted", {"threadId": T})
    assert state.snapshot()["threads"] == {}


def test_only_the_latest_diff_and_plan_are_kept_and_a_big_diff_is_truncated() -> None:
    state = StateProjection(RetentionLimits(max_bytes_per_item=16))
    state.apply("turn/diff/updated", {"threadId": T, "turnId": U, "diff": "--- a/f\n+++ b/f\n"})
    state.apply("turn/diff/updated", {"threadId": T, "turnId": U, "diff": "--- a/f\n+++ b/f\n+x\n"})
    plan = [{"step": "read", "status": "completed"}, {"step": "write", "status": "inProgress"}]
    state.apply("turn/plan/updated", {"threadId": T, "turnId": U, "plan": plan[:1], "explanation": None})
    state.apply("turn/plan/updated", {"threadId": T, "turnId": U, "plan": plan, "explanation": "two steps"})

    thread = state.snapshot()["threads"][T]
    assert thread["last_diff"] == {"turn_id": U, "diff": "--- a/f\n+++ b/f\n…[truncated 3 bytes]", "truncated": True}
    assert thread["last_plan"] == {"turnId": U, "plan": plan, "explanation": "two steps"}


def test_the_least_recently_active_thread_is_evicted_and_counted() -> None:
    state = StateProjection(RetentionLimits(max_threads=2))
    state.apply("thread/started", thread_started("a"))
    state.apply("thread/started", thread_started("b"))
    state.apply("thread/tokenUsage/updated", {"threadId": "a", "turnId": U, "tokenUsage": USAGE})  # a is fresher
    state.apply("thread/started", thread_started("c"))

    snap = state.snapshot()
    assert list(snap["threads"]) == ["a", "c"]
    assert snap["evictions"]["threads"] == 1


def test_the_oldest_turns_and_items_are_evicted_and_counted() -> None:
    state = StateProjection(RetentionLimits(max_turns_per_thread=2, max_items_per_turn=3))
    for n in range(4):
        run_simple_turn(state, turn_id=f"turn_{n}")
    for n in range(5):
        state.apply("item/started", started({"type": "agentMessage", "id": f"m{n}", "text": ""}, turn_id="turn_3"))

    snap = state.snapshot()
    turns = snap["threads"][T]["turns"]
    assert list(turns) == ["turn_2", "turn_3"]
    assert list(turns["turn_3"]["items"]) == ["m2", "m3", "m4"]
    assert snap["evictions"] == {"threads": 0, "turns": 2, "items": 3, "pending_requests": 0}


@dataclass
class Pending:
    id: int | str
    method: str
    thread_id: str | None = None
    turn_id: str | None = None


def test_pending_server_requests_are_the_brokers_table_newest_listed_and_never_retired_here() -> None:
    table = [
        Pending(0, "item/commandExecution/requestApproval", T, U),
        Pending(1, "item/fileChange/requestApproval", T, U),
    ]
    state = StateProjection(RetentionLimits(max_pending_requests=2), pending=lambda: table)
    assert state.snapshot()["pending_requests"] == [
        {"request_id": 0, "method": "item/commandExecution/requestApproval", "thread_id": T, "turn_id": U},
        {"request_id": 1, "method": "item/fileChange/requestApproval", "thread_id": T, "turn_id": U},
    ]
    state.apply("serverRequest/resolved", {"threadId": T, "requestId": 1})  # the broker retires it, not the state
    assert [p["request_id"] for p in state.snapshot()["pending_requests"]] == [0, 1]

    table[:] = [Pending(n, "item/tool/requestUserInput") for n in range(2, 5)]
    snap = state.snapshot()
    assert [p["request_id"] for p in snap["pending_requests"]] == [3, 4]
    assert snap["evictions"]["pending_requests"] == 1
    assert StateProjection().snapshot()["pending_requests"] == []


def test_methods_it_does_not_track_are_ignored() -> None:
    state = StateProjection()
    before = state.snapshot()
    state.apply("account/rateLimits/updated", {"rateLimits": {"primary": None}})
    state.apply("remoteControl/status/changed", {"threadId": T})
    state.apply("some/future/method", {"threadId": T, "turnId": U})
    assert state.snapshot() == before


def test_input_that_does_not_fit_the_schema_is_skipped_and_counted_never_raised() -> None:
    state = StateProjection()
    state.apply("item/completed", {"threadId": T, "turnId": U})  # no item
    state.apply("turn/started", {"threadId": T, "turn": None})
    state.apply("item/agentMessage/delta", {"threadId": ["not", "hashable"], "turnId": U, "itemId": "m", "delta": "x"})
    state.apply("thread/deleted", {"threadId": {}})
    state.apply("item/agentMessage/delta", None)  # type: ignore[arg-type]
    state.apply(["unhashable"], {})  # type: ignore[arg-type]
    snap = state.snapshot()
    assert snap["apply_errors"] == 5  # the non-string thread id is skipped quietly, as an unknown thread
    assert snap["threads"] == {}


def test_the_snapshot_is_json_serializable_and_detached_from_the_projection() -> None:
    state = StateProjection(pending=lambda: [Pending("req-1", "item/permissions/requestApproval", T, None)])
    state.apply("thread/started", thread_started())
    run_simple_turn(state)
    state.apply("thread/tokenUsage/updated", {"threadId": T, "turnId": U, "tokenUsage": USAGE})
    state.apply("item/agentMessage/delta", delta("msg_1", "lone \ud800 surrogate"))

    snap = state.snapshot()
    assert json.loads(json.dumps(snap)) == snap
    snap["threads"][T]["token_usage"]["total"]["totalTokens"] = -1
    assert state.snapshot()["threads"][T]["token_usage"] == USAGE
    assert snap["limits"] == {
        "max_threads": 256,
        "max_turns_per_thread": 64,
        "max_items_per_turn": 512,
        "max_bytes_per_item": 65536,
        "max_pending_requests": 1024,
    }


@pytest.mark.parametrize("bad", [0, -1, 1.5, True])
def test_retention_limits_must_be_positive_ints(bad: object) -> None:
    with pytest.raises(ValueError, match="max_threads"):
        RetentionLimits(max_threads=bad)  # type: ignore[arg-type]


# --- property: nothing escapes apply, whatever arrives ------------------------------------------------------------

METHODS = [
    "item/agentMessage/delta",
    "item/reasoning/summaryTextDelta",
    "item/reasoning/textDelta",
    "item/commandExecution/outputDelta",
    "item/started",
    "item/completed",
    "turn/started",
    "turn/completed",
    "turn/diff/updated",
    "turn/plan/updated",
    "error",
    "thread/started",
    "thread/status/changed",
    "thread/name/updated",
    "thread/tokenUsage/updated",
    "thread/archived",
    "thread/unarchived",
    "thread/closed",
    "thread/deleted",
    "serverRequest/resolved",
]
scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=12), st.binary(max_size=4)
)
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner),
                      max_leaves=8)  # fmt: skip
ids = st.sampled_from(["a", "b", "c"]) | values
strings = st.text(max_size=12) | values
# Mostly schema-shaped, so deep paths are reached, with any member possibly missing or of the wrong type.
wire_object = st.fixed_dictionaries({}, optional={
    "id": ids, "type": st.sampled_from(["agentMessage", "commandExecution", "reasoning"]) | values,
    "status": st.sampled_from(["inProgress", "completed", "failed"]) | values, "text": strings,
    "aggregatedOutput": strings, "summary": st.lists(strings, max_size=3) | values, "content": values,
    "exitCode": values, "error": values, "startedAt": values, "completedAt": values, "name": strings,
})  # fmt: skip
shaped_params = st.fixed_dictionaries({}, optional={
    "threadId": ids, "turnId": ids, "itemId": ids, "requestId": ids, "delta": strings, "diff": strings,
    "item": wire_object | values, "turn": wire_object | values, "thread": wire_object | values,
    "status": st.fixed_dictionaries({"type": strings}, optional={"activeFlags": values}) | values,
    "tokenUsage": values, "plan": values, "explanation": values, "willRetry": values, "error": values,
    "threadName": strings, "startedAtMs": values, "completedAtMs": values,
})  # fmt: skip


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(METHODS) | st.text(max_size=10), shaped_params | values), max_size=20))
def test_apply_never_raises_and_the_snapshot_stays_serializable(messages: list[tuple[str, Any]]) -> None:
    state = StateProjection(RetentionLimits(max_threads=2, max_turns_per_thread=2, max_items_per_turn=2,
                                            max_bytes_per_item=8, max_pending_requests=2))  # fmt: skip
    for method, params in messages:
        state.apply(method, params)
    json.dumps(state.snapshot())
