"""Supervision on the real binary + MockModel: a killed or stopped app-server is restarted, only the turn in flight
fails (AppServerRestartedError), the same Session keeps its thread; a crash loop stops at the policy limit."""

from __future__ import annotations

import asyncio
import os
import signal
import stat
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from codex_runtime import (
    AppServerRestartedError,
    Client,
    ClientConfig,
    ProcessExitedError,
    RestartPolicy,
    RestartPolicyExhaustedError,
    SessionConfig,
    resolve_codex_binary,
)
from codex_runtime.sync import Client as BlockingClient
from codex_runtime.testing import MockModel, MockResponse, RecordedRequest, responses

pytestmark = pytest.mark.timeout(90)
WAIT = 30.0
SLOW = "slow:"


def echo_or_slow(started: threading.Event) -> Callable[[RecordedRequest], MockResponse]:
    """``echo: <prompt>``; a ``slow:`` prompt streams one word per 0.5 s (long enough to be cut) and signals."""

    def answer(request: RecordedRequest) -> MockResponse:
        text = request.last_user_text
        if text.startswith(SLOW):
            started.set()
            return responses.slow("one two three four five six seven eight nine ten", delay=0.5)
        return responses.text(f"echo: {text}")

    return answer


@pytest.fixture
def slow_started(mock_model: MockModel) -> threading.Event:
    started = threading.Event()
    mock_model.set_fallback(echo_or_slow(started))
    return started


def server_pid(client: Client) -> int:
    pid = client.runtime.server_pid
    assert isinstance(pid, int) and pid > 0
    return pid


def process_gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


async def cut_a_turn(
    client: Client, workdir: Path, started: threading.Event, cut: Callable[[int], None]
) -> tuple[pytest.ExceptionInfo[AppServerRestartedError], str, int]:
    """Run one turn, then a slow one that ``cut(pid)`` interrupts; the slow turn's error, the thread id, the pid."""
    session = await client.start_session(SessionConfig(cwd=workdir))
    assert (await session.ask("remember 42")).assistant_text == "echo: remember 42"
    pid = server_pid(client)
    slow_turn = asyncio.create_task(session.ask(SLOW + " take your time"))
    assert await asyncio.to_thread(started.wait, WAIT), "the slow turn never reached the model"
    cut(pid)
    with pytest.raises(AppServerRestartedError) as lost:
        await asyncio.wait_for(slow_turn, WAIT)
    after = await asyncio.wait_for(session.ask("what was the number?"), WAIT)
    assert after.assistant_text == "echo: what was the number?"
    assert after.thread_id == session.thread_id == lost.value.thread_id
    assert session.restores == 1
    return lost, session.thread_id, pid


async def test_a_sigkilled_app_server_is_restarted_and_the_same_session_asks_again_on_its_thread(
    codex_env: dict[str, str], mock_model: MockModel, slow_started: threading.Event, workdir: Path
) -> None:
    config = ClientConfig(process_env=codex_env, restart=RestartPolicy(heartbeat_interval=None))
    async with Client(config) as client:
        lost, thread_id, old_pid = await cut_a_turn(
            client, workdir, slow_started, lambda pid: os.killpg(pid, signal.SIGKILL)
        )
        new_pid = server_pid(client)
        supervisor = client.supervisor

    assert isinstance(lost.value.cause, ProcessExitedError) and lost.value.cause.exit_code == -signal.SIGKILL
    assert lost.value.retryable and lost.value.turn_id
    assert new_pid != old_pid and process_gone(old_pid)
    assert (supervisor.restarts, supervisor.attempts, supervisor.generation) == (1, 1, 2)
    resumed_post = next(r for r in mock_model.requests if r.last_user_text == "what was the number?")
    assert resumed_post.user_texts()[0] == "remember 42"  # the resumed thread kept its history
    assert lost.value.thread_id == thread_id


async def test_a_stopped_app_server_is_noticed_by_the_heartbeat_killed_and_restarted(
    codex_env: dict[str, str], mock_model: MockModel, slow_started: threading.Event, workdir: Path
) -> None:
    policy = RestartPolicy(heartbeat_interval=0.2, heartbeat_timeout=1.0)
    async with Client(ClientConfig(process_env=codex_env, restart=policy)) as client:
        old_runtime = client.runtime
        lost, _, old_pid = await cut_a_turn(client, workdir, slow_started, lambda pid: os.killpg(pid, signal.SIGSTOP))
        new_pid = server_pid(client)
        restarts = client.supervisor.restarts

    assert isinstance(lost.value.cause, ProcessExitedError) and lost.value.cause.exit_code == -signal.SIGKILL
    assert old_runtime.health_problem == "no answer to a heartbeat within 1s"
    assert new_pid != old_pid and process_gone(old_pid) and restarts == 1


def crash_looping_codex(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A codex wrapper that runs the real binary until ``armed`` exists, then exits 3 at once; every start is
    counted in ``starts``."""
    real = resolve_codex_binary(None).path
    starts, armed, wrapper = tmp_path / "starts", tmp_path / "armed", tmp_path / "codex-wrapper"
    wrapper.write_text(
        "#!/bin/sh\n"
        f"echo start >> '{starts}'\n"
        f"if [ -e '{armed}' ]; then echo 'crash loop' >&2; exit 3; fi\n"
        f"exec '{real}' \"$@\"\n"
    )
    wrapper.chmod(wrapper.stat().st_mode | stat.S_IXUSR)
    return wrapper, starts, armed


async def test_a_crash_loop_stops_at_the_policy_limit_with_a_typed_error(
    codex_env: dict[str, str], mock_model: MockModel, slow_started: threading.Event, workdir: Path, tmp_path: Path
) -> None:
    wrapper, starts, armed = crash_looping_codex(tmp_path)
    policy = RestartPolicy(max_restarts=3, backoff=0.05, window=60.0, heartbeat_interval=None)
    config = ClientConfig(cli_bin=str(wrapper), process_env=codex_env, restart=policy)
    async with Client(config) as client:
        session = await client.start_session(SessionConfig(cwd=workdir))
        assert (await session.ask("hello")).assistant_text == "echo: hello"
        armed.touch()
        old_runtime = client.runtime
        os.killpg(server_pid(client), signal.SIGKILL)
        assert await old_runtime.wait_closed(WAIT) is not None
        with pytest.raises(RestartPolicyExhaustedError) as gave_up:
            await asyncio.wait_for(session.ask("again"), WAIT)
        with pytest.raises(RestartPolicyExhaustedError):
            await client.start_session(SessionConfig(cwd=workdir))
        state, attempts, restarts = client.supervisor.state, client.supervisor.attempts, client.supervisor.restarts

    assert starts.read_text().splitlines() == ["start"] * 4  # the first start, then 3 attempts
    assert (str(state), attempts, restarts) == ("failed", 3, 0)
    assert gave_up.value.attempts == 3 and not gave_up.value.retryable
    assert "restart attempt 3 failed" in gave_up.value.last_error and "exit code 3" in gave_up.value.last_error


def test_the_blocking_client_restarts_too_and_its_session_keeps_the_thread(
    codex_env: dict[str, str], mock_model: MockModel, slow_started: threading.Event, workdir: Path
) -> None:
    config = ClientConfig(process_env=codex_env, restart=RestartPolicy(heartbeat_interval=None))
    with BlockingClient(config) as client:
        session = client.start_session(SessionConfig(cwd=workdir))
        first = session.ask("one")
        old_runtime = client.runtime
        old_pid = old_runtime.server_pid
        assert old_pid is not None
        os.killpg(old_pid, signal.SIGKILL)
        assert old_runtime.wait_closed(WAIT) is not None
        second = session.ask("two")
        supervisor = client.supervisor

        assert (first.thread_id, second.thread_id) == (session.thread_id, session.thread_id)
        assert second.assistant_text == "echo: two" and client.runtime.server_pid != old_pid
        assert (supervisor.restarts, str(supervisor.state), session.restores) == (1, "alive", 1)
