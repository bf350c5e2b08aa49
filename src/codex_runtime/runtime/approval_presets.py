"""Ready-made approval handlers. The default (no handler) already declines at the deadline; these make a policy
explicit.

- :func:`decline_all`: decline every request at once (the default behaviour, without waiting for the deadline).
- :func:`approve_all`: accept every approval. Only by an explicit call; never a default.
- :func:`allow_if`: accept when ``predicate(request)`` is true, decline otherwise (a raising predicate declines).
"""

from __future__ import annotations

from collections.abc import Callable

from codex_runtime.runtime.decisions import APPROVAL_METHODS, Decision
from codex_runtime.runtime.handlers import Handler
from codex_runtime.runtime.pending import PendingServerRequest
from codex_runtime.runtime.user_code import call_user

Predicate = Callable[[PendingServerRequest], object]
"""Truthy to accept; sync, or async (its awaited result counts)."""


def decline_all() -> Callable[[PendingServerRequest], Decision]:
    """A handler declining everything (fail closed) immediately."""

    def handler(_request: PendingServerRequest) -> Decision:
        return "decline"

    return handler


def approve_all(*, for_session: bool = False) -> Callable[[PendingServerRequest], Decision]:
    """A handler accepting every approval request (``accept_for_session`` when ``for_session``). Requests that
    are not approvals (user input, tool calls, token refresh) are still declined."""
    decision: Decision = "accept_for_session" if for_session else "accept"

    def handler(request: PendingServerRequest) -> Decision:
        return decision if request.method in APPROVAL_METHODS else "decline"

    return handler


def allow_if(predicate: Predicate) -> Handler:
    """Accept an approval when ``predicate(request)`` is true; decline otherwise. The predicate may be sync (run in
    a worker thread) or async (a function, or an object with ``async def __call__``)."""

    async def handler(request: PendingServerRequest) -> Decision:
        if request.method not in APPROVAL_METHODS:
            return "decline"
        return "accept" if await call_user(predicate, request) else "decline"

    return handler


__all__ = ["allow_if", "approve_all", "decline_all"]
