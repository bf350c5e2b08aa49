"""Builders for :class:`~codex_runtime.testing.MockResponse`: the answers a :class:`MockModel` can script.

Each builder returns one response (one POST's answer). What the real ``codex app-server`` does with each is listed
in its docstring, as measured against codex-cli 0.163.0::

    model.enqueue(responses.exec_command("echo hi"), responses.text("done"))   # a tool round trip = 2 POSTs
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from codex_runtime._scripted.stream import MockResponse, SseEvent, StreamBuilder, Usage, new_id


def text(
    answer: str, *, deltas: list[str] | None = None, usage: Usage | None = None, phase: str | None = None
) -> MockResponse:
    """An assistant message streamed as ``deltas`` (default: word-sized pieces of ``answer``).

    Server behaviour: ``item/started`` (agentMessage), one ``item/agentMessage/delta`` per delta,
    ``item/completed`` with the full text, then ``turn/completed`` "completed".
    """
    return StreamBuilder().message(answer, deltas=deltas, phase=phase).completed(usage).build(label="text")


def reasoning(summary: str, answer: str = "", *, usage: Usage | None = None) -> MockResponse:
    """A reasoning summary (``item/reasoning/summaryTextDelta``), then ``answer`` as a message if given."""
    builder = StreamBuilder().reasoning(summary)
    if answer:
        builder.message(answer)
    return builder.completed(usage).build(label="reasoning")


def exec_command(
    cmd: str,
    *,
    call_id: str | None = None,
    workdir: str | None = None,
    sandbox_permissions: str | None = None,
    justification: str | None = None,
    yield_time_ms: int | None = None,
    usage: Usage | None = None,
) -> MockResponse:
    """The model calls the unified-exec ``exec_command`` tool with ``cmd`` (``login`` false: no shell noise).
    ``usage`` is what this model request reports in ``response.completed``.

    Server behaviour: a ``commandExecution`` item (and an approval request first under ``untrusted``); the
    next POST carries the ``function_call_output``, so enqueue the follow-up answer (e.g. :func:`text`) too.
    ``sandbox_permissions="require_escalated"`` makes ``on-request`` ask for approval.
    """
    arguments: dict[str, Any] = {"cmd": cmd, "login": False}
    if workdir is not None:
        arguments["workdir"] = workdir
    if sandbox_permissions is not None:
        arguments["sandbox_permissions"] = sandbox_permissions
    if justification is not None:
        arguments["justification"] = justification
    if yield_time_ms is not None:
        arguments["yield_time_ms"] = yield_time_ms
    return (
        StreamBuilder()
        .function_call("exec_command", arguments, call_id=call_id)
        .completed(usage)
        .build(label="exec_command")
    )


def apply_patch(patch: str, *, call_id: str | None = None) -> MockResponse:
    """The model calls the freeform ``apply_patch`` tool with ``patch`` (``*** Begin Patch`` ... text).

    Server behaviour: a ``fileChange`` item (approval requested under ``untrusted``); enqueue a follow-up answer.
    Needs the model catalog written by :func:`~codex_runtime.testing.mock_codex_home`.
    """
    return (
        StreamBuilder().custom_tool_call("apply_patch", patch, call_id=call_id).completed().build(label="apply_patch")
    )


def add_file_patch(path: str, content: str) -> str:
    """An ``apply_patch`` body that creates ``path`` (absolute) with ``content``."""
    lines = content.splitlines() or [""]
    body = "".join(f"+{line}\n" for line in lines)
    return f"*** Begin Patch\n*** Add File: {path}\n{body}*** End Patch\n"


def tool_call(
    name: str, arguments: dict[str, Any], *, call_id: str | None = None, namespace: str | None = None
) -> MockResponse:
    """The model calls any function tool (e.g. a client-provided dynamic tool) with JSON ``arguments``."""
    builder = StreamBuilder().function_call(name, arguments, call_id=call_id, namespace=namespace)
    return builder.completed().build(label=f"call:{name}")


def mcp_tool_call(server: str, tool: str, arguments: dict[str, Any], *, call_id: str | None = None) -> MockResponse:
    """The model calls ``tool`` of the MCP server ``server`` (codex 0.163.0 offers it in the ``mcp__<server>``
    namespace)."""
    return tool_call(tool, arguments, call_id=call_id, namespace=f"mcp__{server}")


def http_error(
    status: int, body: dict[str, Any] | None = None, *, headers: dict[str, str] | None = None
) -> MockResponse:
    """An HTTP error answer. Server behaviour (retries off): ``error`` then ``turn/completed`` "failed" with a
    ``codexErrorInfo`` that depends on status and body (429 usage_limit_reached -> ``usageLimitExceeded``;
    429 otherwise -> ``responseTooManyFailedAttempts``; 500 -> ``internalServerError``; 401/503 ->
    ``httpConnectionFailed``; 400 -> ``other``)."""
    payload = body if body is not None else {"error": {"message": f"mock HTTP {status}", "type": "mock_error"}}
    return MockResponse(status=status, body=payload, headers=tuple((headers or {}).items()), label=f"http {status}")


def usage_limit(message: str = "You've hit your usage limit.") -> MockResponse:
    """HTTP 429 ``usage_limit_reached``: the turn fails with ``usageLimitExceeded`` (quota)."""
    return http_error(429, {"error": {"type": "usage_limit_reached", "message": message}})


def rate_limit(message: str = "Rate limit reached. Please try again later.") -> MockResponse:
    """HTTP 429 rate limit: the turn fails with ``responseTooManyFailedAttempts {httpStatusCode: 429}``."""
    return http_error(
        429, {"error": {"type": "rate_limit_exceeded", "code": "rate_limit_exceeded", "message": message}}
    )


def failed(code: str, message: str = "mock failure") -> MockResponse:
    """A stream that ends in ``response.failed`` with ``code``: ``rate_limit_exceeded`` ->
    ``rateLimitExceeded``, ``context_length_exceeded`` -> ``contextWindowExceeded``, others -> ``other``."""
    return StreamBuilder().failed(code, message).build(label=f"failed {code}")


def disconnect(partial: str = "partial answer", *, after_deltas: int | None = None) -> MockResponse:
    """A message that starts streaming, then the connection drops before ``response.completed``.

    Server behaviour (stream retries off): the turn fails with codexErrorInfo ``other``.
    """
    builder = StreamBuilder().message(partial)
    events = builder.events
    # created + item added + the deltas we keep; never the item done or completed.
    keep = 2 + (after_deltas if after_deltas is not None else len(events) - 3)
    return MockResponse(events=tuple(events), disconnect_after=keep, label="disconnect")


def slow(answer: str, *, delay: float, deltas: list[str] | None = None) -> MockResponse:
    """Like :func:`text`, but sleeps ``delay`` seconds before each SSE event (for timeouts and interrupts)."""
    events = StreamBuilder().message(answer, deltas=deltas).completed().events
    return MockResponse(events=tuple(events), event_delay=delay, label="slow")


def flood(count: int, *, delta: str = "x", usage: Usage | None = None) -> MockResponse:
    """One message made of ``count`` deltas of ``delta`` (generated lazily: millions are fine).

    The final text is ``delta * count``.
    """
    item_id = new_id("msg")
    response_id = new_id("resp")

    def events() -> Iterator[SseEvent]:
        yield "response.created", {"type": "response.created", "response": {"id": response_id}}
        item = {"type": "message", "role": "assistant", "id": item_id, "content": []}
        yield "response.output_item.added", {"type": "response.output_item.added", "output_index": 0, "item": item}
        event = {
            "type": "response.output_text.delta",
            "item_id": item_id,
            "output_index": 0,
            "content_index": 0,
            "delta": delta,
        }
        for _ in range(count):
            yield "response.output_text.delta", event
        done = {**item, "content": [{"type": "output_text", "text": delta * count, "annotations": []}]}
        yield "response.output_item.done", {"type": "response.output_item.done", "output_index": 0, "item": done}
        yield (
            "response.completed",
            {"type": "response.completed", "response": {"id": response_id, "usage": (usage or Usage()).to_wire()}},
        )

    return MockResponse(events=events, label=f"flood {count}")


def structured(value: Any) -> MockResponse:
    """A final answer that is ``value`` serialized as JSON (for turns with an output schema)."""
    return text(json.dumps(value), deltas=[json.dumps(value)])


__all__ = [
    "add_file_patch",
    "apply_patch",
    "disconnect",
    "exec_command",
    "failed",
    "flood",
    "http_error",
    "mcp_tool_call",
    "rate_limit",
    "reasoning",
    "slow",
    "structured",
    "text",
    "tool_call",
    "usage_limit",
]
