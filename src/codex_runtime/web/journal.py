"""``SessionJournal``: how web sessions write their changes to the :class:`~codex_runtime.web.store.SessionStore`,
and what a session's rows are (:func:`session_row`, :func:`approval_rows`; turn rows come from the turn record).

A failed write is logged and counted, never raised into the HTTP request or turn that caused it: the session goes
on in memory (the store is a record of it, not its owner), and ``failures`` / ``last_error`` tell an operator.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Mapping, Sequence
from typing import Any, Protocol

from codex_runtime.api.profiles import SessionConfig
from codex_runtime.web.approvals import ApprovalQueue
from codex_runtime.web.events import ReplayBuffer
from codex_runtime.web.store import ApprovalRow, SessionRow, SessionStore, TurnRow

logger = logging.getLogger("codex_runtime.web")


class JournaledSession(Protocol):
    """What the journal reads of a :class:`codex_runtime.web.sessions.WebSession` (named here, not imported:
    the session module writes through this one)."""

    id: str
    tenant: str
    cwd_label: str
    first_prompt: str | None
    created_at: float
    closed_at: float | None
    events: ReplayBuffer
    approvals: ApprovalQueue

    @property
    def state(self) -> str: ...

    @property
    def config(self) -> SessionConfig: ...

    @property
    def turns(self) -> Mapping[str, Any]: ...


def session_row(web: JournaledSession) -> SessionRow:
    """The stored row of ``web``: what resuming its thread needs, never a token."""
    config = web.config
    return SessionRow(
        session_id=web.id,
        tenant=web.tenant,
        thread_id=web.id,
        cwd=config.cwd,
        cwd_label=web.cwd_label,
        settings={
            "approval_policy": config.approval_policy,
            "sandbox": config.sandbox,
            "model": config.model,
            "effort": config.effort,
            "timeout": config.timeout,
        },
        state="closed" if web.state == "closed" else "open",  # a close cut short left the thread open
        created_at=web.created_at,
        closed_at=web.closed_at,
        last_event_id=web.events.last_id,
        first_prompt=web.first_prompt,
    )


def approval_rows(web: JournaledSession) -> list[ApprovalRow]:
    """The settled approvals of ``web`` that belong to a turn it keeps (or to none)."""
    kept = web.turns.keys()
    rows = []
    for approval in web.approvals.settled():
        data = approval.to_json()
        turn_id = data.get("turn_id")
        if turn_id is None or turn_id in kept:
            rows.append(
                ApprovalRow(
                    session_id=web.id,
                    approval_id=approval.id,
                    turn_id=turn_id,
                    status=approval.status,
                    data=data,
                    settled_at=approval.settled_at or time.time(),
                )
            )
    return rows


class SessionJournal:
    """Write-through to a store; see the module docstring."""

    def __init__(self, store: SessionStore) -> None:
        self.store = store
        self.failures = 0
        """Writes that failed so far."""
        self.last_error: str | None = None

    async def _write(self, what: str, write: Awaitable[None]) -> None:
        try:
            await write
        except Exception as exc:  # a full disk must not fail a turn that already happened
            self.failures += 1
            self.last_error = f"{what}: {exc}"
            logger.exception("the session store could not save %s", what)

    async def session(self, row: SessionRow) -> None:
        await self._write(f"session {row.session_id}", self.store.save_session(row))

    async def save(self, web: JournaledSession) -> None:
        """The session's row, then its settled approvals."""
        await self.session(session_row(web))
        await self.approvals(approval_rows(web))

    async def turns(self, rows: Sequence[TurnRow]) -> None:
        if rows:
            await self._write(f"turns of session {rows[0].session_id}", self.store.save_turns(rows))

    async def approvals(self, rows: Sequence[ApprovalRow]) -> None:
        if rows:
            await self._write(f"approvals of session {rows[0].session_id}", self.store.save_approvals(rows))

    async def forget(self, session_id: str, turn_ids: Sequence[str] | None = None) -> None:
        """Delete the given turns of a session, or the whole session (``turn_ids=None``)."""
        if turn_ids is None or turn_ids:
            await self._write(f"deletion in session {session_id}", self.store.delete(session_id, turn_ids))


__all__ = ["JournaledSession", "SessionJournal", "approval_rows", "session_row"]
