"""How a turn looks under ``--json``: one JSON object per event on stdout, questions and notes on stderr."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from codex_runtime.api.results import PromptRunEvent
from codex_runtime.cli.jsonl import JsonLinesWriter, event_record
from codex_runtime.cli.render import ApprovalOutcome
from codex_runtime.runtime.server_requests import PendingServerRequest


class JsonView:
    """``--json``: every event is one JSON object on stdout; questions and notes go to ``stderr_console``."""

    def __init__(self, stderr_console: Console, writer: JsonLinesWriter | None = None) -> None:
        self.stderr = stderr_console
        self.writer = writer or JsonLinesWriter()

    def session_started(self, thread_id: str, *, resumed: bool = False) -> None:
        self.writer.write({"kind": "session_started", "thread_id": thread_id, "turn_id": None, "resumed": resumed})

    def turn_started(self, thread_id: str, turn_id: str) -> None:
        pass  # the stream's own events say so

    def event(self, event: PromptRunEvent) -> None:
        self.writer.write(event_record(event))

    def approval_decided(self, request: PendingServerRequest, outcome: ApprovalOutcome) -> None:
        self.writer.write(
            {
                "kind": "approval_decision",
                "thread_id": request.thread_id,
                "turn_id": request.turn_id,
                "request_id": request.id,
                "method": request.method,
                "decision": outcome.decision,
                "by": outcome.by,
                "note": outcome.note,
            }
        )

    def ask(self, question: str) -> None:
        self.stderr.print(Text.assemble(("? ", "bold yellow"), question), end="")
        self.stderr.file.flush()

    def note(self, text: str) -> None:
        self.stderr.print(Text(text, style="dim"))

    def waiting(self, text: str) -> None:
        pass

    def close(self) -> None:
        pass


__all__ = ["JsonView"]
