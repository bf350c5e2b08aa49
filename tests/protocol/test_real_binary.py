"""The generated protocol against the REAL bundled codex (driven offline by MockModel through a raw driver):
what we encode is accepted, and everything it sends decodes and validates."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from codex_runtime.protocol import (
    ClientRequests,
    Notification,
    ServerRequest,
    decode_notification,
    decode_server_request,
    encode_params,
)
from codex_runtime.protocol import types as wire
from codex_runtime.testing import MockModel, StreamBuilder, responses
from tests.e2e.raw_app_server import RawAppServer


@pytest.fixture
def server(codex_home: Path) -> Iterator[RawAppServer]:
    app = RawAppServer(codex_home)
    app.initialize()
    yield app
    app.close()


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    path = tmp_path / "work"
    path.mkdir()
    return path


def start_thread(server: RawAppServer, workdir: Path, **fields: Any) -> wire.ThreadStartResponse:
    defaults: dict[str, Any] = {"approval_policy": wire.AskForApprovalKind.NEVER, "sandbox": wire.SandboxMode.READ_ONLY}
    params = wire.ThreadStartParams(cwd=str(workdir), **{**defaults, **fields})
    return ClientRequests.THREAD_START.validate_result(server.request("thread/start", encode_params(params)))


def start_turn(server: RawAppServer, thread_id: str, text: str) -> wire.TurnStartResponse:
    params = wire.TurnStartParams(thread_id=thread_id, input=[wire.TextUserInput(text=text)], effort="medium")
    return ClientRequests.TURN_START.validate_result(server.request("turn/start", encode_params(params)))


def test_typed_thread_and_turn_params_are_accepted_and_their_results_validate(
    server: RawAppServer, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.enqueue(responses.text("hello"))

    thread = start_thread(server, workdir)
    turn = start_turn(server, thread.thread.id, "hi")

    assert thread.sandbox.type == "readOnly" and thread.approval_policy == "never"
    assert turn.turn.status == wire.TurnStatus.IN_PROGRESS


def test_every_notification_of_a_real_turn_decodes_to_its_typed_params(
    server: RawAppServer, mock_model: MockModel, workdir: Path
) -> None:
    think_then_run = (
        StreamBuilder()
        .reasoning("thinking")
        .function_call("exec_command", {"cmd": "echo hi", "login": False})
        .completed()
        .build(label="reasoning+exec")
    )
    mock_model.enqueue(think_then_run, responses.text("done", deltas=["do", "ne"]))
    thread_id = start_thread(server, workdir).thread.id
    start_turn(server, thread_id, "go")
    server.wait_for(lambda m: m.get("method") == "turn/completed", timeout=30)

    decoded = [decode_notification(m["method"], m.get("params")) for m in server.seen if "method" in m]

    assert decoded and all(isinstance(n, Notification) for n in decoded)
    for notification in decoded:
        assert isinstance(notification, Notification)
        params_type = notification.spec.params_type
        assert isinstance(notification.params, params_type), notification.method
    items = [n.params.item for n in decoded if n.method == "item/completed"]  # type: ignore[union-attr]
    assert {type(i).__name__ for i in items} >= {
        "UserMessageThreadItem",
        "ReasoningThreadItem",
        "CommandExecutionThreadItem",
        "AgentMessageThreadItem",
    }
    deltas = [n for n in decoded if n.method == "item/agentMessage/delta"]
    assert [n.thread_id for n in deltas] == [thread_id] * len(deltas)


def test_a_real_approval_request_decodes_and_a_typed_decline_is_accepted(
    server: RawAppServer, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.enqueue(responses.exec_command("touch x"), responses.text("ok"))
    thread_id = start_thread(server, workdir, approval_policy=wire.AskForApprovalKind.UNTRUSTED).thread.id
    turn = start_turn(server, thread_id, "run it")

    message = server.wait_for(lambda m: "id" in m and "method" in m, timeout=30)
    request = decode_server_request(message["id"], message["method"], message["params"])

    assert isinstance(request, ServerRequest)
    assert isinstance(request.params, wire.CommandExecutionRequestApprovalParams)
    assert (request.thread_id, request.turn_id) == (thread_id, turn.turn.id)
    answer = wire.CommandExecutionRequestApprovalResponse(decision=wire.CommandExecutionApprovalDecisionKind.DECLINE)
    server.send({"id": request.request_id, "result": request.encode_result(answer)})
    completed = server.wait_for(lambda m: m.get("method") == "turn/completed", timeout=30)
    command = [
        m["params"]["item"]
        for m in server.seen
        if m.get("method") == "item/completed" and m["params"]["item"]["type"] == "commandExecution"
    ]
    assert completed["params"]["turn"]["status"] == "completed"
    assert [c["status"] for c in command] == ["declined"]


def test_the_server_rejects_null_for_a_non_nullable_optional_field_which_encoding_never_sends(
    server: RawAppServer, workdir: Path
) -> None:
    thread_id = start_thread(server, workdir).thread.id

    with pytest.raises(RuntimeError, match="invalid type: null"):
        server.request("thread/read", {"threadId": thread_id, "includeTurns": None})
    result = server.request(
        "thread/read", encode_params(wire.ThreadReadParams(thread_id=thread_id, include_turns=None))
    )
    assert ClientRequests.THREAD_READ.validate_result(result).thread.id == thread_id
