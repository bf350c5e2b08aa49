"""Thread options against the real binary: what the model's request shows for each, and an ephemeral thread that
leaves nothing to resume."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from codex_runtime import Client, ClientConfig, RunProfile, SessionConfig
from codex_runtime.errors import InvalidArgumentError, PrivilegedEscalationError, RpcError
from codex_runtime.testing import MockModel, RecordedRequest, responses


def developer_texts(request: RecordedRequest) -> list[str]:
    return [
        part["text"]
        for item in request.input_items
        if item.get("role") == "developer"
        for part in item.get("content") or []
        if part.get("type") == "input_text"
    ]


async def test_instructions_service_tier_and_summary_reach_the_models_request(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.enqueue(responses.text("first"), responses.text("second"))
    config = SessionConfig(
        cwd=str(workdir),
        developer_instructions="Answer in one line. DEV-7",
        base_instructions="You are a careful reviewer. BASE-7",
        service_tier="flex",
        summary="concise",
    )
    async with Client(client_config) as client:
        session = await client.start_session(config)
        await session.ask("hello?")
        await session.ask_with_profile("and again?", RunProfile(summary="detailed"))
    first, second = mock_model.requests
    texts = developer_texts(first)
    assert texts[0] == "You are a careful reviewer. BASE-7"  # replaces the catalog's "You are a mock agent."
    assert "Answer in one line. DEV-7" in texts
    assert first.body["service_tier"] == "flex"
    assert first.body["reasoning"] == {"effort": "medium", "summary": "concise"}
    assert second.body["reasoning"] == {"effort": "medium", "summary": "detailed"}  # this turn only asked more


async def test_thread_config_sets_codex_config_keys_for_one_thread(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.enqueue(responses.text("with config"), responses.text("without"))
    async with Client(client_config) as client:
        configured = await client.start_session(
            SessionConfig(cwd=str(workdir), thread_config={"model_reasoning_summary": "detailed"})
        )
        await configured.ask("hi")
        plain = await client.start_session(SessionConfig(cwd=str(workdir)))
        await plain.ask("hi")
    assert [r.body["reasoning"]["summary"] for r in mock_model.requests] == ["detailed", "auto"]


async def test_personality_is_accepted_but_codex_0_163_sends_the_same_request(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.set_fallback(lambda _request: responses.text("ok"))
    bodies: dict[str, Any] = {}
    async with Client(client_config) as client:
        for personality in ("none", "pragmatic"):
            session = await client.start_session(SessionConfig(cwd=str(workdir), personality=personality))
            await session.ask("hi")
            bodies[personality] = developer_texts(mock_model.requests[-1])
    # The schema marks personality deprecated ("no longer selects a style"): measured, the model sees no change.
    assert bodies["none"] == bodies["pragmatic"]


async def test_an_ephemeral_thread_leaves_no_rollout_to_resume(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.enqueue(responses.text("kept"), responses.text("gone"))
    async with Client(client_config) as client:
        kept = await client.start_session(SessionConfig(cwd=str(workdir)))
        await kept.ask("remember me")
        gone = await client.start_session(SessionConfig(cwd=str(workdir), ephemeral=True))
        await gone.ask("forget me")
    async with Client(client_config) as client:  # a new app-server: only CODEX_HOME remains
        resumed = await client.resume_session(kept.thread_id, SessionConfig(cwd=str(workdir)))
        assert resumed.thread_id == kept.thread_id
        with pytest.raises(RpcError) as caught:
            await client.resume_session(gone.thread_id, SessionConfig(cwd=str(workdir)))
    assert f"no rollout found for thread id {gone.thread_id}" in caught.value.message


async def test_options_that_cannot_apply_or_would_widen_are_refused_before_anything_is_sent(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    async with Client(client_config) as client:
        session = await client.start_session(SessionConfig(cwd=str(workdir), developer_instructions="Be brief."))
        sent = client.runtime.metrics_snapshot().requests_sent
        with pytest.raises(InvalidArgumentError, match="developer_instructions is fixed when a thread starts"):
            await session.ask_with_profile("hi", RunProfile(developer_instructions="Be verbose."))
        with pytest.raises(PrivilegedEscalationError, match="approvals_reviewer='auto_review'"):
            await session.ask_with_profile("hi", RunProfile(approvals_reviewer="auto_review"))
        with pytest.raises(PrivilegedEscalationError, match=r"thread_config keys \['sandbox_mode'\]"):
            await client.start_session(
                SessionConfig(cwd=str(workdir), thread_config={"sandbox_mode": "danger-full-access"})
            )
        assert client.runtime.metrics_snapshot().requests_sent == sent
    assert mock_model.requests == []
