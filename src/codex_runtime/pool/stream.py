"""The events of one pool turn: :class:`PoolPromptRunStream` wraps a session's stream so a lost member surfaces as
:class:`~codex_runtime.pool.MemberLostError` and the turn's slot and lock are released however the stream ends."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Self

from codex_runtime.api.prompt_run import PromptRunStream
from codex_runtime.api.results import PromptRunEvent, PromptRunResult
from codex_runtime.errors import TransportError
from codex_runtime.pool.errors import MemberLostError
from codex_runtime.rpc.closing import AsyncClosingOnExit

logger = logging.getLogger("codex_runtime.pool")


class PoolPromptRunStream(AsyncClosingOnExit):
    """The events of one pool turn: the :class:`~codex_runtime.PromptRunStream` API, with a lost member surfacing
    as :class:`MemberLostError`. The turn slot and the session lock are released when the stream ends
    (exhausted, finished, closed, or failed)."""

    def __init__(
        self,
        inner: PromptRunStream,
        *,
        on_end: Callable[[bool], None],
        lost: Callable[[TransportError], MemberLostError | None],
    ) -> None:
        self._inner = inner
        self._on_end = on_end
        self._lost = lost
        self._ended = False
        self._completed = False
        self.thread_id = inner.thread_id
        self.turn_id = inner.turn_id

    def _end(self) -> None:
        if not self._ended:
            self._ended = True
            self._on_end(self._completed)

    async def _fail(self, exc: BaseException) -> BaseException | None:
        """Close the inner stream (bounded) after a failure; the typed error to raise instead, if any."""
        try:
            await self._inner.aclose()
        except Exception:
            logger.debug("closing a failed pool stream failed", exc_info=True)
        finally:
            self._end()
        return self._lost(exc) if isinstance(exc, TransportError) else None

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> PromptRunEvent:
        try:
            event = await self._inner.__anext__()
        except StopAsyncIteration:
            self._end()
            raise
        except BaseException as exc:
            typed = await self._fail(exc)
            if typed is None:
                raise
            raise typed from exc
        if event.kind == "turn_completed":
            self._completed = True
        return event

    async def finish(self) -> PromptRunResult:
        """Drain the remaining events and return the result.

        Raises:
            MemberLostError: the member died during the turn; retry.
            TurnFailedError, TurnInterruptedError, PromptTimeoutError, TransportError: as PromptRunStream.finish.
        """
        try:
            result = await self._inner.finish()
        except BaseException as exc:
            typed = await self._fail(exc)
            if typed is None:
                raise
            raise typed from exc
        self._completed = True
        self._end()
        return result

    async def interrupt(self) -> None:
        """Ask the server to interrupt this turn (the stream then ends with ``turn_interrupted``)."""
        await self._inner.interrupt()

    async def aclose(self) -> None:
        """Interrupt the turn if it is still running (bounded), stop listening, release the slot."""
        try:
            await self._inner.aclose()
        finally:
            self._end()


__all__ = ["PoolPromptRunStream"]
