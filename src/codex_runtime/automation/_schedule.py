"""Pure scheduling logic (no I/O, no clock): the fixed-cadence grid and which errors a retry can heal."""

from __future__ import annotations

import math
from datetime import datetime

from codex_runtime.errors import (
    AttachmentNotFoundError,
    ConnectionClosedError,
    PrivilegedEscalationError,
    ProcessExitedError,
    SessionClosedError,
    TurnFailedError,
)

_NEVER_RETRIED = (
    SessionClosedError,
    PrivilegedEscalationError,
    AttachmentNotFoundError,
    ConnectionClosedError,
    ProcessExitedError,
)


def next_tick(anchor: float, interval: float, last_tick: float, now: float) -> tuple[float, int]:
    """The tick to run after the one scheduled at ``last_tick`` whose run ended at ``now``, and how many grid
    ticks were dropped on the way.

    Ticks sit on the grid ``anchor + k * interval`` (fixed cadence: a run's duration does not shift later ticks).
    A run that ended before the next grid tick waits for it. A run that overran one or more ticks is followed by
    ONE run right away, scheduled at the latest missed grid tick (``<= now``); the tick after that is back on the
    grid. The other missed ticks are dropped, so a slow turn never causes a burst of catch-up runs.
    """
    following = last_tick + interval
    if following > now:
        return following, 0
    latest = anchor + math.floor((now - anchor) / interval) * interval
    # Rounding can put ``latest`` a hair before ``following``; never schedule backwards.
    tick = max(latest, following)
    return tick, max(0, round((tick - following) / interval))


def seconds_until(moment: datetime | None, now: datetime) -> float | None:
    """Seconds from ``now`` to ``moment`` (negative when it has passed), or None for no moment."""
    return None if moment is None else (moment - now).total_seconds()


def is_retryable(error: BaseException) -> bool:
    """Whether a retry could heal ``error``: never a quota error, a closed session, a refused request or a lost
    connection; anything else (a failed turn, a timeout, an RPC error, a bug in a fake) may be transient."""
    if isinstance(error, TurnFailedError) and error.is_quota_exceeded:
        return False
    return isinstance(error, Exception) and not isinstance(error, _NEVER_RETRIED)


def first_tick(anchor: float, interval: float, now: float) -> float:
    """The first tick for a grid anchored at ``anchor`` (``start_at``). A future anchor is the first tick; a past
    one counts as missed ticks: they collapse into one run right away, scheduled at the latest grid tick."""
    if anchor >= now:
        return anchor
    return anchor + math.floor((now - anchor) / interval) * interval
