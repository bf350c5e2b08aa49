"""memory_pair: the in-process transport used by tests and FakeAppServer."""

from __future__ import annotations

import asyncio

import pytest

from codex_runtime.errors import ConnectionClosedError, ProcessExitedError
from codex_runtime.transport import memory_pair

pytestmark = pytest.mark.timeout(30)


async def test_frames_arrive_in_order_and_batched() -> None:
    a, b = memory_pair()
    for i in range(5):
        await a.send(b"%d" % i)
    assert await b.receive() == [b"0", b"1", b"2", b"3", b"4"]


async def test_receive_waits_for_the_next_frame() -> None:
    a, b = memory_pair()
    pending = asyncio.ensure_future(b.receive())
    await asyncio.sleep(0)
    assert not pending.done()
    await a.send(b"x")
    assert await asyncio.wait_for(pending, 5) == [b"x"]


async def test_a_full_inbox_makes_the_sender_wait_until_the_reader_catches_up() -> None:
    a, b = memory_pair(max_buffered_frames=2)
    await a.send(b"1")
    await a.send(b"2")
    blocked = asyncio.ensure_future(a.send(b"3"))
    await asyncio.sleep(0)
    assert not blocked.done()
    assert await b.receive() == [b"1", b"2"]
    await asyncio.wait_for(blocked, 5)
    assert await b.receive() == [b"3"]


async def test_close_lets_the_peer_drain_then_raises_connection_closed() -> None:
    a, b = memory_pair()
    await a.send(b"last")
    await a.close()
    assert await b.receive() == [b"last"]
    with pytest.raises(ConnectionClosedError):
        await b.receive()
    with pytest.raises(ConnectionClosedError):
        await a.send(b"x")
    with pytest.raises(ConnectionClosedError):
        await b.send(b"x")


async def test_abort_with_a_process_exit_gives_the_peer_exit_code_and_stderr_tail() -> None:
    a, b = memory_pair()
    a.abort(ProcessExitedError("app-server exited", exit_code=2, stderr_tail="oops"))
    with pytest.raises(ProcessExitedError) as caught:
        await b.receive()
    assert caught.value.exit_code == 2
    assert b.stderr_tail == "oops"
    assert b.terminal_error is caught.value


async def test_closing_wakes_a_sender_blocked_on_a_full_inbox() -> None:
    a, b = memory_pair(max_buffered_frames=1)
    await a.send(b"1")
    blocked = asyncio.ensure_future(a.send(b"2"))
    await asyncio.sleep(0)
    await b.close()
    with pytest.raises(ConnectionClosedError):
        await asyncio.wait_for(blocked, 5)


async def test_frames_over_the_cap_are_dropped_recorded_and_signalled_once() -> None:
    a, b = memory_pair(max_frame_bytes=3)
    await a.send(b"toolong")
    assert await b.receive() == []  # the reader is woken so it can take the drop record
    (dropped,) = b.take_dropped_frames()
    assert (dropped.size, dropped.limit, dropped.head) == (7, 3, b"toolong")
    await a.send(b"ok")
    assert await b.receive() == [b"ok"]
