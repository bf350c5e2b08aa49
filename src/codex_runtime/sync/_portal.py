"""One background event-loop thread under the blocking API, entered like a context manager (anyio's
``BlockingPortal`` is the model).

Every blocking twin runs the async implementation's coroutine here and waits for it: no logic is duplicated and no
global lock is held while waiting. The loop thread starts when the first user enters the portal and stops when the
last one leaves (and, whatever is left, at interpreter exit): a blocking call is a user for its duration; a
``Client``, ``Workflow``, ``AppServer`` or ``RuntimePool`` twin is one from its first use to its shutdown.
The loop is uvloop when installed, unless opted out (:mod:`._loop`: ``CODEX_RUNTIME_EVENT_LOOP=asyncio``).

Ctrl-C in the waiting thread cancels the coroutine's task (so a running turn is interrupted by the async code's own
cancellation path), waits a bounded time for that cleanup, then re-raises.
"""

from __future__ import annotations

import asyncio
import atexit
import concurrent.futures
import contextlib
import functools
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Iterator
from types import TracebackType
from typing import Any, ParamSpec, Self, TypeVar

from codex_runtime.errors import UsageError, WrongThreadError
from codex_runtime.sync._loop import EventLoopChoice, checked_choice, loop_factory

T = TypeVar("T")
P = ParamSpec("P")

_CANCEL_GRACE = 10.0
"""Seconds to wait for a cancelled coroutine to finish its cleanup (e.g. send turn/interrupt) after Ctrl-C."""
_SIGNAL_POLL = 0.25
"""Seconds a blocked caller waits before it runs Python again: a Ctrl-C the kernel delivers to the loop thread (it
may pick any thread) sets a flag only the main thread acts on, and only when it runs Python, so a caller blocked
without a timeout would never raise KeyboardInterrupt while the call goes on."""
_STOP_GRACE = 10.0
"""Seconds to wait for the loop thread to cancel what is left on it and end."""


class Portal:
    """An event loop on its own thread while at least one user is inside (``with portal:``).

    :meth:`call` runs a coroutine there and blocks for its result; it counts as a user for its duration.
    ``event_loop`` chooses the loop each start runs (None: ``CODEX_RUNTIME_EVENT_LOOP``, read at each start).

    Raises:
        InvalidArgumentError: an unknown ``event_loop``.
    """

    def __init__(self, event_loop: EventLoopChoice | None = None) -> None:
        self._event_loop = None if event_loop is None else checked_choice(event_loop)
        self._lock = threading.Lock()
        self._users = 0
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._held: set[asyncio.Future[object]] = set()

    @property
    def is_running(self) -> bool:
        """True while the loop thread runs (some user is inside)."""
        thread = self._thread
        return thread is not None and thread.is_alive()

    @property
    def loop(self) -> asyncio.AbstractEventLoop:
        """The running loop.

        Raises:
            UsageError: the portal is not entered (no loop runs).
        """
        loop = self._loop
        if loop is None:
            raise UsageError("the blocking portal is not running; enter it first (`with portal:`)")
        return loop

    # --- users ---------------------------------------------------------------------------------------------

    def __enter__(self) -> Self:
        with self._lock:
            self._users += 1
            if self._users == 1 or not self.is_running:
                try:
                    self._start()
                except BaseException:
                    self._users -= 1
                    raise
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        with self._lock:
            if self._users == 0:  # already closed (interpreter exit) under its users
                return
            self._users -= 1
            if self._users:
                return
            ending = self._detach()
        _end(*ending)

    def close(self) -> None:
        """Stop the loop thread whoever is still inside (interpreter exit); the next user starts a new one."""
        with self._lock:
            self._users = 0
            ending = self._detach()
        _end(*ending)

    def _start(self) -> None:
        factory = loop_factory(self._event_loop)  # raises here, in the entering thread, for a bad choice
        ready = threading.Event()

        async def serve() -> None:
            self._loop = asyncio.get_running_loop()
            self._stop = asyncio.Event()
            ready.set()
            await self._stop.wait()
            # The runner then cancels whatever is left and closes async generators: a clean stop.

        def run() -> None:
            with asyncio.Runner(loop_factory=factory) as runner:
                runner.run(serve())

        self._thread = threading.Thread(target=run, name="codex-runtime-loop", daemon=True)
        self._thread.start()
        ready.wait()

    def _detach(self) -> tuple[threading.Thread | None, asyncio.AbstractEventLoop | None, asyncio.Event | None]:
        ending = self._thread, self._loop, self._stop
        self._thread = self._loop = self._stop = None
        return ending

    # --- calls ---------------------------------------------------------------------------------------------

    def call(self, coroutine: Coroutine[Any, Any, T]) -> T:
        """Run the coroutine on the portal loop and return its result (its exception is re-raised here).

        Raises:
            WrongThreadError: called from the portal's own loop thread (that would deadlock).
            InvalidArgumentError: the loop thread could not start with the chosen event loop (see :mod:`._loop`).
            KeyboardInterrupt: after cancelling the coroutine and letting it clean up.
        """
        if self._thread is not None and threading.current_thread() is self._thread:
            coroutine.close()
            raise WrongThreadError("blocking codex_runtime.sync call made from its own event loop; use the async API")
        try:
            self.__enter__()
        except BaseException:
            coroutine.close()  # it never ran (e.g. an unknown event loop choice): no "never awaited" warning
            raise
        try:
            return self._wait(coroutine)
        finally:
            self.__exit__(None, None, None)

    def _wait(self, coroutine: Coroutine[Any, Any, T]) -> T:
        loop = self.loop
        tasks: list[asyncio.Task[T]] = []

        async def run() -> T:
            task = asyncio.current_task()
            assert task is not None
            tasks.append(task)
            return await coroutine

        future: concurrent.futures.Future[T] = asyncio.run_coroutine_threadsafe(run(), loop)
        try:
            while True:
                try:
                    return future.result(timeout=_SIGNAL_POLL)
                except concurrent.futures.TimeoutError:
                    if future.done():
                        return future.result()  # the coroutine's own result or error, not our poll's timeout
        except KeyboardInterrupt:
            # Cancel the TASK (not the concurrent future, whose result() would return at once) so its own
            # cleanup (e.g. turn/interrupt) runs, and wait for that cleanup, bounded.
            if tasks:
                loop.call_soon_threadsafe(tasks[0].cancel)
            else:
                future.cancel()
            with contextlib.suppress(BaseException):
                future.result(timeout=_CANCEL_GRACE)
            raise

    def hold_while(self, awaitable: Awaitable[object]) -> None:
        """Keep the loop running until ``awaitable`` ends, whoever else leaves: for work that outlives the call
        that started it (a spawned automation). Call it from a coroutine that :meth:`call` runs on this loop."""
        self.__enter__()  # the running call is a user already: this only counts one more
        held = asyncio.ensure_future(awaitable)
        self._held.add(held)  # the loop keeps only a weak reference to a task
        held.add_done_callback(self._release)

    def _release(self, held: asyncio.Future[object]) -> None:
        self._held.discard(held)
        if not held.cancelled():
            held.exception()  # its outcome is its owner's to report (e.g. an automation's status), not the loop's
        self.__exit__(None, None, None)

    def call_soon(self, callback: Callable[[], object]) -> None:
        """Run a plain callback on the loop (thread-safe; nothing to wait for)."""
        self.loop.call_soon_threadsafe(callback)

    def iterate(self, iterator: AsyncIterator[T]) -> Iterator[T]:
        """A plain iterator over an async iterator living on the portal loop."""
        while True:
            try:
                yield self.call(_anext(iterator))
            except StopAsyncIteration:
                return


def _end(thread: threading.Thread | None, loop: asyncio.AbstractEventLoop | None, stop: asyncio.Event | None) -> None:
    """Stop a detached loop thread and wait for it, bounded. Never under the portal's lock: what the stopping loop
    cancels may leave the portal in its cleanup (a held automation), which takes that lock."""
    if thread is None or loop is None or stop is None:
        return
    if threading.current_thread() is thread:
        loop.call_soon(stop.set)  # the last user left from a callback on the loop itself: cannot join
        return
    with contextlib.suppress(RuntimeError):  # the loop already ended
        loop.call_soon_threadsafe(stop.set)
    thread.join(_STOP_GRACE)


async def _anext(iterator: AsyncIterator[T]) -> T:
    return await iterator.__anext__()


PORTAL = Portal()
"""The one portal of the process."""
atexit.register(PORTAL.close)


def get_portal() -> Portal:
    """The process's portal (its loop runs while someone is inside)."""
    return PORTAL


def blocking(function: Callable[P, Coroutine[Any, Any, T]]) -> Callable[P, T]:
    """The blocking twin of a coroutine function: same name, signature and docstring; runs on the portal."""

    @functools.wraps(function)
    def call(*args: P.args, **kwargs: P.kwargs) -> T:
        return PORTAL.call(function(*args, **kwargs))

    call.__doc__ = f"Blocking twin of ``{function.__module__}.{function.__qualname__}``.\n\n{function.__doc__ or ''}"
    return call


__all__ = ["PORTAL", "Portal", "blocking", "get_portal"]
