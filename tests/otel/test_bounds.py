"""Edge cases the real server will not produce on demand: open spans are bounded (a connection that died
mid-turn never completes its turns), and ids of different connections never mix."""

from __future__ import annotations

from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import StatusCode

from codex_runtime.otel import CodexTelemetry
from codex_runtime.runtime.observe import WireEvent
from tests.otel.conftest import Exported


def notification(method: str, turn_id: str, at: float, connection: int = 1, **params: object) -> WireEvent:
    message = {"method": method, "params": {"threadId": "thr", "turnId": turn_id, **params}}
    return WireEvent("in", "notification", method, None, "thr", turn_id, message, 10, at, connection=connection)


def test_past_the_bound_the_oldest_open_turn_is_ended_as_abandoned() -> None:
    spans = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(spans))
    telemetry = CodexTelemetry(
        tracer_provider=provider,
        meter_provider=MeterProvider(metric_readers=[InMemoryMetricReader()]),
        max_open_spans=2,
    )
    for n in range(3):
        telemetry(notification("turn/started", f"turn-{n}", 100.0 + n))

    [abandoned] = spans.get_finished_spans()
    assert (abandoned.attributes or {})["codex.turn.id"] == "turn-0"
    assert (abandoned.attributes or {})["error.type"] == "abandoned"
    assert abandoned.status.status_code is StatusCode.ERROR
    assert abandoned.end_time == 102_000_000_000  # ended when the bound was passed


def test_the_same_turn_id_on_two_connections_is_two_turns(exported: Exported) -> None:
    completed = {"turn": {"id": "t", "status": "completed", "items": [], "error": None}}
    exported.telemetry(notification("turn/started", "t", 1.0, connection=1))
    exported.telemetry(notification("turn/started", "t", 2.0, connection=2))
    exported.telemetry(notification("turn/completed", "t", 3.0, connection=2, **completed))

    [ended] = exported.spans()
    assert (ended.start_time, ended.end_time) == (2_000_000_000, 3_000_000_000)
