"""Thread housekeeping over the app-server's typed methods: goals (``thread/goal/*``), stored git metadata
(``thread/metadata/update``), unsubscribing, deleting, and fuzzy file search.

The functions take the runtime and a thread id, so both :class:`~codex_runtime.Session` (through
:class:`ThreadHelpers`) and the blocking twins use the same code. Params are checked against the generated schema
before anything is sent.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final, Literal

from codex_runtime.errors import InvalidArgumentError
from codex_runtime.protocol import ClientRequests

if TYPE_CHECKING:
    from codex_runtime.protocol import types as t
    from codex_runtime.runtime.runtime import Runtime


class _Keep(enum.Enum):
    KEEP = "keep"


KEEP: Final = _Keep.KEEP
"""For :func:`update_git_metadata`: leave the stored value as it is (None clears it)."""

GoalStatus = Literal["active", "paused", "blocked", "usageLimited", "budgetLimited", "complete"]


async def set_goal(
    runtime: Runtime,
    thread_id: str,
    objective: str | None = None,
    *,
    status: GoalStatus | None = None,
    token_budget: int | None = None,
) -> t.ThreadGoal:
    """Set (or change) the thread's goal; fields left None keep their stored value. The goal back.

    Raises:
        InvalidArgumentError: nothing to set, a blank objective or a negative budget (nothing sent).
        RpcError, TransportError: thread/goal/set failed (e.g. no objective for a thread without a goal).
    """
    if objective is None and status is None and token_budget is None:
        raise InvalidArgumentError("set_goal needs an objective, a status or a token budget")
    if objective is not None and not objective.strip():
        raise InvalidArgumentError("a goal's objective must not be blank")
    if token_budget is not None and token_budget < 0:
        raise InvalidArgumentError(f"a token budget cannot be negative: {token_budget}")
    params: dict[str, object] = {"threadId": thread_id}
    for key, value in (("objective", objective), ("status", status), ("tokenBudget", token_budget)):
        if value is not None:
            params[key] = value
    result = await runtime.request_typed(ClientRequests.THREAD_GOAL_SET, params)
    return result.goal


async def get_goal(runtime: Runtime, thread_id: str) -> t.ThreadGoal | None:
    """The thread's goal, or None when it has none.

    Raises:
        RpcError, TransportError: thread/goal/get failed.
    """
    result = await runtime.request_typed(ClientRequests.THREAD_GOAL_GET, {"threadId": thread_id})
    return result.goal


async def clear_goal(runtime: Runtime, thread_id: str) -> bool:
    """Remove the thread's goal; False when it had none.

    Raises:
        RpcError, TransportError: thread/goal/clear failed.
    """
    result = await runtime.request_typed(ClientRequests.THREAD_GOAL_CLEAR, {"threadId": thread_id})
    return result.cleared


async def update_git_metadata(
    runtime: Runtime,
    thread_id: str,
    *,
    branch: str | _Keep | None = KEEP,
    sha: str | _Keep | None = KEEP,
    origin_url: str | _Keep | None = KEEP,
) -> t.Thread:
    """Patch the git metadata stored with the thread: a string replaces, None clears, :data:`KEEP` leaves it.
    The updated thread back.

    Raises:
        InvalidArgumentError: nothing to change, or an empty string (nothing sent).
        RpcError, TransportError: thread/metadata/update failed.
    """
    git_info: dict[str, str | None] = {}
    for key, value in (("branch", branch), ("sha", sha), ("originUrl", origin_url)):
        if value is KEEP:
            continue
        if value is not None and not value:
            raise InvalidArgumentError(f"{key} must be a non-empty string, None (clear) or KEEP")
        git_info[key] = value
    if not git_info:
        raise InvalidArgumentError("update_git_metadata needs branch, sha or origin_url")
    params = {"threadId": thread_id, "gitInfo": git_info}
    result = await runtime.request_typed(ClientRequests.THREAD_METADATA_UPDATE, params)
    return result.thread


async def unsubscribe(runtime: Runtime, thread_id: str) -> str:
    """Stop this connection's events for the thread: ``"unsubscribed"``, ``"notSubscribed"`` or ``"notLoaded"``.

    Raises:
        RpcError, TransportError: thread/unsubscribe failed.
    """
    result = await runtime.request_typed(ClientRequests.THREAD_UNSUBSCRIBE, {"threadId": thread_id})
    return str(result.status)


async def delete_thread(runtime: Runtime, thread_id: str) -> None:
    """Delete the thread and its stored rollout (it can no longer be resumed or read). Needs codex >= 0.144.4.

    Raises:
        UnsupportedByServerError: the connected codex is older (nothing sent).
        InvalidRequestError: no such thread ("no rollout found for thread id ...").
        RpcError, TransportError: thread/delete failed.
    """
    await runtime.request_typed(ClientRequests.THREAD_DELETE, {"threadId": thread_id})


async def fuzzy_file_search(runtime: Runtime, query: str, roots: Sequence[str]) -> list[t.FuzzyFileSearchResult]:
    """Files under ``roots`` whose path fuzzily matches ``query``, best first (``path`` relative to ``root``).

    Raises:
        InvalidArgumentError: a blank query or no roots (nothing sent).
        RpcError, TransportError: fuzzyFileSearch failed.
    """
    if not query.strip():
        raise InvalidArgumentError("a fuzzy file search needs a non-blank query")
    if isinstance(roots, str) or not roots:
        raise InvalidArgumentError("roots must be a non-empty sequence of directories")
    params = {"query": query, "roots": [str(root) for root in roots], "cancellationToken": None}
    result = await runtime.request_typed(ClientRequests.FUZZY_FILE_SEARCH, params)
    return list(result.files)


class ThreadHelpers:
    """Mixin for a session: the functions above on its own thread."""

    if TYPE_CHECKING:

        @property
        def thread_id(self) -> str: ...

        @property
        def runtime(self) -> Runtime: ...

    async def set_goal(
        self, objective: str | None = None, *, status: GoalStatus | None = None, token_budget: int | None = None
    ) -> t.ThreadGoal:
        """See :func:`set_goal`."""
        return await set_goal(self.runtime, self.thread_id, objective, status=status, token_budget=token_budget)

    async def goal(self) -> t.ThreadGoal | None:
        """See :func:`get_goal`."""
        return await get_goal(self.runtime, self.thread_id)

    async def clear_goal(self) -> bool:
        """See :func:`clear_goal`."""
        return await clear_goal(self.runtime, self.thread_id)

    async def update_git_metadata(
        self,
        *,
        branch: str | _Keep | None = KEEP,
        sha: str | _Keep | None = KEEP,
        origin_url: str | _Keep | None = KEEP,
    ) -> t.Thread:
        """See :func:`update_git_metadata`."""
        return await update_git_metadata(self.runtime, self.thread_id, branch=branch, sha=sha, origin_url=origin_url)

    async def unsubscribe(self) -> str:
        """See :func:`unsubscribe` (the session's turns need the events: ask again only after resuming)."""
        return await unsubscribe(self.runtime, self.thread_id)


__all__ = [
    "KEEP",
    "GoalStatus",
    "ThreadHelpers",
    "clear_goal",
    "delete_thread",
    "fuzzy_file_search",
    "get_goal",
    "set_goal",
    "unsubscribe",
    "update_git_metadata",
]
