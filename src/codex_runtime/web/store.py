"""Where the web adapter keeps its sessions between runs: the :class:`SessionStore` interface, its rows, and
:class:`InMemorySessionStore` (nothing outlives the process; the default of :func:`~codex_runtime.web.create_app`).
The SQLite store, what ``codex-runtime serve --db PATH`` uses, is
:class:`~codex_runtime.web.sqlite_store.SqliteSessionStore`.

Stored: each session's tenant, ids, working directory, settings and state, its turn records (status, prompt,
answer, error, usage, timestamps) and its settled approvals. Never stored: bearer tokens (a session belongs to a
tenant *name*), pending approvals (they are declined when the app stops, and stored as declined), live event
streams.

The interface is small on purpose: one load at startup, then upserts and deletes keyed by ids, each its own
transaction. Another SQL database fits behind it by implementing these seven methods.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol, TypeVar

R = TypeVar("R")


@dataclass(frozen=True, kw_only=True)
class SessionRow:
    """One session. ``settings`` holds what is needed to resume its thread (approval policy, sandbox, model,
    effort, turn timeout); ``cwd`` is absolute, ``cwd_label`` relative to the workspace root it was created in."""

    session_id: str
    tenant: str
    thread_id: str
    cwd: str
    cwd_label: str
    settings: dict[str, Any]
    state: str
    created_at: float
    closed_at: float | None
    last_event_id: int
    first_prompt: str | None = None
    """Names the session in lists (kept when its turn is forgotten)."""


@dataclass(frozen=True, kw_only=True)
class TurnRow:
    """One turn record of a session."""

    session_id: str
    turn_id: str
    status: str
    prompt: str
    assistant_text: str
    error: dict[str, Any] | None
    usage: dict[str, Any] | None
    started_at: float
    ended_at: float | None


@dataclass(frozen=True, kw_only=True)
class ApprovalRow:
    """One settled approval (``status`` is never ``pending``); ``data`` is its JSON as the web API shows it."""

    session_id: str
    approval_id: str
    turn_id: str | None
    status: str
    data: dict[str, Any]
    settled_at: float


@dataclass(frozen=True, kw_only=True)
class StoredSession:
    """A session as loaded: its row, its turns (oldest first) and its settled approvals (oldest first)."""

    row: SessionRow
    turns: tuple[TurnRow, ...] = ()
    approvals: tuple[ApprovalRow, ...] = field(default_factory=tuple)


class SessionStore(Protocol):
    """Keeps web sessions across restarts. Every method is one transaction; writes are upserts by id."""

    async def open(self) -> None:
        """Create or migrate the storage.

        Raises:
            SessionStoreVersionError: it was written by a newer codex-runtime.
            SessionStoreError: it cannot be opened or is not a session store.
        """
        ...

    async def load(self) -> list[StoredSession]:
        """Every stored session (oldest first) with its turns and approvals."""
        ...

    async def save_session(self, row: SessionRow) -> None:
        """Insert or replace the session's row (its turns and approvals are untouched)."""
        ...

    async def save_turns(self, rows: Sequence[TurnRow]) -> None:
        """Insert or replace turn records (their session's row must exist)."""
        ...

    async def save_approvals(self, rows: Sequence[ApprovalRow]) -> None:
        """Insert or replace settled approvals (their session's row must exist)."""
        ...

    async def delete(self, session_id: str, turn_ids: Sequence[str] | None = None) -> None:
        """Forget the given turns of a session (and their approvals), or with ``turn_ids=None`` the whole session."""
        ...

    async def close(self) -> None:
        """Release the storage (idempotent)."""
        ...


class InMemorySessionStore:
    """A :class:`SessionStore` in a dict: survives a new app in the same process (tests), nothing more."""

    def __init__(self) -> None:
        self._sessions: dict[str, StoredSession] = {}

    async def open(self) -> None:
        return None

    async def load(self) -> list[StoredSession]:
        return [copy.deepcopy(stored) for stored in self._sessions.values()]

    async def save_session(self, row: SessionRow) -> None:
        old = self._sessions.get(row.session_id)
        self._sessions[row.session_id] = replace(old, row=row) if old else StoredSession(row=row)

    async def save_turns(self, rows: Sequence[TurnRow]) -> None:
        for row in rows:
            stored = self._sessions[row.session_id]
            self._sessions[row.session_id] = replace(
                stored, turns=_upserted(stored.turns, row, key=lambda turn: turn.turn_id)
            )

    async def save_approvals(self, rows: Sequence[ApprovalRow]) -> None:
        for row in rows:
            stored = self._sessions[row.session_id]
            self._sessions[row.session_id] = replace(
                stored, approvals=_upserted(stored.approvals, row, key=lambda approval: approval.approval_id)
            )

    async def delete(self, session_id: str, turn_ids: Sequence[str] | None = None) -> None:
        stored = self._sessions.get(session_id)
        if stored is None:
            return
        if turn_ids is None:
            del self._sessions[session_id]
            return
        gone = set(turn_ids)
        self._sessions[session_id] = replace(
            stored,
            turns=tuple(t for t in stored.turns if t.turn_id not in gone),
            approvals=tuple(a for a in stored.approvals if a.turn_id not in gone),
        )

    async def close(self) -> None:
        return None


def _upserted(rows: tuple[R, ...], row: R, key: Callable[[R], str]) -> tuple[R, ...]:
    """``rows`` with ``row`` in the place of the one with the same ``key``, or appended."""
    kept = {key(old): old for old in rows}
    kept[key(row)] = row
    return tuple(kept.values())


__all__ = ["ApprovalRow", "InMemorySessionStore", "SessionRow", "SessionStore", "StoredSession", "TurnRow"]
