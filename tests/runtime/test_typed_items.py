"""TypedItems: a turn's items, typed on first read; len() and repr() never build the models."""

from __future__ import annotations

import pickle

from codex_runtime.protocol import types as wire
from codex_runtime.runtime.typed import TypedItems

RAW = [
    {"type": "userMessage", "id": "u1", "content": [{"type": "text", "text": "hi"}]},
    {"type": "agentMessage", "id": "a1", "text": "hello"},
    {"type": "fromANewerServer", "id": "x1"},
]


def test_length_and_repr_come_from_the_raw_items_until_they_are_read() -> None:
    items = TypedItems(RAW)

    assert len(items) == 3
    assert repr(items).startswith("TypedItems([{'type': 'userMessage', 'id': 'u1'")
    assert items._typed is None  # nothing decoded yet


def test_reading_types_every_item_once_and_unknown_variants_stay_readable() -> None:
    items = TypedItems(RAW)

    first = items[1]
    assert isinstance(first, wire.AgentMessageThreadItem) and first.text == "hello"
    assert items[1] is first  # decoded once, cached
    assert [type(i).__name__ for i in items] == [
        "UserMessageThreadItem",
        "AgentMessageThreadItem",
        "UnrecognizedThreadItem",
    ]
    assert [i.id for i in items[1:]] == ["a1", "x1"]
    assert repr(items).startswith("[UserMessageThreadItem(")


def test_equality_with_a_list_and_another_typed_items_and_pickling_keeps_the_items() -> None:
    items = TypedItems(RAW[:2])

    assert items == list(TypedItems(RAW[:2]))
    assert items == TypedItems(RAW[:2])
    assert items != TypedItems(RAW[:1]) and items != tuple(items)
    restored = pickle.loads(pickle.dumps(items))
    assert isinstance(restored, TypedItems) and restored == items and restored[1].text == "hello"
    assert TypedItems() == [] and len(TypedItems()) == 0
