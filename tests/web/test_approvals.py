"""The approval flow through the web API against the real binary: queued, answered exactly once, expired at the
request's own deadline; and the queue's bounds."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from codex_runtime import ClientConfig
from codex_runtime.runtime.decisions import COMMAND_APPROVAL
from codex_runtime.runtime.handlers import DEFER
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


async def test_the_route_sends_the_one_answer_to_a_deferred_request_seen_alike_by_state_metrics_and_web(
    web: Web,
) -> None:
    web.model.enqueue(responses.exec_command(f"echo {MARKER}"), responses.text("done"))
    runtime = web.client.runtime
    session_id = (await web.new_session(approval_policy="untrusted"))["session_id"]
    turn_id = await web.start_turn(session_id, "run the marker command")
    [approval] = await web.pending_approvals(session_id)

    [request] = runtime.pending_server_requests(session_id)
    assert request.deferred and request.is_pending  # held for the person: nothing was sent
    state_view = runtime.state_snapshot()["pending_requests"]
    assert state_view == [
        {"request_id": request.id, "method": COMMAND_APPROVAL, "thread_id": session_id, "turn_id": turn_id}
    ]
    assert runtime.metrics_snapshot().server_requests.pending == 1
    assert approval["item_id"] == request.item_id and approval["turn_id"] == turn_id
    # the wire-level answer count lives only in the RPC core (metrics count runtime decisions, not frames sent)
    answers_before = runtime._rpc.stats.server_responses_sent

    accepted = await answer(web, session_id, approval["approval_id"], "accept")
    turn = await web.finished_turn(session_id, turn_id)

    assert accepted.status_code == 200 and accepted.json()["status"] == "answered"
    assert request.outcome == "answered" and runtime._rpc.stats.server_responses_sent == answers_before + 1
    assert turn["status"] == "completed" and turn["assistant_text"] == "done"
    assert runtime.pending_server_requests() == [] and runtime.state_snapshot()["pending_requests"] == []
    assert runtime.metrics_snapshot().server_requests.pending == 0
    assert await web.pending_approvals_now(session_id) == []
    resolved = [e for e in await web.buffered_events(session_id) if e["event"] == "approval_resolved"]
    assert [e["data"]["data"]["approval"]["status"] for e in resolved] == ["answered"]


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
    """Just what the approval queue reads of a PendingServerRequest; answering retires it, as the broker does."""

    def __init__(self, number: int, deadline: float, retired: list[FakeRequest]) -> None:
        self.id = number
        self.method = "item/commandExecution/requestApproval"
        self.raw_params = {"command": f"echo {number}", "turnId": "turn-1", "itemId": f"item-{number}"}
        self.turn_id = "turn-1"
        self.item_id = f"item-{number}"
        self.deadline = deadline
        self.outcome: str | None = None
        self.answers: list[str] = []
        self._retired = retired

    @property
    def is_pending(self) -> bool:
        return self.outcome is None

    async def respond(self, answer: str) -> None:
        self.answers.append(answer)
        self.outcome = "answered"
        self._retired.append(self)

    async def decline(self) -> None:
        await self.respond("decline")


async def test_the_queue_is_bounded_defers_what_it_holds_and_refuses_one_more_at_once() -> None:
    events = ReplayBuffer("session", capacity=64)
    retired: list[FakeRequest] = []
    requests = [FakeRequest(n, time.monotonic() + 30, retired) for n in range(3)]
    queue = ApprovalQueue("session", events, capacity=2, pending_requests=lambda: [r for r in requests if r.is_pending])

    held = [await queue.handle(request) for request in requests[:2]]  # type: ignore[arg-type]
    refused = await queue.handle(requests[2])  # type: ignore[arg-type]
    pending_before = [a.request.id for a in queue.pending()]
    await queue.withdraw()  # declines both; the broker would report each retirement:
    for request in retired:
        queue.retired(request)  # type: ignore[arg-type]

    assert held == [DEFER, DEFER] and refused == "decline" and queue.refused == 1
    assert pending_before == [0, 1]
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
