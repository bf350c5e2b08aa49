"""Turn the connection's live counters into an immutable, JSON-ready :class:`MetricsSnapshot`.

Pure and synchronous. :func:`build_metrics` reads :class:`~codex_runtime.rpc.stats.RpcStats` directly (no deep copy):
it runs on the event loop that owns the counters, so nothing changes while it reads.
Latencies are in seconds; percentiles interpolate linearly between the closest ranks (numpy's default method).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from codex_runtime.errors import InvalidArgumentError
from codex_runtime.rpc.stats import RpcStats


@dataclass(frozen=True, slots=True)
class ServerRequestMetrics:
    """Server requests: received, answered, declined at their deadline, failed in a handler, still pending.

    The broker keeps its running counts in one of these (frozen: each count replaces it, so a snapshot is a read).
    """

    received: int = 0
    answered: int = 0
    declined_by_deadline: int = 0
    """Declined (fail closed) because nobody answered before ``server_request_timeout``."""
    handler_errors: int = 0
    """Handlers that raised; each of those requests was declined."""
    pending: int = 0


@dataclass(frozen=True, slots=True)
class LatencySummary:
    """Latency of completed requests over the recent window, in seconds (None without samples)."""

    count: int = 0
    p50: float | None = None
    p95: float | None = None
    max: float | None = None


@dataclass(frozen=True, slots=True)
class MetricsSnapshot:
    """A point-in-time copy of the runtime's metrics. Its dicts are its own; :meth:`to_dict` gives plain JSON data."""

    requests_sent: int = 0
    requests_in_flight: int = 0
    timeouts: int = 0
    error_responses: int = 0
    latency: LatencySummary = field(default_factory=LatencySummary)
    latency_by_method: dict[str, LatencySummary] = field(default_factory=dict)
    notifications_received: int = 0
    notifications_by_method: dict[str, int] = field(default_factory=dict)
    dropped_messages: int = 0
    """Events the runtime dropped because a subscriber or stream buffer was full."""
    malformed_lines: int = 0
    """Inbound frames that were not JSON-RPC, not UTF-8, or over the size cap."""
    unknown_responses: int = 0
    duplicate_responses: int = 0
    late_responses: int = 0
    server_requests: ServerRequestMetrics = field(default_factory=ServerRequestMetrics)

    def to_dict(self) -> dict[str, Any]:
        """Plain dicts, lists, strs, ints, floats and None: ready for ``json.dumps``."""
        return asdict(self)


def percentile(samples: Sequence[float], q: float) -> float | None:
    """The ``q`` quantile (0..1) of ``samples`` with linear interpolation; None for no samples.

    Raises:
        ValueError: ``q`` is outside 0..1.
    """
    if not 0.0 <= q <= 1.0:
        raise InvalidArgumentError(f"quantile must be within 0..1, got {q!r}")
    ordered = sorted(samples)
    if not ordered:
        return None
    position = (len(ordered) - 1) * q
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def summarize_latencies(samples: Iterable[float]) -> LatencySummary:
    """Count, p50, p95 and max of ``samples`` (seconds)."""
    ordered = sorted(samples)
    if not ordered:
        return LatencySummary()
    return LatencySummary(len(ordered), percentile(ordered, 0.5), percentile(ordered, 0.95), ordered[-1])


def build_metrics(rpc: RpcStats, server_requests: ServerRequestMetrics, dropped: int) -> MetricsSnapshot:
    """Build a :class:`MetricsSnapshot` from the connection's counters and the runtime's own.

    ``dropped`` is what the runtime dropped itself (events-subscriber drops + stream drops); the RPC layer's
    malformed, invalid-UTF-8 and oversized frames are summed into ``malformed_lines``.
    """
    by_method: dict[str, list[float]] = {}
    for method, seconds in rpc.recent_latencies:
        by_method.setdefault(method, []).append(seconds)
    return MetricsSnapshot(
        requests_sent=rpc.requests_sent,
        requests_in_flight=rpc.in_flight,
        timeouts=rpc.timeouts,
        error_responses=rpc.error_responses,
        latency=summarize_latencies(seconds for _, seconds in rpc.recent_latencies),
        latency_by_method={method: summarize_latencies(v) for method, v in sorted(by_method.items())},
        notifications_received=rpc.notifications_received,
        notifications_by_method=dict(rpc.notifications_by_method),
        dropped_messages=dropped,
        malformed_lines=rpc.malformed_frames + rpc.invalid_utf8 + rpc.frames_too_large,
        unknown_responses=rpc.unknown_response_ids,
        duplicate_responses=rpc.duplicate_responses,
        late_responses=rpc.late_responses,
        server_requests=server_requests,
    )


__all__ = [
    "LatencySummary",
    "MetricsSnapshot",
    "ServerRequestMetrics",
    "build_metrics",
    "percentile",
    "summarize_latencies",
]
