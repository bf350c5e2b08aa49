"""Counters kept by :class:`~codex_runtime.rpc.RpcConnection`; a higher layer turns them into metrics."""

from __future__ import annotations

import copy
from collections import deque
from dataclasses import dataclass, field

LATENCY_SAMPLES = 1024


@dataclass(slots=True)
class RpcStats:
    """Live counters of one connection. Read :meth:`snapshot` for a stable copy."""

    requests_sent: int = 0
    in_flight: int = 0
    timeouts: int = 0
    notifications_sent: int = 0
    responses_received: int = 0
    error_responses: int = 0
    server_responses_sent: int = 0
    """Replies we sent to server requests (results and errors)."""
    frames_received: int = 0
    malformed_frames: int = 0
    """Frames that were not a JSON object envelope (garbage, truncated JSON, arrays, bad members)."""
    invalid_utf8: int = 0
    unknown_response_ids: int = 0
    duplicate_responses: int = 0
    late_responses: int = 0
    """Responses for requests that had already timed out or been cancelled."""
    frames_too_large: int = 0
    notifications_received: int = 0
    notifications_by_method: dict[str, int] = field(default_factory=dict)
    server_requests_received: int = 0
    server_requests_by_method: dict[str, int] = field(default_factory=dict)
    unclaimed_server_requests: int = 0
    """Server requests no sink claimed; they were answered with an error at once."""
    rejected_server_requests: int = 0
    """Server requests refused because too many were pending, or with a duplicate id."""
    sink_errors: int = 0
    recent_latencies: deque[tuple[str, float]] = field(default_factory=lambda: deque(maxlen=LATENCY_SAMPLES))
    """``(method, seconds)`` of the most recent completed requests, oldest first."""

    def snapshot(self) -> RpcStats:
        """An independent copy, safe to keep while the connection goes on counting."""
        return copy.deepcopy(self)
