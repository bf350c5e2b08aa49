"""Automation (level 4) on a real session: the real codex binary driven by the MockModel."""

from __future__ import annotations

from pathlib import Path

from codex_runtime import Client, ClientConfig, SessionConfig
from codex_runtime import sync as blocking
from codex_runtime.automation import AutomationSpec, AutomationStatus, RetryPolicy, spawn
from codex_runtime.sync import automation as blocking_automation
from codex_runtime.testing import MockModel, MockResponse, RecordedRequest, responses


def numbered(request: RecordedRequest) -> MockResponse:
    return responses.text(f"run {len(request.user_texts())}")


async def test_three_turns_at_a_short_cadence_on_one_real_session(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.set_fallback(numbered)
    async with Client(client_config) as client:
        session = await client.start_session(SessionConfig(cwd=workdir))
        handle = spawn(session, AutomationSpec("status?", every=0.1, max_runs=3))
        status = await handle.wait(timeout=60)

    assert status is AutomationStatus.STOPPED
    assert handle.run_count == 3 and handle.last_error is None
    assert handle.last_result is not None and handle.last_result.assistant_text == "run 3"
    assert handle.last_result.thread_id == session.thread_id
    assert len(mock_model.requests) == 3
    assert mock_model.requests[2].user_texts() == ["status?"] * 3  # one thread, one turn per run


async def test_a_real_turn_failure_is_retried_then_the_automation_goes_on(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.enqueue(responses.http_error(500), responses.text("recovered"), responses.text("steady"))
    async with Client(client_config) as client:
        session = await client.start_session(SessionConfig(cwd=workdir))
        retry = RetryPolicy(attempts=2, backoff=0.01)
        handle = spawn(session, AutomationSpec("check", every=0.1, max_runs=2, retry=retry))
        status = await handle.wait(timeout=60)

    assert status is AutomationStatus.STOPPED and handle.run_count == 2
    assert handle.last_result is not None and handle.last_result.assistant_text == "steady"
    assert handle.last_error is not None


async def test_a_quota_error_on_a_real_turn_fails_the_automation_without_retrying(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.enqueue(responses.usage_limit())
    mock_model.set_fallback(numbered)
    async with Client(client_config) as client:
        session = await client.start_session(SessionConfig(cwd=workdir))
        handle = spawn(session, AutomationSpec("check", every=0.1, retry=RetryPolicy(attempts=5, backoff=0)))
        status = await handle.wait(timeout=60)

    assert status is AutomationStatus.FAILED and handle.run_count == 0
    assert getattr(handle.last_error, "is_quota_exceeded", False) is True
    assert len(mock_model.requests) == 1


async def test_closing_the_real_session_stops_the_automation(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.set_fallback(numbered)
    async with Client(client_config) as client:
        session = await client.start_session(SessionConfig(cwd=workdir))
        closed_after_first = []

        async def close_session(_result: object) -> None:
            await session.close()
            closed_after_first.append(True)

        handle = spawn(session, AutomationSpec("once", every=0.1, on_result=close_session))
        status = await handle.wait(timeout=60)

    assert status is AutomationStatus.STOPPED and closed_after_first == [True]
    assert handle.run_count == 1 and handle.last_error is None


def test_the_blocking_twin_runs_three_turns_on_a_real_session(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.set_fallback(numbered)
    with blocking.Client(client_config) as client:
        session = client.start_session(SessionConfig(cwd=workdir))
        handle = blocking_automation.spawn(session, AutomationSpec("status?", every=0.1, max_runs=3))
        status = handle.wait(timeout=60)

    assert status is AutomationStatus.STOPPED and handle.run_count == 3
    assert handle.last_result is not None and handle.last_result.assistant_text == "run 3"
    assert len(mock_model.requests) == 3
