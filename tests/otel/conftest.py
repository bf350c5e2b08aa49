"""OpenTelemetry SDK providers with in-memory exporters, and the real-binary fixtures (the package plugin's
``mock_model`` / ``codex_env``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from codex_runtime.otel import CodexTelemetry


@dataclass
class Exported:
    """What a test's :class:`CodexTelemetry` exported."""

    telemetry: CodexTelemetry
    tracer_provider: TracerProvider
    spans_exporter: InMemorySpanExporter
    metrics_reader: InMemoryMetricReader

    def spans(self) -> list[ReadableSpan]:
        return list(self.spans_exporter.get_finished_spans())

    def span(self, name: str) -> ReadableSpan:
        [found] = [s for s in self.spans() if s.name == name]
        return found

    def parent_name(self, span: ReadableSpan) -> str | None:
        if span.parent is None:
            return None
        [parent] = [s for s in self.spans() if s.context.span_id == span.parent.span_id]
        return parent.name

    def points(self, metric: str) -> list[tuple[dict[str, Any], Any]]:
        """``(attributes, value)`` of each data point: a histogram's (count, sum), a counter's value."""
        data = self.metrics_reader.get_metrics_data()
        found: list[tuple[dict[str, Any], Any]] = []
        for resource in data.resource_metrics if data is not None else ():
            for scope in resource.scope_metrics:
                for m in scope.metrics:
                    if m.name == metric:
                        for p in m.data.data_points:
                            value = (p.count, p.sum) if hasattr(p, "count") else p.value
                            found.append((dict(p.attributes or {}), value))
        return found


@pytest.fixture
def exported() -> Exported:
    spans = InMemorySpanExporter()
    tracer_provider = TracerProvider()
    tracer_provider.add_span_processor(SimpleSpanProcessor(spans))
    reader = InMemoryMetricReader()
    telemetry = CodexTelemetry(tracer_provider=tracer_provider, meter_provider=MeterProvider(metric_readers=[reader]))
    return Exported(telemetry, tracer_provider, spans, reader)


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    path = tmp_path / "work"
    path.mkdir()
    return path
