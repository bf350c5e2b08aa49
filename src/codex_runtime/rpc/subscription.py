"""A bounded, user-facing buffer of inbound notifications, fed by the connection's reader."""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable, Collection
from typing import Any, Literal, Self

from codex_runtime.errors import ConnectionClosedError, InvalidArgumentError, TransportError
from codex_runtime.rpc.closing import ClosingOnExit

OverflowPolicy = Literal["drop_oldest", "drop_newest"]
"""What a full subscription does with one more notification: evict the oldest buffered one, or discard the new
one. Either way ``dropped`` counts it; the reader never waits for a slow consumer."""


class NotificationSubscription(ClosingOnExit):
    """Notifications (raw ``{"method", "params", ...}`` dicts) in arrival order, at most ``maxsize`` buffered.

    Use as an async iterator (ends when the subscription or connection is closed by us; raises the
    ``TransportError`` once buffered items are consumed if the peer broke the connection), or call :meth:`get`
    with a deadline. ``async with`` unsubscribes on exit.
    """

    def __init__(
        self,
        *,
        maxsize: int,
        policy: OverflowPolicy,
        methods: Collection[str] | None,
        unsubscribe: Callable[[NotificationSubscription], None],
    ) -> None:
        if maxsize < 1:
            raise InvalidArgumentError("maxsize must be positive")
        if policy not in ("drop_oldest", "drop_newest"):
            raise InvalidArgumentError(f"unknown overflow policy {policy!r}")
        self.maxsize = maxsize
        self.policy: OverflowPolicy = policy
        self.methods = None if methods is None else frozenset(methods)
        self.dropped = 0
        """Notifications lost to overflow since the subscription opened."""
        self._buffer: deque[dict[str, Any]] = deque()
        self._waiter: asyncio.Future[None] | None = None
        self._ended = False
        self._error: TransportError | None = None
        self._unsubscribe = unsubscribe

    def __len__(self) -> int:
        return len(self._buffer)

    @property
    def closed(self) -> bool:
        return self._ended

    # Called by the reader: O(1), never blocks, never raises.
    def push(self, method: str, message: dict[str, Any]) -> None:
        if self._ended or (self.methods is not None and method not in self.methods):
            return
        buffer = self._buffer
        if len(buffer) >= self.maxsize:
            self.dropped += 1
            if self.policy == "drop_newest":
                return
            buffer.popleft()
        buffer.append(message)
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    def end(self, error: TransportError | None = None) -> None:
        """Stop receiving; buffered items stay readable. ``error`` is raised after them (None: plain end)."""
        if self._ended:
            return
        self._ended = True
        self._error = error
        self._unsubscribe(self)
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(None)

    def close(self) -> None:
        """Unsubscribe; iteration ends after the buffered items."""
        self.end(None)

    def get_nowait(self) -> dict[str, Any] | None:
        """The next buffered notification, or None when none is buffered."""
        return self._buffer.popleft() if self._buffer else None

    async def get(self, timeout: float) -> dict[str, Any]:
        """The next notification, waiting at most ``timeout`` seconds.

        Raises:
            TimeoutError: nothing arrived in time.
            TransportError: the connection was lost (``ConnectionClosedError`` if it or this subscription was
                closed by us) and nothing is buffered.
        """
        async with asyncio.timeout(timeout):
            return await self._next()

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> dict[str, Any]:
        try:
            return await self._next()
        except ConnectionClosedError:
            if self._error is None:
                raise StopAsyncIteration from None
            raise

    async def _next(self) -> dict[str, Any]:
        while not self._buffer:
            if self._ended:
                raise (self._error or ConnectionClosedError("the subscription is closed")).with_traceback(None)
            self._waiter = asyncio.get_running_loop().create_future()
            try:
                await self._waiter
            finally:
                self._waiter = None
        return self._buffer.popleft()
