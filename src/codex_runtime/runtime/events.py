"""``Runtime.events()``: every inbound notification as a typed object, optionally filtered to a thread or turn.

Built on the connection's bounded subscription (drop-oldest, counted): a slow consumer never grows memory or
stalls the reader. Typed objects are built when the consumer takes them, not on the reader.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Self

from codex_runtime.protocol import AnyNotification
from codex_runtime.rpc import NotificationSubscription
from codex_runtime.rpc.closing import ClosingOnExit
from codex_runtime.runtime.typed import decode_notification


class EventStream(ClosingOnExit):
    """An async iterator of typed notifications (see ``codex_runtime.protocol.decode_notification``)."""

    def __init__(
        self,
        subscription: NotificationSubscription,
        *,
        thread_id: str | None,
        turn_id: str | None,
        on_close: Callable[[EventStream], None],
    ) -> None:
        self._subscription = subscription
        self._thread_id = thread_id
        self._turn_id = turn_id
        self._on_close = on_close

    @property
    def dropped(self) -> int:
        """Notifications lost because the consumer was too slow (oldest dropped first)."""
        return self._subscription.dropped

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> AnyNotification:
        while True:
            message = await self._subscription.__anext__()
            # Decoding is lazy (params validate on first access), so filtering on the decoded ids costs little.
            notification = decode_notification(str(message.get("method", "")), message.get("params"))
            if self._thread_id is not None and notification.thread_id != self._thread_id:
                continue
            if self._turn_id is None or notification.turn_id == self._turn_id:
                return notification

    async def next(self, timeout: float) -> AnyNotification:
        """The next matching notification within ``timeout`` seconds.

        Raises:
            TimeoutError: none arrived in time.
            TransportError: the connection is gone.
        """
        async with asyncio.timeout(timeout):
            return await self.__anext__()

    def close(self) -> None:
        if not self._subscription.closed:
            self._subscription.close()
            self._on_close(self)
