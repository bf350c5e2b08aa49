"""Approval handlers that misbehave against the real binary (policy "untrusted", exec_command): a handler that
blocks or sleeps past ``server_request_timeout`` gets its request declined at the deadline, exactly one answer is
sent, its late answer is dropped, and the connection (and the reader) live on. An async handler that raises
declines at once. The sync raising handler is covered by tests/e2e/test_approvals.py::
test_a_raising_handler_declines_and_the_next_ask_works.
"""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import Any

import pytest

from codex_runtime import Client, ClientConfig, PendingServerRequest, SessionConfig
from codex_runtime.testing import MockModel, responses

SHORT_DEADLINE = 0.5


def command_status(result: Any) -> str:
    [command] = [item for item in result.items if getattr(item, "type", "") == "commandExecution"]
    return str(command.status)


@pytest.mark.parametrize("kind", ["sync_blocks", "async_sleeps"])
@pytest.mark.timeout(60)
async def test_a_handler_stuck_past_the_deadline_is_declined_once_and_the_connection_lives_on(
    kind: str, codex_env: dict[str, str], mock_model: MockModel, workdir: Path
) -> None:
    unblock_sync = threading.Event()
    unblock_async = asyncio.Event()
    calls: list[str] = []

    def blocking(request: PendingServerRequest) -> str:  # runs in a worker thread, never on the loop
        calls.append(request.method)
        unblock_sync.wait(30)
        return "accept"

    async def sleeping(request: PendingServerRequest) -> str:
        calls.append(request.method)
        await unblock_async.wait()
        return "accept"

    handler = blocking if kind == "sync_blocks" else sleeping
    mock_model.enqueue(responses.exec_command("echo approved"), responses.text("declined it"), responses.text("alive"))
    config = ClientConfig(process_env=codex_env, server_request_timeout=SHORT_DEADLINE)
    async with Client(config) as client:
        runtime = client.runtime
        session = await client.start_session(
            SessionConfig(cwd=str(workdir), approval_policy="untrusted", approval_handler=handler)
        )
        try:
            first = await asyncio.wait_for(session.ask("run it"), 30)
            # the turn went on while the handler was still stuck: nothing waited for it but its deadline
            assert not unblock_sync.is_set() and not unblock_async.is_set()
            # answers actually written to the wire: counted only by the RPC core
            assert runtime._rpc.stats.server_responses_sent == 1
        finally:
            unblock_sync.set()
            unblock_async.set()
        await asyncio.wait_for(asyncio.gather(*runtime._broker._tasks), 10)  # the late "accept" was handled ...
        second = await asyncio.wait_for(session.ask("still there?"), 30)
        metrics = runtime.metrics_snapshot()
        responses_sent = runtime._rpc.stats.server_responses_sent

    assert calls == ["item/commandExecution/requestApproval"]
    assert command_status(first) == "declined" and first.assistant_text == "declined it"
    assert second.assistant_text == "alive"
    assert responses_sent == 1  # ... by dropping it: one request, one answer
    assert metrics.server_requests.declined_by_deadline == 1 and metrics.server_requests.pending == 0
    assert metrics.server_requests.answered == 1 and metrics.server_requests.handler_errors == 0


@pytest.mark.timeout(60)
async def test_an_async_handler_that_raises_declines_at_once_not_at_the_deadline(
    codex_env: dict[str, str], mock_model: MockModel, workdir: Path
) -> None:
    async def broken(_request: PendingServerRequest) -> str:
        raise RuntimeError("handler bug")

    mock_model.enqueue(responses.exec_command("echo approved"), responses.text("declined it"), responses.text("alive"))
    async with Client(ClientConfig(process_env=codex_env)) as client:  # the default 30 s deadline
        session = await client.start_session(
            SessionConfig(cwd=str(workdir), approval_policy="untrusted", approval_handler=broken)
        )
        first = await asyncio.wait_for(session.ask("run it"), 20)
        second = await asyncio.wait_for(session.ask("still there?"), 20)
        metrics = client.runtime.metrics_snapshot()

    assert command_status(first) == "declined"
    assert second.assistant_text == "alive"
    assert metrics.server_requests.handler_errors == 1 and metrics.server_requests.declined_by_deadline == 0
