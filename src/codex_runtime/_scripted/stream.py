"""What a :class:`~codex_runtime.testing.MockModel` streams: :class:`MockResponse` (one POST's scripted answer)
and :class:`StreamBuilder`, which composes the Responses-API SSE events of one answer with deterministic ids.

Pure data, no I/O: the server that sends these lives in :mod:`codex_runtime._scripted.mock_model`.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

SseEvent = tuple[str, dict[str, Any]]
"""One SSE event: its ``event:`` type and its JSON ``data`` (which also carries ``type``)."""


@dataclass(frozen=True)
class MockResponse:
    """One scripted answer to one POST.

    Either an HTTP error (``status`` != 200, ``body`` sent as JSON) or a 200 SSE stream of ``events``.
    ``events`` may be a callable producing the events lazily (used for floods of millions of deltas).
    ``event_delay`` sleeps before each event (a slow stream); ``disconnect_after`` closes the socket after that
    many events without ending the stream (a mid-stream disconnect).
    """

    status: int = 200
    body: dict[str, Any] | None = None
    events: tuple[SseEvent, ...] | Callable[[], Iterable[SseEvent]] = ()
    event_delay: float = 0.0
    disconnect_after: int | None = None
    headers: tuple[tuple[str, str], ...] = ()
    label: str = ""

    def iter_events(self) -> Iterator[SseEvent]:
        source = self.events() if callable(self.events) else self.events
        return iter(source)


@dataclass
class _Ids:
    """Deterministic ids for builders so recorded traffic is stable across runs."""

    counter: int = 0
    prefix: str = "mock"

    def next(self, kind: str) -> str:
        self.counter += 1
        return f"{kind}_{self.prefix}_{self.counter}"


_ids = _Ids()
_ids_lock = threading.Lock()


def new_id(kind: str) -> str:
    with _ids_lock:
        return _ids.next(kind)


@dataclass(frozen=True)
class Usage:
    """Token usage reported in ``response.completed``."""

    input_tokens: int = 10
    output_tokens: int = 5
    cached_tokens: int = 0
    reasoning_tokens: int = 0

    def to_wire(self) -> dict[str, Any]:
        return {
            "input_tokens": self.input_tokens,
            "input_tokens_details": {"cached_tokens": self.cached_tokens},
            "output_tokens": self.output_tokens,
            "output_tokens_details": {"reasoning_tokens": self.reasoning_tokens},
            "total_tokens": self.input_tokens + self.output_tokens,
        }


@dataclass
class StreamBuilder:
    """Composes the SSE events of one response: ``created``, output items, ``completed``.

    The :mod:`codex_runtime.testing.responses` builders cover the common cases; use this to combine several
    output items (e.g. reasoning, then a message) in one response.
    """

    response_id: str = field(default_factory=lambda: new_id("resp"))
    events: list[SseEvent] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.events:
            self.events.append(("response.created", {"type": "response.created", "response": {"id": self.response_id}}))

    def add(self, event_type: str, **data: Any) -> StreamBuilder:
        self.events.append((event_type, {"type": event_type, **data}))
        return self

    def message(
        self, text: str, *, deltas: list[str] | None = None, item_id: str | None = None, phase: str | None = None
    ) -> StreamBuilder:
        """An assistant message streamed as ``deltas`` (default: the text in word-sized pieces)."""
        item_id = item_id or new_id("msg")
        pieces = deltas if deltas is not None else split_words(text)
        item: dict[str, Any] = {"type": "message", "role": "assistant", "id": item_id, "content": []}
        if phase is not None:
            item["phase"] = phase
        self.add("response.output_item.added", output_index=0, item=item)
        for piece in pieces:
            self.add("response.output_text.delta", item_id=item_id, output_index=0, content_index=0, delta=piece)
        done = {**item, "content": [{"type": "output_text", "text": text, "annotations": []}]}
        return self.add("response.output_item.done", output_index=0, item=done)

    def reasoning(self, summary: str, *, deltas: list[str] | None = None, item_id: str | None = None) -> StreamBuilder:
        """A reasoning item whose summary streams as ``item/reasoning/summaryTextDelta``."""
        item_id = item_id or new_id("rs")
        self.add("response.output_item.added", output_index=0, item={"type": "reasoning", "id": item_id, "summary": []})
        self.add(
            "response.reasoning_summary_part.added",
            item_id=item_id,
            output_index=0,
            summary_index=0,
            part={"type": "summary_text", "text": ""},
        )
        for piece in deltas if deltas is not None else split_words(summary):
            self.add(
                "response.reasoning_summary_text.delta", item_id=item_id, output_index=0, summary_index=0, delta=piece
            )
        return self.add(
            "response.output_item.done",
            output_index=0,
            item={"type": "reasoning", "id": item_id, "summary": [{"type": "summary_text", "text": summary}]},
        )

    def function_call(
        self, name: str, arguments: dict[str, Any], *, call_id: str | None = None, namespace: str | None = None
    ) -> StreamBuilder:
        """``namespace``: the tool's namespace, e.g. ``"mcp__docs"`` for a tool of the MCP server ``docs``."""
        call_id = call_id or new_id("call")
        item = {
            "type": "function_call",
            "id": new_id("fc"),
            "call_id": call_id,
            "name": name,
            "arguments": json.dumps(arguments),
        }
        if namespace is not None:
            item["namespace"] = namespace
        return self.add("response.output_item.done", output_index=0, item=item)

    def custom_tool_call(self, name: str, tool_input: str, *, call_id: str | None = None) -> StreamBuilder:
        call_id = call_id or new_id("call")
        return self.add(
            "response.output_item.done",
            output_index=0,
            item={
                "type": "custom_tool_call",
                "id": new_id("ctc"),
                "call_id": call_id,
                "name": name,
                "input": tool_input,
            },
        )

    def completed(self, usage: Usage | None = None) -> StreamBuilder:
        return self.add("response.completed", response={"id": self.response_id, "usage": (usage or Usage()).to_wire()})

    def failed(self, code: str, message: str) -> StreamBuilder:
        return self.add(
            "response.failed",
            response={"id": self.response_id, "status": "failed", "error": {"code": code, "message": message}},
        )

    def build(self, **options: Any) -> MockResponse:
        return MockResponse(events=tuple(self.events), **options)


def split_words(text: str) -> list[str]:
    """Split text into word-sized deltas that join back to exactly ``text``."""
    if not text:
        return []
    pieces: list[str] = []
    start = 0
    for i, ch in enumerate(text):
        if ch == " " and i > start:
            pieces.append(text[start:i])
            start = i
    pieces.append(text[start:])
    return pieces


__all__ = ["MockResponse", "SseEvent", "StreamBuilder", "Usage", "new_id", "split_words"]
