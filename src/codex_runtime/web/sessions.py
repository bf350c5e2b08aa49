"""A web session: a :class:`~codex_runtime.Session` owned by one tenant, its turns, event log and approval queue.
(Turn records: :mod:`codex_runtime.web.turns`; the registry and workspace policy: :mod:`codex_runtime.web.registry`;
the codex Session behind it, resumed on first use: :mod:`codex_runtime.web.upstream`.)

A turn start returns as soon as turn/start succeeded; a background task per turn consumes the turn's
:class:`~codex_runtime.PromptRunStream` and publishes every event to the session's :class:`ReplayBuffer`. One turn
runs at a time per session (a second start is a 409, never a silent wait).

Close is a state machine ``open -> closing -> closed``: the running turn is interrupted (bounded wait), open
approvals are withdrawn, then the thread is archived. If archiving fails, the session goes back to ``open`` with a
fresh :class:`Session` handle on the same thread (a Session caches its close outcome), so close can be retried.

Every change worth keeping (the session's state, a turn's start and end, settled approvals) goes through the
:class:`~codex_runtime.web.journal.SessionJournal` before it is announced. A session restored from the store
(:mod:`codex_runtime.web.restore`) has no :class:`Session` yet: its first action (a turn, a close) resumes the
thread through the registry's ``Resumer``, with the same thread id.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from codex_runtime.api.profiles import SessionConfig
from codex_runtime.api.prompt_run import PromptRunStream
from codex_runtime.api.session import Session
from codex_runtime.errors import CodexRuntimeError
from codex_runtime.runtime.server_requests import PendingServerRequest
from codex_runtime.web.approvals import ApprovalQueue
from codex_runtime.web.errors import WebError, upstream_error
from codex_runtime.web.events import ReplayBuffer
from codex_runtime.web.journal import SessionJournal
from codex_runtime.web.serialize import clip, error_payload, event_payload
from codex_runtime.web.settings import WebSettings
from codex_runtime.web.turns import PROMPT_PREVIEW_CHARS, SessionState, TurnRecord, TurnStatus
from codex_runtime.web.upstream import Resumer, Upstream

logger = logging.getLogger("codex_runtime.web")

_TERMINAL: dict[str, TurnStatus] = {
    "turn_completed": "completed",
    "turn_failed": "failed",
    "turn_interrupted": "interrupted",
}


class WebSession:
    """One tenant's session; see the module docstring. Made by :meth:`started` (a new thread) or by
    :func:`~codex_runtime.web.restore.restored_session` (a stored one, resumed on first use)."""

    def __init__(
        self,
        *,
        tenant: str,
        thread_id: str,
        config: SessionConfig,
        settings: WebSettings,
        cwd_label: str,
        journal: SessionJournal,
        resume: Resumer | None = None,
        created_at: float | None = None,
        events_after: int = 0,
    ) -> None:
        self.id = thread_id
        self.tenant = tenant
        self.settings = settings
        self.cwd_label = cwd_label
        self.created_at = time.time() if created_at is None else created_at
        self.closed_at: float | None = None
        self.state: SessionState = "open"
        self.events = ReplayBuffer(self.id, settings.replay_buffer_size, start_after=events_after)
        self.approvals = ApprovalQueue(
            self.id, self.events, capacity=settings.max_pending_approvals, pending_requests=self._pending_requests
        )
        self.turns: OrderedDict[str, TurnRecord] = OrderedDict()
        self.first_prompt: str | None = None  # names the session in lists; kept when old turns are forgotten
        self.active: TurnRecord | None = None
        self.subscribers = 0
        self._config = config
        self._journal = journal
        self._upstream = Upstream(thread_id, config, self.approvals, resume=resume, on_resumed=self._resumed)
        self._starting = False
        self._close_lock = asyncio.Lock()

    @classmethod
    def started(
        cls, *, tenant: str, session: Session, settings: WebSettings, cwd_label: str, journal: SessionJournal
    ) -> WebSession:
        """The web session of a thread just started."""
        web = cls(
            tenant=tenant,
            thread_id=session.thread_id,
            config=session.config,
            settings=settings,
            cwd_label=cwd_label,
            journal=journal,
        )
        web._upstream.attach(session)
        config = session.config
        web.events.publish(
            "session_created",
            {"approval_policy": config.approval_policy, "sandbox": config.sandbox, "cwd": cwd_label},
        )
        return web

    def _pending_requests(self) -> Sequence[PendingServerRequest]:
        return self._upstream.pending_requests()

    def _resumed(self) -> None:
        self.events.publish("session_resumed", {"thread_id": self.id})

    async def save(self) -> None:
        """Write the session's row and settled approvals (turns are written as they start and end)."""
        await self._journal.save(self)

    @property
    def config(self) -> SessionConfig:
        return self._config

    # --- turns ---------------------------------------------------------------------------------------------

    def _check_open(self) -> None:
        if self.state != "open":
            raise WebError(409, f"the session is {self.state}")

    def turn(self, turn_id: str) -> TurnRecord:
        """A turn of this session.

        Raises:
            WebError: 404, no such turn here (or forgotten: only the latest turns are kept).
        """
        turn = self.turns.get(turn_id)
        if turn is None:
            raise WebError(404, "no such turn in this session")
        return turn

    async def start_turn(self, prompt: str) -> TurnRecord:
        """Start a turn and return at once; a background task publishes its events.

        Raises:
            WebError: 409 when the session is not open or a turn is running; upstream errors as mapped.
        """
        self._check_open()
        if self.active is not None or self._starting:
            raise WebError(409, "a turn is already running in this session; wait, interrupt or steer it")
        self._starting = True
        try:
            session = await self._upstream.live()
            stream = await session.ask_stream(prompt)
        except CodexRuntimeError as exc:
            raise upstream_error(exc, "starting the turn") from exc
        finally:
            self._starting = False
        turn = TurnRecord(stream.turn_id, prompt)
        turn.stream = stream
        forgotten = self._remember(turn)
        self.active = turn
        self.events.publish("turn_started", {"prompt": turn.prompt}, turn_id=turn.turn_id)
        # No await between turn/start and the consumer task: a cancelled request must not orphan a running turn.
        turn.task = asyncio.get_running_loop().create_task(
            self._consume(turn, stream, forgotten), name=f"web-turn-{turn.turn_id}"
        )
        return turn

    def _remember(self, turn: TurnRecord) -> list[str]:
        """Keep ``turn``; returns the ids of the oldest finished turns forgotten to stay within the bound."""
        if self.first_prompt is None:
            self.first_prompt = turn.prompt
        self.turns[turn.turn_id] = turn
        forgotten: list[str] = []
        while len(self.turns) > self.settings.max_turns_kept:
            oldest = next(iter(self.turns.values()))
            if oldest.status == "running":
                break
            forgotten.append(self.turns.popitem(last=False)[0])
        return forgotten

    async def _consume(self, turn: TurnRecord, stream: PromptRunStream, forgotten: Sequence[str] = ()) -> None:
        """Publish the turn's events until it ends; the turn's records are written here, in order."""
        limit = self.settings.max_event_string_chars
        try:
            async with stream:  # leaving early (cancellation) interrupts the turn
                await self._journal.forget(self.id, forgotten)
                await self._journal.turns([turn.to_row(self.id)])
                async for event in stream:
                    payload = event_payload(event, limit)
                    if payload is None:
                        continue
                    kind, data = payload
                    status = _TERMINAL.get(kind)
                    if status == "completed":
                        usage = data.get("usage")
                        turn.finish(
                            status,
                            assistant_text=str(data.get("assistant_text", "")),
                            usage=usage if isinstance(usage, dict) else None,
                        )
                    elif status is not None:
                        turn.finish(status, error=data)
                    if status is not None:
                        self._release(turn)  # free for the next turn before anyone hears that this one ended
                        await self._journal.turns([turn.to_row(self.id)])  # stored before it is announced
                    self.events.publish(kind, data, turn_id=turn.turn_id)
        except asyncio.CancelledError:
            await self._end_abnormally(
                turn, "interrupted", {"error_type": "Cancelled", "message": "the web app stopped"}
            )
            raise
        except CodexRuntimeError as exc:  # our deadline (the turn was interrupted) or a dead connection
            await self._end_abnormally(turn, "failed", error_payload(exc))
        except Exception as exc:  # a bug here must not leave the session stuck with a "running" turn
            logger.exception("consuming turn %s failed", turn.turn_id)
            await self._end_abnormally(turn, "failed", error_payload(exc))
        finally:
            self._release(turn)
            await self.approvals.withdraw(turn.turn_id)
            await self.save()

    async def _end_abnormally(self, turn: TurnRecord, status: TurnStatus, error: dict[str, Any]) -> None:
        if turn.status == "running":
            turn.finish(status, error=error)
            self._release(turn)
            await self._journal.turns([turn.to_row(self.id)])
            self.events.publish(
                "turn_failed" if status == "failed" else "turn_interrupted", error, turn_id=turn.turn_id
            )

    def _release(self, turn: TurnRecord) -> None:
        if self.active is turn:
            self.active = None

    def _running(self, turn_id: str) -> TurnRecord:
        self._check_open()
        turn = self.turn(turn_id)
        if turn.status != "running":
            raise WebError(409, f"the turn is {turn.status}, not running")
        return turn

    async def interrupt(self, turn_id: str) -> TurnRecord:
        """Ask the server to interrupt a running turn (it then ends ``interrupted``).

        Raises:
            WebError: 404 unknown turn, 409 not running; upstream errors as mapped.
        """
        turn = self._running(turn_id)
        try:
            await self._request_interrupt(turn)
        except CodexRuntimeError as exc:
            raise upstream_error(exc, "interrupting the turn") from exc
        self.events.publish("turn_interrupt_requested", {}, turn_id=turn_id)
        return turn

    async def _request_interrupt(self, turn: TurnRecord) -> None:
        """turn/interrupt through the turn's stream, which re-sends it if the server did not count the turn as
        active yet (see :meth:`~codex_runtime.PromptRunStream.request_interrupt`).

        Raises:
            CodexRuntimeError: the request failed otherwise.
        """
        if turn.stream is not None:
            await turn.stream.request_interrupt()

    async def steer(self, turn_id: str, prompt: str) -> str:
        """Add input to a running turn; returns the turn id the server reports.

        Raises:
            WebError: 404 unknown turn, 409 not running (or the server refused); upstream errors as mapped.
        """
        self._running(turn_id)
        session = self._upstream.session
        if session is None:  # a running turn implies a live session; kept for the type checker
            raise WebError(409, "the session's thread is not resumed")
        try:
            response = await session.runtime.turn_steer(self.id, turn_id, prompt)
        except CodexRuntimeError as exc:
            raise upstream_error(exc, "steering the turn") from exc
        self.events.publish("turn_steered", {"prompt": clip(prompt, PROMPT_PREVIEW_CHARS)}, turn_id=turn_id)
        return str(response.turn_id)

    # --- closing ---------------------------------------------------------------------------------------------

    async def close(self) -> None:
        """Interrupt, withdraw approvals, archive; idempotent once closed.

        Raises:
            WebError: 502 when archiving failed (the session is open again; retry).
        """
        async with self._close_lock:
            if self.state == "closed":
                return
            session = await self._upstream.live()  # a restored thread is resumed to be archived
            self.state = "closing"
            self.events.publish("session_closing", {})
            await self._stop_turn()
            await self.approvals.close()
            try:
                await session.close()
            except CodexRuntimeError as exc:
                # A Session caches its close outcome: continue on a fresh handle of the same (still loaded) thread.
                self._upstream.replace(Session(session.supervisor, self.id, session.config))
                self.approvals.reopen()
                self.state = "open"
                self.events.publish("session_close_failed", error_payload(exc))
                raise WebError(
                    502, f"archiving the thread failed ({exc}); the session is open again, retry the close"
                ) from exc
            self.state = "closed"
            self.closed_at = time.time()
            self._upstream.release()
            self.events.publish("session_closed", {})
            await self.save()
            self.events.end()

    async def _stop_turn(self) -> None:
        turn = self.active
        if turn is None:
            return
        with contextlib.suppress(CodexRuntimeError, TimeoutError):
            await asyncio.wait_for(self._request_interrupt(turn), self.settings.close_turn_grace)
        await turn.wait(self.settings.close_turn_grace)
        if turn.task is not None and not turn.task.done():
            turn.task.cancel()
            with contextlib.suppress(asyncio.CancelledError, TimeoutError):
                await asyncio.wait_for(turn.task, self.settings.close_turn_grace)

    async def shutdown(self) -> None:
        """The app is stopping: decline the open approvals, stop the turn task (which interrupts the turn), end
        streams, write the session's last state. The thread is not archived (it is resumed after a restart)."""
        await self.approvals.close()  # first: the interrupt below would leave them "resolved", not declined
        turn = self.active
        if turn is not None and turn.task is not None and not turn.task.done():
            turn.task.cancel()
            with contextlib.suppress(asyncio.CancelledError, TimeoutError):
                await asyncio.wait_for(turn.task, self.settings.close_turn_grace)
        self._upstream.release()
        await self.save()
        self.events.end()

    def to_json(self, *, with_turns: bool = True) -> dict[str, Any]:
        config = self.config
        return {
            "session_id": self.id,
            "thread_id": self.id,
            "state": self.state,
            "cwd": self.cwd_label,
            "first_prompt": self.first_prompt,
            "approval_policy": config.approval_policy,
            "sandbox": config.sandbox,
            "model": config.model,
            "effort": config.effort,
            "created_at": self.created_at,
            "closed_at": self.closed_at,
            "active_turn_id": self.active.turn_id if self.active is not None else None,
            "pending_approvals": len(self.approvals.pending()),
            "last_event_id": self.events.last_id,
            "turns": [turn.to_json() for turn in self.turns.values()] if with_turns else [],
        }


__all__ = ["Resumer", "WebSession"]
