"""decode_frame: a fast parser (orjson with the ``fast`` extra, else pydantic-core) with json.loads's results and
exception types in every corner; both fast parsers are exercised whichever is installed."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from typing import Any

import orjson
import pytest
from pydantic_core import from_json

from codex_runtime.rpc import codec
from codex_runtime.rpc.codec import decode_frame


@pytest.fixture(params=["orjson", "pydantic-core"])
def fast_parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    loads: Callable[[bytes], Any] = orjson.loads if request.param == "orjson" else from_json
    monkeypatch.setattr(codec, "fast_loads", loads)
    yield request.param


@pytest.mark.parametrize(
    "frame",
    [
        b'{"method":"item/agentMessage/delta","params":{"threadId":"t","delta":" hi \\u00e9"}}',
        b'  {"id": 1, "result": {"big": 123456789012345678901234567890, "f": 0.1, "e": 1e400}}  ',
        b'{"a": "\\ud800"}',  # a lone surrogate escape: the fast parsers refuse it, json.loads keeps it
        b"[" * 500 + b"]" * 500,  # deeper than pydantic-core's recursion limit
        b'{"a": 1, "a": 2}',
        b'{"u64": 18446744073709551615, "i64": -9223372036854775808}',  # what a Rust server can send
        b'{"n": NaN, "inf": Infinity}',
    ],
)
def test_decode_frame_returns_what_json_loads_returns(fast_parser: str, frame: bytes) -> None:
    assert repr(decode_frame(frame)) == repr(json.loads(frame))  # repr: NaN != NaN, and 1 == 1.0 would hide a float


def test_integers_beyond_64_bits_stay_exact_with_pydantic_core(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(codec, "fast_loads", from_json)
    assert decode_frame(b'{"big": 123456789012345678901234567890}') == {"big": 123456789012345678901234567890}


def test_decode_frame_raises_unicode_decode_error_for_invalid_utf8(fast_parser: str) -> None:
    with pytest.raises(UnicodeDecodeError):
        decode_frame(b'{"a": "\xff"}')


@pytest.mark.parametrize("frame", [b"{", b'{"a": 1} trailing', b"", b"nope"])
def test_decode_frame_raises_value_error_for_malformed_json(fast_parser: str, frame: bytes) -> None:
    with pytest.raises(ValueError):
        decode_frame(frame)


def test_decode_frame_reports_absurd_nesting_as_malformed_instead_of_raising_recursion_error(
    fast_parser: str,
) -> None:
    with pytest.raises(ValueError):
        decode_frame(b"[" * 100_000 + b"]" * 100_000)


def test_orjson_is_the_fast_parser_when_installed_and_pydantic_core_without_it() -> None:
    assert codec.FAST_DECODER == "orjson"  # the dev environment installs the `fast` extra
    code = (
        "import sys\n"
        "sys.modules['orjson'] = None  # as if the fast extra were not installed\n"
        "from codex_runtime.rpc import codec\n"
        'print(codec.FAST_DECODER, codec.decode_frame(b\'{"id": 1, "result": {"ok": true}}\'))\n'
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == "pydantic-core {'id': 1, 'result': {'ok': True}}"
