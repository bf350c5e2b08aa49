"""Two connected in-process endpoints: what one sends, the other receives, frame for frame.

Each inbox is bounded (``max_buffered_frames``) with real back-pressure: ``send`` waits for the peer's reader.
"""

from __future__ import annotations

import asyncio
from collections import deque

from codex_runtime.errors import ConnectionClosedError, InvalidArgumentError, ProcessExitedError, TransportError
from codex_runtime.transport.base import Transport

DEFAULT_MAX_BUFFERED_FRAMES = 100_000


class MemoryTransport(Transport):
    """One end of :func:`memory_pair`."""

    def __init__(self, *, max_buffered_frames: int, max_frame_bytes: int | None) -> None:
        super().__init__()
        if max_buffered_frames < 1:
            raise InvalidArgumentError("max_buffered_frames must be positive")
        self._peer: MemoryTransport | None = None
        self._inbox: deque[bytes] = deque()
        self._max_buffered = max_buffered_frames
        self._max_frame = max_frame_bytes
        self._receiver: asyncio.Future[None] | None = None
        self._space: asyncio.Future[None] | None = None
        self._terminal: TransportError | None = None
        self._stderr_tail = ""

    @property
    def terminal_error(self) -> TransportError | None:
        return self._terminal

    @property
    def stderr_tail(self) -> str:
        return self._stderr_tail

    async def send(self, frame: bytes) -> None:
        if self._terminal is not None:
            raise self._terminal.with_traceback(None)
        peer = self._peer
        assert peer is not None
        while len(peer._inbox) >= peer._max_buffered:
            # The caller's deadline bounds this wait; a closing peer wakes it.
            if peer._space is None or peer._space.done():
                peer._space = asyncio.get_running_loop().create_future()
            await asyncio.shield(peer._space)
            if self._terminal is not None:
                raise self._terminal.with_traceback(None)
        peer._deliver(frame)

    async def receive(self) -> list[bytes]:
        while True:
            if self._inbox or self._consume_drop_signal():
                frames = list(self._inbox)
                self._inbox.clear()
                if self._space is not None and not self._space.done():
                    self._space.set_result(None)
                return frames
            if self._terminal is not None:
                raise self._terminal.with_traceback(None)
            self._receiver = asyncio.get_running_loop().create_future()
            try:
                await self._receiver
            finally:
                self._receiver = None

    async def close(self) -> None:
        self.abort(ConnectionClosedError("the peer closed the in-memory connection"))

    def abort(self, peer_error: TransportError) -> None:
        """Close this end; the peer drains what was sent, then gets ``peer_error`` (e.g. a
        ``ProcessExitedError`` to simulate a crashed app-server). Idempotent."""
        if self._terminal is not None:
            return
        self._terminal = ConnectionClosedError("the in-memory connection was closed by this end")
        self._inbox.clear()
        self._wake()
        peer = self._peer
        if peer is not None and peer._terminal is None:
            if isinstance(peer_error, ProcessExitedError):
                peer._stderr_tail = peer_error.stderr_tail
            peer._terminal = peer_error
            peer._wake()

    def _deliver(self, frame: bytes) -> None:
        if self._terminal is not None:
            return
        limit = self._max_frame
        if limit is not None and len(frame) > limit:
            self._record_dropped(len(frame), limit, frame)
        else:
            self._inbox.append(frame)
        if self._receiver is not None and not self._receiver.done():
            self._receiver.set_result(None)

    def _wake(self) -> None:
        for waiter in (self._receiver, self._space):
            if waiter is not None and not waiter.done():
                waiter.set_result(None)


def memory_pair(
    *, max_buffered_frames: int = DEFAULT_MAX_BUFFERED_FRAMES, max_frame_bytes: int | None = None
) -> tuple[MemoryTransport, MemoryTransport]:
    """Two connected endpoints ``(a, b)``. ``max_frame_bytes`` caps frames each end receives (larger ones are
    dropped and recorded, like the stdio cap); ``max_buffered_frames`` bounds each inbox (senders then wait).

    Raises:
        ValueError: ``max_buffered_frames`` is not positive.
    """
    a = MemoryTransport(max_buffered_frames=max_buffered_frames, max_frame_bytes=max_frame_bytes)
    b = MemoryTransport(max_buffered_frames=max_buffered_frames, max_frame_bytes=max_frame_bytes)
    a._peer, b._peer = b, a
    return a, b
