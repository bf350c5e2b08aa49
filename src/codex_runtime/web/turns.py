"""What the web remembers of a session's turns, and the session's and turn's states."""

from __future__ import annotations

import asyncio
import contextlib
import time
from dataclasses import fields
from typing import TYPE_CHECKING, Any, Literal

from codex_runtime.web.serialize import clip
from codex_runtime.web.store import TurnRow

if TYPE_CHECKING:
    from codex_runtime.api.prompt_run import PromptRunStream

SessionState = Literal["open", "closing", "closed"]
TurnStatus = Literal["running", "completed", "failed", "interrupted"]
PROMPT_PREVIEW_CHARS = 4000


class TurnRecord:
    """What the web remembers of one turn."""

    def __init__(self, turn_id: str, prompt: str, *, started_at: float | None = None) -> None:
        self.turn_id = turn_id
        self.prompt = clip(prompt, PROMPT_PREVIEW_CHARS)
        self.status: TurnStatus = "running"
        self.assistant_text = ""
        self.error: dict[str, Any] | None = None
        self.usage: dict[str, Any] | None = None
        """The turn's token usage as the web shows it (set when it completed)."""
        self.started_at = time.time() if started_at is None else started_at
        self.ended_at: float | None = None
        self.done = asyncio.Event()
        self.task: asyncio.Task[None] | None = None
        self.stream: PromptRunStream | None = None
        """The turn's event stream (its consumer task iterates it; interrupts go through it)."""

    def finish(
        self,
        status: TurnStatus,
        *,
        assistant_text: str = "",
        error: dict[str, Any] | None = None,
        usage: dict[str, Any] | None = None,
        ended_at: float | None = None,
    ) -> None:
        if self.status != "running":
            return
        self.status = status
        self.assistant_text = assistant_text
        self.error = error
        self.usage = usage
        self.ended_at = time.time() if ended_at is None else ended_at
        self.done.set()

    async def wait(self, timeout: float) -> None:
        """Wait up to ``timeout`` seconds for the turn to end."""
        if timeout > 0 and not self.done.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.done.wait(), timeout)

    def to_json(self) -> dict[str, Any]:
        """The turn as the web API shows it: its stored row without the session id."""
        row = self.to_row(session_id="")
        return {f.name: getattr(row, f.name) for f in fields(row) if f.name != "session_id"}

    def to_row(self, session_id: str) -> TurnRow:
        return TurnRow(
            session_id=session_id,
            turn_id=self.turn_id,
            status=self.status,
            prompt=self.prompt,
            assistant_text=self.assistant_text,
            error=self.error,
            usage=self.usage,
            started_at=self.started_at,
            ended_at=self.ended_at,
        )


__all__ = ["PROMPT_PREVIEW_CHARS", "SessionState", "TurnRecord", "TurnStatus"]
