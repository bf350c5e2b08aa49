"""A request written before the connection existed (the ``initialize`` a one-shot writes at spawn) is taken over by
the connection: its reply is routed to the adopter, it is counted and observed like any request, and a wrong id is
refused before anything is waited for."""

from __future__ import annotations

import asyncio

import pytest

from codex_runtime.errors import InvalidArgumentError, RpcTimeoutError
from codex_runtime.rpc import RpcConnection, encode_message
from codex_runtime.rpc.traffic import Traffic
from codex_runtime.testing.fake_server import NO_REPLY, FakeAppServer

pytestmark = pytest.mark.timeout(30)
WAIT = 5.0


async def write_early(server: FakeAppServer, message: dict[str, object]) -> int:
    """What a one-shot does at spawn: the frame goes out on the bare transport; returns its size."""
    frame = encode_message(message)
    await server.client_transport.send(frame)
    return len(frame)


async def test_the_reply_to_an_early_request_reaches_the_connection_that_adopts_it() -> None:
    async with FakeAppServer(require_initialize=False) as server:
        server.on("hello", {"answer": 42})
        size = await write_early(server, {"id": 1, "method": "hello", "params": {"n": 1}})
        await server.wait_for("hello", timeout=WAIT)
        await asyncio.sleep(0)  # the reply is now waiting in the transport, before any connection reads it
        seen: list[Traffic] = []
        async with RpcConnection(server.client_transport, request_timeout=WAIT) as conn:
            conn.observe(seen.append)
            assert await conn.adopt_request({"id": 1, "method": "hello", "params": {"n": 1}}, size) == {"answer": 42}
            server.on("next", {"ok": True})
            assert await conn.request("next") == {"ok": True}
            stats = conn.stats.snapshot()

        assert [m["id"] for m in server.requests()] == [1, 2]  # the next request did not reuse the adopted id
        assert [(t.direction, t.kind, t.method, t.id) for t in seen] == [
            ("out", "request", "hello", 1),
            ("in", "response", "hello", 1),
            ("out", "request", "next", 2),
            ("in", "response", "next", 2),
        ]
        assert seen[0].size == size == 42  # {"id":1,"method":"hello","params":{"n":1}}
        assert stats.requests_sent == 2


async def test_an_adopted_request_must_carry_the_connections_first_id() -> None:
    async with FakeAppServer(require_initialize=False) as server:
        async with RpcConnection(server.client_transport, request_timeout=WAIT) as conn:
            with pytest.raises(InvalidArgumentError, match="an adopted request must carry id 1"):
                await conn.adopt_request({"id": 7, "method": "hello"}, 30)
            assert conn.pending_requests() == []
            server.on("after", {"ok": 1})
            assert await conn.request("after") == {"ok": 1}
        assert [m["id"] for m in server.requests()] == [1]  # the refused adoption used up no id


async def test_an_adopted_request_without_a_reply_ends_at_its_deadline() -> None:
    async with FakeAppServer(require_initialize=False) as server:
        server.on("hang", NO_REPLY)
        size = await write_early(server, {"id": 1, "method": "hang"})
        async with RpcConnection(server.client_transport, request_timeout=WAIT) as conn:
            with pytest.raises(RpcTimeoutError, match="hang"):
                await conn.adopt_request({"id": 1, "method": "hang"}, size, timeout=0.2)
            assert conn.pending_requests() == []
            assert conn.stats.snapshot().timeouts == 1
