"""Server-Sent Events: the replay buffer's policy, live streaming over a real socket, Last-Event-ID resume, late
subscribers and the stream's bounds."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from codex_runtime import ClientConfig
from codex_runtime.testing import MockModel, responses
from codex_runtime.web import WebSettings
from codex_runtime.web.events import ReplayBuffer
from tests.web.conftest import ALICE, WAIT, Web, live_server, open_web, stream_events

# --- the buffer ------------------------------------------------------------------------------------------------


def test_ids_increase_and_since_returns_what_follows() -> None:
    buffer = ReplayBuffer("s", capacity=10)
    for n in range(5):
        buffer.publish("tick", {"n": n})

    assert [e.id for e in buffer.since(0)] == [1, 2, 3, 4, 5]
    assert [e.data["n"] for e in buffer.since(3)] == [3, 4]
    assert buffer.since(5) == [] and buffer.last_id == 5 and not buffer.missed(0)


def test_a_full_buffer_drops_the_oldest_unpinned_event_and_reports_the_gap() -> None:
    buffer = ReplayBuffer("s", capacity=3)
    buffer.publish("first")
    buffer.publish("approval_requested", pin="apr_1")
    for n in range(4):
        buffer.publish("tick", {"n": n})

    assert [e.kind for e in buffer.since(0)] == ["approval_requested", "tick", "tick"]
    assert buffer.dropped == 3 and buffer.dropped_through == 4 and buffer.missed(1) and not buffer.missed(4)
    buffer.unpin("apr_1")
    buffer.publish("tick", {"n": 4})
    assert [e.id for e in buffer.since(0)] == [5, 6, 7]


async def test_end_and_publish_wake_waiters() -> None:
    buffer = ReplayBuffer("s", capacity=3)
    waiter = buffer.waiter()
    buffer.publish("tick")
    second = buffer.waiter()
    buffer.end()

    await asyncio.wait_for(waiter.wait(), 1)
    await asyncio.wait_for(second.wait(), 1)
    assert buffer.ended


# --- over HTTP ---------------------------------------------------------------------------------------------------


async def test_a_turn_streams_live_and_a_reconnect_resumes_after_last_event_id(web: Web) -> None:
    web.model.enqueue(responses.text("streamed answer in several words"))
    session_id = (await web.new_session())["session_id"]
    url = f"/api/sessions/{session_id}/events"
    async with live_server(web.app) as live:
        http = live.http
        started: list[str] = []

        async def start_once(frame: dict[str, Any]) -> None:
            if frame["event"] == "session_created" and not started:
                started.append(await web.start_turn(session_id, "stream please"))

        first = await stream_events(
            http, url, headers=ALICE, on_event=start_once, until=lambda f: f["event"] == "agent_message_delta"
        )
        resumed = await stream_events(
            http,
            url,
            headers={**ALICE, "Last-Event-ID": str(first[-1]["id"])},
            until=lambda f: f["event"] == "turn_completed",
        )

    ids = [f["id"] for f in first + resumed]
    assert ids == list(range(1, len(ids) + 1))  # no gap, no duplicate across the reconnect
    deltas = "".join(f["data"]["data"]["delta"] for f in first + resumed if f["event"] == "agent_message_delta")
    assert deltas == "streamed answer in several words"
    completed = resumed[-1]["data"]
    assert completed["turn_id"] == started[0] and completed["data"]["assistant_text"] == deltas
    assert completed["session_id"] == session_id and completed["kind"] == "turn_completed"


async def test_a_late_subscriber_sees_the_queued_approval_and_can_answer_it(web: Web) -> None:
    web.model.enqueue(responses.exec_command("echo late-subscriber"), responses.text("done"))
    session_id = (await web.new_session(approval_policy="untrusted"))["session_id"]
    turn_id = await web.start_turn(session_id, "run it")
    await web.pending_approvals(session_id)  # the approval is queued before anyone subscribes
    async with live_server(web.app) as live:
        http = live.http

        async def approve(frame: dict[str, Any]) -> None:
            if frame["event"] == "approval_requested":
                approval_id = frame["data"]["data"]["approval"]["approval_id"]
                response = await http.post(
                    f"/api/sessions/{session_id}/approvals/{approval_id}", json={"decision": "accept"}, headers=ALICE
                )
                assert response.status_code == 200

        frames = await stream_events(
            http,
            f"/api/sessions/{session_id}/events",
            headers=ALICE,
            on_event=approve,
            until=lambda f: f["event"] == "turn_completed",
        )

    kinds = [f["event"] for f in frames]
    assert kinds.count("approval_requested") == 1 and "approval_resolved" in kinds
    outputs = [f["data"]["data"]["delta"] for f in frames if f["event"] == "command_output_delta"] + [
        f["data"]["data"]["item"].get("aggregatedOutput", "")
        for f in frames
        if f["event"] == "item_completed" and f["data"]["data"]["item"]["type"] == "commandExecution"
    ]
    assert any("late-subscriber" in output for output in outputs)
    assert frames[-1]["data"]["turn_id"] == turn_id


async def test_the_stream_ends_after_the_session_closes_and_follow_false_ends_at_once(web: Web) -> None:
    session_id = (await web.new_session())["session_id"]
    url = f"/api/sessions/{session_id}/events"
    async with live_server(web.app) as live:
        http = live.http

        async def close_when_created(frame: dict[str, Any]) -> None:
            if frame["event"] == "session_created":
                await http.post(f"/api/sessions/{session_id}/close", headers=ALICE)

        frames = await stream_events(http, url, headers=ALICE, on_event=close_when_created, until=lambda _f: False)
        snapshot = await web.buffered_events(session_id, after=1)

    assert [f["event"] for f in frames] == ["session_created", "session_closing", "session_closed"]
    assert [f["event"] for f in snapshot] == ["session_closing", "session_closed"]


async def test_concurrent_streams_per_session_are_capped(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    settings = WebSettings(workspace_root=str(workdir), max_subscribers_per_session=1)
    async with open_web(client_config, mock_model, workdir, settings) as web:
        session_id = (await web.new_session())["session_id"]
        url = f"/api/sessions/{session_id}/events"
        async with live_server(web.app) as live:
            http = live.http
            async with asyncio.timeout(WAIT), http.stream("GET", url, headers=ALICE) as first:
                assert first.status_code == 200
                second = await http.get(url, headers=ALICE)
            await http.post(f"/api/sessions/{session_id}/close", headers=ALICE)
            third = await http.get(url, headers=ALICE)  # the first stream's slot was given back

    assert second.status_code == 429 and "at most 1" in second.json()["detail"]
    assert third.status_code == 200 and "session_closed" in third.text


async def test_the_server_stops_promptly_and_cleanly_with_a_stream_open(web: Web) -> None:
    session_id = (await web.new_session())["session_id"]
    async with live_server(web.app) as live:
        request = live.http.build_request("GET", f"/api/sessions/{session_id}/events", headers=ALICE)
        response = await live.http.send(request, stream=True)
        assert response.status_code == 200
        body = asyncio.create_task(response.aread())
        await asyncio.wait_for(live.stop(), 1.9)  # before uvicorn's graceful timeout would have cut the stream
        # uvicorn stopped: the open stream was ended (a complete response), not cut at the graceful timeout
        text = (await asyncio.wait_for(body, 5)).decode()
    assert "session_created" in text
