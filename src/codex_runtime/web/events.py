"""A session's event log for Server-Sent Events: numbered events in a bounded replay buffer.

Every event gets the next id of its session (1, 2, 3, ...), which is also its SSE ``id:``, so a client that
reconnects with ``Last-Event-ID: N`` gets exactly the events after N that are still buffered.

Buffer policy: at most ``capacity`` events; when full, the oldest event is dropped, except events *pinned* by a
key (an ``approval_requested`` event stays while its approval is pending, so a subscriber that connects late
still sees every queued approval). Pins are bounded by the approval queue's own cap. Dropped ids are counted;
a client whose ``Last-Event-ID`` is older than the newest dropped id is told so with a ``replay_gap`` event.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections import deque
from dataclasses import dataclass, field, fields
from typing import Any


@dataclass(frozen=True, slots=True)
class WebEvent:
    """One event of a session. ``data`` is JSON-ready."""

    id: int
    kind: str
    session_id: str
    turn_id: str | None
    time: float
    data: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """Its fields, by name (``data`` is not copied)."""
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def to_sse(self, *, with_id: bool = True) -> str:
        """The SSE frame: ``id``, ``event`` (the kind) and one line of JSON ``data``. Without the ``id`` line (a
        replayed older event) it does not move the client's Last-Event-ID back."""
        payload = json.dumps(self.to_json(), ensure_ascii=False, separators=(",", ":"))
        if not with_id:
            return f"event: {self.kind}\ndata: {payload}\n\n"
        return f"id: {self.id}\nevent: {self.kind}\ndata: {payload}\n\n"


def sse_frame(kind: str, data: dict[str, Any]) -> str:
    """An SSE frame without an id (it does not move the client's Last-Event-ID)."""
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return f"event: {kind}\ndata: {payload}\n\n"


class ReplayBuffer:
    """The bounded, numbered event log of one session; see the module docstring."""

    def __init__(self, session_id: str, capacity: int, *, start_after: int = 0) -> None:
        """``start_after``: the last id a previous run of the session published. A restored session goes on
        numbering after it, so a client resuming from an id of the previous run gets what was restored (a summary
        of each turn), never an older id twice."""
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        if start_after < 0:
            raise ValueError("start_after must not be negative")
        self.session_id = session_id
        self.capacity = capacity
        self._events: deque[tuple[WebEvent, str | None]] = deque()
        self._pinned: set[str] = set()
        self._next_id = start_after + 1
        self.restored_after = start_after
        """The last id of the previous run (0: a new session); the ids after it start with the restored summary."""
        self.dropped = 0
        """Events dropped from the buffer so far."""
        self.dropped_through = 0
        """The highest id dropped so far (0: none)."""
        self._wakeup = asyncio.Event()
        self._ended = False

    @property
    def last_id(self) -> int:
        """The id of the newest event published (0: none yet)."""
        return self._next_id - 1

    @property
    def ended(self) -> bool:
        """No more events will come (the session closed, or the app is stopping)."""
        return self._ended

    def __len__(self) -> int:
        return len(self._events)

    def publish(
        self, kind: str, data: dict[str, Any] | None = None, *, turn_id: str | None = None, pin: str | None = None
    ) -> WebEvent:
        """Append an event (kept while ``pin`` is pinned) and wake the subscribers."""
        event = WebEvent(self._next_id, kind, self.session_id, turn_id, time.time(), data or {})
        self._next_id += 1
        if pin is not None:
            self._pinned.add(pin)
        if len(self._events) >= self.capacity:
            self._drop_one()
        self._events.append((event, pin))
        self._wake()
        return event

    def unpin(self, pin: str) -> None:
        """Let the events pinned by ``pin`` age out like any other."""
        self._pinned.discard(pin)

    def _drop_one(self) -> None:
        victim = 0
        for index, (_, pin) in enumerate(self._events):
            if pin is None or pin not in self._pinned:
                victim = index
                break
        event, _ = self._events[victim]
        del self._events[victim]
        self.dropped += 1
        self.dropped_through = max(self.dropped_through, event.id)

    def since(self, last_id: int) -> list[WebEvent]:
        """The buffered events with an id above ``last_id``, oldest first."""
        newer: list[WebEvent] = []
        for event, _ in reversed(self._events):
            if event.id <= last_id:
                break
            newer.append(event)
        newer.reverse()
        return newer

    def pinned_through(self, last_id: int) -> list[WebEvent]:
        """The events still pinned (pending approvals) with an id up to ``last_id``, oldest first: a client that
        resumes after them must still see them."""
        return [event for event, pin in self._events if event.id <= last_id and pin is not None and pin in self._pinned]

    def missed(self, last_id: int) -> bool:
        """Whether some event after ``last_id`` was dropped before it could be replayed."""
        return last_id < self.dropped_through

    def waiter(self) -> asyncio.Event:
        """An event set by the next publish (or by :meth:`end`). Take it BEFORE reading :meth:`since`."""
        return self._wakeup

    def end(self) -> None:
        """No more events: wake every subscriber so its stream can finish."""
        self._ended = True
        self._wake()

    def _wake(self) -> None:
        self._wakeup.set()
        self._wakeup = asyncio.Event()


__all__ = ["ReplayBuffer", "WebEvent", "sse_frame"]
