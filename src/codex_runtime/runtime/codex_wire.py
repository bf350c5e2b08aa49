"""What codex app-server's wire needs beyond JSON-RPC, measured on the binary; handed to the generic RPC core.

- Every request carries ``params``: codex rejects a request without the member, so ``{}`` goes out for none.
- Success replies are serialised ``{"id":N,"result":...}`` (id first): enough to read, from the first bytes of a
  reply too large to keep, which request it answered, and fail that caller at once instead of at its deadline.
"""

from __future__ import annotations

import re

PARAMS_REQUIRED = True

_RESULT_HEAD = re.compile(rb'\s*\{\s*"id"\s*:\s*(-?\d+)\s*,\s*"result"\s*:')


def reply_id_of_head(head: bytes) -> int | None:
    """The request id of a codex success reply from its first bytes, or None when they do not show one."""
    match = _RESULT_HEAD.match(head)
    return int(match.group(1)) if match else None


__all__ = ["PARAMS_REQUIRED", "reply_id_of_head"]
