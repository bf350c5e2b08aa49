"""What a short turn costs the client on the real binary, counted instead of timed (timings are noise on a shared
machine): event-loop iterations per stdout read. Each read of the child's stdout is one iteration; a collecting
``ask`` adds only a few of its own (turn/start, its reply, the turn's end), never one per notification."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from codex_runtime import Client, ClientConfig, SessionConfig
from codex_runtime.testing import MockModel, RecordedRequest, responses
from codex_runtime.testing.mock_model import MockResponse
from codex_runtime.transport.stdio import StdioTransport

TURNS = 5


def echo(request: RecordedRequest) -> MockResponse:
    return responses.text(f"echo: {request.last_user_text}")


async def test_a_collecting_ask_costs_the_event_loop_a_few_iterations_beyond_its_stdout_reads(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mock_model.set_fallback(echo)
    counts = {"iterations": 0, "reads": 0}
    on_stdout = StdioTransport.on_stdout

    def counted_read(transport: StdioTransport, data: bytes) -> None:
        counts["reads"] += 1
        on_stdout(transport, data)

    async with Client(client_config) as client:
        session = await client.start_session(SessionConfig(cwd=str(workdir)))
        await session.ask("warm-up")  # first-use costs (lazy imports, the thread's first rollout) are not counted
        loop = asyncio.get_running_loop()
        run_once: Any = loop._run_once  # type: ignore[attr-defined]  # the loop's own step: what an iteration is

        def counted_iteration() -> None:
            counts["iterations"] += 1
            run_once()

        monkeypatch.setattr(StdioTransport, "on_stdout", counted_read)
        monkeypatch.setattr(loop, "_run_once", counted_iteration)
        answers = [(await session.ask(f"turn {i}")).assistant_text for i in range(TURNS)]
        monkeypatch.undo()

    assert answers == [f"echo: turn {i}" for i in range(TURNS)]
    assert counts["reads"] >= 2 * TURNS  # the reply to turn/start and the turn's notifications come in apart
    # Before: ~3.5 iterations per read (a call_soon relay per stdout chunk, the reader task's wake-up, a wake-up
    # of the asking task per notification). Now a read is one iteration: its callback dispatches the frames.
    assert counts["iterations"] <= counts["reads"] + 8 * TURNS, counts
