"""rpc/closing.py: ``async with x`` gives ``x`` and ends it on exit (also when the block raises), for every class
that mixes it in."""

from __future__ import annotations

import pytest

from codex_runtime.rpc import NotificationSubscription
from codex_runtime.rpc.closing import AsyncClosingOnExit


async def test_a_subscription_left_by_an_error_is_unsubscribed_and_keeps_its_buffer() -> None:
    unsubscribed: list[NotificationSubscription] = []
    sub = NotificationSubscription(maxsize=2, policy="drop_oldest", methods=None, unsubscribe=unsubscribed.append)
    with pytest.raises(KeyError):
        async with sub as entered:
            assert entered is sub
            sub.push("m", {"method": "m", "params": {}})
            raise KeyError("boom")
    assert (sub.closed, unsubscribed == [sub], len(sub)) == (True, True, 1)


class _Run(AsyncClosingOnExit):
    def __init__(self) -> None:
        self.closes = 0

    async def aclose(self) -> None:
        self.closes += 1


async def test_an_async_closing_object_is_awaited_closed_once_per_block() -> None:
    run = _Run()
    async with run as entered:
        assert entered is run and run.closes == 0
    with pytest.raises(RuntimeError):
        async with run:
            raise RuntimeError("left early")
    assert run.closes == 2
