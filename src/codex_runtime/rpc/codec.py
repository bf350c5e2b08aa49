"""Decoding inbound JSON-RPC frames (the fast parser when installed, the stdlib's results); encoding lives in
:mod:`.encoding`."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Final

fast_loads: Callable[[bytes], Any]
"""The fast parser :func:`decode_frame` tries first (the reader calls it directly, then ``decode_frame`` for what it
refuses)."""
try:  # the `fast` extra
    from orjson import loads as fast_loads
except ImportError:
    from pydantic_core import from_json as fast_loads
FAST_DECODER: Final = "orjson" if fast_loads.__module__ == "orjson" else "pydantic-core"
"""Which parser :func:`decode_frame` tries first: ``orjson`` when the ``fast`` extra is installed, else
pydantic-core's (a dependency already)."""


def decode_frame(frame: bytes) -> Any:
    """One inbound JSON frame, decoded exactly as ``json.loads`` would.

    The fast path is orjson (the ``fast`` extra: ~3.5x faster than ``json.loads`` per frame) or else pydantic-core's
    parser (a dependency already; ~2x). Both are stricter in a few corners (lone surrogate escapes, integers
    beyond 64 bits for orjson, deep nesting, NaN, and they report bad UTF-8 as ValueError), so anything the fast
    parser refuses goes through ``json.loads``, which keeps the stdlib's results and exception types
    (UnicodeDecodeError, ValueError).

    Raises:
        UnicodeDecodeError: the frame is not UTF-8.
        ValueError: the frame is not JSON, or is nested too deeply for ``json.loads`` (its RecursionError would
            otherwise escape the reader's per-frame handling and end the connection).
    """
    try:
        return fast_loads(frame)
    except ValueError:  # orjson's JSONDecodeError is a ValueError too
        pass
    try:
        return json.loads(frame)
    except RecursionError:
        raise ValueError("JSON nested too deeply") from None


def preview(frame: bytes, limit: int = 160) -> str:
    """A short, printable rendering of a frame for logs."""
    text = frame[:limit].decode("utf-8", "backslashreplace")
    return text + (f"... ({len(frame)} bytes)" if len(frame) > limit else "")
