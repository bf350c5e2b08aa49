"""Finding 5: a turn's deadline is absolute even when the app-server hangs (SIGSTOP): the interrupt sent at the
deadline gets at most a 1 s grace, then PromptTimeoutError is raised and the server is marked unhealthy."""

from __future__ import annotations

import asyncio
import os
import signal
import time
from pathlib import Path

import pytest

from codex_runtime import Client, ClientConfig, PromptTimeoutError, RunProfile, SessionConfig
from codex_runtime.api.turn_run import INTERRUPT_GRACE
from codex_runtime.testing import MockModel, responses

TIMEOUT = 3.0
SLACK = 0.5
"""Scheduling on a loaded 2-core machine, and the turn/start round trip before the deadline starts counting."""


def test_the_grace_is_at_most_one_second() -> None:
    assert INTERRUPT_GRACE == 1.0


@pytest.mark.timeout(60)
async def test_a_stopped_app_server_cannot_stretch_the_deadline_and_is_marked_unhealthy(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.enqueue(responses.slow("word " * 40, delay=0.5))
    async with Client(client_config) as client:
        runtime = client.runtime
        pgid = runtime.server_pid
        assert pgid is not None  # a local stdio server
        session = await client.start_session(SessionConfig(cwd=str(workdir)))
        assert runtime.healthy
        async with runtime.events(methods=["item/agentMessage/delta"]) as deltas:
            started = time.monotonic()
            ask = asyncio.create_task(session.ask_with_profile("talk slowly", RunProfile(timeout=TIMEOUT)))
            await deltas.next(timeout=10)  # the turn is running on the server
        os.killpg(pgid, signal.SIGSTOP)
        try:
            with pytest.raises(PromptTimeoutError) as raised:
                await asyncio.wait_for(ask, 30)
            elapsed = time.monotonic() - started
        finally:
            os.killpg(pgid, signal.SIGCONT)
        healthy, problem = runtime.healthy, runtime.health_problem

    assert raised.value.timeout == TIMEOUT
    assert TIMEOUT <= elapsed <= TIMEOUT + INTERRUPT_GRACE + SLACK, elapsed
    assert healthy is False and problem is not None and "turn/interrupt" in problem


async def test_a_responsive_server_acknowledges_the_interrupt_and_stays_healthy(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.enqueue(responses.slow("word " * 40, delay=0.5))
    async with Client(client_config) as client:
        session = await client.start_session(SessionConfig(cwd=str(workdir)))
        with pytest.raises(PromptTimeoutError):
            await session.ask_with_profile("talk slowly", RunProfile(timeout=1.0))
        healthy, problem = client.runtime.healthy, client.runtime.health_problem

    assert (healthy, problem) == (True, None)
