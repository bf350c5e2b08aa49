"""What a batch is made of: :class:`BatchTask` in, :class:`TaskOutcome` (a result or a :class:`TaskFailure`) out,
:class:`BatchEvent` as progress. Plain, picklable data; the failure classification is pure logic shared by the
worker (turn errors) and the driver (lost workers).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Literal

from codex_runtime.api.profiles import RunProfile
from codex_runtime.api.results import PromptRunResult
from codex_runtime.errors import (
    AttachmentNotFoundError,
    BlockedByHookError,
    FailureKind,
    InvalidArgumentError,
    OutputParseError,
    PrivilegedEscalationError,
    PromptRunError,
    PromptTimeoutError,
    RpcTimeoutError,
    ServerOverloadedError,
    TransportError,
    TurnFailedError,
    TurnInterruptedError,
)
from codex_runtime.pool.errors import MemberLostError, PoolBusyError, SessionFailoverError


@dataclass(frozen=True, slots=True)
class BatchTask:
    """One prompt of a batch: run ``prompt`` in ``cwd`` (a path ON THE WORKER'S MACHINE) with ``profile``.

    ``key`` is an optional label of yours, carried into the outcome.
    """

    cwd: str
    prompt: str
    profile: RunProfile | None = None
    key: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "cwd", os.fspath(self.cwd))
        if not self.cwd.strip():
            raise InvalidArgumentError("BatchTask.cwd must not be blank")

    @classmethod
    def of(cls, value: TaskLike) -> BatchTask:
        """A task from a BatchTask or a ``(cwd, prompt)`` / ``(cwd, prompt, profile)`` tuple.

        Raises:
            TypeError: anything else.
        """
        if isinstance(value, BatchTask):
            return value
        if isinstance(value, tuple | list) and len(value) in (2, 3):
            parts: list[Any] = list(value)  # checked by the dataclass at run time
            return cls(cwd=parts[0], prompt=parts[1], profile=parts[2] if len(parts) == 3 else None)
        raise TypeError(f"a batch task is a BatchTask or a (cwd, prompt[, profile]) tuple, not {value!r}")


TaskLike = BatchTask | tuple[str | os.PathLike[str], str] | tuple[str | os.PathLike[str], str, RunProfile | None]
"""A task as :func:`run_batch` takes it: a BatchTask or a ``(cwd, prompt[, profile])`` tuple (a list works too)."""

FailureCategory = Literal[
    "rate_limit",
    "quota_exceeded",
    "context_window",
    "other",
    "timeout",
    "interrupted",
    "member_lost",
    "pool_busy",
    "overloaded",
    "transport",
    "failover",
    "worker_lost",
    "workspace_not_found",
    "refused",
    "blocked",
    "output_parse",
    "error",
]
"""``TaskFailure.kind``: the four :class:`~codex_runtime.FailureKind` values for a failed turn, then the rest."""


@dataclass(frozen=True, slots=True)
class TaskFailure:
    """Why a task failed, as plain data (exceptions do not always survive pickling between machines).

    Attributes:
        kind: a :data:`FailureCategory` (``"rate_limit"``, ``"quota_exceeded"``, ``"timeout"``, ...).
        error_type: the exception's class name on the worker (``"TurnFailedError"``).
        message: the exception's message.
        retryable: whether :func:`run_batch` retries it (rate limits and lost members/workers: yes; quota
            exhaustion: never).
        http_status: the model API's HTTP status, when known.
        codex_error_info: the raw ``codexErrorInfo`` of a failed turn.
    """

    kind: str
    error_type: str
    message: str
    retryable: bool
    http_status: int | None = None
    codex_error_info: Any = None

    @property
    def is_quota_exceeded(self) -> bool:
        return self.kind == FailureKind.QUOTA_EXCEEDED.value

    @property
    def is_rate_limited(self) -> bool:
        return self.kind == FailureKind.RATE_LIMIT.value


_RETRYABLE_TRANSIENT: tuple[tuple[type[BaseException], str], ...] = (
    (MemberLostError, "member_lost"),
    (PoolBusyError, "pool_busy"),
    (ServerOverloadedError, "overloaded"),
    (RpcTimeoutError, "transport"),
    (TransportError, "transport"),
)
_FINAL: tuple[tuple[type[BaseException], str], ...] = (
    (PromptTimeoutError, "timeout"),
    (TurnInterruptedError, "interrupted"),
    (SessionFailoverError, "failover"),
    (PrivilegedEscalationError, "refused"),
    (AttachmentNotFoundError, "refused"),
    (BlockedByHookError, "blocked"),
    (OutputParseError, "output_parse"),
)


def classify_failure(error: BaseException) -> TaskFailure:
    """The :class:`TaskFailure` for an exception raised by a task.

    Retryable: a rate-limited turn, and transient infrastructure trouble (a lost pool member, no free turn slot,
    an overloaded or unreachable server). Never retryable: quota exhaustion and every other turn outcome (the
    same prompt would fail the same way), refused requests, and errors outside codex_runtime.
    """
    name, message = type(error).__name__, str(error)
    if isinstance(error, TurnFailedError):
        failure = error.failure
        return TaskFailure(
            kind=failure.kind.value,
            error_type=name,
            message=failure.message,
            retryable=failure.kind is FailureKind.RATE_LIMIT,
            http_status=failure.http_status,
            codex_error_info=failure.codex_error_info,
        )
    for cls, kind in _RETRYABLE_TRANSIENT:
        if isinstance(error, cls):
            return TaskFailure(kind=kind, error_type=name, message=message, retryable=True)
    for cls, kind in _FINAL:
        if isinstance(error, cls):
            return TaskFailure(kind=kind, error_type=name, message=message, retryable=False)
    return TaskFailure(kind="error", error_type=name, message=message, retryable=False)


@dataclass(frozen=True, slots=True)
class TaskOutcome:
    """The final outcome of one task: ``result`` or ``failure`` (exactly one is set).

    Attributes:
        index: the task's position in the batch.
        task: the task itself.
        attempts: how many times it ran (retries included).
        worker: ``"host:pid"`` of the worker that ran the last attempt (empty if none did).
        seconds: how long the last attempt took on the worker.
    """

    index: int
    task: BatchTask
    result: PromptRunResult | None = None
    failure: TaskFailure | None = None
    attempts: int = 1
    worker: str = ""
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.failure is None

    def unwrap(self) -> PromptRunResult:
        """The result.

        Raises:
            BatchTaskError: the task failed (``error.failure`` says why).
        """
        if self.failure is not None or self.result is None:
            raise BatchTaskError(self)
        return self.result


class BatchTaskError(PromptRunError):
    """A batch task failed after its attempts.

    Attributes:
        outcome: the task's :class:`TaskOutcome`.
        failure: its :class:`TaskFailure` (``kind``, ``retryable``, ``message``...).
    """

    outcome: TaskOutcome
    failure: TaskFailure | None

    def __init__(self, outcome: TaskOutcome) -> None:
        what = f"{outcome.failure.kind}: {outcome.failure.message}" if outcome.failure else "no result"
        message = f"batch task {outcome.index} failed after {outcome.attempts} attempt(s) ({what})"
        super().__init__(message, outcome=outcome, failure=outcome.failure)


@dataclass(frozen=True, slots=True)
class BatchEvent:
    """Progress of a batch, in the order it happens.

    ``kind``: ``"started"`` (an attempt was sent to a worker), ``"retrying"`` (an attempt failed retryably;
    ``outcome`` is that attempt, the next starts after ``delay`` seconds) or ``"finished"`` (``outcome`` is final).
    ``done`` of ``total`` tasks are finished.
    """

    kind: Literal["started", "retrying", "finished"]
    index: int
    attempt: int
    done: int
    total: int
    outcome: TaskOutcome | None = None
    delay: float = 0.0
    worker: str = ""


__all__ = [
    "BatchEvent",
    "BatchTaskError",
    "BatchTask",
    "FailureCategory",
    "TaskFailure",
    "TaskOutcome",
    "classify_failure",
]
