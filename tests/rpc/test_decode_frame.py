"""decode_frame: pydantic-core's fast parser, with json.loads's results and exception types in every corner."""

from __future__ import annotations

import json

import pytest

from codex_runtime.rpc.codec import decode_frame


@pytest.mark.parametrize(
    "frame",
    [
        b'{"method":"item/agentMessage/delta","params":{"threadId":"t","delta":" hi \\u00e9"}}',
        b'  {"id": 1, "result": {"big": 123456789012345678901234567890, "f": 0.1, "e": 1e400}}  ',
        b'{"a": "\\ud800"}',  # a lone surrogate escape: pydantic-core refuses it, json.loads keeps it
        b"[" * 500 + b"]" * 500,  # deeper than pydantic-core's recursion limit
        b'{"a": 1, "a": 2}',
    ],
)
def test_decode_frame_returns_what_json_loads_returns(frame: bytes) -> None:
    assert decode_frame(frame) == json.loads(frame)


def test_decode_frame_raises_unicode_decode_error_for_invalid_utf8() -> None:
    with pytest.raises(UnicodeDecodeError):
        decode_frame(b'{"a": "\xff"}')


@pytest.mark.parametrize("frame", [b"{", b'{"a": 1} trailing', b"", b"nope"])
def test_decode_frame_raises_value_error_for_malformed_json(frame: bytes) -> None:
    with pytest.raises(ValueError):
        decode_frame(frame)


def test_decode_frame_reports_absurd_nesting_as_malformed_instead_of_raising_recursion_error() -> None:
    with pytest.raises(ValueError):
        decode_frame(b"[" * 100_000 + b"]" * 100_000)
