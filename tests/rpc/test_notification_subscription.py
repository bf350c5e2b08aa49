"""NotificationSubscription: bounded, with a drop policy and a counter; never blocks the reader."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from codex_runtime.errors import ConnectionClosedError, ProcessExitedError
from codex_runtime.rpc import NotificationSubscription


def make(**kwargs: Any) -> NotificationSubscription:
    options: dict[str, Any] = {"maxsize": 3, "policy": "drop_oldest", "methods": None, "unsubscribe": lambda s: None}
    return NotificationSubscription(**{**options, **kwargs})


def push(sub: NotificationSubscription, *numbers: int, method: str = "m") -> None:
    for n in numbers:
        sub.push(method, {"method": method, "params": {"n": n}})


def drained(sub: NotificationSubscription) -> list[int]:
    out = []
    while (message := sub.get_nowait()) is not None:
        out.append(message["params"]["n"])
    return out


def test_drop_oldest_keeps_the_newest_and_counts_the_evicted() -> None:
    sub = make()
    push(sub, 1, 2, 3, 4, 5)
    assert drained(sub) == [3, 4, 5]
    assert sub.dropped == 2


def test_drop_newest_keeps_the_oldest_and_counts_the_refused() -> None:
    sub = make(policy="drop_newest")
    push(sub, 1, 2, 3, 4, 5)
    assert drained(sub) == [1, 2, 3]
    assert sub.dropped == 2


def test_a_method_filter_only_buffers_those_methods() -> None:
    sub = make(methods={"keep"})
    push(sub, 1, method="keep")
    push(sub, 2, method="skip")
    assert drained(sub) == [1]


async def test_iteration_yields_buffered_items_then_stops_on_a_plain_end() -> None:
    sub = make()
    push(sub, 1, 2)
    sub.close()
    assert [m["params"]["n"] async for m in sub] == [1, 2]


async def test_iteration_raises_the_transport_error_after_buffered_items_when_the_peer_broke() -> None:
    sub = make()
    push(sub, 1)
    sub.end(ProcessExitedError("app-server exited", exit_code=1))
    assert (await sub.get(timeout=1))["params"]["n"] == 1
    with pytest.raises(ProcessExitedError):
        await sub.__anext__()


async def test_get_waits_for_the_next_item_with_a_deadline() -> None:
    sub = make()
    with pytest.raises(TimeoutError):
        await sub.get(timeout=0.01)
    waiter = asyncio.ensure_future(sub.get(timeout=5))
    await asyncio.sleep(0)
    push(sub, 7)
    assert (await waiter)["params"]["n"] == 7


async def test_get_on_a_closed_empty_subscription_raises_connection_closed() -> None:
    sub = make()
    sub.close()
    with pytest.raises(ConnectionClosedError):
        await sub.get(timeout=1)


def test_invalid_settings_are_refused() -> None:
    with pytest.raises(ValueError):
        make(maxsize=0)
    with pytest.raises(ValueError):
        make(policy="block")
