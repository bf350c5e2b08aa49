"""The blocking twin: same members, the automation runs on the portal loop."""

from __future__ import annotations

import threading

from codex_runtime import PromptRunResult
from codex_runtime import sync as blocking
from codex_runtime.automation import AutomationSpec, AutomationStatus, RetryPolicy
from codex_runtime.sync import automation
from codex_runtime.sync._portal import PORTAL

from .fakes import FakeSession, turn_failed


def blocking_session(fake: FakeSession) -> blocking.Session:
    return blocking.Session.of(fake)  # type: ignore[arg-type]


def test_the_blocking_handle_runs_to_max_runs_and_reports_the_same_state() -> None:
    fake = FakeSession()
    handle = automation.spawn(blocking_session(fake), AutomationSpec("p", every=0.05, max_runs=3))

    assert handle.wait(timeout=5) is AutomationStatus.STOPPED
    assert handle.status is AutomationStatus.STOPPED and handle.run_count == 3
    assert handle.last_result is not None and handle.last_result.assistant_text == "answer 2"
    assert handle.last_error is None and handle.skipped_ticks == 0
    assert handle.spec.max_runs == 3 and "stopped" in repr(handle)


def test_a_blocking_on_result_may_use_the_blocking_api_and_stop_the_automation() -> None:
    fake = FakeSession()
    seen: list[str] = []
    stopped = threading.Event()
    spawned = threading.Event()

    def stop_after_two(run: PromptRunResult) -> None:
        seen.append(run.assistant_text)
        if len(seen) == 2:
            assert spawned.wait(timeout=5)
            handle.stop()  # a worker thread, not the loop: the blocking call is allowed
            stopped.set()

    handle = automation.spawn(blocking_session(fake), AutomationSpec("p", every=0.05, on_result=stop_after_two))
    spawned.set()

    assert handle.wait(timeout=5) is AutomationStatus.STOPPED
    assert stopped.is_set() and seen == ["answer 0", "answer 1"]


def test_the_blocking_handle_reports_failure_and_stops_on_leaving_with() -> None:
    async def broken(session: FakeSession, n: int) -> PromptRunResult:
        raise turn_failed()

    failing = automation.spawn(
        blocking_session(FakeSession(broken)), AutomationSpec("p", every=0.05, retry=RetryPolicy(attempts=1))
    )
    assert failing.wait(timeout=5) is AutomationStatus.FAILED and failing.last_error is not None

    fake = FakeSession()
    with automation.spawn(blocking_session(fake), AutomationSpec("p", every=60)) as handle:
        assert not handle.status.is_final
    assert handle.status is AutomationStatus.STOPPED and len(fake.started) <= 1


def test_the_blocking_handle_answers_after_its_loop_has_stopped() -> None:
    # The automation held the portal's loop until it ended; once it failed nobody else held it, so the loop may
    # stop before the caller asks. Asking must read the final state, not run on a new loop (which raised
    # "Event loop is closed" from the old loop's objects).
    async def broken(session: FakeSession, n: int) -> PromptRunResult:
        raise turn_failed()

    failing = automation.spawn(
        blocking_session(FakeSession(broken)), AutomationSpec("p", every=0.05, retry=RetryPolicy(attempts=1))
    )
    assert failing.wait(timeout=5) is AutomationStatus.FAILED
    PORTAL.close()  # the loop is gone (as when the last client shut down)

    assert failing.wait(timeout=5) is AutomationStatus.FAILED
    failing.stop()
    with failing:
        pass
    assert failing.status is AutomationStatus.FAILED
