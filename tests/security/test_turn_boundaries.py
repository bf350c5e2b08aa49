"""A request without its own timeout still gets the default deadline; a bound turn takes only its own events (a late
``turn/completed`` of an interrupted turn does not end the next one); the turn tap's overflow drops the oldest
non-terminal event, counts it, keeps the terminal event and shows the drop in the metrics."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest

from codex_runtime import ClientConfig, Runtime, Session, SessionConfig
from codex_runtime.errors import RpcTimeoutError
from codex_runtime.protocol import read_ids
from codex_runtime.runtime.state import StateProjection
from codex_runtime.runtime.turn_tap import TurnTap
from codex_runtime.testing.fake_server import NO_REPLY, FakeAppServer

THREAD = "thr_1"


def completed(turn_id: str, status: str = "completed") -> dict[str, object]:
    return {"threadId": THREAD, "turn": {"id": turn_id, "status": status, "items": [], "error": None}}


def agent_message(turn_id: str, text: str) -> dict[str, object]:
    return {
        "threadId": THREAD,
        "turnId": turn_id,
        "item": {"type": "agentMessage", "id": f"msg-{turn_id}", "text": text},
    }


@pytest.fixture
async def server() -> AsyncIterator[FakeAppServer]:
    async with FakeAppServer() as fake:
        yield fake


async def test_a_request_without_a_timeout_gets_the_configured_default(server: FakeAppServer) -> None:
    server.on("thread/list", NO_REPLY)
    runtime = await Runtime.connect(ClientConfig(rpc_timeout=0.3), transport=server.client_transport)
    try:
        async with asyncio.timeout(10):  # a missing default would hang here, and fail with TimeoutError instead
            with pytest.raises(RpcTimeoutError) as raised:
                await runtime.request("thread/list", {})
    finally:
        await runtime.shutdown()
    assert (raised.value.method, raised.value.timeout) == ("thread/list", 0.3)


async def test_a_late_turn_completed_of_another_turn_does_not_end_this_one(
    server: FakeAppServer, tmp_path: Path
) -> None:
    server.on("thread/start", {"thread": {"id": THREAD}})
    server.on("turn/start", {"turn": {"id": "turn_2", "status": "inProgress", "items": []}})
    runtime = await Runtime.connect(ClientConfig(), transport=server.client_transport)
    try:
        session = Session(runtime, THREAD, SessionConfig(cwd=str(tmp_path)))
        ask = asyncio.ensure_future(session.ask("second turn"))
        await server.wait_for("turn/start", timeout=5)
        await server.notify("turn/completed", completed("turn_1", "interrupted"))  # the previous turn, late
        await server.notify("item/completed", agent_message("turn_1", "stale answer"))
        await server.notify("item/completed", agent_message("turn_2", "fresh answer"))
        await server.notify("turn/completed", completed("turn_2"))
        result = await asyncio.wait_for(ask, 5)
    finally:
        await runtime.shutdown()
    assert (result.turn_id, result.status, result.assistant_text) == ("turn_2", "completed", "fresh answer")


def tap_on_a_projection(**options: Any) -> tuple[TurnTap, Callable[[str, dict[str, Any]], None]]:
    """A tap fed as the Runtime feeds it: the projection folds each message first, then the tap sees it."""
    state = StateProjection()
    state.hold(THREAD)
    tap = TurnTap(THREAD, state.turn_record, **options)

    def feed(method: str, params: dict[str, Any]) -> None:
        ids = read_ids(method, params)
        state.apply(method, params, ids)
        tap.feed(method, params, ids[1])

    return tap, feed


def test_events_of_other_turns_are_dropped_when_the_tap_binds() -> None:
    tap, feed = tap_on_a_projection(stream=True)
    feed("turn/completed", completed("turn_1", "interrupted"))  # before the turn/start response
    feed("item/completed", agent_message("turn_2", "mine"))
    tap.bind("turn_2")
    feed("turn/completed", completed("turn_1", "interrupted"))  # after binding
    assert (tap.done, tap.pop_event(), tap.pop_event()) == (
        False,
        ("item/completed", agent_message("turn_2", "mine")),
        None,
    )


def test_the_stream_buffer_drops_the_oldest_counts_it_and_keeps_the_terminal_event() -> None:
    tap, feed = tap_on_a_projection(stream=True, max_events=2)
    tap.bind("turn_1")
    for item_id in ("i0", "i1"):
        feed("item/started", {"threadId": THREAD, "turnId": "turn_1", "item": {"type": "x", "id": item_id}})
    feed("turn/completed", completed("turn_1"))  # drops i0
    for item_id in ("late1", "late2"):  # late1 drops i1; late2 must drop late1, not the (now oldest) terminal event
        feed("item/started", {"threadId": THREAD, "turnId": "turn_1", "item": {"type": "x", "id": item_id}})
    queued = []
    while (event := tap.pop_event()) is not None:
        queued.append(event[0] if event[0] == "turn/completed" else event[1]["item"]["id"])
    assert (tap.dropped, queued) == (3, ["turn/completed", "late2"])


async def test_stream_drops_show_in_the_metrics(server: FakeAppServer) -> None:
    runtime = await Runtime.connect(ClientConfig(), transport=server.client_transport)
    try:
        binding = runtime.bind_turn(THREAD, stream=True)
        tap = binding.__enter__()
        tap.max_events = 2
        tap.bind("turn_1")
        for index in range(5):
            await server.notify(
                "item/started", {"threadId": THREAD, "turnId": "turn_1", "item": {"type": "x", "id": f"i{index}"}}
            )
        await server.notify("turn/completed", completed("turn_1"))
        async with asyncio.timeout(5):
            while not tap.done:
                await tap.wait_changed(5)
        open_drops = runtime.metrics_snapshot().dropped_messages
        binding.__exit__(None, None, None)
        closed_drops = runtime.metrics_snapshot().dropped_messages
    finally:
        await runtime.shutdown()
    assert (open_drops, closed_drops) == (4, 4)
