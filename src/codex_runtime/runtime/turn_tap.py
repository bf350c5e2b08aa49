"""A tap on one thread's notifications that becomes a tap on one turn.

It is registered BEFORE turn/start is written (the turn/start response arrives after the first events of a fast
turn), buffers what arrives, and once the turn id is known keeps only that turn's messages.

It folds nothing: the state projection already folded each message (before the tap sees it) into the turn's
:class:`~codex_runtime.runtime.turn_record.TurnRecord`, which the tap hands out as :attr:`TurnTap.record`. So the
result is complete whatever the consumer does.

Wake-ups: a stream consumer is woken by every message of its turn. A collecting consumer (``ask``) reads only the
outcome from the record, so it is woken only by the turn's end (:data:`ENDING`) plus what it asks for with
:meth:`TurnTap.also_wake_on` (hooks: ``item/completed``), or by every message once it interrupts the turn
(:meth:`TurnTap.wake_on_every_message`). Deadlines need no wake-ups: the consumer's wait is bounded by them.

Buffer policy (the reader never waits for a consumer): the event queue a stream consumer reads is bounded; when it
is full, room is made without loss first (a new delta joins the last queued delta of its item, else the oldest two
adjacent queued deltas of one item are joined); only when no such pair is left is the oldest non-terminal event
dropped and counted in ``dropped``.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Callable
from typing import Any

from codex_runtime.runtime.turn_record import TEXT_DELTAS, TurnRecord

Raw = tuple[str, dict[str, Any]]
"""(method, params) of one notification, or ("serverRequest", {"request": obj}) for a server request."""

DEFAULT_STREAM_BUFFER = 1024
TURN_COMPLETED = "turn/completed"
ENDING: frozenset[str] = frozenset({TURN_COMPLETED})
"""What wakes a collecting (non-stream) consumer by default: the turn's end."""
_COALESCE = frozenset(TEXT_DELTAS)


class TurnTap:
    """Collects one turn of ``thread_id``; see the module docstring for the buffering rules."""

    def __init__(
        self,
        thread_id: str,
        records: Callable[[str, str], TurnRecord],
        *,
        stream: bool = False,
        max_events: int = DEFAULT_STREAM_BUFFER,
    ) -> None:
        self.thread_id = thread_id
        self.turn_id: str | None = None
        self._records = records
        self.record: TurnRecord | None = None
        """The turn's record in the state projection, from :meth:`bind` on (read it; never write it)."""
        self.stream = stream
        self.max_events = max_events
        self.dropped = 0
        self.last_activity = time.monotonic()
        self._early: list[tuple[str, dict[str, Any], str | None]] = []
        self._events: deque[Raw] = deque()
        self._pending_deltas: dict[int, list[str]] = {}
        self._changed = asyncio.Event()
        self._woken = False
        self.closed_error: BaseException | None = None
        self.wakes_on: frozenset[str] | None = None if stream else ENDING
        """The methods that wake the consumer; None: every message."""

    # --- reader side: cheap, never blocks ---------------------------------------------------------

    def feed(self, method: str, params: dict[str, Any], turn_id: str | None) -> None:
        """One notification of the thread; ``turn_id`` as :func:`codex_runtime.protocol.read_ids` read it."""
        self.last_activity = time.monotonic()
        if self.turn_id is None:
            # The record has it already; only a stream replays the events once the turn id is known.
            if self.stream:
                if len(self._early) < 100_000:  # the turn/start response is due within milliseconds
                    self._early.append((method, params, turn_id))
                else:
                    self.dropped += 1
            if self.wakes_on is None or method in self.wakes_on:
                self._wake()
            return
        if turn_id == self.turn_id:  # _accept, inlined: this runs once per message of the turn (every delta)
            if self.stream:
                if len(self._events) < self.max_events:
                    self._events.append((method, params))
                else:
                    self._push((method, params))
            if not self._woken and (self.wakes_on is None or method in self.wakes_on):
                self._wake()

    def feed_server_request(self, request: Any) -> None:
        """A server request (approval) for this turn: only streamed (it is not part of the turn's record)."""
        self.last_activity = time.monotonic()
        if self.stream:
            self._push(("serverRequest", {"request": request}))
            self._wake()

    def fail(self, error: BaseException) -> None:
        """The connection is gone: wake every waiter with ``error``."""
        if self.closed_error is None:
            self.closed_error = error
        self._wake()

    def _accept(self, method: str, params: dict[str, Any]) -> None:
        """As :meth:`feed` does for a message of the bound turn."""
        if self.stream:
            if len(self._events) < self.max_events:
                self._events.append((method, params))
            else:
                self._push((method, params))
        if self.wakes_on is None or method in self.wakes_on:
            self._wake()

    def _wake(self) -> None:
        # _woken: the event is set and its waiter not yet resumed, so a flood of deltas calls set() once, not per delta
        self._woken = True
        self._changed.set()

    def _push(self, event: Raw) -> None:
        events = self._events
        if len(events) >= self.max_events:
            method, params = event
            if method in _COALESCE and events:
                last_method, last_params = events[-1]
                if last_method == method and last_params.get("itemId") == params.get("itemId"):
                    pieces = self._pending_deltas.setdefault(id(last_params), [str(last_params.get("delta", ""))])
                    pieces.append(str(params.get("delta", "")))
                    return
            if not self._merge_oldest_deltas():
                for index, (queued_method, queued_params) in enumerate(events):
                    if queued_method != TURN_COMPLETED:
                        del events[index]
                        # Its coalesced pieces go too: a later dict could reuse the id and show stale text.
                        self._pending_deltas.pop(id(queued_params), None)
                        self.dropped += 1
                        break
        events.append(event)

    def _merge_oldest_deltas(self) -> bool:
        """Make room without losing anything: join the oldest two adjacent queued deltas of one item."""
        previous: Raw | None = None
        for index, current in enumerate(self._events):
            method, params = current
            if (
                previous is not None
                and method in _COALESCE
                and previous[0] == method
                and previous[1].get("itemId") == params.get("itemId")
            ):
                pieces = self._pending_deltas.setdefault(id(previous[1]), [str(previous[1].get("delta", ""))])
                pieces.extend(self._pending_deltas.pop(id(params), [str(params.get("delta", ""))]))
                del self._events[index]
                return True
            previous = current
        return False

    # --- consumer side --------------------------------------------------------------------------------

    def also_wake_on(self, methods: frozenset[str]) -> None:
        """Wake the consumer on ``methods`` too (a stream is woken by everything already)."""
        if self.wakes_on is not None:
            self.wakes_on = self.wakes_on | methods

    def wake_on_every_message(self) -> None:
        """Wake the consumer on every message from now on (e.g. to send an interrupt again on the turn's news)."""
        self.wakes_on = None

    def bind(self, turn_id: str) -> None:
        """The turn id is known: replay the buffered messages of this turn, forget the rest."""
        self.turn_id = turn_id
        self.record = self._records(self.thread_id, turn_id)
        early, self._early = self._early, []
        for method, params, early_turn_id in early:
            if early_turn_id == turn_id:
                self._accept(method, params)

    @property
    def done(self) -> bool:
        return self.record is not None and self.record.ended

    def pop_event(self) -> Raw | None:
        """The next queued event (coalesced deltas joined), or None."""
        if not self._events:
            return None
        event = self._events.popleft()
        if self._pending_deltas:
            method, params = event
            pieces = self._pending_deltas.pop(id(params), None)
            if pieces is not None:
                return method, {**params, "delta": "".join(pieces)}
        return event

    def pop_delta(self) -> Raw | None:
        """The next queued event if it is an uncoalesced delta, else None (use :meth:`pop_event`)."""
        events = self._events
        if events and events[0][0] in _COALESCE and not self._pending_deltas:
            return events.popleft()
        return None

    async def wait_changed(self, timeout: float | None) -> bool:
        """Wait until something new arrives or ``timeout`` passes; False on timeout."""
        # Cleared only after a wake-up, so news that arrived while the caller was busy elsewhere (e.g. awaiting a
        # request) wakes it at once; callers re-check their condition, so an old wake-up is harmless.
        if self._changed.is_set() or self.closed_error is not None:
            self._changed.clear()
            self._woken = False
            return True
        if timeout is not None and timeout <= 0:
            return False
        try:
            async with asyncio.timeout(timeout):  # unlike wait_for (3.11), no Task per wake-up
                await self._changed.wait()
        except TimeoutError:
            return False
        self._changed.clear()
        self._woken = False
        return True
