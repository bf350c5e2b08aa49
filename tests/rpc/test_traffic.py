"""The connection's observation point and DEBUG log: every message in wire order, failures said once, payloads
only on request and redacted (FakeAppServer edge cases; the real binary's traffic is in tests/sinks)."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

import pytest

from codex_runtime.errors import RpcTimeoutError
from codex_runtime.rpc import RpcConnection
from codex_runtime.rpc.traffic import Traffic
from codex_runtime.testing.fake_server import NO_REPLY, FakeAppServer

pytestmark = pytest.mark.timeout(30)
WAIT = 5.0


@pytest.fixture
async def server() -> AsyncIterator[FakeAppServer]:
    async with FakeAppServer(require_initialize=False) as fake:
        yield fake


def summary(seen: list[Traffic]) -> list[tuple[str, str, str, object]]:
    return [(t.direction, t.kind, t.method, t.id) for t in seen]


async def test_observers_see_every_message_in_wire_order_with_sizes_and_the_round_trip(server: FakeAppServer) -> None:
    async def answer_after_a_notification(params: object) -> dict[str, int]:
        await server.notify("before/reply", {"n": 1})
        return {"ok": 1}

    server.on("ask", answer_after_a_notification)
    seen: list[Traffic] = []
    async with RpcConnection(server.client_transport, request_timeout=WAIT) as conn:
        conn.observe(seen.append)
        conn.on_server_request(lambda request: False)  # unclaimed: answered with an error at once
        assert await conn.request("ask", {"q": 1}) == {"ok": 1}
        await conn.notify("told", {"x": 2})
        response = await server.request("server/asks", {"y": 3}, timeout=WAIT)
        await server.wait_for("told", timeout=WAIT)

    assert summary(seen) == [
        ("out", "request", "ask", 1),
        ("in", "notification", "before/reply", None),
        ("in", "response", "ask", 1),
        ("out", "notification", "told", None),
        ("in", "request", "server/asks", 0),
        ("out", "response", "server/asks", 0),
    ]
    request, _, reply, told, asked, answer = seen
    assert request.message == {"id": 1, "method": "ask", "params": {"q": 1}} and request.size == 40
    assert reply.message == {"id": 1, "result": {"ok": 1}} and reply.duration is not None and reply.duration > 0
    assert told.message == {"method": "told", "params": {"x": 2}} and told.duration is None
    assert asked.message == {"id": 0, "method": "server/asks", "params": {"y": 3}}
    assert (
        answer.message
        == response
        == {
            "id": 0,
            "error": {"code": -32601, "message": "no handler for server request 'server/asks'"},
        }
    )
    assert [t.time for t in seen] == sorted(t.time for t in seen)


async def test_a_request_without_a_response_is_observed_once_with_its_failure(server: FakeAppServer) -> None:
    server.on("hang", NO_REPLY)
    seen: list[Traffic] = []
    async with RpcConnection(server.client_transport, request_timeout=WAIT) as conn:
        conn.observe(seen.append)
        with pytest.raises(RpcTimeoutError):
            await conn.request("hang", timeout=0.2)

    assert summary(seen) == [("out", "request", "hang", 1), ("in", "response", "hang", 1)]
    assert (seen[1].message, seen[1].size, seen[1].failure) == ({}, 0, "RpcTimeoutError")
    assert seen[1].duration is not None and seen[1].duration >= 0.2


async def test_a_raising_observer_is_contained_and_counted(server: FakeAppServer) -> None:
    server.on("a", {"ok": True})

    def broken(traffic: Traffic) -> None:
        raise RuntimeError("observer bug")

    async with RpcConnection(server.client_transport, request_timeout=WAIT) as conn:
        conn.observe(broken)
        assert await conn.request("a") == {"ok": True}
        assert conn.stats.sink_errors == 2  # the request and its response


async def test_debug_logs_method_id_duration_and_size_without_payloads_by_default(
    server: FakeAppServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.on("account/login/start", {"type": "apiKey"})
    caplog.set_level(logging.DEBUG, logger="codex_runtime.rpc")
    async with RpcConnection(server.client_transport, request_timeout=WAIT) as conn:
        await conn.request("account/login/start", {"type": "apiKey", "apiKey": "sk-logged-never-0123456789"})

    lines = [r.getMessage() for r in caplog.records if r.name == "codex_runtime.rpc"]
    assert lines[0] == "-> account/login/start id=1 104B"
    assert lines[1].startswith("<- account/login/start id=1 ") and lines[1].endswith("ms 35B")
    assert "sk-logged" not in caplog.text and "apiKey" not in caplog.text


async def test_payloads_are_logged_only_when_their_logger_is_enabled_and_then_redacted(
    server: FakeAppServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.on("account/login/start", {"type": "apiKey"})
    caplog.set_level(logging.DEBUG, logger="codex_runtime.rpc")
    caplog.set_level(logging.DEBUG, logger="codex_runtime.rpc.payloads")
    async with RpcConnection(server.client_transport, request_timeout=WAIT) as conn:
        await conn.request("account/login/start", {"type": "apiKey", "apiKey": "sk-logged-never-0123456789"})

    lines = [r.getMessage() for r in caplog.records if r.name == "codex_runtime.rpc"]
    assert lines[0] == '-> account/login/start id=1 104B {"type": "apiKey", "apiKey": "[REDACTED]"}'
    assert lines[1].endswith('ms 35B {"type": "apiKey"}')
    assert "sk-logged" not in caplog.text


def test_the_payload_logger_starts_above_debug_so_a_root_logger_at_debug_logs_no_payload() -> None:
    assert logging.getLogger("codex_runtime.rpc.payloads").level == logging.INFO
