"""Batch data and failure classification (pure; no cluster, no binary)."""

from __future__ import annotations

import pickle

import pytest

from codex_runtime import RunProfile
from codex_runtime.errors import (
    AttachmentNotFoundError,
    ConnectionClosedError,
    FailureKind,
    PromptTimeoutError,
    ServerOverloadedError,
    TurnFailedError,
    TurnFailure,
    TurnInterruptedError,
)
from codex_runtime.pool import MemberLostError, PoolBusyError, SessionFailoverError
from codex_runtime.ray import BatchTask, BatchTaskError, TaskFailure, TaskOutcome, classify_failure


def turn_failed(kind: FailureKind, status: int | None = None) -> TurnFailedError:
    return TurnFailedError(TurnFailure(kind=kind, message=f"{kind} happened", http_status=status))


@pytest.mark.parametrize(
    ("error", "kind", "retryable"),
    [
        (turn_failed(FailureKind.RATE_LIMIT, 429), "rate_limit", True),
        (turn_failed(FailureKind.QUOTA_EXCEEDED, 429), "quota_exceeded", False),
        (turn_failed(FailureKind.CONTEXT_WINDOW), "context_window", False),
        (turn_failed(FailureKind.OTHER, 500), "other", False),
        (MemberLostError(1, ConnectionClosedError("gone")), "member_lost", True),
        (PoolBusyError(0, 1.0), "pool_busy", True),
        (ServerOverloadedError("slow down"), "overloaded", True),
        (ConnectionClosedError("eof"), "transport", True),
        (PromptTimeoutError(5.0), "timeout", False),
        (TurnInterruptedError(), "interrupted", False),
        (SessionFailoverError("t", "no member"), "failover", False),
        (AttachmentNotFoundError("/x.png"), "refused", False),
        (ValueError("bad"), "error", False),
    ],
)
def test_each_error_maps_to_its_failure_kind_and_retry_decision(
    error: BaseException, kind: str, retryable: bool
) -> None:
    failure = classify_failure(error)
    assert (failure.kind, failure.retryable, failure.error_type) == (kind, retryable, type(error).__name__)


def test_a_turn_failure_keeps_its_verbatim_message_and_http_status() -> None:
    failure = classify_failure(turn_failed(FailureKind.QUOTA_EXCEEDED, 429))
    assert failure.message == "quota_exceeded happened" and failure.http_status == 429
    assert failure.is_quota_exceeded and not failure.is_rate_limited


def test_tasks_come_from_tuples_or_tasks_and_refuse_anything_else() -> None:
    profile = RunProfile(effort="low")
    assert BatchTask.of(("/w", "p")) == BatchTask(cwd="/w", prompt="p")
    assert BatchTask.of(("/w", "p", profile)).profile is profile
    with pytest.raises(TypeError, match="batch task"):
        BatchTask.of("just a prompt")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="blank"):
        BatchTask(cwd=" ", prompt="p")


def test_unwrap_raises_a_picklable_batch_task_error_carrying_the_failure() -> None:
    failure = TaskFailure("quota_exceeded", "TurnFailedError", "limit", retryable=False)
    outcome = TaskOutcome(index=3, task=BatchTask(cwd="/w", prompt="p"), failure=failure, attempts=1)
    with pytest.raises(BatchTaskError, match="batch task 3 failed after 1 attempt") as caught:
        outcome.unwrap()
    copy = pickle.loads(pickle.dumps(caught.value))
    assert copy.failure == failure and copy.outcome == outcome and not outcome.ok


def test_without_ray_the_import_names_the_extra_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib
    import sys

    for name in [n for n in sys.modules if n == "codex_runtime.ray" or n.startswith("codex_runtime.ray.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "ray", None)  # what `import ray` sees when Ray is not installed
    with pytest.raises(ImportError, match=r"pip install 'codex-runtime\[ray\]'"):
        importlib.import_module("codex_runtime.ray")
