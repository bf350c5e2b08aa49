"""The error :mod:`codex_runtime.ray` adds to the tree::

CodexRuntimeError
└── PromptRunError
    └── BatchTaskError       a batch task failed (``TaskOutcome.unwrap()``); ``failure`` says why
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from codex_runtime.errors import PromptRunError

if TYPE_CHECKING:
    from codex_runtime.ray.tasks import TaskFailure, TaskOutcome


class BatchTaskError(PromptRunError):
    """A batch task failed after its attempts.

    Attributes:
        outcome: the task's :class:`~codex_runtime.ray.TaskOutcome`.
        failure: its :class:`~codex_runtime.ray.TaskFailure` (``kind``, ``retryable``, ``message``...).
    """

    def __init__(self, outcome: TaskOutcome) -> None:
        self.outcome = outcome
        self.failure: TaskFailure | None = outcome.failure
        what = f"{outcome.failure.kind}: {outcome.failure.message}" if outcome.failure else "no result"
        super().__init__(f"batch task {outcome.index} failed after {outcome.attempts} attempt(s) ({what})")

    def __reduce__(self) -> tuple[type[BatchTaskError], tuple[TaskOutcome]]:
        return (type(self), (self.outcome,))


__all__ = ["BatchTaskError"]
