"""The automation runner against a fake session (an object with ``ask`` and ``is_closed``).

Intervals are short; outcomes are awaited on the handle or on the fake's own signals, never slept for. Time
assertions use lower bounds (the loop never fires a timer early) and generous upper bounds.
"""

from __future__ import annotations

import asyncio
import threading
from datetime import UTC, datetime, timedelta

import pytest

from codex_runtime import PromptRunResult, SessionClosedError
from codex_runtime.automation import AutomationSpec, AutomationStatus, RetryPolicy, spawn
from codex_runtime.errors import FailureKind

from .fakes import FakeSession, result, turn_failed

EVERY = 0.05
EPSILON = 0.002
"""Clock slack for lower bounds."""


async def test_runs_tick_on_a_fixed_grid_that_a_runs_duration_does_not_shift() -> None:
    every = 0.2

    async def working(session: FakeSession, n: int) -> PromptRunResult:
        await asyncio.sleep(every * 0.9)  # the turn's own duration, not a wait for an outcome
        return result(f"answer {n}")

    session = FakeSession(working)
    handle = spawn(session, AutomationSpec("tick", every=every, max_runs=4))

    assert await handle.wait(timeout=5) is AutomationStatus.STOPPED
    first = session.started[0]
    offsets = [t - first for t in session.started]
    assert all(offset >= k * every - EPSILON for k, offset in enumerate(offsets))
    # Which model, not how fast: end-of-run + every would put the 4th run at 3 x 1.9 x every = 1.14 s, the grid
    # at 3 x every = 0.6 s; the bound sits between them with 0.4 s to spare.
    assert offsets[3] < 5 * every
    assert handle.run_count == 4 and handle.skipped_ticks == 0
    assert session.prompts == ["tick"] * 4


async def test_a_slow_run_spanning_three_ticks_is_followed_by_one_catch_up_run_not_a_burst() -> None:
    every = 0.1

    async def first_is_slow(session: FakeSession, n: int) -> PromptRunResult:
        if n == 0:
            await asyncio.sleep(every * 3.5)  # overruns the ticks at 1, 2 and 3 x every
        return result(f"answer {n}")

    session = FakeSession(first_is_slow)
    handle = spawn(session, AutomationSpec("tick", every=every, max_runs=4))

    assert await handle.wait(timeout=5) is AutomationStatus.STOPPED
    _, catch_up, third, fourth = (t - session.started[0] for t in session.started)
    assert catch_up >= 3.5 * every - EPSILON  # one run right after the slow one ...
    assert third >= 4 * every - EPSILON  # ... and then back on the grid, no burst of catch-up runs
    assert fourth >= 5 * every - EPSILON
    assert handle.skipped_ticks == 2


async def test_max_runs_stops_the_automation_with_the_last_result_kept() -> None:
    session = FakeSession()
    handle = spawn(session, AutomationSpec("p", every=EVERY, max_runs=3))

    assert await handle.wait(timeout=5) is AutomationStatus.STOPPED
    assert handle.status is AutomationStatus.STOPPED
    assert handle.run_count == 3 and len(session.started) == 3
    assert handle.last_result is not None and handle.last_result.assistant_text == "answer 2"
    assert handle.last_error is None


async def test_no_tick_starts_at_or_after_stop_at() -> None:
    every = 0.1
    session = FakeSession()
    stop_at = datetime.now(UTC) + timedelta(seconds=2.5 * every)
    handle = spawn(session, AutomationSpec("p", every=every, stop_at=stop_at))

    assert await handle.wait(timeout=5) is AutomationStatus.STOPPED
    assert handle.run_count == 3  # ticks at 0, 1 and 2 x every; the one at 3 x every is past stop_at
    assert datetime.now(UTC) < stop_at + timedelta(seconds=every)  # ended when no tick was left


async def test_a_stop_at_in_the_past_runs_nothing() -> None:
    session = FakeSession()
    handle = spawn(session, AutomationSpec("p", every=EVERY, stop_at=datetime.now(UTC) - timedelta(seconds=1)))

    assert await handle.wait(timeout=5) is AutomationStatus.STOPPED
    assert session.started == [] and handle.run_count == 0


async def test_a_future_start_at_delays_the_first_tick() -> None:
    session = FakeSession()
    spawned = asyncio.get_running_loop().time()
    start_at = datetime.now(UTC) + timedelta(seconds=0.15)
    handle = spawn(session, AutomationSpec("p", every=EVERY, start_at=start_at, max_runs=1))

    assert handle.status is AutomationStatus.IDLE
    assert await handle.wait(timeout=5) is AutomationStatus.STOPPED
    assert session.started[0] >= spawned + 0.15 - EPSILON


async def test_a_past_start_at_runs_once_right_away_then_keeps_to_its_grid() -> None:
    every = 0.2
    session = FakeSession()
    spawned = asyncio.get_running_loop().time()
    start_at = datetime.now(UTC) - timedelta(seconds=2.5 * every)  # grid: ..., -0.5, +0.5 x every
    handle = spawn(session, AutomationSpec("p", every=every, start_at=start_at, max_runs=2))

    assert await handle.wait(timeout=5) is AutomationStatus.STOPPED
    first, second = (t - spawned for t in session.started)
    assert first < every / 2
    assert 0.5 * every - EPSILON <= second < every  # start_at's grid, not one interval after spawning


async def test_stop_while_idle_ends_the_wait_for_the_next_tick_at_once() -> None:
    session = FakeSession()
    handle = spawn(session, AutomationSpec("p", every=60))
    await session.wait_for_asks(1)

    handle.stop()
    handle.stop()  # idempotent

    assert await handle.wait(timeout=1) is AutomationStatus.STOPPED
    assert handle.run_count == 1


async def test_stop_while_running_lets_the_turn_finish_and_starts_no_other() -> None:
    release = asyncio.Event()

    async def blocked(session: FakeSession, n: int) -> PromptRunResult:
        async with asyncio.timeout(5):
            await release.wait()
        return result("finished")

    session = FakeSession(blocked)
    handle = spawn(session, AutomationSpec("p", every=EVERY))
    await session.wait_for_asks(1)

    handle.stop()
    assert handle.status is AutomationStatus.RUNNING
    release.set()

    assert await handle.wait(timeout=5) is AutomationStatus.STOPPED
    assert handle.run_count == 1 and len(session.started) == 1
    assert handle.last_result is not None and handle.last_result.assistant_text == "finished"


async def test_a_session_closed_between_ticks_stops_the_automation_not_fails_it() -> None:
    async def closes_after_two(session: FakeSession, n: int) -> PromptRunResult:
        if n == 1:
            session.is_closed = True
        return result(f"answer {n}")

    session = FakeSession(closes_after_two)
    handle = spawn(session, AutomationSpec("p", every=EVERY, retry=RetryPolicy(attempts=3, backoff=0)))

    assert await handle.wait(timeout=5) is AutomationStatus.STOPPED
    assert handle.run_count == 2 and handle.last_error is None


async def test_session_closed_error_from_ask_stops_the_automation_without_retrying() -> None:
    async def closed(session: FakeSession, n: int) -> PromptRunResult:
        raise SessionClosedError()

    session = FakeSession(closed)
    handle = spawn(session, AutomationSpec("p", every=EVERY, retry=RetryPolicy(attempts=3, backoff=0)))

    assert await handle.wait(timeout=5) is AutomationStatus.STOPPED
    assert len(session.started) == 1 and handle.last_error is None


async def test_the_first_error_marks_it_failed_without_a_retry_policy() -> None:
    error = turn_failed()

    async def fails_second(session: FakeSession, n: int) -> PromptRunResult:
        if n == 1:
            raise error
        return result(f"answer {n}")

    session = FakeSession(fails_second)
    handle = spawn(session, AutomationSpec("p", every=EVERY))

    assert await handle.wait(timeout=5) is AutomationStatus.FAILED
    assert handle.last_error is error
    assert handle.run_count == 1 and len(session.started) == 2


async def test_a_retry_policy_recovers_the_failing_tick() -> None:
    errors = [RuntimeError("flaky 1"), RuntimeError("flaky 2")]

    async def flaky(session: FakeSession, n: int) -> PromptRunResult:
        if n in (1, 2):
            raise errors[n - 1]
        return result(f"answer {n}")

    session = FakeSession(flaky)
    retry = RetryPolicy(attempts=3, backoff=0.01, multiplier=2.0)
    handle = spawn(session, AutomationSpec("p", every=EVERY, max_runs=2, retry=retry))

    assert await handle.wait(timeout=5) is AutomationStatus.STOPPED
    assert handle.run_count == 2 and len(session.started) == 4
    assert handle.last_result is not None and handle.last_result.assistant_text == "answer 3"
    assert handle.last_error is errors[1]  # kept after the recovery
    backoffs = [b - a for a, b in zip(session.started[1:], session.started[2:], strict=False)]
    assert backoffs[0] >= 0.01 - EPSILON and backoffs[1] >= 0.02 - EPSILON


async def test_retries_give_up_after_the_policys_attempts() -> None:
    async def broken(session: FakeSession, n: int) -> PromptRunResult:
        raise turn_failed(FailureKind.RATE_LIMIT)

    session = FakeSession(broken)
    handle = spawn(session, AutomationSpec("p", every=EVERY, retry=RetryPolicy(attempts=3, backoff=0)))

    assert await handle.wait(timeout=5) is AutomationStatus.FAILED
    assert len(session.started) == 3 and handle.run_count == 0


async def test_a_quota_error_is_never_retried() -> None:
    quota = turn_failed(FailureKind.QUOTA_EXCEEDED)

    async def out_of_quota(session: FakeSession, n: int) -> PromptRunResult:
        raise quota

    session = FakeSession(out_of_quota)
    handle = spawn(session, AutomationSpec("p", every=EVERY, retry=RetryPolicy(attempts=5, backoff=0)))

    assert await handle.wait(timeout=5) is AutomationStatus.FAILED
    assert len(session.started) == 1 and handle.last_error is quota


async def test_stop_during_a_retry_backoff_ends_it_stopped_without_retrying() -> None:
    async def broken(session: FakeSession, n: int) -> PromptRunResult:
        raise RuntimeError("down")

    session = FakeSession(broken)
    handle = spawn(session, AutomationSpec("p", every=EVERY, retry=RetryPolicy(attempts=5, backoff=60)))
    await session.wait_for_asks(1)

    handle.stop()

    assert await handle.wait(timeout=1) is AutomationStatus.STOPPED
    assert len(session.started) == 1 and isinstance(handle.last_error, RuntimeError)


async def test_on_result_sees_every_result_in_order_off_the_loop_and_its_errors_are_contained(
    caplog: pytest.LogCaptureFixture,
) -> None:
    seen: list[tuple[str, bool]] = []
    loop_thread = threading.get_ident()

    def record(run: PromptRunResult) -> None:
        seen.append((run.assistant_text, threading.get_ident() == loop_thread))
        raise ValueError("callback bug")

    session = FakeSession()
    handle = spawn(session, AutomationSpec("p", every=EVERY, max_runs=3, on_result=record))

    assert await handle.wait(timeout=5) is AutomationStatus.STOPPED
    assert seen == [("answer 0", False), ("answer 1", False), ("answer 2", False)]
    assert "on_result raised" in caplog.text and handle.last_error is None


async def test_an_async_on_result_is_awaited_and_a_stuck_one_is_abandoned_after_its_timeout() -> None:
    seen: list[str] = []

    async def stuck(run: PromptRunResult) -> None:
        seen.append(run.assistant_text)
        await asyncio.Event().wait()

    session = FakeSession()
    handle = spawn(session, AutomationSpec("p", every=EVERY, max_runs=2, on_result=stuck, callback_timeout=0.05))

    assert await handle.wait(timeout=5) is AutomationStatus.STOPPED
    assert seen == ["answer 0", "answer 1"]


async def test_a_timed_out_wait_raises_and_leaves_the_automation_running() -> None:
    session = FakeSession()
    handle = spawn(session, AutomationSpec("p", every=60))
    await session.wait_for_asks(1)

    with pytest.raises(TimeoutError):
        await handle.wait(timeout=0.01)

    assert handle.status is AutomationStatus.IDLE
    handle.stop()
    assert await handle.wait(timeout=1) is AutomationStatus.STOPPED


async def test_leaving_async_with_stops_and_waits() -> None:
    session = FakeSession()
    async with spawn(session, AutomationSpec("p", every=60)) as handle:
        await session.wait_for_asks(1)
    assert handle.status is AutomationStatus.STOPPED


async def test_cancelling_the_runner_marks_it_stopped() -> None:
    session = FakeSession()
    handle = spawn(session, AutomationSpec("p", every=60))
    handle._task.cancel()

    assert await handle.wait(timeout=1) is AutomationStatus.STOPPED


def test_spawn_needs_a_running_loop() -> None:
    with pytest.raises(RuntimeError):
        spawn(FakeSession.__new__(FakeSession), AutomationSpec("p", every=1))
