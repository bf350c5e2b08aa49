"""Requests that never get an answer: the lone-surrogate request the real server drops without a reply, and a
fake server that drops one id among many. Every one ends with ``RpcTimeoutError`` at its deadline and leaves
nothing in the pending table.

Already covered and not repeated: the refusal itself at the RPC layer (tests/rpc/test_rpc_connection.py::
test_a_lone_surrogate_is_refused_before_anything_is_written), a single dropped request and a late reply
(``test_a_timeout_raises_and_releases_the_pending_slot``, ``test_a_reply_after_the_timeout_is_counted_as_late_and
_skipped``) and a scripted child that never answers (tests/transport/test_stdio_rpc.py::
test_a_request_the_child_never_answers_times_out_and_the_connection_lives_on).
"""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path
from typing import Any

import pytest

from codex_runtime import Client, ClientConfig, Runtime, SessionConfig
from codex_runtime.errors import InvalidOutgoingMessageError, InvalidRequestError, RpcTimeoutError
from codex_runtime.rpc import connection as rpc_connection
from codex_runtime.testing import MockModel, responses
from codex_runtime.testing.fake_server import FakeAppServer
from codex_runtime.transport import StdioTransport

DEADLINE = 1.0


@pytest.mark.timeout(60)
async def test_a_prompt_with_a_lone_surrogate_is_refused_before_anything_reaches_the_real_server(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.enqueue(responses.text("fine"))
    async with Client(client_config) as client:
        session = await client.start_session(SessionConfig(cwd=str(workdir)))
        # these tests check the RPC core's own bookkeeping of server requests, so they read it directly
        rpc = client.runtime._rpc
        sent = rpc.stats.requests_sent
        with pytest.raises(InvalidOutgoingMessageError, match="surrogate"):
            await session.ask("broken \ud800 prompt")
        assert rpc.stats.requests_sent == sent and rpc.pending_requests() == [] and rpc.stats.in_flight == 0
        assert client.runtime._taps == {}
        after = await asyncio.wait_for(session.ask("fixed prompt"), 30)  # the session was not left locked
    assert after.assistant_text == "fine"
    assert len(mock_model.requests) == 1 and mock_model.requests[0].last_user_text == "fixed prompt"


def _escaping_encoder(message: Any) -> bytes:
    """What a careless client writes: the lone surrogate escaped as ``\\ud800`` (valid ASCII, invalid JSON text)."""
    return json.dumps(message, ensure_ascii=True, separators=(",", ":")).encode()


@pytest.mark.timeout(60)
async def test_the_real_server_never_answers_a_lone_surrogate_and_the_call_times_out_at_its_deadline(
    client_config: ClientConfig, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with Client(client_config) as client:
        runtime = client.runtime
        rpc = runtime._rpc  # the core's transport and counters: the surrogate is dropped below the public surface
        transport = rpc.transport
        assert isinstance(transport, StdioTransport)
        with pytest.raises(InvalidRequestError):  # the control: the same request without the surrogate is answered
            await runtime.request("thread/read", {"threadId": "x"}, timeout=10)

        # Bypass our own refusal, so these exact bytes reach the server through the transport.
        monkeypatch.setattr(rpc_connection, "encode_message", _escaping_encoder)
        started = time.monotonic()
        with pytest.raises(RpcTimeoutError) as caught:
            await runtime.request("thread/read", {"threadId": "\ud800"}, timeout=DEADLINE)
        waited = time.monotonic() - started
        monkeypatch.undo()

        assert caught.value.method == "thread/read" and caught.value.timeout == DEADLINE
        assert waited >= DEADLINE  # not before its deadline (the wait_for around it bounds the other side)
        assert rpc.pending_requests() == [] and rpc.stats.in_flight == 0 and rpc.stats.timeouts == 1
        # The server is alive, and it never sent anything for the dropped id (no late or stray reply) ...
        with pytest.raises(InvalidRequestError):
            await runtime.request("thread/read", {"threadId": "x"}, timeout=10)
        assert rpc.stats.late_responses == 0 and rpc.stats.unknown_response_ids == 0
        # ... because it could not even parse it, as it says on stderr.
        assert "Failed to deserialize" in transport.stderr_tail


@pytest.mark.timeout(30)
async def test_a_fake_server_that_drops_one_id_of_many_times_out_that_call_alone_at_its_deadline() -> None:
    dropped = 7
    release, late_reply_sent = asyncio.Event(), asyncio.Event()

    async def work(params: dict[str, Any]) -> dict[str, Any]:
        if params["n"] == dropped:
            await release.wait()  # held back: the reply comes only after the caller gave up
            late_reply_sent.set()  # the fake writes the reply as this returns, before any other task runs
        return {"n": params["n"]}

    async def ping(_params: Any) -> dict[str, Any]:
        await late_reply_sent.wait()
        return {}

    async with FakeAppServer() as server:
        server.on("work", work)
        runtime = await Runtime.connect(ClientConfig(), transport=server.client_transport)
        rpc = runtime._rpc  # late replies are counted only by the RPC core
        started = time.monotonic()
        calls = [runtime.request("work", {"n": n}, timeout=DEADLINE) for n in range(20)]
        outcomes = await asyncio.gather(*calls, return_exceptions=True)
        waited = time.monotonic() - started

        assert [o for n, o in enumerate(outcomes) if n != dropped] == [{"n": n} for n in range(20) if n != dropped]
        assert isinstance(outcomes[dropped], RpcTimeoutError)
        assert waited >= DEADLINE  # not before its deadline (the wait_for around it bounds the other side)
        assert rpc.pending_requests() == [] and rpc.stats.in_flight == 0 and rpc.stats.timeouts == 1

        release.set()  # now the late reply arrives: counted and skipped, the connection goes on
        server.on("ping", ping)
        await runtime.request("ping", timeout=5)  # answered after the late reply, so dispatched after it too
        assert rpc.stats.late_responses == 1 and rpc.stats.unknown_response_ids == 0
        assert rpc.pending_requests() == [] and not runtime.is_closed
        await runtime.shutdown()
