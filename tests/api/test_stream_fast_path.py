"""The stream's per-delta fast path builds the same events as the public constructors."""

from __future__ import annotations

import dataclasses

import pytest

from codex_runtime.api.results import AgentMessageDelta, CommandOutputDelta, ItemDelta, ReasoningDelta, item_delta


@pytest.mark.parametrize(
    ("cls", "kind"),
    [
        (AgentMessageDelta, "agent_message_delta"),
        (ReasoningDelta, "reasoning_delta"),
        (CommandOutputDelta, "command_output_delta"),
    ],
)
def test_fast_delta_equals_the_dataclass_constructor_and_stays_frozen(cls: type[ItemDelta], kind: str) -> None:
    fast = item_delta(cls, "t", "u", "i", "d")
    assert fast == cls(thread_id="t", turn_id="u", item_id="i", delta="d")
    assert type(fast) is cls and fast.kind == kind
    fields = [f.name for f in dataclasses.fields(cls)]
    assert fields == ["kind", "thread_id", "turn_id", "item_id", "delta"]  # item_delta sets exactly these
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.delta = "x"  # type: ignore[misc]
