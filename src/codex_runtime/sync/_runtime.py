"""Blocking twins of the level-6 objects: Runtime, its event stream, and pending server requests.

The Runtime has dozens of typed helpers; rather than restating each, :class:`Runtime` forwards attribute access and
runs any coroutine method on the portal loop, so every helper keeps its async signature minus ``await``.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Iterator
from types import TracebackType
from typing import Any, Self

from codex_runtime.runtime.events import EventStream as AsyncEventStream
from codex_runtime.runtime.runtime import Runtime as AsyncRuntime
from codex_runtime.runtime.server_requests import PendingServerRequest as AsyncPendingServerRequest
from codex_runtime.sync._portal import Portal


class PendingServerRequest:
    """A server request waiting for an answer: ``respond(answer)`` / ``decline()`` block; the other attributes
    (``id``, ``method``, ``params``, ``thread_id``, ``turn_id``, ``deadline``, ...) are the async request's."""

    def __init__(self, portal: Portal, request: AsyncPendingServerRequest) -> None:
        self._portal = portal
        self._request = request

    def __getattr__(self, name: str) -> Any:
        return getattr(self._request, name)

    def __repr__(self) -> str:
        return repr(self._request)

    def respond(self, answer: Any) -> None:
        """Answer with a decision string, a typed response, or a response dict.

        Raises:
            ServerRequestAlreadyAnsweredError, InvalidServerResponseError, TransportError: as the async form.
        """
        self._portal.call(self._request.respond(answer))

    def decline(self) -> None:
        """Answer fail-closed."""
        self._portal.call(self._request.decline())


def pending_requests(portal: Portal, requests: Any) -> Iterator[PendingServerRequest]:
    """Blocking iteration over an async iterator of pending requests, each wrapped."""
    for request in portal.iterate(requests):
        yield PendingServerRequest(portal, request)


class EventStream:
    """Blocking twin of ``Runtime.events()``: iterate, or ``next(timeout)``; ``with`` unsubscribes."""

    def __init__(self, portal: Portal, stream: AsyncEventStream) -> None:
        self._portal = portal
        self._stream = stream

    @property
    def dropped(self) -> int:
        return self._stream.dropped

    def __iter__(self) -> Iterator[Any]:
        return self._portal.iterate(self._stream)

    def next(self, timeout: float) -> Any:
        """The next matching notification within ``timeout`` seconds (TimeoutError otherwise)."""
        return self._portal.call(self._stream.next(timeout))

    def close(self) -> None:
        self._portal.call(_close(self._stream))

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


async def _close(stream: AsyncEventStream) -> None:
    stream.close()  # on the loop that owns the subscription


class Runtime:
    """Blocking twin of :class:`codex_runtime.Runtime`: every coroutine method (``request``, ``thread_read``,
    ``command_exec``, ...) blocks; ``events()`` and ``server_requests()`` iterate; the rest is the async object's."""

    def __init__(self, portal: Portal, runtime: AsyncRuntime) -> None:
        self._portal = portal
        self._runtime = runtime

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._runtime, name)
        if inspect.iscoroutinefunction(attribute):
            return _blocking_method(self._portal, attribute)
        return attribute

    def events(self, **filters: Any) -> EventStream:
        """As ``Runtime.events(thread_id=, turn_id=, methods=, maxsize=)``, blocking."""
        return EventStream(self._portal, self._runtime.events(**filters))

    def server_requests(self) -> Iterator[PendingServerRequest]:
        return pending_requests(self._portal, self._runtime.server_requests())


def _blocking_method(portal: Portal, method: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(method)
    def call(*args: Any, **kwargs: Any) -> Any:
        return portal.call(method(*args, **kwargs))

    return call
