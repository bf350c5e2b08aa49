"""The asyncio glue of every command: one event loop per command, and Ctrl-C routed to whoever can handle it;
:func:`client_command` for a command that is one async body on a connected client.

Ctrl-C (SIGINT) calls the innermost registered handler (e.g. "interrupt the running turn"); pressed again while
that handler is still registered, or with none registered, it cancels the command, which then exits with 130.
"""

from __future__ import annotations

import contextlib
import functools
import signal
from collections.abc import Awaitable, Callable, Iterator
from typing import TYPE_CHECKING, Concatenate, ParamSpec

from codex_runtime.cli.options import CliState, pass_state

if TYPE_CHECKING:
    import asyncio

    from codex_runtime.api.client import Client

# asyncio (~40 ms) is imported when a command body runs, not with this module: `run` starts codex before that.

P = ParamSpec("P")


class Interrupts:
    """Routes Ctrl-C inside one command; see the module docstring."""

    def __init__(self) -> None:
        self._handlers: list[tuple[Callable[[], None], list[bool]]] = []
        self._task: asyncio.Task[object] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self.cancelled = False
        """True once Ctrl-C cancelled the whole command."""

    def install(self) -> None:
        """Take over SIGINT for the current task (no-op where the loop cannot, e.g. outside the main thread)."""
        import asyncio

        self._loop = asyncio.get_running_loop()
        self._task = asyncio.current_task()
        try:
            self._loop.add_signal_handler(signal.SIGINT, self._on_sigint)
        except (NotImplementedError, RuntimeError, ValueError):
            self._loop = None

    def uninstall(self) -> None:
        if self._loop is not None:
            with contextlib.suppress(Exception):
                self._loop.remove_signal_handler(signal.SIGINT)
            self._loop = None

    @contextlib.contextmanager
    def handler(self, on_interrupt: Callable[[], None]) -> Iterator[None]:
        """While inside, the first Ctrl-C calls ``on_interrupt``; a second one cancels the command."""
        entry = (on_interrupt, [False])
        self._handlers.append(entry)
        try:
            yield
        finally:
            self._handlers.remove(entry)

    def cancel_command(self) -> None:
        """Cancel the whole command (as a second Ctrl-C does)."""
        self.cancelled = True
        if self._task is not None:
            self._task.cancel()

    def _on_sigint(self) -> None:
        if self._handlers:
            on_interrupt, used = self._handlers[-1]
            if not used[0]:
                used[0] = True
                on_interrupt()
                return
        self.cancel_command()


def run_command(body: Callable[[Interrupts], Awaitable[int]]) -> int:
    """Run ``body`` on a fresh event loop with Ctrl-C routing; returns its exit code.

    Raises:
        KeyboardInterrupt: Ctrl-C cancelled the command (the caller exits with 130).
    """
    import asyncio

    interrupts = Interrupts()

    async def main() -> int:
        interrupts.install()
        try:
            return await body(interrupts)
        finally:
            interrupts.uninstall()

    try:
        return asyncio.run(main())
    except asyncio.CancelledError:
        if interrupts.cancelled:
            raise KeyboardInterrupt from None
        raise


def client_command(body: Callable[Concatenate[CliState, Client, P], Awaitable[int]]) -> Callable[P, int]:
    """Makes the async ``body`` a command (see :func:`~codex_runtime.cli.options.pass_state`) that runs it on its
    own event loop with a :class:`Client` connected with the global options, closed when ``body`` returns::

        @click.command("logout")
        @client_command
        async def logout_cmd(state: CliState, client: Client) -> int: ...
    """

    @functools.wraps(body)
    def command(state: CliState, /, *args: P.args, **kwargs: P.kwargs) -> int:
        # Imported on use: this module is on `run`'s path, which should not load the client before codex is spawned.
        from codex_runtime.api.client import Client

        async def main(_interrupts: Interrupts) -> int:
            async with Client(state.client_config()) as client:
                return await body(state, client, *args, **kwargs)

        return run_command(main)

    return pass_state(command)


__all__ = ["Interrupts", "client_command", "run_command"]
