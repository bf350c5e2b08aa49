"""FakeAppServer: the scripted peer behaves like codex app-server where it matters, and records everything."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest

from codex_runtime.errors import InternalRpcError, InvalidRequestError, RpcError, RpcTimeoutError
from codex_runtime.rpc import RpcConnection
from codex_runtime.testing.fake_server import NO_REPLY, FakeAppServer

pytestmark = pytest.mark.timeout(30)
WAIT = 5.0
INIT = {"clientInfo": {"name": "my_client", "title": "t", "version": "1"}, "capabilities": {}}


@pytest.fixture
async def pair() -> AsyncIterator[tuple[FakeAppServer, RpcConnection]]:
    async with FakeAppServer() as server, RpcConnection(server.client_transport, request_timeout=WAIT) as conn:
        yield server, conn


async def test_initialize_is_answered_like_the_real_server(pair: tuple[FakeAppServer, RpcConnection]) -> None:
    server, conn = pair
    with pytest.raises(InvalidRequestError, match="Not initialized"):
        await conn.request("thread/list")
    result = await conn.request("initialize", INIT)
    assert result["userAgent"].startswith("my_client/0.163.0 (")
    assert set(result) == {"userAgent", "codexHome", "platformFamily", "platformOs"}
    with pytest.raises(InvalidRequestError, match="Already initialized"):
        await conn.request("initialize", INIT)
    with pytest.raises(InvalidRequestError, match="unknown variant `thread/list`"):
        await conn.request("thread/list")
    assert server.initialized


async def test_handlers_answer_with_results_errors_callables_or_never(
    pair: tuple[FakeAppServer, RpcConnection],
) -> None:
    server, conn = pair
    await conn.request("initialize", INIT)

    async def slow_echo(params: Any) -> Any:
        await asyncio.sleep(0)
        return {"echo": params}

    def broken(params: Any) -> Any:
        raise ValueError("handler bug")

    server.on("static", {"a": 1})
    server.on("sync", lambda params: {"got": params})
    server.on("async", slow_echo)
    server.on("fails", RpcError(-32600, "thread not found: x"))
    server.on("broken", broken)
    server.on("never", NO_REPLY)
    assert await conn.request("static") == {"a": 1}
    assert await conn.request("sync", {"k": 1}) == {"got": {"k": 1}}
    assert await conn.request("async", {"k": 2}) == {"echo": {"k": 2}}
    with pytest.raises(InvalidRequestError, match="thread not found"):
        await conn.request("fails")
    with pytest.raises(InternalRpcError, match="handler bug"):
        await conn.request("broken")
    with pytest.raises(RpcTimeoutError):
        await conn.request("never", timeout=0.05)
    assert [m["method"] for m in server.requests()] == [
        "initialize",
        "static",
        "sync",
        "async",
        "fails",
        "broken",
        "never",
    ]


async def test_the_initialize_answer_can_be_replaced(pair: tuple[FakeAppServer, RpcConnection]) -> None:
    server, conn = pair
    server.on("initialize", {"userAgent": "old/0.90.0 (x)"})
    assert (await conn.request("initialize", INIT))["userAgent"] == "old/0.90.0 (x)"


async def test_server_requests_get_ids_from_zero_and_their_answers_are_awaited(
    pair: tuple[FakeAppServer, RpcConnection],
) -> None:
    server, conn = pair

    def claim(request: Any) -> bool:
        asyncio.get_running_loop().create_task(conn.respond(request.id, {"n": request.params["n"]}))
        return True

    conn.on_server_request(claim)
    first = await server.request("a", {"n": 1}, timeout=WAIT)
    second = await server.request("a", {"n": 2}, timeout=WAIT)
    assert (first["id"], second["id"]) == (0, 1)
    assert server.client_responses[1]["result"] == {"n": 2}


async def test_waiting_for_an_answer_that_never_comes_times_out(pair: tuple[FakeAppServer, RpcConnection]) -> None:
    server, conn = pair
    conn.on_server_request(lambda request: True)  # claimed, never answered
    with pytest.raises(TimeoutError):
        await server.request("a", timeout=0.05)
    with pytest.raises(TimeoutError):
        await server.wait_for("never-sent", timeout=0.01)


async def test_wait_for_sees_messages_that_arrived_before_the_call(pair: tuple[FakeAppServer, RpcConnection]) -> None:
    server, conn = pair
    await conn.notify("initialized")
    await conn.notify("custom", {"x": 1})
    assert (await server.wait_for("custom", timeout=WAIT))["params"] == {"x": 1}
    assert await server.wait_for(lambda m: m.get("method") == "initialized", timeout=WAIT) == {"method": "initialized"}


async def test_undecodable_client_frames_are_kept_raw(pair: tuple[FakeAppServer, RpcConnection]) -> None:
    server, conn = pair
    await server.client_transport.send(b"\xff not json")
    await conn.notify("after")
    await server.wait_for("after", timeout=WAIT)
    assert server.raw_received[0] == b"\xff not json"
    assert server.received == [{"method": "after"}]
