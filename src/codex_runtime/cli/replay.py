"""``codex-runtime replay FILE...``: show a JSONL transcript the way ``run`` showed the turns live.

The transcript's notifications go through the same pieces a live turn does: the state projection folds them (the
one fold of a turn), ``to_event`` maps them to the stream's events, and the terminal event is read from the turn's
record; server requests and our answers become the approval lines. Nothing is started or sent.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import click

from codex_runtime.api.results import ApprovalRequested
from codex_runtime.api.turn_events import terminal_event, to_event
from codex_runtime.cli.options import CliState, pass_state
from codex_runtime.cli.render import ApprovalOutcome, HumanView, TurnView
from codex_runtime.cli.turns import make_view
from codex_runtime.runtime.observe import WireEvent
from codex_runtime.runtime.pending import PendingServerRequest
from codex_runtime.runtime.state import StateProjection
from codex_runtime.sinks import decode_event, read_transcript, transcript_files

_SESSION_METHODS = {"thread/start": False, "thread/resume": True, "thread/fork": False}
_DECISIONS = {"acceptForSession": "accept_for_session"}


class TranscriptClock:
    """The time of the event being replayed, so a view's durations are the recorded ones."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


class TranscriptReplay:
    """Feeds transcript events to a :class:`~codex_runtime.cli.render.TurnView`."""

    def __init__(self, view: TurnView, clock: TranscriptClock | None = None) -> None:
        self.view = view
        self.clock = clock or TranscriptClock()
        self.state = StateProjection()
        self._held: dict[str, Callable[[], None]] = {}
        self._requests: dict[tuple[int, int | str], PendingServerRequest[Any]] = {}
        self.turns = 0

    def feed(self, event: WireEvent) -> None:
        self.clock.now = event.time
        if event.kind == "notification":
            self._notification(event)
        elif event.is_server_request:
            self._server_request(event)
        elif event.kind == "response" and event.direction == "out":
            self._answer(event)
        elif event.kind == "response" and event.method in _SESSION_METHODS:
            thread = (event.message.get("result") or {}).get("thread") or {}
            if isinstance(thread.get("id"), str):
                self._hold(thread["id"])
                self.view.session_started(thread["id"], resumed=_SESSION_METHODS[event.method])

    def _hold(self, thread_id: str) -> None:
        if thread_id not in self._held:  # kept whole for the replay: its turns' items are shown at the end
            self._held[thread_id] = self.state.hold(thread_id)

    def _notification(self, event: WireEvent) -> None:
        thread_id, turn_id, params = event.thread_id, event.turn_id, event.params
        if thread_id is not None:
            self._hold(thread_id)
        self.state.apply(event.method, params, (thread_id, turn_id))
        if thread_id is None or turn_id is None:
            return
        if event.method == "turn/started":
            self.view.turn_started(thread_id, turn_id)
        elif event.method == "turn/completed":
            self.turns += 1
            self.view.event(terminal_event(thread_id, turn_id, self.state.turn_record(thread_id, turn_id)))
        else:
            mapped = to_event(thread_id, turn_id, event.method, params)
            if mapped is not None:
                self.view.event(mapped)

    def _server_request(self, event: WireEvent) -> None:
        request: PendingServerRequest[Any] = decode_event(event)
        if event.id is not None:
            self._requests[event.connection, event.id] = request
        if event.thread_id is not None and event.turn_id is not None:
            self.view.event(ApprovalRequested(request=request, thread_id=event.thread_id, turn_id=event.turn_id))

    def _answer(self, event: WireEvent) -> None:
        request = self._requests.pop((event.connection, event.id), None) if event.id is not None else None
        if request is None:
            return
        result = event.message.get("result")
        decision = result.get("decision") if isinstance(result, dict) else None
        if isinstance(decision, dict):  # e.g. {"acceptWithExecpolicyAmendment": {...}}
            decision = next(iter(decision), "accept")
        word = _DECISIONS.get(decision, decision) if isinstance(decision, str) else "error"
        self.view.approval_decided(request, ApprovalOutcome(word, "transcript"))

    def run(self, events: Iterable[WireEvent]) -> None:
        try:
            for event in events:
                self.feed(event)
        finally:
            self.view.close()


@click.command("replay")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@pass_state
def replay_cmd(state: CliState, /, files: tuple[str, ...], **_: Any) -> int:
    """Show the JSONL transcript FILES (a JsonlTranscriptSink's output) as `run` showed them.

    A rotated transcript is read oldest first when you name its newest file (FILE.N ... FILE.1, FILE).
    """
    clock = TranscriptClock()
    view = make_view(state) if state.json else HumanView(state.console(), clock=clock)
    replay = TranscriptReplay(view, clock)
    paths = [path for name in files for path in (transcript_files(name) or [Path(name)])]
    replay.run(event for path in paths for event in read_transcript(path))
    if replay.turns == 0:
        state.console(stderr=True).print("no turn in the transcript")
    return 0


__all__ = ["TranscriptClock", "TranscriptReplay", "replay_cmd"]
