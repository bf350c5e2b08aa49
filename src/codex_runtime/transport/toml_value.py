"""Encode Python values as TOML values, for ``codex -c key=<TOML value>`` overrides."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence

from codex_runtime.errors import InvalidArgumentError

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}
_NEEDS_ESCAPE = re.compile(r'["\\\x00-\x1f\x7f]')


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    return _ESCAPES.get(char) or f"\\u{ord(char):04x}"


def _string(value: str) -> str:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InvalidArgumentError(f"string is not valid Unicode (lone surrogate?): {value!r}") from exc
    return '"' + _NEEDS_ESCAPE.sub(_escape, value) + '"'


def toml_key(key: object) -> str:
    if not isinstance(key, str):
        raise TypeError(f"TOML table keys must be str, not {type(key).__name__}")
    return key if _BARE_KEY.fullmatch(key) else _string(key)


def encode_toml_value(value: object) -> str:
    """``value`` as one inline TOML value: str, bool, int, float, lists/tuples and mappings of those.

    Raises:
        TypeError: a value TOML cannot express (``None``, bytes, arbitrary objects) or a non-str table key.
        ValueError: a string that is not valid Unicode (a lone surrogate).
    """
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, bool):  # before int: bool is an int subclass
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, Mapping):
        items = ", ".join(f"{toml_key(k)} = {encode_toml_value(v)}" for k, v in value.items())
        return "{" + items + "}" if items else "{}"
    if isinstance(value, Sequence) and not isinstance(value, bytes | bytearray | memoryview):
        return "[" + ", ".join(encode_toml_value(v) for v in value) + "]"
    raise TypeError(f"cannot encode {type(value).__name__} as a TOML value")


def config_override_args(overrides: Mapping[str, object]) -> list[str]:
    """``["-c", "key=<TOML value>", ...]`` for each override, in order.

    Raises:
        ValueError: an empty key, or a key containing ``=`` or a control character (codex splits on the first
            ``=``); a string value that is not valid Unicode.
        TypeError: a value TOML cannot express.
    """
    args: list[str] = []
    for key, value in overrides.items():
        if not key or "=" in key or any(ord(c) < 0x20 for c in key):
            raise InvalidArgumentError(f"invalid config override key: {key!r}")
        args += ["-c", f"{key}={encode_toml_value(value)}"]
    return args
