"""PromptRunResult.usage is THIS turn's usage, against the real binary with each model request's usage scripted:
one request, then three (two exec calls and the answer), then a turn on the thread resumed by a new app-server."""

from __future__ import annotations

from pathlib import Path

from codex_runtime import Client, ClientConfig, SessionConfig
from codex_runtime.runtime.usage import TurnUsage
from codex_runtime.testing import MockModel, responses
from codex_runtime.testing.mock_model import Usage


async def test_usage_is_per_turn_across_tool_calls_and_a_resumed_thread(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.enqueue(
        responses.text("one", usage=Usage(100, 10, cached_tokens=40, reasoning_tokens=3)),
        responses.exec_command("echo a", usage=Usage(200, 20, cached_tokens=50, reasoning_tokens=4)),
        responses.exec_command("echo b", usage=Usage(300, 30, cached_tokens=60, reasoning_tokens=5)),
        responses.text("two", usage=Usage(400, 40, cached_tokens=70, reasoning_tokens=6)),
        responses.text("three", usage=Usage(1000, 100)),
    )
    async with Client(client_config) as client:
        session = await client.start_session(SessionConfig(cwd=str(workdir)))
        first = await session.ask("one request")
        second = await session.ask("three requests")
    assert first.usage == TurnUsage(100, 40, 10, 3, 110)
    assert second.usage == TurnUsage(900, 180, 90, 15, 990)  # 200+300+400 input, 50+60+70 cached, ...
    assert second.thread_usage == TurnUsage(1000, 220, 100, 18, 1100)

    # A new app-server: its first turn on the resumed thread starts with a restore snapshot of the old totals.
    async with Client(client_config) as client:
        resumed = await client.resume_session(first.thread_id, SessionConfig(cwd=str(workdir)))
        third = await resumed.ask("after a restart")
    assert third.usage == TurnUsage(1000, 0, 100, 0, 1100)
    assert third.thread_usage == TurnUsage(2000, 220, 200, 18, 2200)
    assert len(mock_model.requests) == 5
