"""Web sessions rebuilt from the store after a restart: :func:`restored_session`.

A restored session looks like a live one: the same ids, state, settings and turn records, and its event log
starts with a summary a page can render the usual way (``session_restored``, then per turn ``turn_started``, its
settled approvals as ``approval_restored``, and its end event, each marked ``"restored": true``). Its thread is
not resumed until its first action. A turn that was still running when the previous app died is recorded as
interrupted (the app-server that ran it is gone); approvals that were pending then were never stored, and those
declined at a graceful stop come back as declined.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any, cast

from codex_runtime import _defaults
from codex_runtime.api.profiles import SessionConfig, reasoning_effort
from codex_runtime.errors import InvalidArgumentError
from codex_runtime.web.approvals import RestoredApproval
from codex_runtime.web.journal import SessionJournal
from codex_runtime.web.sessions import WebSession
from codex_runtime.web.settings import APPROVAL_POLICIES, SANDBOXES, WebSettings
from codex_runtime.web.store import StoredSession, TurnRow
from codex_runtime.web.turns import TurnRecord, TurnStatus
from codex_runtime.web.upstream import Resumer

STOPPED_MID_TURN: dict[str, Any] = {
    "error_type": "ServerStopped",
    "message": "the web server stopped while this turn was running",
}
_END_EVENTS: dict[str, str] = {
    "completed": "turn_completed",
    "failed": "turn_failed",
    "interrupted": "turn_interrupted",
}


def session_config(settings: dict[str, Any], cwd: str) -> SessionConfig:
    """The :class:`SessionConfig` a stored session is resumed with (as the create route builds it).

    Raises:
        InvalidArgumentError: the stored settings do not make a valid config.
    """
    sandbox = settings.get("sandbox")
    policy = settings.get("approval_policy")
    # Only what the create route can make: an edited database must not smuggle in a wider sandbox.
    if sandbox not in SANDBOXES or policy not in APPROVAL_POLICIES:
        raise InvalidArgumentError(
            f"stored sandbox {sandbox!r} / approval policy {policy!r} is not one the web adapter makes"
        )
    model = settings.get("model")
    return SessionConfig(
        cwd=cwd,
        approval_policy=next(known for known in APPROVAL_POLICIES if known == policy),  # as its Literal type
        sandbox="workspace-write" if sandbox == "workspace-write" else "read-only",
        allow_privileged_escalation=sandbox != "read-only",
        model=None if model is None else str(model),
        effort=reasoning_effort(settings.get("effort", "medium")),
        timeout=float(settings.get("timeout") or _defaults.TURN_TIMEOUT),
    )


def _turn(row: TurnRow) -> tuple[TurnRecord, bool]:
    """The turn record of ``row``, and whether it had to be corrected (it was still running)."""
    turn = TurnRecord(row.turn_id, row.prompt, started_at=row.started_at)
    if row.status in _END_EVENTS:
        turn.finish(
            cast(TurnStatus, row.status),
            assistant_text=row.assistant_text,
            error=row.error,
            usage=row.usage,
            ended_at=row.ended_at,
        )
        return turn, False
    turn.finish("interrupted", assistant_text=row.assistant_text, error=dict(STOPPED_MID_TURN), ended_at=time.time())
    return turn, True


def restored_session(
    stored: StoredSession, *, settings: WebSettings, journal: SessionJournal, resume: Resumer
) -> tuple[WebSession, list[TurnRow], list[str]]:
    """The web session of ``stored``, the turn rows it corrected (to write back) and the ids of the turns it
    dropped beyond ``settings.max_turns_kept`` (to delete).

    Raises:
        InvalidArgumentError: the stored settings do not make a valid config.
    """
    row = stored.row
    config = session_config(row.settings, row.cwd)
    web = WebSession(
        tenant=row.tenant,
        thread_id=row.thread_id,
        config=config,
        settings=settings,
        cwd_label=row.cwd_label,
        journal=journal,
        resume=resume,
        created_at=row.created_at,
        events_after=row.last_event_id,
    )
    web.first_prompt = (
        row.first_prompt if row.first_prompt is not None else next((turn.prompt for turn in stored.turns), None)
    )
    kept_rows = stored.turns[-settings.max_turns_kept :]
    dropped = [turn.turn_id for turn in stored.turns[: len(stored.turns) - len(kept_rows)]]
    kept_ids = {turn.turn_id for turn in kept_rows}
    approvals = web.approvals.restore([a for a in stored.approvals if a.turn_id is None or a.turn_id in kept_ids])
    publish = web.events.publish
    publish(
        "session_restored",
        {
            "approval_policy": config.approval_policy,
            "sandbox": config.sandbox,
            "cwd": row.cwd_label,
            "turns": len(kept_rows),
        },
    )
    _publish_approvals(web, [a for a in approvals if a.turn_id is None])
    corrected: list[TurnRow] = []
    for turn_row in kept_rows:
        turn, changed = _turn(turn_row)
        web.turns[turn.turn_id] = turn
        if changed:
            corrected.append(turn.to_row(web.id))
        publish("turn_started", {"prompt": turn.prompt, "restored": True}, turn_id=turn.turn_id)
        _publish_approvals(web, [a for a in approvals if a.turn_id == turn.turn_id])
        if turn.status == "completed":
            end = {"status": "completed", "assistant_text": turn.assistant_text, "usage": turn.usage}
        else:
            end = dict(turn.error or {})
        publish(_END_EVENTS[turn.status], {**end, "restored": True}, turn_id=turn.turn_id)
    if row.state == "closed":
        web.state = "closed"
        web.closed_at = row.closed_at
        publish("session_closed", {"restored": True})
        web.events.end()
    return web, corrected, dropped


def _publish_approvals(web: WebSession, approvals: Sequence[RestoredApproval]) -> None:
    for approval in approvals:
        web.events.publish(
            "approval_restored", {"approval": approval.to_json(), "restored": True}, turn_id=approval.turn_id
        )


__all__ = ["STOPPED_MID_TURN", "restored_session", "session_config"]
