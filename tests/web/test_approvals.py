"""The approval flow through the web API against the real binary: queued, answered exactly once, expired at the
request's own deadline; and the queue's bounds."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

from codex_runtime import ClientConfig
from codex_runtime.testing import MockModel, responses
from codex_runtime.web import WebSettings
from codex_runtime.web.approvals import ApprovalQueue
from codex_runtime.web.events import ReplayBuffer
from tests.web.conftest import ALICE, Web, open_web

MARKER = "web-approved-marker"


async def answer(web: Web, session_id: str, approval_id: str, decision: str) -> Any:
    return await web.http.post(
        f"/api/sessions/{session_id}/approvals/{approval_id}", json={"decision": decision}, headers=ALICE
    )


async def test_an_approval_is_queued_answered_once_and_the_command_runs(web: Web) -> None:
    web.model.enqueue(responses.exec_command(f"echo {MARKER}"), responses.text("The command ran."))
    session_id = (await web.new_session(approval_policy="untrusted"))["session_id"]
    other_session = (await web.new_session(approval_policy="untrusted"))["session_id"]
    turn_id = await web.start_turn(session_id, "run the marker command")

    [approval] = await web.pending_approvals(session_id)
    wrong_session = await answer(web, other_session, approval["approval_id"], "accept")
    accepted = await answer(web, session_id, approval["approval_id"], "accept")
    twice = await answer(web, session_id, approval["approval_id"], "decline")
    turn = await web.finished_turn(session_id, turn_id)
    events = await web.buffered_events(session_id)

    assert approval["kind"] == "command" and approval["status"] == "pending" and approval["turn_id"] == turn_id
    assert MARKER in str(approval["command"]) and approval["expires_at"] > time.time()
    assert wrong_session.status_code == 404
    assert accepted.status_code == 200 and accepted.json()["status"] == "answered"
    assert accepted.json()["decision"] == "accept"
    assert twice.status_code == 409 and "already answered" in twice.json()["detail"]
    assert turn["status"] == "completed" and turn["assistant_text"] == "The command ran."
    [command] = [
        e["data"]["data"]["item"]
        for e in events
        if e["event"] == "item_completed" and e["data"]["data"]["item"]["type"] == "commandExecution"
    ]
    assert command["status"] == "completed" and MARKER in command["aggregatedOutput"]
    kinds = [e["event"] for e in events]
    assert kinds.index("approval_requested") < kinds.index("approval_resolved") < kinds.index("turn_completed")
    assert await web.pending_approvals_now(session_id) == []


async def test_decline_from_the_api_skips_the_command_and_the_turn_goes_on(web: Web) -> None:
    web.model.enqueue(responses.exec_command(f"echo {MARKER}"), responses.text("ok, skipped"))
    session_id = (await web.new_session(approval_policy="untrusted"))["session_id"]
    turn_id = await web.start_turn(session_id, "run it")
    [approval] = await web.pending_approvals(session_id)

    declined = await answer(web, session_id, approval["approval_id"], "decline")
    turn = await web.finished_turn(session_id, turn_id)

    assert declined.status_code == 200 and declined.json()["decision"] == "decline"
    assert turn["assistant_text"] == "ok, skipped"
    outputs = web.model.requests[-1].function_call_outputs()
    assert outputs and MARKER not in str(outputs[-1].get("output", ""))


async def test_an_unanswered_approval_expires_at_the_request_deadline(
    codex_env: dict[str, str], mock_model: MockModel, workdir: Path
) -> None:
    config = ClientConfig(process_env=codex_env, server_request_timeout=0.5)
    mock_model.enqueue(responses.exec_command(f"echo {MARKER}"), responses.text("nobody answered"))
    async with open_web(config, mock_model, workdir) as web:
        session_id = (await web.new_session(approval_policy="untrusted"))["session_id"]
        turn_id = await web.start_turn(session_id, "run it")
        [approval] = await web.pending_approvals(session_id)
        turn = await web.finished_turn(session_id, turn_id)
        late = await answer(web, session_id, approval["approval_id"], "accept")
        events = await web.buffered_events(session_id)

    [resolved] = [e["data"]["data"]["approval"] for e in events if e["event"] == "approval_resolved"]
    assert resolved["status"] == "expired" and resolved["decision"] is None
    assert turn["status"] == "completed" and turn["assistant_text"] == "nobody answered"
    assert late.status_code == 409 and "expired" in late.json()["detail"]


class FakeRequest:
    """Just what the approval queue reads of a PendingServerRequest."""

    def __init__(self, number: int, deadline: float) -> None:
        self.method = "item/commandExecution/requestApproval"
        self.raw_params = {"command": f"echo {number}", "turnId": "turn-1", "itemId": f"item-{number}"}
        self.turn_id = "turn-1"
        self.item_id = f"item-{number}"
        self.deadline = deadline
        self.outcome: str | None = None
        self.answers: list[str] = []

    @property
    def is_pending(self) -> bool:
        return self.outcome is None

    async def respond(self, answer: str) -> None:
        self.answers.append(answer)
        self.outcome = "answered"

    async def decline(self) -> None:
        await self.respond("decline")


async def test_the_queue_is_bounded_and_a_request_beyond_it_is_refused_at_once() -> None:
    events = ReplayBuffer("session", capacity=64)
    queue = ApprovalQueue("session", events, capacity=2)
    requests = [FakeRequest(n, time.monotonic() + 30) for n in range(3)]

    handlers = [asyncio.create_task(queue.handle(request)) for request in requests[:2]]  # type: ignore[arg-type]
    await asyncio.sleep(0)  # let both park
    refused = await asyncio.wait_for(queue.handle(requests[2]), 1)  # type: ignore[arg-type]
    await queue.withdraw()
    await asyncio.wait_for(asyncio.gather(*handlers), 1)

    assert refused == "decline" and queue.refused == 1
    assert [e.kind for e in events.since(0)] == [
        "approval_requested",
        "approval_requested",
        "approval_refused",
        "approval_resolved",
        "approval_resolved",
    ]
    assert [r.answers for r in requests[:2]] == [["decline"], ["decline"]] and queue.pending() == []


async def test_pending_approvals_survive_eviction_from_a_small_replay_buffer(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    settings = WebSettings(workspace_root=str(workdir), replay_buffer_size=40, max_pending_approvals=4)
    mock_model.enqueue(
        responses.text("word " * 60),  # 60+ deltas: more than the buffer holds
        responses.exec_command(f"echo {MARKER}"),
        responses.flood(80, delta="."),  # the command's follow-up answer floods the buffer again
    )
    async with open_web(client_config, mock_model, workdir, settings) as web:
        session_id = (await web.new_session(approval_policy="untrusted"))["session_id"]
        await web.finished_turn(session_id, await web.start_turn(session_id, "talk a lot"))
        turn_id = await web.start_turn(session_id, "now run it")
        [approval] = await web.pending_approvals(session_id)
        late_subscriber = await web.buffered_events(session_id)  # from the start: the oldest events are gone
        await answer(web, session_id, approval["approval_id"], "accept")
        await web.finished_turn(session_id, turn_id)
        after = await web.buffered_events(session_id)

    assert late_subscriber[0]["event"] == "replay_gap"
    requested = [e for e in late_subscriber if e["event"] == "approval_requested"]
    assert [e["data"]["data"]["approval"]["approval_id"] for e in requested] == [approval["approval_id"]]
    assert len(after) <= 41 and "approval_requested" not in [e["event"] for e in after]  # unpinned, aged out
