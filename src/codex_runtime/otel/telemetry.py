""":class:`CodexTelemetry`: a connection's traffic as OpenTelemetry spans and metrics (GenAI and RPC conventions).

Attach it like any observer: ``ClientConfig(observers=[CodexTelemetry()])``. It uses the global tracer and meter
providers unless given its own. What it records, following the OpenTelemetry semantic conventions (GenAI for
agents and tools, RPC for JSON-RPC):

Spans
- ``invoke_agent codex`` (CLIENT) for each turn, from ``turn/started`` to ``turn/completed``: ``gen_ai.operation.name``
  ``invoke_agent``, ``gen_ai.provider.name`` (the thread's model provider), ``gen_ai.agent.name``,
  ``gen_ai.conversation.id`` (the thread id), ``gen_ai.request.model``, ``gen_ai.usage.input_tokens`` /
  ``output_tokens`` / ``cache_read.input_tokens`` / ``reasoning.output_tokens`` (THIS turn's usage),
  ``codex.turn.id``, ``codex.turn.status``; a failed turn has an ERROR status and ``error.type``. Its parent is
  the span that was current where ``turn/start`` was sent (your own span around ``session.ask``).
- ``execute_tool <name>`` (INTERNAL) for each command, file change, MCP or dynamic tool call item, child of its
  turn: ``gen_ai.operation.name`` ``execute_tool``, ``gen_ai.tool.name`` (``commandExecution``, ``fileChange``,
  the MCP ``server.tool``, the dynamic tool's name), ``gen_ai.tool.call.id`` (the item id), ``gen_ai.tool.type``,
  ``codex.item.status`` and, for commands, ``codex.command.exit_code``. No command text or output (they may hold
  secrets): those are in transcripts, redacted.
- ``codex.approval`` (INTERNAL) for each server request the server waits on (approvals; other server requests are
  ``codex.server_request``), child of its tool item (or turn), from its arrival to our answer:
  ``codex.server_request.method``, ``jsonrpc.request.id``, ``codex.approval.decision`` (``accept``,
  ``acceptForSession``, ``decline``, ``cancel``, ``error`` for an error answer, ``resolved`` when the server
  withdrew it).
- ``<method>`` (CLIENT) for each JSON-RPC request we send: ``rpc.system.name`` ``jsonrpc``, ``rpc.method``,
  ``jsonrpc.request.id``; an error response sets ``rpc.response.status_code`` and an ERROR status, no response
  (deadline, lost connection) sets ``error.type``. Parent: the span current where the call was made.

Metrics
- ``gen_ai.client.operation.duration`` (s, histogram): turn durations, with the span's GenAI attributes,
  ``codex.turn.status`` and, for failures, ``error.type``.
- ``gen_ai.client.token.usage`` (``{token}``, histogram): each turn's input and output tokens
  (``gen_ai.token.type``).
- ``codex_runtime.approvals`` (``{request}``, counter): server requests by ``codex.approval.decision`` and
  ``codex.server_request.method``.
- ``codex_runtime.app_server.restarts`` (``{restart}``, counter): a supervised client's restarts
  (:meth:`CodexTelemetry.watch` its ``client.supervisor``), or your own :meth:`CodexTelemetry.record_restart`.

Bounded: at most ``max_open_spans`` spans are open at once per kind; past it the oldest is ended (status ERROR,
``error.type`` ``abandoned``), e.g. the turns of a connection that died mid-turn.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from opentelemetry import context as otel_context
from opentelemetry import metrics, trace
from opentelemetry.trace import Span, SpanKind, Status, StatusCode

from codex_runtime._version import __version__
from codex_runtime.otel import _wire
from codex_runtime.otel._spans import OpenSpans, end_abandoned, ns
from codex_runtime.runtime.observe import WireEvent
from codex_runtime.runtime.supervisor import Supervisor, SupervisorState
from codex_runtime.runtime.usage import TurnUsage, UsageFold

_TOOL_ITEMS = {"commandExecution", "fileChange", "mcpToolCall", "dynamicToolCall"}
_THREAD_RESULTS = {"thread/start", "thread/resume", "thread/fork"}


class CodexTelemetry:
    """Spans and metrics from a connection's traffic (see the module docstring). Use as an observer.

    Args:
        tracer_provider, meter_provider: where spans and metrics go (default: the global providers).
        agent_name: ``gen_ai.agent.name`` of the turn spans.
        max_open_spans: the bound per kind of open span.
    """

    def __init__(
        self,
        *,
        tracer_provider: trace.TracerProvider | None = None,
        meter_provider: metrics.MeterProvider | None = None,
        agent_name: str = "codex",
        max_open_spans: int = 4096,
    ) -> None:
        self.agent_name = agent_name
        self._tracer = trace.get_tracer("codex_runtime", __version__, tracer_provider=tracer_provider)
        meter = metrics.get_meter("codex_runtime", __version__, meter_provider=meter_provider)
        self._duration = meter.create_histogram(
            "gen_ai.client.operation.duration", unit="s", description="Duration of a codex turn"
        )
        self._tokens = meter.create_histogram(
            "gen_ai.client.token.usage", unit="{token}", description="Tokens used by a codex turn"
        )
        self._approvals = meter.create_counter(
            "codex_runtime.approvals", unit="{request}", description="Server requests answered, by decision"
        )
        self._restarts = meter.create_counter(
            "codex_runtime.app_server.restarts", unit="{restart}", description="app-server restarts by a supervisor"
        )
        self._rpc = OpenSpans(max_open_spans)
        self._turns = OpenSpans(max_open_spans)
        self._items = OpenSpans(max_open_spans)
        self._requests = OpenSpans(max_open_spans)
        self._threads: OpenSpans = OpenSpans(max_open_spans)
        """(connection, thread id) -> {"model", "provider", "context", "usage", "total"}."""

    # --- the observer ---------------------------------------------------------------------------------------

    def __call__(self, event: WireEvent) -> None:
        if event.kind == "notification":
            self._notification(event)
        elif event.direction == "out" and event.kind == "request":
            self._request(event)
        elif event.direction == "in" and event.kind == "response":
            self._response(event)
        elif event.is_server_request:
            self._server_request(event)
        else:  # our answer to a server request
            self._answered(event)

    def record_restart(self, reason: str = "exited") -> None:
        """Count one app-server restart (``codex_runtime.app_server.restarts``)."""
        self._restarts.add(1, {"codex.restart.reason": reason})

    def watch(self, supervisor: Supervisor) -> Callable[[], None]:
        """Count ``supervisor``'s restarts (``client.supervisor``): one each time it starts restarting a lost or hung
        app-server, as ``codex.restart.reason`` ``lost`` (why is in ``supervisor.last_error`` and the log; a
        free-text reason would make the metric's cardinality unbounded). Returns the unsubscribe."""

        def changed(state: SupervisorState) -> None:
            if state is SupervisorState.RESTARTING:
                self.record_restart("lost")

        return supervisor.on_change(changed)

    # --- JSON-RPC requests ------------------------------------------------------------------------------------

    def _request(self, event: WireEvent) -> None:
        attributes: dict[str, Any] = {"rpc.system.name": "jsonrpc", "rpc.method": event.method}
        if event.id is not None:
            attributes["jsonrpc.request.id"] = str(event.id)
        span = self._tracer.start_span(
            event.method, kind=SpanKind.CLIENT, attributes=attributes, start_time=ns(event.time)
        )
        end_abandoned(self._rpc.put((event.connection, event.id), span), event.time)
        if event.method == "turn/start" and event.thread_id is not None:
            thread = self._thread(event.connection, event.thread_id)
            thread["context"] = otel_context.get_current()  # the caller's span parents the turn
            if isinstance(event.params.get("model"), str):
                thread["model"] = event.params["model"]

    def _response(self, event: WireEvent) -> None:
        span: Span | None = self._rpc.pop((event.connection, event.id), None)
        if span is None:
            return
        error = event.message.get("error")
        if event.failure is not None:
            span.set_attribute("error.type", event.failure)
            span.set_status(Status(StatusCode.ERROR, event.failure))
        elif isinstance(error, Mapping):
            span.set_attribute("rpc.response.status_code", str(error.get("code")))
            span.set_attribute("error.type", str(error.get("code")))
            span.set_status(Status(StatusCode.ERROR, str(error.get("message", ""))))
        elif event.method in _THREAD_RESULTS:
            result = event.message.get("result")
            if isinstance(result, Mapping):
                self._thread_started(event.connection, result)
        span.end(end_time=ns(event.time))

    def _thread_started(self, connection: int, result: Mapping[str, Any]) -> None:
        thread_info = result.get("thread")
        if not isinstance(thread_info, Mapping) or not isinstance(thread_info.get("id"), str):
            return
        thread = self._thread(connection, thread_info["id"])
        if isinstance(result.get("model"), str):
            thread["model"] = result["model"]
        provider = result.get("modelProvider") or thread_info.get("modelProvider")
        if isinstance(provider, str):
            thread["provider"] = provider

    def _thread(self, connection: int, thread_id: str) -> dict[str, Any]:
        key = (connection, thread_id)
        thread = self._threads.get(key)
        if thread is None:
            thread = {"model": None, "provider": "openai", "context": None, "usage": None, "total": None}
            self._threads.put(key, thread)
        else:
            self._threads.move_to_end(key)
        return thread

    # --- turns and items ----------------------------------------------------------------------------------------

    def _notification(self, event: WireEvent) -> None:
        method, thread_id = event.method, event.thread_id
        if thread_id is None:
            return
        if method == "thread/tokenUsage/updated":
            thread = self._thread(event.connection, thread_id)
            usage = event.params.get("tokenUsage")
            if thread["usage"] is not None:
                thread["usage"].feed(method, event.params)
            elif isinstance(usage, Mapping):
                thread["total"] = TurnUsage.from_wire(usage.get("total"))  # a baseline for the next turn
        elif method == "turn/started" and event.turn_id is not None:
            self._turn_started(event, thread_id, event.turn_id)
        elif method == "turn/completed" and event.turn_id is not None:
            self._turn_completed(event, thread_id, event.turn_id)
        elif method == "item/started":
            self._item_started(event)
        elif method == "item/completed":
            self._item_completed(event)
        elif method == "serverRequest/resolved":
            entry = self._requests.pop((event.connection, event.params.get("requestId")), None)
            if entry is not None:
                self._decided(entry, "resolved", event.time)

    def _turn_started(self, event: WireEvent, thread_id: str, turn_id: str) -> None:
        thread = self._thread(event.connection, thread_id)
        fold = UsageFold(thread["total"])
        fold.feed("turn/started", event.params)
        thread["usage"] = fold
        attributes = self._agent_attributes(thread, thread_id)
        attributes["codex.turn.id"] = turn_id
        span = self._tracer.start_span(
            f"invoke_agent {self.agent_name}",
            context=thread["context"],
            kind=SpanKind.CLIENT,
            attributes=attributes,
            start_time=ns(event.time),
        )
        thread["context"] = None
        end_abandoned(self._turns.put((event.connection, turn_id), (span, event.time, attributes)), event.time)

    def _agent_attributes(self, thread: Mapping[str, Any], thread_id: str) -> dict[str, Any]:
        attributes: dict[str, Any] = {
            "gen_ai.operation.name": "invoke_agent",
            "gen_ai.provider.name": thread["provider"],
            "gen_ai.agent.name": self.agent_name,
            "gen_ai.conversation.id": thread_id,
        }
        if thread["model"] is not None:
            attributes["gen_ai.request.model"] = thread["model"]
        return attributes

    def _turn_completed(self, event: WireEvent, thread_id: str, turn_id: str) -> None:
        entry = self._turns.pop((event.connection, turn_id), None)
        thread = self._thread(event.connection, thread_id)
        fold: UsageFold | None = thread["usage"]
        thread["usage"] = None
        if entry is None:
            return
        span, started, attributes = entry
        turn = event.params.get("turn")
        turn = turn if isinstance(turn, Mapping) else {}
        status = str(turn.get("status", "unknown"))
        metric_attributes = {**attributes, "codex.turn.status": status}
        del metric_attributes["gen_ai.conversation.id"], metric_attributes["codex.turn.id"]  # unbounded values
        span.set_attribute("codex.turn.status", status)
        if status == "failed":
            error_type = _wire.error_type(turn.get("error"))
            span.set_attribute("error.type", error_type)
            metric_attributes["error.type"] = error_type
            span.set_status(Status(StatusCode.ERROR, _wire.error_message(turn.get("error"))))
        usage = fold.turn if fold is not None else None
        if fold is not None and fold.thread is not None:
            thread["total"] = fold.thread
        if usage is not None:
            span.set_attributes(
                {
                    "gen_ai.usage.input_tokens": usage.input_tokens,
                    "gen_ai.usage.output_tokens": usage.output_tokens,
                    "gen_ai.usage.cache_read.input_tokens": usage.cached_input_tokens,
                    "gen_ai.usage.reasoning.output_tokens": usage.reasoning_output_tokens,
                }
            )
            self._tokens.record(usage.input_tokens, {**metric_attributes, "gen_ai.token.type": "input"})
            self._tokens.record(usage.output_tokens, {**metric_attributes, "gen_ai.token.type": "output"})
        self._duration.record(max(0.0, event.time - started), metric_attributes)
        span.end(end_time=ns(event.time))

    def _item_started(self, event: WireEvent) -> None:
        item = event.params.get("item")
        if not isinstance(item, Mapping) or item.get("type") not in _TOOL_ITEMS or event.turn_id is None:
            return
        turn = self._turns.get((event.connection, event.turn_id))
        parent = trace.set_span_in_context(turn[0]) if turn is not None else None
        name = _wire.tool_name(item)
        attributes = {
            "gen_ai.operation.name": "execute_tool",
            "gen_ai.tool.name": name,
            "gen_ai.tool.call.id": str(item.get("id")),
            "gen_ai.tool.type": "extension" if item.get("type") == "mcpToolCall" else "function",
            "codex.item.type": str(item.get("type")),
        }
        span = self._tracer.start_span(
            f"execute_tool {name}", context=parent, attributes=attributes, start_time=ns(event.time)
        )
        end_abandoned(self._items.put((event.connection, item.get("id")), span), event.time)

    def _item_completed(self, event: WireEvent) -> None:
        item = event.params.get("item")
        if not isinstance(item, Mapping):
            return
        span: Span | None = self._items.pop((event.connection, item.get("id")), None)
        if span is None:
            return
        status = str(item.get("status"))
        span.set_attribute("codex.item.status", status)
        if isinstance(item.get("exitCode"), int):
            span.set_attribute("codex.command.exit_code", item["exitCode"])
        if status == "failed":
            span.set_attribute("error.type", "failed")
            span.set_status(Status(StatusCode.ERROR, "the tool call failed"))
        span.end(end_time=ns(event.time))

    # --- server requests ----------------------------------------------------------------------------------------

    def _server_request(self, event: WireEvent) -> None:
        params = event.params
        item_id = params.get("itemId") or params.get("callId")
        parent_span = self._items.get((event.connection, item_id)) if item_id is not None else None
        if parent_span is None and event.turn_id is not None:
            turn = self._turns.get((event.connection, event.turn_id))
            parent_span = turn[0] if turn is not None else None
        parent = trace.set_span_in_context(parent_span) if parent_span is not None else None
        name = "codex.approval" if "pproval" in event.method else "codex.server_request"
        attributes = {"codex.server_request.method": event.method, "jsonrpc.request.id": str(event.id)}
        span = self._tracer.start_span(name, context=parent, attributes=attributes, start_time=ns(event.time))
        end_abandoned(self._requests.put((event.connection, event.id), (span, event.method)), event.time)

    def _answered(self, event: WireEvent) -> None:
        entry = self._requests.pop((event.connection, event.id), None)
        if entry is not None:
            self._decided(entry, _wire.decision(event.message), event.time)

    def _decided(self, entry: tuple[Span, str], decision: str, at: float) -> None:
        span, method = entry
        span.set_attribute("codex.approval.decision", decision)
        self._approvals.add(1, {"codex.approval.decision": decision, "codex.server_request.method": method})
        span.end(end_time=ns(at))


__all__ = ["CodexTelemetry"]
