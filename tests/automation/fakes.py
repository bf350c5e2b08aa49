"""A fake session for automation tests: ``ask`` runs a scripted step and records when it was called."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from codex_runtime import PromptRunResult
from codex_runtime.errors import FailureKind, TurnFailedError, TurnFailure

Step = Callable[["FakeSession", int], Awaitable[PromptRunResult]]


def result(text: str) -> PromptRunResult:
    return PromptRunResult(thread_id="thread-1", turn_id=f"turn-{text}", status="completed", assistant_text=text)


def turn_failed(kind: FailureKind = FailureKind.OTHER) -> TurnFailedError:
    return TurnFailedError(TurnFailure(kind=kind, message=f"scripted {kind}"))


async def answer(session: FakeSession, n: int) -> PromptRunResult:
    return result(f"answer {n}")


class FakeSession:
    """Each ``ask`` runs ``step(self, n)`` (n counts asks from 0); ``started`` holds the loop time of each ask."""

    def __init__(self, step: Step = answer) -> None:
        self.step = step
        self.is_closed = False
        self.prompts: list[str] = []
        self.started: list[float] = []
        self._asked = asyncio.Condition()

    async def ask(self, prompt: str) -> PromptRunResult:
        n = len(self.started)
        self.prompts.append(prompt)
        self.started.append(asyncio.get_running_loop().time())
        async with self._asked:
            self._asked.notify_all()
        return await self.step(self, n)

    async def wait_for_asks(self, count: int, timeout: float = 5.0) -> None:
        """Wait (bounded) until ``ask`` has been called ``count`` times."""
        async with asyncio.timeout(timeout), self._asked:
            await self._asked.wait_for(lambda: len(self.started) >= count)
