"""Items and usage in results are always typed: what does not fit its schema is kept, not passed on as a dict."""

from __future__ import annotations

from codex_runtime.protocol.types import AgentMessageThreadItem, UnrecognizedThreadItem
from codex_runtime.runtime.typed import decode_item, decode_usage


def test_a_known_item_decodes_to_its_variant() -> None:
    item = decode_item({"type": "agentMessage", "id": "m1", "text": "hi"})
    assert isinstance(item, AgentMessageThreadItem)
    assert (item.id, item.text) == ("m1", "hi")


def test_an_item_that_does_not_fit_its_variant_is_kept_as_unrecognized_with_every_field() -> None:
    item = decode_item({"type": "agentMessage", "text": 42})  # no id, text not a string
    assert isinstance(item, UnrecognizedThreadItem)
    assert item.model_dump(by_alias=True) == {"type": "agentMessage", "text": 42}


def test_usage_that_does_not_fit_the_schema_is_none() -> None:
    assert decode_usage({"total": "lots"}) is None
    assert decode_usage(None) is None
    breakdown = {
        "inputTokens": 3,
        "cachedInputTokens": 1,
        "outputTokens": 2,
        "reasoningOutputTokens": 0,
        "totalTokens": 5,
    }
    usage = decode_usage({"total": breakdown, "last": breakdown})
    assert usage is not None and (usage.total.total_tokens, usage.last.input_tokens) == (5, 3)
