"""Secrets out of anything we write down: RPC debug logs and transcripts share this one rule.

Two kinds of secret are replaced by :data:`REDACTED`:

- the value of a key that names a credential, at any depth: after lower-casing and dropping ``_``/``-``, a key
  ending in ``apikey``, ``token``, ``secret``, ``password``, ``accesskey`` or ``privatekey``, or one of
  ``authorization``, ``cookie``, ``setcookie`` (``account/login/start``'s ``apiKey`` and ``accessToken``,
  ``bearerToken``, ``secretAccessKey``). ``tokenUsage`` or ``inputTokens`` do not end in ``token``: kept;
- inside any string: a bearer token (``Bearer <x>``), an OpenAI-style key (``sk-...``) and an environment
  assignment whose name says key/token/secret/password (``OPENAI_API_KEY=...``), as a command line may carry;
  in a list (an argv), the item after one ending in ``Bearer``.

Pure and allocation-free when nothing matches (the same object comes back), so a transcript of a delta flood
copies nothing.
"""

from __future__ import annotations

import re
from typing import Any, Final

REDACTED: Final = "[REDACTED]"

_KEY_SUFFIXES: Final = ("apikey", "token", "secret", "password", "accesskey", "privatekey")
_KEY_NAMES: Final = frozenset({"authorization", "cookie", "setcookie", "proxyauthorization"})
_IN_TEXT: Final = re.compile(
    r"(?P<bearer>\b[Bb]earer\s+)[A-Za-z0-9._~+/=-]{8,}"
    r"|(?P<openai>\bsk-)[A-Za-z0-9_-]{12,}"
    r"|(?P<env>\b[A-Za-z0-9_]*(?:API_KEY|APIKEY|TOKEN|SECRET|PASSWORD)[A-Za-z0-9_]*\s*[=:]\s*)[^\s\"']+"
)
_QUICK: Final = re.compile(r"[Bb]earer|sk-|KEY|TOKEN|SECRET|PASSWORD")
"""A cheap first look: most strings (deltas) contain none of these and skip the full pattern."""


def is_secret_key(key: str) -> bool:
    """Whether a mapping key names a credential (see the module docstring)."""
    folded = key.lower().replace("_", "").replace("-", "")
    return folded in _KEY_NAMES or folded.endswith(_KEY_SUFFIXES)


def redact_text(text: str) -> str:
    """``text`` with bearer tokens, ``sk-`` keys and secret env assignments replaced."""
    if _QUICK.search(text) is None:
        return text
    return _IN_TEXT.sub(_keep_prefix, text)


def _keep_prefix(match: re.Match[str]) -> str:
    prefix = match.group("bearer") or match.group("openai") or match.group("env") or ""
    return prefix + REDACTED


def redact(value: Any) -> Any:
    """A copy of a JSON value with secrets replaced; ``value`` itself when there is nothing to replace."""
    if isinstance(value, str):
        return redact_text(value)
    if isinstance(value, dict):
        changed: dict[str, Any] | None = None
        for key, item in value.items():
            new = REDACTED if isinstance(key, str) and is_secret_key(key) and item is not None else redact(item)
            if new is not item:
                if changed is None:
                    changed = dict(value)
                changed[key] = new
        return value if changed is None else changed
    if isinstance(value, list):
        items = [redact(item) for item in value]
        for index in range(1, len(items)):  # an argv: ["curl", "-H", "Authorization: Bearer", "<token>"]
            before = items[index - 1]
            if isinstance(before, str) and before.lower().endswith("bearer") and isinstance(items[index], str):
                items[index] = REDACTED
        return value if all(a is b for a, b in zip(items, value, strict=True)) else items
    return value


__all__ = ["REDACTED", "is_secret_key", "redact", "redact_text"]
