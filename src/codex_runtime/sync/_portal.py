"""One background event-loop thread under the blocking API (like anyio's BlockingPortal).

Every blocking twin submits the async implementation's coroutine here and waits for it: no logic is duplicated
and no global lock is taken. Ctrl-C in the waiting thread cancels the coroutine (so a running turn is interrupted
by the async code's own cancellation path), waits a bounded time for that cleanup, then re-raises.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import functools
import threading
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from typing import Any, ParamSpec, TypeVar

from codex_runtime.errors import WrongThreadError

T = TypeVar("T")

_CANCEL_GRACE = 10.0
"""Seconds to wait for a cancelled coroutine to finish its cleanup (e.g. send turn/interrupt) after Ctrl-C."""


class Portal:
    """A daemon thread running an event loop; :meth:`call` runs a coroutine there and blocks for its result."""

    def __init__(self) -> None:
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="codex-runtime-loop", daemon=True)
        self._thread.start()
        self._ready.wait()

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._loop.call_soon(self._ready.set)
        self._loop.run_forever()

    @property
    def loop(self) -> asyncio.AbstractEventLoop:
        return self._loop

    def call(self, coroutine: Coroutine[Any, Any, T]) -> T:
        """Run the coroutine on the portal loop and return its result (its exception is re-raised here).

        Raises:
            WrongThreadError: called from the portal's own loop thread (that would deadlock).
            KeyboardInterrupt: after cancelling the coroutine and letting it clean up.
        """
        if threading.current_thread() is self._thread:
            coroutine.close()
            raise WrongThreadError("blocking codex_runtime.sync call made from its own event loop; use the async API")
        tasks: list[asyncio.Task[T]] = []

        async def run() -> T:
            task = asyncio.current_task()
            assert task is not None
            tasks.append(task)
            return await coroutine

        future: concurrent.futures.Future[T] = asyncio.run_coroutine_threadsafe(run(), self._loop)
        try:
            return future.result()
        except KeyboardInterrupt:
            # Cancel the TASK (not the concurrent future, whose result() would return at once) so its own
            # cleanup (e.g. turn/interrupt) runs, and wait for that cleanup, bounded.
            if tasks:
                self._loop.call_soon_threadsafe(tasks[0].cancel)
            else:
                future.cancel()
            with contextlib.suppress(BaseException):
                future.result(timeout=_CANCEL_GRACE)
            raise

    def iterate(self, iterator: AsyncIterator[T]) -> Iterator[T]:
        """A plain iterator over an async iterator living on the portal loop."""
        while True:
            try:
                yield self.call(_anext(iterator))
            except StopAsyncIteration:
                return


async def _anext(iterator: AsyncIterator[T]) -> T:
    return await iterator.__anext__()


P = ParamSpec("P")


def blocking(function: Callable[P, Coroutine[Any, Any, T]]) -> Callable[P, T]:
    """The blocking twin of a coroutine function: same name, signature and docstring; runs on the portal."""

    @functools.wraps(function)
    def call(*args: P.args, **kwargs: P.kwargs) -> T:
        return get_portal().call(function(*args, **kwargs))

    call.__doc__ = f"Blocking twin of ``{function.__module__}.{function.__qualname__}``.\n\n{function.__doc__ or ''}"
    return call


_portal: Portal | None = None
_portal_lock = threading.Lock()


def get_portal() -> Portal:
    """The process-wide portal, started on first use."""
    global _portal
    with _portal_lock:
        if _portal is None or not _portal._thread.is_alive():
            _portal = Portal()
        return _portal
