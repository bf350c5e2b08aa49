"""RpcConnection against FakeAppServer: ids, deadlines, error mapping, loss, bad input, sinks and subscriptions."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest

from codex_runtime.errors import (
    ConnectionClosedError,
    FrameTooLargeError,
    InvalidOutgoingMessageError,
    InvalidRequestError,
    ProcessExitedError,
    RpcError,
    RpcTimeoutError,
    ServerOverloadedError,
    ServerRequestAlreadyAnsweredError,
)
from codex_runtime.rpc import RpcConnection, ServerRequest
from codex_runtime.runtime import codex_wire
from codex_runtime.testing.fake_server import NO_REPLY, FakeAppServer

pytestmark = pytest.mark.timeout(30)
WAIT = 5.0


@pytest.fixture
async def server() -> AsyncIterator[FakeAppServer]:
    async with FakeAppServer(require_initialize=False) as fake:
        yield fake


@pytest.fixture
async def conn(server: FakeAppServer) -> AsyncIterator[RpcConnection]:
    async with RpcConnection(server.client_transport, request_timeout=WAIT) as connection:
        yield connection


async def settle(conn: RpcConnection, server: FakeAppServer) -> None:
    """Round-trip one request so everything the server sent before it has been dispatched."""
    server.on("sync", {})
    await conn.request("sync")


# --- requests ---------------------------------------------------------------------------------------------------


async def test_initialize_returns_a_user_agent_with_the_codex_version(conn: RpcConnection) -> None:
    result = await conn.request("initialize", {"clientInfo": {"name": "tester"}})
    assert result["userAgent"].startswith("tester/0.163.0 ")


async def test_requests_use_increasing_integer_ids_and_carry_params_only_when_given(
    conn: RpcConnection, server: FakeAppServer
) -> None:
    server.on("a", {"ok": 1})
    await conn.request("a")
    await conn.request("a", {"x": 1})
    first, second = server.requests("a")
    assert first == {"id": 1, "method": "a"}
    assert second == {"id": 2, "method": "a", "params": {"x": 1}}
    assert "jsonrpc" not in first


async def test_a_peer_that_requires_params_gets_an_empty_object_for_none() -> None:
    async with FakeAppServer(require_initialize=False) as server:
        server.on("a", {"ok": 1})
        async with RpcConnection(server.client_transport, request_timeout=WAIT, params_required=True) as conn:
            await conn.request("a")
        assert server.requests("a") == [{"id": 1, "method": "a", "params": {}}]


async def test_concurrent_requests_are_matched_to_their_own_responses(
    conn: RpcConnection, server: FakeAppServer
) -> None:
    async def echo(params: dict[str, Any]) -> dict[str, Any]:
        await asyncio.sleep(0.001 * (10 - params["n"]))  # answer out of order
        return {"n": params["n"]}

    server.on("echo", echo)
    results = await asyncio.gather(*(conn.request("echo", {"n": n}) for n in range(10)))
    assert [r["n"] for r in results] == list(range(10))
    assert conn.stats.in_flight == 0


async def test_an_error_response_raises_the_mapped_rpc_error(conn: RpcConnection) -> None:
    with pytest.raises(InvalidRequestError, match="unknown variant `nope`") as caught:
        await conn.request("nope")
    assert caught.value.code == -32600 and caught.value.method == "nope"
    assert conn.stats.error_responses == 1


async def test_error_codes_map_to_their_classes_and_keep_data(conn: RpcConnection, server: FakeAppServer) -> None:
    server.on("busy", RpcError(-32001, "slow down", {"retryAfterMs": 5}))
    with pytest.raises(ServerOverloadedError) as caught:
        await conn.request("busy")
    assert caught.value.data == {"retryAfterMs": 5}


async def test_a_timeout_raises_and_releases_the_pending_slot(conn: RpcConnection, server: FakeAppServer) -> None:
    server.on("hang", NO_REPLY)
    with pytest.raises(RpcTimeoutError) as caught:
        await conn.request("hang", timeout=0.05)
    assert caught.value.method == "hang" and caught.value.timeout == 0.05
    assert conn.pending_requests() == []
    assert conn.stats.in_flight == 0 and conn.stats.timeouts == 1


async def test_a_reply_after_the_timeout_is_counted_as_late_and_skipped(
    conn: RpcConnection, server: FakeAppServer
) -> None:
    server.on("hang", NO_REPLY)
    with pytest.raises(RpcTimeoutError):
        await conn.request("hang", timeout=0.05)
    request_id = server.requests("hang")[0]["id"]
    await server.send_message({"id": request_id, "result": {}})
    await settle(conn, server)
    assert conn.stats.late_responses == 1
    assert conn.stats.unknown_response_ids == 0


async def test_a_cancelled_request_releases_its_slot(conn: RpcConnection, server: FakeAppServer) -> None:
    server.on("hang", NO_REPLY)
    task = asyncio.ensure_future(conn.request("hang"))
    await server.wait_for("hang", timeout=WAIT)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert conn.pending_requests() == [] and conn.stats.in_flight == 0


# --- connection loss -------------------------------------------------------------------------------------------------


async def test_a_process_exit_fails_pending_calls_at_once_with_exit_code_and_stderr(
    conn: RpcConnection, server: FakeAppServer
) -> None:
    server.on("hang", NO_REPLY)
    calls = [asyncio.ensure_future(conn.request("hang", timeout=60)) for _ in range(3)]
    await server.wait_for(lambda m: len(server.requests("hang")) == 3, timeout=WAIT)
    await server.exit(101, stderr="thread 'main' panicked")
    results = await asyncio.wait_for(asyncio.gather(*calls, return_exceptions=True), WAIT)
    for result in results:
        assert isinstance(result, ProcessExitedError)
        assert result.exit_code == 101 and "panicked" in result.stderr_tail
    assert conn.is_closed and isinstance(conn.terminal_error, ProcessExitedError)


async def test_calls_after_the_connection_was_lost_fail_fast_with_the_same_error(
    conn: RpcConnection, server: FakeAppServer
) -> None:
    await server.exit(2, stderr="bye")
    with pytest.raises(ProcessExitedError):
        await conn.request("anything", timeout=60)  # the loss may be noticed during this call
    loop = asyncio.get_running_loop()
    started = loop.time()
    for call in (conn.request("x", timeout=60), conn.notify("y"), conn.respond(0, {})):
        with pytest.raises(ProcessExitedError) as caught:
            await call
        assert caught.value.exit_code == 2
    assert loop.time() - started < 0.5


async def test_a_clean_eof_fails_pending_calls_with_connection_closed(
    conn: RpcConnection, server: FakeAppServer
) -> None:
    server.on("hang", NO_REPLY)
    call = asyncio.ensure_future(conn.request("hang", timeout=60))
    await server.wait_for("hang", timeout=WAIT)
    await server.disconnect()
    with pytest.raises(ConnectionClosedError):
        await asyncio.wait_for(call, WAIT)


async def test_close_fails_pending_calls_and_is_idempotent(conn: RpcConnection, server: FakeAppServer) -> None:
    server.on("hang", NO_REPLY)
    call = asyncio.ensure_future(conn.request("hang", timeout=60))
    await server.wait_for("hang", timeout=WAIT)
    await asyncio.gather(conn.close(), conn.close())
    with pytest.raises(ConnectionClosedError, match="closed by the client"):
        await asyncio.wait_for(call, WAIT)
    with pytest.raises(ConnectionClosedError):
        await conn.request("later")
    await conn.close()


async def test_close_sinks_hear_the_terminal_error_once(conn: RpcConnection, server: FakeAppServer) -> None:
    heard: list[Exception] = []
    conn.on_close(heard.append)
    await server.exit(9)
    with pytest.raises(ProcessExitedError):
        await conn.request("x", timeout=WAIT)
    await conn.close()
    assert len(heard) == 1 and isinstance(heard[0], ProcessExitedError)


# --- outgoing validation -----------------------------------------------------------------------------------------


async def test_a_lone_surrogate_is_refused_before_anything_is_written(
    conn: RpcConnection, server: FakeAppServer
) -> None:
    await settle(conn, server)
    before = len(server.raw_received)
    for params in ({"text": "a\ud800b"}, {"\udc00": 1}, {"deep": [{"x": ["\ud83d"]}]}):
        with pytest.raises(InvalidOutgoingMessageError):
            await conn.request("turn/start", params)
    with pytest.raises(InvalidOutgoingMessageError):
        await conn.notify("n", {"x": "\ud800"})
    assert len(server.raw_received) == before
    assert conn.pending_requests() == [] and conn.stats.in_flight == 0


# --- bad inbound frames ------------------------------------------------------------------------------------------


async def test_garbage_invalid_utf8_and_non_objects_are_counted_and_skipped(
    conn: RpcConnection, server: FakeAppServer
) -> None:
    for frame in (
        b"not json",
        b'{"truncated":',
        b"\xff\xfe\xfa{}",
        b'{"bad":"\xc3\x28"}',
        b"[1,2]",
        b"42",
        b'{"method":7}',
        b'{"neither":"id nor method"}',
    ):
        await server.send_raw(frame)
    await settle(conn, server)
    stats = conn.stats
    assert stats.invalid_utf8 == 2
    assert stats.malformed_frames == 6
    assert stats.unknown_response_ids == 0
    assert not conn.is_closed


async def test_responses_with_unknown_or_duplicate_ids_are_counted_and_skipped(
    conn: RpcConnection, server: FakeAppServer
) -> None:
    server.on("a", {"v": 1})
    await conn.request("a")
    await server.send_message({"id": 1, "result": {"v": "again"}})  # duplicate
    await server.send_message({"id": 999, "result": {}})  # never issued
    await server.send_message({"id": "str-id", "result": {}})
    await server.send_message({"id": None, "error": {"code": -32700, "message": "parse error"}})
    await server.send_message({"id": [1], "result": {}})
    assert await conn.request("a") == {"v": 1}
    assert conn.stats.duplicate_responses == 1
    assert conn.stats.unknown_response_ids == 4


async def test_an_oversized_frame_is_dropped_alone_and_fails_only_the_request_it_answers() -> None:
    async with FakeAppServer(require_initialize=False, max_frame_bytes=1000) as server:
        server.on("big", {"blob": "x" * 5000})
        server.on("small", {"ok": True})
        async with RpcConnection(
            server.client_transport, request_timeout=WAIT, reply_id_of_head=codex_wire.reply_id_of_head
        ) as conn:
            sub = conn.notifications()
            await server.send_raw(b'{"method":"huge","params":{"x":"' + b"y" * 5000 + b'"}}')
            await server.notify("after")
            with pytest.raises(FrameTooLargeError) as caught:
                await conn.request("big")
            assert caught.value.size > 5000 and caught.value.limit == 1000
            assert await conn.request("small") == {"ok": True}
            assert (await sub.get(timeout=WAIT))["method"] == "after"
            assert conn.stats.frames_too_large == 2


# --- notifications -----------------------------------------------------------------------------------------------


async def test_notifications_reach_sinks_in_order_with_extra_members_and_per_method_counts(
    conn: RpcConnection, server: FakeAppServer
) -> None:
    seen: list[tuple[str, dict[str, Any]]] = []
    conn.on_notification(lambda method, message: seen.append((method, message)))
    await server.notify("a/b", {"n": 1}, emittedAtMs=5)
    await server.notify("a/b", {"n": 2})
    await server.notify("c")
    await settle(conn, server)
    assert [m for m, _ in seen] == ["a/b", "a/b", "c"]
    assert seen[0][1] == {"method": "a/b", "params": {"n": 1}, "emittedAtMs": 5}
    assert conn.stats.notifications_by_method == {"a/b": 2, "c": 1}


async def test_a_raising_sink_is_contained_and_other_sinks_still_run(
    conn: RpcConnection, server: FakeAppServer
) -> None:
    def bad(method: str, message: dict[str, Any]) -> None:
        raise RuntimeError("user bug")

    seen: list[str] = []
    conn.on_notification(bad)
    conn.on_notification(lambda method, message: seen.append(method))
    await server.notify("x")
    await settle(conn, server)
    assert seen == ["x"] and conn.stats.sink_errors == 1 and not conn.is_closed


async def test_unsubscribing_a_sink_stops_deliveries(conn: RpcConnection, server: FakeAppServer) -> None:
    seen: list[str] = []
    unsubscribe = conn.on_notification(lambda method, message: seen.append(method))
    await server.notify("one")
    await settle(conn, server)
    unsubscribe()
    await server.notify("two")
    await settle(conn, server)
    assert seen == ["one"]


async def test_a_slow_subscriber_drops_oldest_and_never_delays_responses(
    conn: RpcConnection, server: FakeAppServer
) -> None:
    sub = conn.notifications(maxsize=10)
    for n in range(5000):
        await server.notify("flood", {"n": n})
    server.on("ping", {"pong": True})
    assert await conn.request("ping") == {"pong": True}
    assert len(sub) == 10 and sub.dropped == 4990
    assert [m["params"]["n"] for m in [sub.get_nowait() for _ in range(10)] if m] == list(range(4990, 5000))


async def test_a_subscription_ends_cleanly_when_we_close_and_raises_when_the_peer_breaks(server: FakeAppServer) -> None:
    async with RpcConnection(server.client_transport) as conn:
        ours = conn.notifications()
        await conn.close()
        assert [m async for m in ours] == []
    async with FakeAppServer() as other, RpcConnection(other.client_transport) as conn:
        theirs = conn.notifications()
        await other.notify("last")
        await other.exit(1)
        assert (await theirs.get(timeout=WAIT))["method"] == "last"
        with pytest.raises(ProcessExitedError):
            await asyncio.wait_for(theirs.__anext__(), WAIT)


async def test_a_200k_notification_flood_is_dispatched_without_loss(conn: RpcConnection, server: FakeAppServer) -> None:
    count = 0

    def sink(method: str, message: dict[str, Any]) -> None:
        nonlocal count
        count += 1

    conn.on_notification(sink)
    frame = b'{"method":"item/agentMessage/delta","params":{"delta":"hi"}}'
    for _ in range(200_000):
        await server.send_raw(frame)
    await settle(conn, server)
    assert count == 200_000 == conn.stats.notifications_by_method["item/agentMessage/delta"]


# --- server requests ---------------------------------------------------------------------------------------------


async def test_a_claimed_server_request_is_answered_through_respond(conn: RpcConnection, server: FakeAppServer) -> None:
    claimed: list[ServerRequest] = []

    def sink(request: ServerRequest) -> bool:
        claimed.append(request)
        asyncio.get_running_loop().create_task(conn.respond(request.id, {"decision": "decline"}))
        return True

    conn.on_server_request(sink)
    answer = await server.request("item/commandExecution/requestApproval", {"itemId": "i1"}, timeout=WAIT)
    assert answer == {"id": 0, "result": {"decision": "decline"}}
    assert claimed[0].method == "item/commandExecution/requestApproval" and claimed[0].params == {"itemId": "i1"}
    with pytest.raises(ServerRequestAlreadyAnsweredError):
        await conn.respond(0, {"decision": "accept"})
    assert conn.pending_server_requests() == {}


async def test_respond_error_sends_a_json_rpc_error(conn: RpcConnection, server: FakeAppServer) -> None:
    conn.on_server_request(lambda request: True)
    request_id = await server.send_request("x/y")
    await settle(conn, server)
    assert conn.pending_server_requests() == {request_id: "x/y"}
    await conn.respond_error(request_id, -32000, "declined", {"why": "policy"})
    answer = await server.wait_response(request_id, timeout=WAIT)
    assert answer["error"] == {"code": -32000, "message": "declined", "data": {"why": "policy"}}


async def test_an_invalid_reply_leaves_the_server_request_answerable(
    conn: RpcConnection, server: FakeAppServer
) -> None:
    conn.on_server_request(lambda request: True)
    request_id = await server.send_request("x/y")
    await settle(conn, server)
    with pytest.raises(InvalidOutgoingMessageError):
        await conn.respond(request_id, {"text": "\ud800"})
    await conn.respond(request_id, {"text": "fixed"})
    assert (await server.wait_response(request_id, timeout=WAIT))["result"] == {"text": "fixed"}


async def test_an_unclaimed_server_request_is_answered_with_an_error_at_once(
    conn: RpcConnection, server: FakeAppServer
) -> None:
    conn.on_server_request(lambda request: False)
    answer = await server.request("item/fileChange/requestApproval", {}, timeout=WAIT)
    assert answer["error"]["code"] == -32601
    assert conn.stats.unclaimed_server_requests == 1


async def test_a_raising_server_request_sink_counts_as_unclaimed(conn: RpcConnection, server: FakeAppServer) -> None:
    def bad(request: ServerRequest) -> bool:
        raise RuntimeError("user bug")

    conn.on_server_request(bad)
    answer = await server.request("x", {}, timeout=WAIT)
    assert answer["error"]["code"] == -32601 and conn.stats.sink_errors == 1


async def test_server_requests_beyond_the_pending_limit_are_refused(server: FakeAppServer) -> None:
    async with RpcConnection(server.client_transport, max_pending_server_requests=2) as conn:
        conn.on_server_request(lambda request: True)
        for _ in range(3):
            await server.send_request("x")
        answer = await server.wait_response(2, timeout=WAIT)
        assert answer["error"]["code"] == -32001
        assert len(conn.pending_server_requests()) == 2 and conn.stats.rejected_server_requests == 1


async def test_a_discarded_server_request_can_no_longer_be_answered(conn: RpcConnection, server: FakeAppServer) -> None:
    conn.on_server_request(lambda request: True)
    request_id = await server.send_request("x")
    await settle(conn, server)
    assert conn.discard_server_request(request_id) is True
    assert conn.discard_server_request(request_id) is False
    with pytest.raises(ServerRequestAlreadyAnsweredError):
        await conn.respond(request_id, {})


# --- stats ---------------------------------------------------------------------------------------------------------


async def test_stats_record_requests_and_recent_latencies(conn: RpcConnection, server: FakeAppServer) -> None:
    server.on("a", {})
    await conn.request("a")
    await conn.notify("n")
    snapshot = conn.stats.snapshot()
    await conn.request("a")
    assert snapshot.requests_sent == 1 and snapshot.notifications_sent == 1
    assert [method for method, _ in snapshot.recent_latencies] == ["a"]
    assert conn.stats.requests_sent == 2 and len(conn.stats.recent_latencies) == 2
