"""The observation point: every message of a connection, with time and codex ids, for transcripts and tracing.

One hook, :attr:`ClientConfig.observers <codex_runtime.runtime.config.ClientConfig.observers>` (or
:meth:`Runtime.observe <codex_runtime.runtime.runtime.Runtime.observe>` on a running one): each observer is called
with a :class:`WireEvent` for every request, response, notification, server request and our answer to it, in wire
order. ``codex_runtime.sinks`` (JSONL transcripts) and ``codex_runtime.otel`` (spans and metrics) are observers;
so can be a user's function.

An observer runs where the message is handled (the connection's reader for inbound messages): it must be cheap,
must not block and must not raise (errors are logged, counted and never stop the connection). Copy what you keep:
``event.message`` is the connection's own dict.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from codex_runtime.protocol import id_reader
from codex_runtime.rpc.traffic import Direction, Kind, Traffic


@dataclass(frozen=True, slots=True)
class WireEvent:
    """One JSON-RPC message with where it belongs.

    Attributes:
        direction: "out" (we sent it) or "in" (the server did).
        kind: "request", "response" or "notification"; ``("in", "request")`` is a server request (an approval...),
            ``("out", "response")`` our answer to it.
        method: the method (for a response: the method of the request it answers).
        id: the JSON-RPC id; None for notifications.
        thread_id, turn_id: the codex ids the message carries (read from its params; None for responses and
            methods without them).
        message: the whole JSON-RPC message (do not mutate).
        size: bytes on the wire.
        time: ``time.time()`` at send / receipt.
        duration: for the response to one of our requests: its round trip in seconds.
        failure: for a request that got no response: why (the error's class name); ``message`` is then empty.
        connection: which connection (runtime) it crossed, numbered from 1 in this process: JSON-RPC ids are
            only unique within one (an observer shared by a pool's members, or by a restarted client, sees several).
    """

    direction: Direction
    kind: Kind
    method: str
    id: int | str | None
    thread_id: str | None
    turn_id: str | None
    message: dict[str, Any]
    size: int
    time: float
    duration: float | None = None
    failure: str | None = None
    connection: int = 0

    @property
    def is_server_request(self) -> bool:
        return self.direction == "in" and self.kind == "request"

    @property
    def params(self) -> dict[str, Any]:
        """The message's params (requests, notifications); ``{}`` when absent."""
        params = self.message.get("params")
        return params if isinstance(params, dict) else {}


WireObserver = Callable[[WireEvent], None]
"""``observer(event)``: cheap, non-blocking, never raising (see the module docstring)."""


_CONNECTIONS = itertools.count(1)


def next_connection_number() -> int:
    """A new connection number (see :attr:`WireEvent.connection`)."""
    return next(_CONNECTIONS)


def wire_event(traffic: Traffic, connection: int = 0) -> WireEvent:
    """The :class:`WireEvent` of one message: the RPC core's record plus the codex ids of its params."""
    thread_id = turn_id = None
    if traffic.kind != "response":
        params = traffic.message.get("params")
        if isinstance(params, dict):
            thread_id, turn_id = id_reader(traffic.method)(params)
    return WireEvent(
        traffic.direction,
        traffic.kind,
        traffic.method,
        traffic.id,
        thread_id,
        turn_id,
        traffic.message,
        traffic.size,
        traffic.time,
        traffic.duration,
        traffic.failure,
        connection,
    )


def fan_out(observers: tuple[WireObserver, ...], connection: int) -> Callable[[Traffic], None]:
    """One RPC traffic observer that builds the event once and hands it to each of ``observers``."""

    def observe(traffic: Traffic) -> None:
        event = wire_event(traffic, connection)
        for observer in observers:
            observer(event)  # the connection contains and counts what a single observer raises

    if len(observers) == 1:
        only = observers[0]
        return lambda traffic: only(wire_event(traffic, connection))
    return observe


__all__ = ["WireEvent", "WireObserver", "fan_out", "next_connection_number", "wire_event"]
