"""Reasoning effort on the real binary: a Literal value reaches the model as it is; an unknown one is refused before
anything is sent (codex 0.163.0 would pass it to the model unchecked)."""

from __future__ import annotations

from pathlib import Path

import pytest

from codex_runtime import Client, ClientConfig, RunProfile, SessionConfig
from codex_runtime.errors import InvalidArgumentError
from codex_runtime.testing import MockModel, responses


async def test_each_turn_sends_its_effort_and_an_unknown_one_sends_nothing(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.enqueue(responses.text("one"), responses.text("two"), responses.text("four"))
    async with Client(client_config) as client:
        session = await client.start_session(SessionConfig(cwd=str(workdir), effort="minimal"))
        await session.ask("first")
        await session.ask_with_profile("second", RunProfile(effort="xhigh"))
        with pytest.raises(InvalidArgumentError, match="effort must be one of"):
            await session.ask_with_profile("third", RunProfile(effort="enormous"))  # type: ignore[arg-type]
        assert (await session.ask("fourth")).assistant_text == "four"  # the session is unharmed

    # The refused profile never reached the model: three requests, the session's effort on the last.
    assert [r.body["reasoning"]["effort"] for r in mock_model.requests] == ["minimal", "xhigh", "minimal"]
