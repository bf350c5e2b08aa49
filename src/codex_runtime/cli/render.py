"""How a turn looks on a terminal: :class:`HumanView` (streamed text, a spinner while waiting, tool calls and their
output), one of the two :class:`TurnView` s (the other: :class:`~codex_runtime.cli.json_view.JsonView`, ``--json``).
``run``, ``chat`` and ``demo`` all show turns through these two, so they look the same everywhere.

The spinner only runs while the cursor is at the start of an empty line and stdout is a terminal; anything printed
stops it first, so streamed text and the spinner never share a line.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from rich.console import Console
from rich.status import Status
from rich.text import Text

from codex_runtime.api.results import (
    AgentMessageDelta,
    ApprovalRequested,
    CommandOutputDelta,
    ItemCompleted,
    ItemStarted,
    OtherNotification,
    PromptRunEvent,
    ReasoningDelta,
    TokenUsage,
    TurnCompleted,
    TurnFailed,
    TurnInterrupted,
)
from codex_runtime.cli.describe import (
    ASCII_GLYPHS,
    DECISION_WORDS,
    UNICODE_GLYPHS,
    attr,
    change_kind,
    describe_request,
    display_command,
)
from codex_runtime.cli.errors import describe, first_line
from codex_runtime.runtime.server_requests import PendingServerRequest


@dataclass(frozen=True, slots=True)
class ApprovalOutcome:
    """How a server request was answered: ``decision`` (accept, accept_for_session, decline, cancel), who decided
    (``by``: "you", "--yes", "policy"), and an optional note saying why."""

    decision: str
    by: str
    note: str | None = None
    response: dict[str, Any] | None = None
    """The reply to send instead of ``decision`` (the answers to a user-input request)."""


class TurnView(Protocol):
    """What the turn driver and the commands show; implemented by :class:`HumanView` and :class:`JsonView`."""

    def session_started(self, thread_id: str, *, resumed: bool = False) -> None: ...

    def turn_started(self, thread_id: str, turn_id: str) -> None: ...

    def event(self, event: PromptRunEvent) -> None: ...

    def approval_decided(self, request: PendingServerRequest, outcome: ApprovalOutcome) -> None: ...

    def ask(self, question: str) -> None:
        """Show a question; its answer is the next line the user types."""
        ...

    def note(self, text: str) -> None:
        """A side remark (dim on a terminal; stderr under ``--json``)."""
        ...

    def waiting(self, text: str) -> None:
        """Show that we are waiting for something (a spinner on a terminal)."""
        ...

    def close(self) -> None: ...


# --- the terminal view -----------------------------------------------------------------------------------------


class HumanView:
    """A turn for people: answer text streamed as it arrives, tool calls and their output, a spinner while waiting.

    Args:
        console: where everything goes (stdout).
        show_thread: print the thread id (and how to resume it) when a session starts.
    """

    def __init__(
        self, console: Console, *, show_thread: bool = True, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._clock = clock  # a replay passes the transcript's own clock, so durations are the recorded ones
        self.console = console
        self.show_thread = show_thread
        encoding = (console.encoding or "").lower()
        self.glyphs = UNICODE_GLYPHS if encoding.startswith("utf") else ASCII_GLYPHS
        self._status: Status | None = None
        self._open_line = False
        self._stream_item: str | None = None
        self._streamed: set[str] = set()
        self._usage: Any = None
        self._started_at = self._clock()
        self._replaying = False

    # --- low-level output ---------------------------------------------------------------------------------------

    def waiting(self, text: str) -> None:
        if self._replaying or not self.console.is_terminal or self._open_line:
            return
        if self._status is None:
            self._status = self.console.status(text, spinner="dots")
            self._status.start()
        else:
            self._status.update(text)

    def _stop_spinner(self) -> None:
        if self._status is not None:
            self._status.stop()
            self._status = None

    def _end_line(self) -> None:
        if self._open_line:
            self.console.print()
            self._open_line = False

    def _line(self, *parts: str | tuple[str, str] | Text) -> None:
        self._stop_spinner()
        self._end_line()
        self._stream_item = None
        self.console.print(Text.assemble(*parts))

    def _write(self, text: str, style: str = "", indent: str = "") -> None:
        """Streamed text (no newline added); ``indent`` starts every new line."""
        if not text:
            return
        self._stop_spinner()
        out = Text()
        for piece in text.splitlines(keepends=True):
            if indent and not self._open_line:
                out.append(indent)
            out.append(piece, style=style)
            self._open_line = not piece.endswith("\n")
        self.console.print(out, end="")

    def _stream(self, item_id: str, delta: str, style: str = "", indent: str = "", label: str = "") -> None:
        if self._stream_item != item_id:
            self._stop_spinner()
            self._end_line()
            self._stream_item = item_id
            if label:
                self._write(label, style="dim")
        self._streamed.add(item_id)
        self._write(delta, style, indent)

    # --- the TurnView protocol ----------------------------------------------------------------------------------

    def session_started(self, thread_id: str, *, resumed: bool = False) -> None:
        if self.show_thread:
            verb = "resumed thread" if resumed else "thread"
            self._line((f"{verb} {thread_id}", "dim"))

    def turn_started(self, thread_id: str, turn_id: str) -> None:
        self._started_at = self._clock()
        self._usage = None
        self.waiting("Working…")

    def note(self, text: str) -> None:
        self._line((text, "dim"))

    def ask(self, question: str) -> None:
        self._stop_spinner()
        self._end_line()
        self.console.print(Text.assemble(("? ", "bold yellow"), (question, "bold")), end="")
        self.console.file.flush()

    def close(self) -> None:
        self._stop_spinner()
        self._end_line()

    def event(self, event: PromptRunEvent) -> None:
        match event:
            case AgentMessageDelta():
                self._stream(event.item_id, event.delta)
            case ReasoningDelta():
                self._stream(event.item_id, event.delta, style="dim italic", label="thinking: ")
            case CommandOutputDelta():
                self._stream(event.item_id, event.delta, style="dim", indent="  ")
            case ItemStarted():
                self._item_started(event.item)
            case ItemCompleted():
                self._item_completed(event.item)
            case ApprovalRequested():
                self._line(("? ", "bold yellow"), ("approval needed: ", "bold"), describe_request(event.request))
            case TokenUsage():
                self._usage = event.usage
            case TurnCompleted():
                self._line((self._footer(f"{self.glyphs.ok} done"), "green"))
            case TurnFailed():
                message, hint = describe(event.error)
                self._line((f"{self.glyphs.fail} {message}", "bold red"))
                if hint:
                    self._line(("hint: ", "yellow"), hint)
            case TurnInterrupted():
                self._line((f"{self.glyphs.stop} interrupted", "yellow"))
            case OtherNotification():
                self._notification(event.method, event.notification)

    def approval_decided(self, request: PendingServerRequest, outcome: ApprovalOutcome) -> None:
        word = DECISION_WORDS.get(outcome.decision, outcome.decision)
        style = "green" if outcome.decision.startswith("accept") else "yellow"
        arrow = "→" if self.glyphs is UNICODE_GLYPHS else "->"
        why = outcome.note or (outcome.by if outcome.by != "you" else "")
        self._line((f"  {arrow} {word}", style), (f" ({why})" if why else "", "dim"))
        self.waiting("Working…")

    def replay(self, items: list[Any]) -> None:
        """Show finished items (e.g. a stored turn from ``thread/read``) the way a live turn shows them."""
        self._replaying = True
        try:
            for item in items:
                if attr(item, "type") == "userMessage":
                    texts = [str(attr(part, "text")) for part in attr(item, "content") or [] if attr(part, "text")]
                    self._line(("> ", "bold cyan"), ("\n".join(texts), "bold"))
                    continue
                self._item_started(item)
                self._item_completed(item)
        finally:
            self._replaying = False
            self.close()

    # --- items ------------------------------------------------------------------------------------------------

    def _item_started(self, item: Any) -> None:
        kind = attr(item, "type")
        if kind == "commandExecution":
            command = display_command(attr(item, "command", ""))
            self._line(("$ ", "bold cyan"), (command, "bold"))
            self.waiting(f"Running {first_line(command)[:60]}…")
        elif kind == "fileChange":
            for change in attr(item, "changes") or []:
                self._line(("~ ", "bold magenta"), (f"{change_kind(change)} {attr(change, 'path', '?')}", "bold"))
            self.waiting("Editing…")
        elif kind in ("mcpToolCall", "dynamicToolCall"):
            name = ".".join(str(p) for p in (attr(item, "server") or attr(item, "namespace"), attr(item, "tool")) if p)
            self._line(("⚙ " if self.glyphs is UNICODE_GLYPHS else "tool ", "bold blue"), (name, "bold"))
            self.waiting(f"Calling {name}…")
        elif kind == "webSearch":
            self._line(("search: ", "bold blue"), str(attr(item, "query", "")))
            self.waiting("Searching…")
        elif kind == "contextCompaction":
            self.note("compacting the conversation")

    def _item_completed(self, item: Any) -> None:
        kind = attr(item, "type")
        item_id = str(attr(item, "id", ""))
        streamed = item_id in self._streamed
        if kind == "agentMessage":
            if not streamed and attr(item, "text"):
                self._stream(item_id, str(attr(item, "text")))
            self._stop_spinner()
            self._end_line()
            self._stream_item = None
        elif kind == "reasoning":
            summary = "\n".join(attr(item, "summary") or [])
            if not streamed and summary:
                self._stream(item_id, summary, style="dim italic", label="thinking: ")
            self._stop_spinner()
            self._end_line()
            self._stream_item = None
        elif kind == "commandExecution":
            output = str(attr(item, "aggregated_output", "") or attr(item, "aggregatedOutput", "") or "")
            if not streamed and output.strip():
                self._stream(item_id, output.rstrip("\n") + "\n", style="dim", indent="  ")
            self._line(self._command_status(item))
        elif kind == "fileChange":
            self._line(self._status_text(str(attr(item, "status", "")), "applied"))
        elif kind in ("mcpToolCall", "dynamicToolCall"):
            self._line(self._status_text(str(attr(item, "status", "")), "done"))
        self._streamed.discard(item_id)
        self.waiting("Working…")

    def _command_status(self, item: Any) -> Text:
        status = str(attr(item, "status", ""))
        exit_code = attr(item, "exit_code", attr(item, "exitCode"))
        duration = attr(item, "duration_ms", attr(item, "durationMs"))
        timing = f" {self.glyphs.sep} {duration} ms" if isinstance(duration, int) and duration > 0 else ""
        if status == "declined":
            return Text(f"  {self.glyphs.skip} declined", style="yellow")
        if status == "completed" and exit_code in (0, None):
            return Text(f"  {self.glyphs.ok} exit 0{timing}", style="green")
        code = f"exit {exit_code}" if exit_code is not None else status or "failed"
        return Text(f"  {self.glyphs.fail} {code}{timing}", style="red")

    def _status_text(self, status: str, done_word: str) -> Text:
        if status == "completed":
            return Text(f"  {self.glyphs.ok} {done_word}", style="green")
        if status == "declined":
            return Text(f"  {self.glyphs.skip} declined", style="yellow")
        return Text(f"  {self.glyphs.fail} {status or 'failed'}", style="red")

    def _notification(self, method: str, notification: Any) -> None:
        params = attr(notification, "raw_params") or {}
        if method == "error" and params.get("willRetry"):
            error = params.get("error") or {}
            self.note(f"retrying: {first_line(str(attr(error, 'message', '') or 'the model call failed'))}")

    def _footer(self, head: str) -> str:
        parts = [head, f"{self._clock() - self._started_at:.1f}s"]
        total = attr(attr(self._usage, "total"), "total_tokens")
        if isinstance(total, int):
            parts.append(f"{total} tokens")
        return f" {self.glyphs.sep} ".join(parts)


__all__ = [
    "ApprovalOutcome",
    "HumanView",
    "TurnView",
    "describe_request",
    "display_command",
    "attr",
]
