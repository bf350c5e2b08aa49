"""What an automation runs and when: :class:`AutomationSpec`, :class:`RetryPolicy`, :class:`AutomationStatus`."""

from __future__ import annotations

import enum
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from codex_runtime.api.results import PromptRunResult
from codex_runtime.errors import InvalidArgumentError

ResultCallback = Callable[[PromptRunResult], object]
"""``on_result``: a sync function (run off the event loop) or an async one (awaited on it)."""

CALLBACK_TIMEOUT = 30.0
"""Default seconds the runner waits for ``on_result`` before logging it and moving on."""


class AutomationStatus(enum.StrEnum):
    """Where an automation is. ``STOPPED`` and ``FAILED`` are final."""

    IDLE = "idle"
    """Waiting for the next tick (or for ``start_at``)."""
    RUNNING = "running"
    """A tick's turn is in flight (its retries and their backoff included)."""
    STOPPED = "stopped"
    """Ended normally: ``stop()``, ``stop_at``, ``max_runs`` or a closed session."""
    FAILED = "failed"
    """Ended by a run's error (after the retry policy, if any, gave up). See ``last_error``."""

    @property
    def is_final(self) -> bool:
        return self in (AutomationStatus.STOPPED, AutomationStatus.FAILED)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How a failing tick's run is retried before the automation is marked failed.

    ``attempts`` counts every try of one tick, the first included (``attempts=1`` never retries). The wait before
    retry ``n`` (1-based) is ``min(backoff * multiplier ** (n - 1), max_backoff)`` seconds. Only the failing tick's
    run is retried; ticks that pass meanwhile collapse into one run, as when a turn overruns.

    Never retried, whatever the policy: a quota error (``TurnFailedError.is_quota_exceeded``: the quota will not
    come back within a backoff), usage errors that cannot heal (``PrivilegedEscalationError``,
    ``AttachmentNotFoundError``), a lost connection (``ConnectionClosedError``, ``ProcessExitedError``), and a
    closed session (which stops the automation instead).

    Raises:
        ValueError: ``attempts < 1``, a negative ``backoff`` or ``max_backoff``, or ``multiplier < 1``.
    """

    attempts: int = 3
    backoff: float = 1.0
    multiplier: float = 2.0
    max_backoff: float = 60.0

    def __post_init__(self) -> None:
        if self.attempts < 1:
            raise InvalidArgumentError(f"RetryPolicy.attempts must be >= 1, got {self.attempts}")
        if not (self.backoff >= 0 and self.max_backoff >= 0):
            raise InvalidArgumentError("RetryPolicy.backoff and max_backoff must be >= 0")
        if not self.multiplier >= 1:
            raise InvalidArgumentError(f"RetryPolicy.multiplier must be >= 1, got {self.multiplier}")

    def delay(self, retry: int) -> float:
        """Seconds to wait before retry number ``retry`` (1 = the first retry)."""
        if retry < 1:
            return 0.0
        try:
            return min(self.backoff * self.multiplier ** (retry - 1), self.max_backoff)
        except OverflowError:  # a huge retry number: the cap applies
            return self.max_backoff


@dataclass(frozen=True, slots=True)
class AutomationSpec:
    """One prompt, asked on a session at a fixed cadence.

    Args:
        prompt: sent as-is on every run (``session.ask(prompt)``).
        every: the cadence, a ``timedelta`` or seconds; must be positive.
        start_at: first tick (timezone-aware); ``None`` runs the first tick right away.
        stop_at: no tick starts at or after this instant (timezone-aware); a turn already running finishes.
        max_runs: stop after this many successful runs.
        retry: retry a failing tick's run; ``None`` marks the automation failed on the first error.
        on_result: called with each successful run's result, in order, before the next run starts. Sync
            callables run in a worker thread (so they may use the blocking API), async ones on the loop. Their
            errors are logged and never stop the automation; the runner waits at most ``callback_timeout``.
        callback_timeout: seconds the runner waits for ``on_result``.

    ``start_at`` and ``stop_at`` are turned into event-loop (monotonic) deadlines once, at spawn: a later change
    of the wall clock does not move them.

    Raises:
        ValueError: a non-positive ``every``, a naive ``start_at``/``stop_at``, ``max_runs < 1``, or a
            non-positive ``callback_timeout``.
    """

    prompt: str
    every: timedelta | float
    start_at: datetime | None = None
    stop_at: datetime | None = None
    max_runs: int | None = None
    retry: RetryPolicy | None = None
    on_result: ResultCallback | None = field(default=None, compare=False)
    callback_timeout: float = CALLBACK_TIMEOUT

    def __post_init__(self) -> None:
        if not self.interval > 0 or math.isinf(self.interval):
            raise InvalidArgumentError(f"AutomationSpec.every must be a positive, finite interval, got {self.every!r}")
        for name in ("start_at", "stop_at"):
            moment = getattr(self, name)
            if moment is not None and (moment.tzinfo is None or moment.utcoffset() is None):
                raise InvalidArgumentError(f"AutomationSpec.{name} must be timezone-aware, got {moment!r}")
        if self.max_runs is not None and self.max_runs < 1:
            raise InvalidArgumentError(f"AutomationSpec.max_runs must be >= 1 (or None), got {self.max_runs}")
        if not self.callback_timeout > 0:
            raise InvalidArgumentError(f"AutomationSpec.callback_timeout must be > 0, got {self.callback_timeout}")

    @property
    def interval(self) -> float:
        """``every`` in seconds."""
        if isinstance(self.every, timedelta):
            return self.every.total_seconds()
        return float(self.every)
