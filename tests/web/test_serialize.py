"""Stream events become JSON payloads: typed items as wire JSON, huge strings clipped visibly."""

from __future__ import annotations

from codex_runtime.api.results import AgentMessageDelta, ApprovalRequested, ItemCompleted
from codex_runtime.runtime.typed import decode_item
from codex_runtime.web.serialize import clip, event_payload


def test_items_are_wire_json_and_long_strings_are_clipped_with_a_marker() -> None:
    item = decode_item(
        {
            "type": "commandExecution",
            "id": "call_1",
            "command": "yes",
            "cwd": "/w",
            "status": "completed",
            "commandActions": [],
            "aggregatedOutput": "y\n" * 50_000,
        }
    )
    payload = event_payload(ItemCompleted(item=item, thread_id="t", turn_id="u"), limit=1000)

    assert payload is not None
    kind, data = payload
    output = data["item"]["aggregatedOutput"]
    assert kind == "item_completed" and data["item"]["type"] == "commandExecution"
    assert len(output) < 1100 and "[... clipped 99000 characters ...]" in output


def test_deltas_pass_through_and_stream_approvals_are_left_to_the_queue() -> None:
    delta = event_payload(AgentMessageDelta(item_id="m", delta="hi", thread_id="t", turn_id="u"), limit=10)
    approval = event_payload(ApprovalRequested(request=object(), thread_id="t", turn_id="u"), limit=10)

    assert delta == ("agent_message_delta", {"item_id": "m", "delta": "hi"})
    assert approval is None
    assert clip({"a": ["x" * 5, 3]}, 4) == {"a": ["xx\n[... clipped 1 characters ...]\nxx", 3]}
