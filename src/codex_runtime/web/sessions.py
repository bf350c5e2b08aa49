"""A web session: a :class:`~codex_runtime.Session` owned by one tenant, its turns, event log and approval queue.
(Turn records: :mod:`codex_runtime.web.turns`; the registry and workspace policy: :mod:`codex_runtime.web.registry`.)

A turn start returns as soon as turn/start succeeded; a background task per turn consumes the turn's
:class:`~codex_runtime.PromptRunStream` and publishes every event to the session's :class:`ReplayBuffer`. One turn
runs at a time per session (a second start is a 409, never a silent wait).

Close is a state machine ``open -> closing -> closed``: the running turn is interrupted (bounded wait), open
approvals are withdrawn, then the thread is archived. If archiving fails, the session goes back to ``open`` with a
fresh :class:`Session` handle on the same thread (a Session caches its close outcome), so close can be retried.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import OrderedDict
from typing import Any

from codex_runtime.api.profiles import SessionConfig
from codex_runtime.api.prompt_run import PromptRunStream
from codex_runtime.api.session import Session
from codex_runtime.errors import CodexRuntimeError
from codex_runtime.web.approvals import ApprovalQueue
from codex_runtime.web.errors import WebError, upstream_error
from codex_runtime.web.events import ReplayBuffer
from codex_runtime.web.serialize import clip, error_payload, event_payload
from codex_runtime.web.settings import WebSettings
from codex_runtime.web.turns import PROMPT_PREVIEW_CHARS, SessionState, TurnRecord, TurnStatus

logger = logging.getLogger("codex_runtime.web")

_TERMINAL: dict[str, TurnStatus] = {
    "turn_completed": "completed",
    "turn_failed": "failed",
    "turn_interrupted": "interrupted",
}


class WebSession:
    """One tenant's session; see the module docstring."""

    def __init__(self, *, tenant: str, session: Session, settings: WebSettings, cwd_label: str) -> None:
        self.id = session.thread_id
        self.tenant = tenant
        self.settings = settings
        self.cwd_label = cwd_label
        self.created_at = time.time()
        self.closed_at: float | None = None
        self.state: SessionState = "open"
        self.events = ReplayBuffer(self.id, settings.replay_buffer_size)
        runtime = session.runtime
        self.approvals = ApprovalQueue(
            self.id,
            self.events,
            capacity=settings.max_pending_approvals,
            pending_requests=lambda: runtime.pending_server_requests(self.id),
        )
        self.turns: OrderedDict[str, TurnRecord] = OrderedDict()
        self.first_prompt: str | None = None  # names the session in lists; kept when old turns are forgotten
        self.active: TurnRecord | None = None
        self.subscribers = 0
        self._session = session
        self._starting = False
        self._close_lock = asyncio.Lock()
        self._bindings = contextlib.ExitStack()  # released once, when the session closes or the app stops
        self._bindings.callback(runtime.on_server_request_retired(self.approvals.retired))
        self._bindings.callback(runtime.push_handler(self.id, self.approvals.handle))
        config = session.config
        self.events.publish(
            "session_created",
            {"approval_policy": config.approval_policy, "sandbox": config.sandbox, "cwd": cwd_label},
        )

    @property
    def config(self) -> SessionConfig:
        return self._session.config

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
            stream = await self._session.ask_stream(prompt)
        except CodexRuntimeError as exc:
            raise upstream_error(exc, "starting the turn") from exc
        finally:
            self._starting = False
        turn = TurnRecord(stream.turn_id, prompt)
        turn.stream = stream
        self._remember(turn)
        self.active = turn
        self.events.publish("turn_started", {"prompt": turn.prompt}, turn_id=turn.turn_id)
        turn.task = asyncio.get_running_loop().create_task(self._consume(turn, stream), name=f"web-turn-{turn.turn_id}")
        return turn

    def _remember(self, turn: TurnRecord) -> None:
        if self.first_prompt is None:
            self.first_prompt = turn.prompt
        self.turns[turn.turn_id] = turn
        while len(self.turns) > self.settings.max_turns_kept:
            oldest = next(iter(self.turns.values()))
            if oldest.status == "running":
                break
            self.turns.popitem(last=False)

    async def _consume(self, turn: TurnRecord, stream: PromptRunStream) -> None:
        limit = self.settings.max_event_string_chars
        try:
            async with stream:  # leaving early (cancellation) interrupts the turn
                async for event in stream:
                    payload = event_payload(event, limit)
                    if payload is None:
                        continue
                    kind, data = payload
                    status = _TERMINAL.get(kind)
                    if status == "completed":
                        turn.finish(status, assistant_text=str(data.get("assistant_text", "")))
                    elif status is not None:
                        turn.finish(status, error=data)
                    if status is not None:
                        self._release(turn)  # free for the next turn before anyone hears that this one ended
                    self.events.publish(kind, data, turn_id=turn.turn_id)
        except asyncio.CancelledError:
            self._end_abnormally(turn, "interrupted", {"error_type": "Cancelled", "message": "the web app stopped"})
            raise
        except CodexRuntimeError as exc:  # our deadline (the turn was interrupted) or a dead connection
            self._end_abnormally(turn, "failed", error_payload(exc))
        except Exception as exc:  # a bug here must not leave the session stuck with a "running" turn
            logger.exception("consuming turn %s failed", turn.turn_id)
            self._end_abnormally(turn, "failed", error_payload(exc))
        finally:
            self._release(turn)
            await self.approvals.withdraw(turn.turn_id)

    def _end_abnormally(self, turn: TurnRecord, status: TurnStatus, error: dict[str, Any]) -> None:
        if turn.status == "running":
            turn.finish(status, error=error)
            self._release(turn)
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
        try:
            response = await self._session.runtime.turn_steer(self.id, turn_id, prompt)
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
            self.state = "closing"
            self.events.publish("session_closing", {})
            await self._stop_turn()
            await self.approvals.close()
            try:
                await self._session.close()
            except CodexRuntimeError as exc:
                # A Session caches its close outcome: continue on a fresh handle of the same (still loaded) thread.
                self._session = Session(self._session.runtime, self.id, self._session.config)
                self.approvals.reopen()
                self.state = "open"
                self.events.publish("session_close_failed", error_payload(exc))
                raise WebError(
                    502, f"archiving the thread failed ({exc}); the session is open again, retry the close"
                ) from exc
            self.state = "closed"
            self.closed_at = time.time()
            self._bindings.close()
            self.events.publish("session_closed", {})
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
        """The app is stopping: stop the turn task (which interrupts the turn), withdraw approvals, end streams.
        The thread is not archived (it can be resumed later)."""
        turn = self.active
        if turn is not None and turn.task is not None and not turn.task.done():
            turn.task.cancel()
            with contextlib.suppress(asyncio.CancelledError, TimeoutError):
                await asyncio.wait_for(turn.task, self.settings.close_turn_grace)
        await self.approvals.close()
        self._bindings.close()
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


__all__ = ["WebSession"]
