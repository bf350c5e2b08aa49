"""encode_message: compact UTF-8 JSON, refusing what app-server would silently drop."""

from __future__ import annotations

import json
from typing import Any

import pytest

from codex_runtime.errors import InvalidOutgoingMessageError
from codex_runtime.rpc import encode_message


def test_messages_are_compact_utf8_without_escaping_non_ascii() -> None:
    frame = encode_message({"id": 1, "method": "m", "params": {"text": "héllo 漢字 🙂"}})
    assert frame == '{"id":1,"method":"m","params":{"text":"héllo 漢字 🙂"}}'.encode()
    assert b"\n" not in encode_message({"s": "line1\nline2"})


@pytest.mark.parametrize(
    "message",
    [
        {"params": {"text": "bad \ud800 surrogate"}},
        {"params": {"bad \udfff key": 1}},
        {"params": {"deep": [{"list": ["ok", "\ud83d"]}]}},
    ],
)
def test_a_lone_surrogate_anywhere_is_refused(message: dict[str, Any]) -> None:
    with pytest.raises(InvalidOutgoingMessageError, match="lone UTF-16 surrogate"):
        encode_message(message)


def test_a_valid_surrogate_pair_written_as_one_character_is_fine() -> None:
    assert json.loads(encode_message({"e": "\U0001f642"})) == {"e": "🙂"}


@pytest.mark.parametrize("message", [{"x": float("nan")}, {"x": float("inf")}, {"x": object()}, {"x": b"bytes"}])
def test_values_json_cannot_express_are_refused(message: dict[str, Any]) -> None:
    with pytest.raises(InvalidOutgoingMessageError, match="not valid JSON"):
        encode_message(message)


def test_rpc_errors_take_code_message_data_and_map_from_the_wire_both_ways() -> None:
    from codex_runtime.errors import InvalidRequestError, MethodNotFoundError, RpcError, rpc_error_from_wire

    error = RpcError(-32099, "custom", {"x": 1})
    assert (error.code, error.message, error.data) == (-32099, "custom", {"x": 1})
    assert rpc_error_from_wire(error.to_wire()).to_wire() == error.to_wire()
    mapped = rpc_error_from_wire({"code": -32600, "message": "unknown variant"}, method="x/y")
    assert isinstance(mapped, InvalidRequestError) and mapped.method == "x/y"
    assert MethodNotFoundError("nope").to_wire() == {"code": -32601, "message": "nope"}
