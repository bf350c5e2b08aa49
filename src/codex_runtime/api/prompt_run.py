"""The stream of one turn's events (``Session.ask_stream``): an async iterator and context manager over a
:class:`~codex_runtime.api.turn_run.TurnRun`."""

from __future__ import annotations

from typing import Self

from codex_runtime.api.results import PromptRunEvent, PromptRunResult, TurnCompleted, TurnFailed, TurnInterrupted
from codex_runtime.api.turn_run import TurnRun
from codex_runtime.rpc.closing import AsyncClosingOnExit


class PromptRunStream(AsyncClosingOnExit):
    """The events of one turn, as they happen: ``async for event in stream`` (terminal event last), or
    ``await stream.finish()`` for the result. Leaving ``async with`` before the end interrupts the turn.
    """

    def __init__(self, run: TurnRun) -> None:
        self._run = run
        self.thread_id = run.thread_id
        self.turn_id = run.turn_id
        self._terminal: PromptRunEvent | None = None
        """The terminal event once iterated: ``finish()`` answers from it (the run has let go of the turn)."""

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> PromptRunEvent:
        run = self._run
        event = run.next_delta()  # a queued delta (the bulk of a stream) needs no second coroutine
        if event is not None:
            return event
        try:
            event = await run.next_event()
        except Exception:
            # The stream ends with this error (timeout: the turn was interrupted; transport: the server is gone):
            # stop listening and free the session, exactly as the terminal event does.
            run.close()
            raise
        if event is None:
            run.close()
            raise StopAsyncIteration
        if isinstance(event, TurnCompleted | TurnFailed | TurnInterrupted):
            self._terminal = event
        return event

    async def finish(self) -> PromptRunResult:
        """Drain the remaining events and return the result.

        Raises:
            TurnFailedError, TurnInterruptedError, PromptTimeoutError, TransportError.
        """
        terminal = self._terminal
        if isinstance(terminal, TurnCompleted):
            return terminal.result
        if isinstance(terminal, TurnFailed | TurnInterrupted):
            raise terminal.error
        try:
            return await self._run.result()
        finally:
            self._run.close()

    async def interrupt(self) -> None:
        """Ask the server to interrupt this turn (the stream then ends with ``turn_interrupted``). Waits (bounded)
        until the server takes it; call it where nobody else is iterating the stream."""
        await self._run.interrupt()

    async def request_interrupt(self) -> None:
        """Ask the server to interrupt this turn, from another task while one iterates the stream: if the turn is
        not active yet, the iterating task sends it again on the turn's next event.

        Raises:
            CodexRuntimeError: the request failed (not merely too early).
        """
        await self._run.request_interrupt()

    async def aclose(self) -> None:
        """Interrupt the turn if it is still running (waiting, bounded, for the server to confirm), and stop
        listening."""
        try:
            await self._run.stop()
        finally:
            self._run.close()


__all__ = ["PromptRunStream", "TurnRun"]
