"""The restart policy's bookkeeping (pure): backoff per attempt in the window, giving up, forgetting old attempts."""

from __future__ import annotations

import pytest

from codex_runtime import ClientConfig, InvalidArgumentError, RestartPolicy
from codex_runtime.runtime.restart import RestartBudget


def test_the_first_attempt_in_a_quiet_window_starts_at_once_then_the_backoff_doubles_up_to_its_cap() -> None:
    budget = RestartBudget(RestartPolicy(max_restarts=10, backoff=0.5, max_backoff=3.0, window=60.0))
    delays = []
    for attempt in range(6):
        delays.append(budget.delay(100.0 + attempt))
        budget.record(100.0 + attempt)
    assert delays == [0.0, 0.5, 1.0, 2.0, 3.0, 3.0]


def test_the_budget_is_exhausted_at_max_restarts_within_the_window_and_recovers_when_they_age_out() -> None:
    budget = RestartBudget(RestartPolicy(max_restarts=2, window=10.0))
    budget.record(0.0)
    assert not budget.exhausted(1.0)
    budget.record(1.0)
    assert budget.exhausted(5.0) and budget.recent(5.0) == 2
    assert not budget.exhausted(10.5) and budget.recent(10.5) == 1  # the first attempt left the window
    assert budget.delay(11.5) == 0.0  # a quiet window again


def test_without_a_window_attempts_count_for_the_whole_life() -> None:
    budget = RestartBudget(RestartPolicy(max_restarts=1, window=None))
    budget.record(0.0)
    assert budget.exhausted(1e9)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"max_restarts": -1}, "max_restarts"),
        ({"backoff": -0.1}, "backoff"),
        ({"window": 0}, "window"),
        ({"heartbeat_interval": 0}, "heartbeat_interval"),
        ({"heartbeat_timeout": -1}, "heartbeat_timeout"),
        ({"start_timeout": 0}, "start_timeout"),
    ],
)
def test_bad_settings_are_refused_typed(changes: dict[str, float], message: str) -> None:
    with pytest.raises(InvalidArgumentError, match=message):
        RestartPolicy(**changes)  # type: ignore[arg-type]


def test_supervision_is_off_by_default_and_a_client_config_takes_only_a_policy() -> None:
    assert ClientConfig().restart is None
    assert ClientConfig(restart=RestartPolicy()).restart == RestartPolicy()
    with pytest.raises(InvalidArgumentError, match="RestartPolicy"):
        ClientConfig(restart=3)  # type: ignore[arg-type]
