"""OpenTelemetry for codex-runtime (the ``otel`` extra: ``pip install 'codex-runtime[otel]'``).

Knows: :class:`~codex_runtime.runtime.observe.WireEvent` (the runtime's observation point), the OpenTelemetry API
and the GenAI / RPC semantic conventions. Must not know: the Client or sessions. Importing ``codex_runtime`` never
imports OpenTelemetry; only importing this package does.

Attach with ``ClientConfig(observers=[CodexTelemetry()])``; see :mod:`codex_runtime.otel.telemetry` for every span,
attribute and metric.
"""

from codex_runtime.otel.telemetry import CodexTelemetry

__all__ = ["CodexTelemetry"]
