"""Encoding outgoing JSON-RPC messages, refusing what the server would silently drop.

Apart from the decoder (:mod:`.codec`) because a one-shot process encodes its ``initialize`` before it imports
anything else (see :mod:`codex_runtime.runtime.handshake`), and the decoder's orjson pulls in datetime, uuid and
platform.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from codex_runtime.errors import InvalidOutgoingMessageError

# ensure_ascii=False keeps lone surrogates as-is in the str, so the UTF-8 encode below trips on them (keys and
# values, at any depth) for free; ensure_ascii=True would escape them to "\ud800" and the server would then drop
# the whole request without a reply.
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode


def encode_message(message: Mapping[str, Any]) -> bytes:
    """One compact UTF-8 JSON frame for ``message`` (no trailing newline).

    Raises:
        InvalidOutgoingMessageError: a lone UTF-16 surrogate anywhere in the message, NaN/Infinity, or a value
            JSON cannot express. Nothing was written.
    """
    try:
        text = _encode(message)
    except (TypeError, ValueError) as exc:
        raise InvalidOutgoingMessageError(f"message is not valid JSON: {exc}") from exc
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as exc:
        where = text[max(0, exc.start - 40) : exc.start + 40]
        raise InvalidOutgoingMessageError(
            f"message contains a lone UTF-16 surrogate (app-server would drop it without a reply): ...{where!a}..."
        ) from None


__all__ = ["encode_message"]
