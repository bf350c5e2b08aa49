"""Who a turn tap wakes: a stream consumer on every message of its turn, a collecting consumer (``ask``) only at
the turn's end (it reads the outcome from the record), plus what it asks for."""

from __future__ import annotations

import asyncio
from typing import Any

from codex_runtime.runtime.state import StateProjection
from codex_runtime.runtime.turn_tap import TurnTap

T, U = "thr", "turn"
PROGRESS: list[tuple[str, dict[str, Any]]] = [
    ("turn/started", {"threadId": T, "turn": {"id": U, "status": "inProgress"}}),
    ("item/started", {"threadId": T, "turnId": U, "item": {"id": "m", "type": "agentMessage"}}),
    ("item/agentMessage/delta", {"threadId": T, "turnId": U, "itemId": "m", "delta": "echo: hi"}),
    ("item/completed", {"threadId": T, "turnId": U, "item": {"id": "m", "type": "agentMessage", "text": "echo: hi"}}),
    ("thread/tokenUsage/updated", {"threadId": T, "turnId": U, "tokenUsage": {"total": {"totalTokens": 7}}}),
]
END = ("turn/completed", {"threadId": T, "turn": {"id": U, "status": "completed", "items": []}})


def bound_tap(*, stream: bool) -> tuple[StateProjection, TurnTap]:
    state = StateProjection()
    state.hold(T)
    tap = TurnTap(T, state.turn_record, stream=stream)
    tap.bind(U)
    return state, tap


def deliver(state: StateProjection, tap: TurnTap, method: str, params: dict[str, Any]) -> None:
    """What the runtime's router does with one notification: fold it, then feed the thread's taps."""
    state.apply(method, params)
    tap.feed(method, params, U)


async def wakes_after_each(
    state: StateProjection, tap: TurnTap, messages: list[tuple[str, dict[str, Any]]]
) -> list[bool]:
    woken = []
    for method, params in messages:
        deliver(state, tap, method, params)
        woken.append(await tap.wait_changed(0))
    return woken


async def test_a_collecting_consumer_is_woken_only_by_its_turns_end() -> None:
    state, tap = bound_tap(stream=False)
    assert await wakes_after_each(state, tap, [*PROGRESS, END]) == [False, False, False, False, False, True]
    assert tap.done and tap.record is not None and tap.record.assistant_text() == "echo: hi"


async def test_a_stream_consumer_is_woken_by_every_message_of_its_turn() -> None:
    state, tap = bound_tap(stream=True)
    assert await wakes_after_each(state, tap, [*PROGRESS, END]) == [True] * 6


async def test_a_collecting_consumer_with_hooks_is_also_woken_by_each_completed_item() -> None:
    state, tap = bound_tap(stream=False)
    tap.also_wake_on(frozenset({"item/completed"}))
    assert await wakes_after_each(state, tap, [*PROGRESS, END]) == [False, False, False, True, False, True]


async def test_once_interrupting_the_consumer_is_woken_by_every_message() -> None:
    state, tap = bound_tap(stream=False)
    tap.wake_on_every_message()
    assert await wakes_after_each(state, tap, PROGRESS[:2]) == [True, True]


async def test_a_lost_connection_wakes_a_collecting_consumer_at_once() -> None:
    _, tap = bound_tap(stream=False)
    error = ConnectionError("gone")
    tap.fail(error)
    assert await tap.wait_changed(5) is True and tap.closed_error is error


async def test_another_turns_end_does_not_wake_the_consumer() -> None:
    state, tap = bound_tap(stream=False)
    other = ("turn/completed", {"threadId": T, "turn": {"id": "other", "status": "completed", "items": []}})
    state.apply(*other)
    tap.feed(*other, "other")
    assert await tap.wait_changed(0) is False and not tap.done


async def test_a_burst_of_deltas_wakes_a_stream_consumer_once_and_the_next_delta_wakes_it_again() -> None:
    state, tap = bound_tap(stream=True)
    delta = ("item/agentMessage/delta", {"threadId": T, "turnId": U, "itemId": "m", "delta": "x"})
    for method, params in [*PROGRESS[:2], delta, delta, delta]:
        deliver(state, tap, method, params)
    assert await tap.wait_changed(0) is True  # one wake-up for the whole burst
    assert await tap.wait_changed(0) is False  # nothing new since
    waiting = asyncio.ensure_future(tap.wait_changed(5))
    await asyncio.sleep(0)  # one loop step: the consumer starts and blocks on the tap (a yield, not a timed wait)
    assert not waiting.done()
    deliver(state, tap, *delta)
    assert await asyncio.wait_for(waiting, 5) is True
    assert len([tap.pop_event() for _ in range(6)]) == 6 and tap.pop_event() is None
