"""The stream's per-delta fast paths build the same events as the public constructors."""

from __future__ import annotations

import dataclasses

import pytest

from codex_runtime.api.results import AgentMessageDelta
from codex_runtime.api.turn_events import agent_delta as _agent_delta


def test_fast_agent_delta_equals_the_dataclass_constructor_and_stays_frozen() -> None:
    fast = _agent_delta("t", "u", "i", "d")
    assert fast == AgentMessageDelta(thread_id="t", turn_id="u", item_id="i", delta="d")
    fields = [f.name for f in dataclasses.fields(AgentMessageDelta)]
    assert fields == ["kind", "thread_id", "turn_id", "item_id", "delta"]  # _agent_delta sets exactly these
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.delta = "x"  # type: ignore[misc]
