"""A PromptRunStream that ends with an error must let go of its session, like one that ends with its terminal event.

Iterating without ``async with`` is allowed by the contract (the stream is an async iterator; the terminal event,
or the error, ends it). Found while killing the real server mid-stream (test_app_server_killed.py).
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from codex_runtime import ClientConfig, Runtime, Session, SessionConfig
from codex_runtime.errors import ProcessExitedError, PromptTimeoutError
from codex_runtime.testing.fake_server import FakeAppServer

WAIT = 5.0


def fake_server() -> FakeAppServer:
    server = FakeAppServer()
    turns = iter(range(1, 1000))
    server.on("turn/start", lambda _p: {"turn": {"id": f"turn_{next(turns)}", "status": "inProgress", "items": []}})
    server.on("turn/interrupt", {})
    return server


async def session_on(server: FakeAppServer, config: SessionConfig) -> Session:
    """A Session on the fake's already-started thread ``thr_1`` (what Client.start_session would build)."""
    runtime = await Runtime.connect(ClientConfig(), transport=server.client_transport)
    return Session(runtime, "thr_1", config)


async def iterate(stream: Any) -> None:
    async for _ in stream:  # no `async with`: the stream's own end must clean up
        pass


@pytest.mark.timeout(30)
async def test_a_stream_that_timed_out_frees_the_session_for_the_next_turn() -> None:
    async with fake_server() as server:
        session = await session_on(server, SessionConfig(cwd="/tmp", timeout=0.3))  # the fake never completes
        stream = await session.ask_stream("one")
        with pytest.raises(PromptTimeoutError):
            await asyncio.wait_for(iterate(stream), WAIT)
        # the turn was interrupted at its deadline; the session must take the next turn, not wait for ever
        next_stream = await asyncio.wait_for(session.ask_stream("two"), 2)
        assert next_stream.turn_id == "turn_2"
        await next_stream.aclose()
        await session.runtime.shutdown()


@pytest.mark.timeout(30)
async def test_a_stream_that_lost_its_server_unregisters_its_tap() -> None:
    async with fake_server() as server:
        session = await session_on(server, SessionConfig(cwd="/tmp"))
        stream = await session.ask_stream("one")
        await server.exit(9, stderr="gone")
        with pytest.raises(ProcessExitedError):
            await asyncio.wait_for(iterate(stream), WAIT)
        assert session.runtime._taps == {}
        with pytest.raises(ProcessExitedError):  # fails fast instead of queueing behind the dead turn's lock
            await asyncio.wait_for(session.ask("two"), WAIT)
        await session.runtime.shutdown()
