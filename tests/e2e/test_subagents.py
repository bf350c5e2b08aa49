"""Sub-agents on the real binary: codex 0.163.0 spawns a collab sub-agent when the scripted model calls
``spawn_agent`` (namespace ``multi_agent_v1``); the child runs its own turn on the same connection (the MockModel
answers it too); ``wait_agent`` reports it completed. The tree is in the state projection and on the result."""

from __future__ import annotations

import json
from pathlib import Path

from codex_runtime import Client, ClientConfig, SessionConfig, Subagent
from codex_runtime.testing import MockModel, MockResponse, RecordedRequest, responses

CHILD_TASK = "Count the files."


def scripted(request: RecordedRequest) -> MockResponse:
    """The parent spawns a child and waits for it; the child answers its task."""
    if request.user_texts()[:1] == [CHILD_TASK]:
        return responses.text("There are 3 files.")
    outputs = {o["call_id"]: o["output"] for o in request.function_call_outputs()}
    if "spawn1" not in outputs:
        return responses.tool_call("spawn_agent", {"message": CHILD_TASK}, call_id="spawn1", namespace="multi_agent_v1")
    if "wait1" not in outputs:
        child = json.loads(outputs["spawn1"])["agent_id"]
        wait = {"targets": [child], "timeout_ms": 20000}
        return responses.tool_call("wait_agent", wait, call_id="wait1", namespace="multi_agent_v1")
    return responses.text("The helper counted 3 files.")


async def test_a_spawned_subagent_is_tracked_as_a_child_of_the_turn_that_spawned_it(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.set_fallback(scripted)
    async with Client(client_config) as client:
        session = await client.start_session(SessionConfig(cwd=str(workdir)))
        result = await session.ask("Delegate the file count.")
        tree = client.runtime.state.subagents
        children = tree.children(session.thread_id)
        snapshot = client.runtime.state_snapshot()["subagents"]
    spawned = next(r for r in mock_model.requests if "spawn1" in {o["call_id"] for o in r.function_call_outputs()})
    child_id = json.loads(spawned.function_call_outputs()[0]["output"])["agent_id"]
    expected = Subagent(
        thread_id=child_id,
        parent_thread_id=session.thread_id,
        parent_turn_id=result.turn_id,
        prompt=CHILD_TASK,
        model="mock-model",
        status="completed",
        message="There are 3 files.",
    )
    assert result.assistant_text == "The helper counted 3 files."
    assert result.subagents == [expected]
    assert children == [expected]
    assert list(snapshot["nodes"]) == [child_id] and snapshot["dropped"] == 0
    assert [(str(i.type), str(i.tool)) for i in result.items if str(i.type) == "collabAgentToolCall"] == [
        ("collabAgentToolCall", "spawnAgent"),
        ("collabAgentToolCall", "wait"),
    ]
    assert [r.user_texts()[0] for r in mock_model.requests].count(CHILD_TASK) == 1
