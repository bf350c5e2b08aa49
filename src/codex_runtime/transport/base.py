"""The transport interface: one concept, three coroutines and a terminal error."""

from __future__ import annotations

import abc
from collections.abc import Callable
from typing import NamedTuple

from codex_runtime.errors import FrameTooLargeError, TransportError

DROPPED_HEAD_BYTES = 256
"""How much of an oversized frame is kept, so a higher layer can find the request id it answered."""
_MAX_DROP_RECORDS = 256
FrameSink = Callable[[list[bytes]], None]
"""``sink(frames)``: complete inbound frames, oldest first, handed over on the event loop as they are read; it must
not raise."""


class DroppedFrame(NamedTuple):
    """An inbound frame that exceeded the cap and was dropped (the connection lives on)."""

    size: int
    """Bytes seen for the frame (the whole frame, or at least this much when it was cut at EOF)."""
    limit: int
    head: bytes
    """The frame's first bytes (at most ``DROPPED_HEAD_BYTES``)."""

    def error(self) -> FrameTooLargeError:
        return FrameTooLargeError(self.size, self.limit)


class Transport(abc.ABC):
    """A bidirectional pipe of JSON frames to one app-server connection.

    Contract:
      - ``send`` writes one frame; the transport adds its own framing (newline, websocket message).
      - ``receive`` returns the complete inbound frames available, oldest first (one read's worth or more). It is
        meant for ONE reader task. It returns an empty list only when frames were dropped for size, so the reader
        can call :meth:`take_dropped_frames` promptly. Once the peer is gone and every buffered frame was
        returned, it raises the terminal error.
      - ``close`` is idempotent, safe to call concurrently, and every step in it is bounded.
      - Frames over the transport's cap are dropped, recorded, and handed out by :meth:`take_dropped_frames`.
    """

    def __init__(self) -> None:
        self._dropped: list[DroppedFrame] = []
        self._drop_signal = False
        self.dropped_frame_count = 0
        """Every frame dropped for size since the transport opened."""

    @abc.abstractmethod
    async def send(self, frame: bytes) -> None:
        """Write one frame (one JSON message, without a trailing newline).

        Raises:
            TransportError: the transport is closed or the peer is gone (the terminal error when known).
        """

    @abc.abstractmethod
    async def receive(self) -> list[bytes]:
        """Wait for inbound frames and return every complete one available (empty only after a dropped frame).

        Raises:
            TransportError: the peer is gone and nothing is left to read (``ProcessExitedError`` for a child
                process, ``ConnectionClosedError`` for a socket or after :meth:`close`).
        """

    @abc.abstractmethod
    async def close(self) -> None:
        """Release the connection (and the child process group, for stdio). Idempotent, bounded, never raises
        a transport error."""

    @property
    @abc.abstractmethod
    def terminal_error(self) -> TransportError | None:
        """Why the transport is gone, or None while it is alive. Frames may still be buffered when it is set."""

    @property
    def process_id(self) -> int | None:
        """The peer's process id (also its process group id) when the transport runs a child; None elsewhere."""
        return None

    @property
    def stderr_tail(self) -> str:
        """The last bytes the peer wrote to stderr (stdio only; empty elsewhere)."""
        return ""

    def push_frames_to(self, sink: FrameSink | None) -> bool:
        """Hand inbound frames to ``sink`` as they are read instead of keeping them for :meth:`receive`, which then
        returns only what was kept before (order is kept), an empty list after a dropped frame, and finally raises
        the terminal error. For a transport that reads in loop callbacks this saves the reader task's wake-up per
        read. None: keep frames for :meth:`receive` again. False (the default): this transport only delivers
        through :meth:`receive`."""
        return False

    def take_dropped_frames(self) -> list[DroppedFrame]:
        """The frames dropped for size since the last call (most recent ``256`` at most), oldest first."""
        if not self._dropped:
            return []
        dropped, self._dropped = self._dropped, []
        return dropped

    def _record_dropped(self, size: int, limit: int, head: bytes) -> None:
        self.dropped_frame_count += 1
        self._drop_signal = True
        self._dropped.append(DroppedFrame(size, limit, head[:DROPPED_HEAD_BYTES]))
        if len(self._dropped) > _MAX_DROP_RECORDS:
            del self._dropped[: len(self._dropped) - _MAX_DROP_RECORDS]

    def _consume_drop_signal(self) -> bool:
        """True once per batch of new drops: ``receive`` then returns (possibly empty) so the reader notices."""
        signal, self._drop_signal = self._drop_signal, False
        return signal
