"""Blocking twins of the level-6 objects: Runtime, its event stream, and pending server requests.

Each blocking method is derived from the async one by name (:func:`~codex_runtime.sync._twin.method`): its
parameters, docstring and result type are the async method's.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

from codex_runtime.errors import TransportError
from codex_runtime.protocol.messages import AnyNotification
from codex_runtime.runtime.events import EventStream as AsyncEventStream
from codex_runtime.runtime.restart import RestartPolicy
from codex_runtime.runtime.runtime import Runtime as AsyncRuntime
from codex_runtime.runtime.server_requests import PendingServerRequest as AsyncPendingServerRequest
from codex_runtime.runtime.supervisor import Supervisor as AsyncSupervisor
from codex_runtime.runtime.supervisor import SupervisorState
from codex_runtime.sync._portal import PORTAL
from codex_runtime.sync._twin import Attribute, Managed, Twin, forward
from codex_runtime.sync._twin import method as blocking  # a request twin has an attribute named ``method``


class PendingServerRequest(Twin[AsyncPendingServerRequest]):
    """A server request waiting for an answer: ``respond(answer)`` / ``decline()`` block."""

    respond = blocking(AsyncPendingServerRequest.respond)
    decline = blocking(AsyncPendingServerRequest.decline)

    def __repr__(self) -> str:
        return repr(self._wrapped)

    id = Attribute[int | str]()
    method = Attribute[str]()
    params = Attribute[Any]()  # the method's typed params, or the raw dict of an unknown method (the open wire)
    raw_params = Attribute[dict[str, Any]]()
    thread_id = Attribute[str | None]()
    turn_id = Attribute[str | None]()
    item_id = Attribute[str | None]()
    deadline = Attribute[float]()
    is_pending = Attribute[bool]()


def pending_requests(requests: AsyncIterator[AsyncPendingServerRequest]) -> Iterator[PendingServerRequest]:
    """Blocking iteration over an async iterator of pending requests, each wrapped."""
    for request in PORTAL.iterate(requests):
        yield PendingServerRequest.of(request)


class EventStream(Managed[AsyncEventStream]):
    """Blocking twin of ``Runtime.events()``: iterate, or ``next(timeout)``; ``with`` unsubscribes."""

    next = blocking(AsyncEventStream.next)

    dropped = Attribute[int]()

    def __iter__(self) -> Iterator[AnyNotification]:
        return self._iterate(self._wrapped)

    def close(self) -> None:
        self._call(_close(self._wrapped))


async def _close(stream: AsyncEventStream) -> None:
    stream.close()  # on the loop that owns the subscription


class Runtime(Twin[AsyncRuntime]):
    """Blocking twin of :class:`codex_runtime.Runtime`: every coroutine method blocks; ``events()`` and
    ``server_requests()`` iterate; snapshots are the async object's."""

    request = blocking(AsyncRuntime.request)
    notify = blocking(AsyncRuntime.notify)
    request_typed = blocking(AsyncRuntime.request_typed)
    call = blocking(AsyncRuntime.call)
    wait_closed = blocking(AsyncRuntime.wait_closed)
    shutdown = blocking(AsyncRuntime.shutdown)
    account_read = blocking(AsyncRuntime.account_read)
    model_list = blocking(AsyncRuntime.model_list)
    skills_list = blocking(AsyncRuntime.skills_list)
    command_exec = blocking(AsyncRuntime.command_exec)
    thread_start = blocking(AsyncRuntime.thread_start)
    thread_resume = blocking(AsyncRuntime.thread_resume)
    thread_fork = blocking(AsyncRuntime.thread_fork)
    thread_read = blocking(AsyncRuntime.thread_read)
    thread_list = blocking(AsyncRuntime.thread_list)
    thread_loaded_list = blocking(AsyncRuntime.thread_loaded_list)
    thread_items_list = blocking(AsyncRuntime.thread_items_list)
    thread_turns_list = blocking(AsyncRuntime.thread_turns_list)
    thread_archive = blocking(AsyncRuntime.thread_archive)
    thread_unarchive = blocking(AsyncRuntime.thread_unarchive)
    thread_compact = blocking(AsyncRuntime.thread_compact)
    thread_revert = blocking(AsyncRuntime.thread_revert)
    thread_set_name = blocking(AsyncRuntime.thread_set_name)
    turn_start = blocking(AsyncRuntime.turn_start)
    turn_steer = blocking(AsyncRuntime.turn_steer)
    turn_interrupt = blocking(AsyncRuntime.turn_interrupt)
    fs_read_file = blocking(AsyncRuntime.fs_read_file)
    fs_write_file = blocking(AsyncRuntime.fs_write_file)
    fs_create_directory = blocking(AsyncRuntime.fs_create_directory)
    fs_read_directory = blocking(AsyncRuntime.fs_read_directory)
    fs_get_metadata = blocking(AsyncRuntime.fs_get_metadata)
    fs_copy = blocking(AsyncRuntime.fs_copy)
    fs_remove = blocking(AsyncRuntime.fs_remove)

    is_closed = Attribute[bool]()
    terminal_error = Attribute[TransportError | None]()
    codex_home = Attribute[Path | None]()
    codex_version = Attribute[str | None]()
    user_agent = Attribute[str]()
    server_pid = Attribute[int | None]()
    healthy = Attribute[bool]()

    state_snapshot = forward(AsyncRuntime.state_snapshot)
    metrics_snapshot = forward(AsyncRuntime.metrics_snapshot)
    observe = forward(AsyncRuntime.observe)
    save_state = forward(AsyncRuntime.save_state)
    events = forward(AsyncRuntime.events, EventStream.of)
    server_requests = forward(AsyncRuntime.server_requests, pending_requests)


class Supervisor(Twin[AsyncSupervisor]):
    """Blocking view of a client's supervisor: which app-server connection is current, and its restarts. Starting
    and stopping it is the client's (``with`` / ``shutdown()``)."""

    ready = blocking(AsyncSupervisor.ready, Runtime.of)

    state = Attribute[SupervisorState]()
    generation = Attribute[int]()
    restarts = Attribute[int]()
    attempts = Attribute[int]()
    last_error = Attribute[str | None]()
    failure = Attribute[Exception | None]()
    supervised = Attribute[bool]()
    policy = Attribute[RestartPolicy | None]()

    runtime = Attribute(Runtime.of)
    """The current runtime, blocking."""


__all__ = ["EventStream", "PendingServerRequest", "Runtime", "Supervisor", "pending_requests"]
