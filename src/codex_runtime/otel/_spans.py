"""Open spans, bounded: :class:`OpenSpans` keeps what is open per kind; :func:`end_abandoned` ends what a bound
pushed out, so a connection that died mid-turn cannot grow the tables without limit."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from opentelemetry.trace import Span, Status, StatusCode

Key = tuple[int, Any]
"""(connection, id): JSON-RPC and item ids are only unique within one connection."""


class OpenSpans(OrderedDict[Key, Any]):
    """Open spans (or their context) by key; the oldest is handed back once there are too many."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def put(self, key: Key, value: Any) -> Any | None:
        self[key] = value
        if len(self) > self.limit:
            return self.popitem(last=False)[1]
        return None


def end_abandoned(evicted: Any, at: float) -> None:
    """End what a bound pushed out (a span, or a turn entry holding one) as abandoned."""
    if evicted is None:
        return
    span = evicted[0] if isinstance(evicted, tuple) else evicted
    if isinstance(span, Span):
        span.set_attribute("error.type", "abandoned")
        span.set_status(Status(StatusCode.ERROR, "abandoned: too many open spans"))
        span.end(end_time=ns(at))


def ns(seconds: float) -> int:
    """Wire time (epoch seconds) as OpenTelemetry's nanoseconds."""
    return int(seconds * 1_000_000_000)
