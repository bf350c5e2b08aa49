"""Real turns on uvloop: the blocking API's own loop thread (uvloop when installed) and the async API on a user's
uvloop loop (its pipe transports are not asyncio's transport classes)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import uvloop

from codex_runtime import Client, ClientConfig, SessionConfig
from codex_runtime import sync as blocking
from codex_runtime.api.results import AgentMessageDelta
from codex_runtime.sync._portal import get_portal
from codex_runtime.testing import MockModel, RecordedRequest, responses
from codex_runtime.testing.mock_model import MockResponse


def echo(request: RecordedRequest) -> MockResponse:
    return responses.text(f"echo: {request.last_user_text}")


def test_blocking_turns_run_on_the_portals_uvloop(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.set_fallback(echo)
    with blocking.Client(client_config) as client:
        session = client.start_session(SessionConfig(cwd=str(workdir)))
        answers = [session.ask(f"turn {i}").assistant_text for i in range(3)]
        loop = get_portal().loop
    assert answers == ["echo: turn 0", "echo: turn 1", "echo: turn 2"]
    assert isinstance(loop, uvloop.Loop)


def test_the_async_api_runs_turns_on_a_users_uvloop(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.set_fallback(echo)

    async def main() -> tuple[str, list[str]]:
        async with Client(client_config) as client:
            session = await client.start_session(SessionConfig(cwd=str(workdir)))
            answers = [(await session.ask(f"turn {i}")).assistant_text for i in range(2)]
            async with await session.ask_stream("streamed") as stream:
                deltas = [event.delta async for event in stream if isinstance(event, AgentMessageDelta)]
            return type(asyncio.get_running_loop()).__module__, [*answers, "".join(deltas)]

    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        module, answers = runner.run(main())
    assert module == "uvloop"
    assert answers == ["echo: turn 0", "echo: turn 1", "echo: streamed"]
