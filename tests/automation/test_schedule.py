"""The pure parts: the fixed-cadence grid, retry delays and classification, spec validation."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from codex_runtime.automation import AutomationSpec, AutomationStatus, RetryPolicy
from codex_runtime.automation._schedule import first_tick, is_retryable, next_tick
from codex_runtime.errors import (
    ConnectionClosedError,
    FailureKind,
    PrivilegedEscalationError,
    PromptTimeoutError,
    RpcTimeoutError,
    SessionClosedError,
)

from .fakes import turn_failed


def test_the_cadence_is_fixed_not_end_of_run_plus_interval() -> None:
    # A run that ends before the next tick waits for the grid point, not for end-of-run + interval.
    assert next_tick(anchor=10.0, interval=1.0, last_tick=12.0, now=12.9) == (13.0, 0)


def test_a_run_spanning_three_ticks_collapses_them_into_one_run_right_away() -> None:
    tick, skipped = next_tick(anchor=0.0, interval=1.0, last_tick=0.0, now=3.5)
    assert tick == 3.0  # <= now: runs at once, and the tick after it is 4.0, back on the grid
    assert skipped == 2
    assert next_tick(anchor=0.0, interval=1.0, last_tick=tick, now=3.6) == (4.0, 0)


def test_a_run_ending_exactly_on_a_tick_runs_that_tick_at_once() -> None:
    assert next_tick(anchor=0.0, interval=0.1, last_tick=0.0, now=0.1) == (0.1, 0)


def test_float_rounding_never_schedules_backwards() -> None:
    tick, skipped = next_tick(anchor=0.0, interval=0.1, last_tick=0.30000000000000004, now=0.4)
    assert tick >= 0.4 - 1e-9 and skipped == 0


def test_the_first_tick_is_a_future_start_at_or_the_latest_grid_tick_of_a_past_one() -> None:
    assert first_tick(anchor=5.0, interval=1.0, now=2.0) == 5.0
    assert first_tick(anchor=5.0, interval=2.0, now=10.5) == 9.0


def test_retry_delays_grow_geometrically_up_to_the_cap() -> None:
    policy = RetryPolicy(attempts=10, backoff=1.0, multiplier=2.0, max_backoff=5.0)
    assert [policy.delay(n) for n in range(1, 6)] == [1.0, 2.0, 4.0, 5.0, 5.0]
    assert policy.delay(10_000) == 5.0


def test_quota_a_closed_session_refusals_and_a_lost_connection_are_never_retried() -> None:
    assert not is_retryable(turn_failed(FailureKind.QUOTA_EXCEEDED))
    assert not is_retryable(SessionClosedError())
    assert not is_retryable(PrivilegedEscalationError("no"))
    assert not is_retryable(ConnectionClosedError("gone"))
    assert is_retryable(turn_failed(FailureKind.RATE_LIMIT))
    assert is_retryable(PromptTimeoutError(1.0))
    assert is_retryable(RpcTimeoutError("turn/start", 30.0))
    assert is_retryable(RuntimeError("flaky"))


@pytest.mark.parametrize(
    "kwargs",
    [
        {"every": 0},
        {"every": timedelta(seconds=-1)},
        {"every": float("inf")},
        {"every": 1, "start_at": datetime(2030, 1, 1)},
        {"every": 1, "stop_at": datetime(2030, 1, 1)},
        {"every": 1, "max_runs": 0},
        {"every": 1, "callback_timeout": 0},
    ],
)
def test_an_invalid_spec_is_refused(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        AutomationSpec("p", **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("kwargs", [{"attempts": 0}, {"backoff": -1.0}, {"multiplier": 0.5}, {"max_backoff": -1}])
def test_an_invalid_retry_policy_is_refused(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        RetryPolicy(**kwargs)  # type: ignore[arg-type]


def test_every_accepts_a_timedelta_or_seconds() -> None:
    later = datetime.now(UTC) + timedelta(hours=1)
    assert AutomationSpec("p", every=timedelta(milliseconds=250), start_at=later).interval == 0.25
    assert AutomationSpec("p", every=2).interval == 2.0


def test_statuses_are_strings_and_two_of_them_are_final() -> None:
    assert str(AutomationStatus.RUNNING) == "running"
    assert [s for s in AutomationStatus if s.is_final] == [AutomationStatus.STOPPED, AutomationStatus.FAILED]
