"""Metrics: percentiles without numpy, and a JSON-ready snapshot of the connection's and runtime's counters."""

from __future__ import annotations

import dataclasses
import json

import pytest

from codex_runtime.rpc.stats import RpcStats
from codex_runtime.runtime.metrics import (
    LatencySummary,
    MetricsSnapshot,
    ServerRequestMetrics,
    build_metrics,
    percentile,
    summarize_latencies,
)


def test_percentiles_interpolate_between_the_closest_ranks() -> None:
    samples = [4.0, 1.0, 3.0, 2.0]  # unsorted on purpose
    assert percentile(samples, 0.0) == 1.0
    assert percentile(samples, 0.5) == 2.5
    assert percentile(samples, 1.0) == 4.0
    assert percentile(list(range(1, 101)), 0.95) == pytest.approx(95.05)


def test_percentiles_of_no_samples_are_none_and_of_one_sample_are_that_sample() -> None:
    assert percentile([], 0.5) is None
    assert percentile([0.25], 0.5) == percentile([0.25], 0.95) == 0.25
    assert summarize_latencies([]) == LatencySummary(count=0, p50=None, p95=None, max=None)
    assert summarize_latencies([0.25]) == LatencySummary(count=1, p50=0.25, p95=0.25, max=0.25)


@pytest.mark.parametrize("q", [-0.1, 1.5])
def test_a_quantile_outside_zero_to_one_is_refused(q: float) -> None:
    with pytest.raises(ValueError, match="quantile"):
        percentile([1.0], q)


def test_metrics_gather_the_rpc_counters_the_runtime_counters_and_the_drops() -> None:
    rpc = RpcStats(
        requests_sent=7,
        in_flight=2,
        timeouts=1,
        error_responses=1,
        malformed_frames=3,
        invalid_utf8=1,
        frames_too_large=2,
        unknown_response_ids=4,
        duplicate_responses=5,
        late_responses=1,
        notifications_received=10,
        notifications_by_method={"item/agentMessage/delta": 8, "turn/completed": 2},
    )
    rpc.recent_latencies.extend(
        [("thread/start", 0.010), ("turn/start", 0.002), ("thread/start", 0.030), ("turn/start", 0.004)]
    )
    server_requests = ServerRequestMetrics(received=5, answered=2, declined_by_deadline=1, handler_errors=1, pending=1)

    metrics = build_metrics(rpc, server_requests, dropped=6)

    assert (metrics.requests_sent, metrics.requests_in_flight, metrics.timeouts) == (7, 2, 1)
    assert metrics.malformed_lines == 6
    assert (metrics.unknown_responses, metrics.duplicate_responses, metrics.late_responses) == (4, 5, 1)
    assert metrics.dropped_messages == 6
    assert metrics.notifications_received == 10
    assert metrics.notifications_by_method == {"item/agentMessage/delta": 8, "turn/completed": 2}
    assert metrics.latency.count == 4
    assert metrics.latency.p50 == pytest.approx(0.007)
    assert metrics.latency.max == pytest.approx(0.030)
    assert list(metrics.latency_by_method) == ["thread/start", "turn/start"]
    assert metrics.latency_by_method["thread/start"].p50 == pytest.approx(0.020)
    assert metrics.latency_by_method["turn/start"].p95 == pytest.approx(0.0039)
    assert metrics.server_requests == ServerRequestMetrics(
        received=5, answered=2, declined_by_deadline=1, handler_errors=1, pending=1
    )


def test_the_snapshot_is_frozen_detached_and_json_ready() -> None:
    rpc = RpcStats(notifications_by_method={"turn/completed": 1})
    rpc.recent_latencies.append(("initialize", 0.05))
    metrics = build_metrics(rpc, ServerRequestMetrics(received=1, pending=1), dropped=0)

    rpc.notifications_by_method["turn/completed"] = 99
    assert metrics.notifications_by_method == {"turn/completed": 1}
    assert metrics.server_requests.pending == 1
    with pytest.raises(dataclasses.FrozenInstanceError):
        metrics.requests_sent = 1  # type: ignore[misc]

    data = metrics.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["latency_by_method"]["initialize"] == {"count": 1, "p50": 0.05, "p95": 0.05, "max": 0.05}
    assert data["server_requests"]["received"] == 1


def test_a_fresh_connection_has_empty_metrics() -> None:
    metrics = build_metrics(RpcStats(), ServerRequestMetrics(), dropped=0)
    assert metrics == MetricsSnapshot()
    assert metrics.to_dict()["latency"] == {"count": 0, "p50": None, "p95": None, "max": None}
