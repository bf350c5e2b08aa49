"""``Runtime.events()``: every inbound notification as a typed object, optionally filtered to a thread or turn.

Built on the connection's bounded subscription (drop-oldest, counted): a slow consumer never grows memory or
stalls the reader. Typed objects are built when the consumer takes them, not on the reader.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from types import TracebackType
from typing import Any, Self

from codex_runtime.rpc import NotificationSubscription
from codex_runtime.runtime.turn_tap import turn_id_of
from codex_runtime.runtime.typed import decode_notification


def _thread_id_of(params: dict[str, Any]) -> str | None:
    thread_id = params.get("threadId")
    if isinstance(thread_id, str):
        return thread_id
    thread = params.get("thread")
    return thread.get("id") if isinstance(thread, dict) and isinstance(thread.get("id"), str) else None


class EventStream:
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

    def _wanted(self, params: dict[str, Any]) -> bool:
        if self._thread_id is not None and _thread_id_of(params) != self._thread_id:
            return False
        return self._turn_id is None or turn_id_of(params) == self._turn_id

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> Any:
        while True:
            message = await self._subscription.__anext__()
            params = message.get("params")
            params = params if isinstance(params, dict) else {}
            if self._wanted(params):
                return decode_notification(str(message.get("method", "")), params)

    async def next(self, timeout: float) -> Any:
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

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
