"""Our requests awaiting their reply: :class:`PendingCalls` hands out ids, holds one future per call until its reply
is routed (or it ends without one), and remembers the last ``ABANDONED_IDS`` unanswered ids, so a late reply is
told apart from a duplicate or a reply to an id we never used."""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from typing import Any, Literal

RequestId = int | str
ABANDONED_IDS = 1024
Stray = Literal["late", "duplicate", "unknown"]


class PendingCalls:
    """The table of calls in flight; only the connection that owns it opens and settles calls."""

    __slots__ = ("_abandoned", "_next_id", "waiting")

    def __init__(self) -> None:
        self._next_id = 1
        self.waiting: dict[RequestId, asyncio.Future[dict[str, Any]]] = {}
        """The live table, id -> future. Only this class adds to it; the reader pops a routed reply's future from
        it directly (one dict lookup per reply, no call: that is the receive hot path)."""
        self._abandoned: OrderedDict[RequestId, None] = OrderedDict()

    def __len__(self) -> int:
        return len(self.waiting)

    def ids(self) -> list[RequestId]:
        """The ids still waiting for a reply, oldest first (a copy)."""
        return list(self.waiting)

    def peek_id(self) -> int:
        """The id :meth:`new_id` will hand out next."""
        return self._next_id

    def new_id(self) -> int:
        """The next request id (ids are never reused on a connection)."""
        request_id = self._next_id
        self._next_id += 1
        return request_id

    def open(self, request_id: int) -> asyncio.Future[dict[str, Any]]:
        """The future the reply to ``request_id`` will be set on; open it before the request is written, so a
        fast reply always finds its slot."""
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self.waiting[request_id] = future
        return future

    def release(self, request_id: RequestId) -> None:
        """The call is over. If no reply was routed to it (timeout, cancellation), its id is remembered: a reply
        that comes later is then counted as late, not as unknown."""
        if self.waiting.pop(request_id, None) is not None:
            self._abandoned[request_id] = None
            if len(self._abandoned) > ABANDONED_IDS:
                self._abandoned.popitem(last=False)

    def stray(self, request_id: object) -> Stray:
        """Why nothing waits on a reply with this id: the call was abandoned (``late``; counted once), the id was
        answered before (``duplicate``) or never used (``unknown``)."""
        if (type(request_id) is int or type(request_id) is str) and request_id in self._abandoned:
            del self._abandoned[request_id]
            return "late"
        if type(request_id) is int and 0 < request_id < self._next_id:
            return "duplicate"
        return "unknown"

    def fail(self, request_id: RequestId | None, error: BaseException) -> bool:
        """Fail the call waiting on ``request_id`` with ``error``; False when none waits."""
        future = self.waiting.pop(request_id, None) if request_id is not None else None
        if future is None:
            return False
        if not future.done():
            future.set_exception(error)
        return True

    def fail_all(self, error: BaseException) -> None:
        """Fail every call still waiting (the connection ended) and empty the table."""
        for future in self.waiting.values():
            if not future.done():
                future.set_exception(error)
        self.waiting.clear()
