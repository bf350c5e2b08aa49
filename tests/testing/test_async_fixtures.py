"""The plugin's async fixtures: ``codex_client`` is connected to the mock model, ``codex_session`` runs a turn in
``tmp_path / "work"`` and is closed after the test."""

from __future__ import annotations

from pathlib import Path

from codex_runtime import Client, Session
from codex_runtime.testing import MockModel, responses


async def test_codex_session_runs_a_turn_against_the_mock(
    codex_session: Session, codex_client: Client, mock_model: MockModel, tmp_path: Path
) -> None:
    mock_model.enqueue(responses.text("From the fixture."))
    result = await codex_session.ask("Hello fixture.")
    assert result.assistant_text == "From the fixture."
    assert codex_session.config.cwd == str(tmp_path / "work")
    assert mock_model.requests[0].last_user_text == "Hello fixture."
    threads = await codex_client.runtime.thread_list()
    assert codex_session.thread_id in [thread.id for thread in threads.data]
