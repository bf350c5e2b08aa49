"""run_batch / stream_batch on a local Ray cluster; each worker runs the real codex binary against its own
MockModel (tests/ray/mock_worker.py). Loopback only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import ray

from codex_runtime.automation import RetryPolicy
from codex_runtime.ray import BatchEvent, BatchTask, CodexActor, run_batch, stream_batch
from codex_runtime.sync.ray import run_batch as run_batch_blocking
from tests.ray.mock_worker import MockWorkerSetup

pytestmark = [pytest.mark.timeout(90), pytest.mark.usefixtures("ray_cluster")]
FAST_RETRY = RetryPolicy(attempts=3, backoff=0.05, multiplier=2.0, max_backoff=1.0)


async def test_a_batch_runs_on_two_workers_and_returns_outcomes_in_task_order(workdir: Path, tmp_path: Path) -> None:
    events: list[BatchEvent] = []
    tasks = [BatchTask(cwd=str(workdir), prompt=f"task {i}", key=f"k{i}") for i in range(10)]
    outcomes = await run_batch(
        tasks, num_actors=2, worker_setup=MockWorkerSetup(str(tmp_path)), on_progress=events.append
    )

    assert [o.index for o in outcomes] == list(range(10))
    assert [o.unwrap().assistant_text for o in outcomes] == [f"echo: task {i}" for i in range(10)]
    assert [o.task.key for o in outcomes] == [f"k{i}" for i in range(10)]
    assert len({o.worker for o in outcomes}) == 2 and {o.attempts for o in outcomes} == {1}
    assert sorted(e.index for e in events if e.kind == "finished") == list(range(10))
    assert [e.done for e in events if e.kind == "finished"] == list(range(1, 11))
    assert sum(e.kind == "started" for e in events) == 10


async def test_rate_limits_are_retried_with_backoff_and_quota_exhaustion_never_is(
    workdir: Path, tmp_path: Path
) -> None:
    events: list[BatchEvent] = []
    tasks = [(workdir, "rate-limit-once:a"), (workdir, "quota"), (workdir, "rate-limit-always")]
    outcomes = await run_batch(
        tasks,
        num_actors=1,
        retry=FAST_RETRY,
        worker_setup=MockWorkerSetup(str(tmp_path)),
        on_progress=events.append,
    )
    once, quota, always = outcomes

    assert once.ok and once.attempts == 2 and once.unwrap().assistant_text == "echo: rate-limit-once:a"
    assert quota.failure is not None and quota.failure.is_quota_exceeded and not quota.failure.retryable
    assert quota.attempts == 1 and quota.failure.error_type == "TurnFailedError"
    assert always.failure is not None and always.failure.is_rate_limited and always.failure.retryable
    assert always.attempts == 3 and always.failure.http_status == 429
    retries = [(e.index, e.attempt, e.delay) for e in events if e.kind == "retrying"]
    assert sorted(retries) == [(0, 1, 0.05), (2, 1, 0.05), (2, 2, 0.1)]


async def test_a_missing_workspace_fails_typed_without_a_retry(workdir: Path, tmp_path: Path) -> None:
    outcomes = await run_batch(
        [(tmp_path / "nowhere", "hi"), (workdir, "hi")],
        num_actors=1,
        retry=FAST_RETRY,
        worker_setup=MockWorkerSetup(str(tmp_path)),
    )
    missing, fine = outcomes
    assert missing.failure is not None and missing.failure.kind == "workspace_not_found"
    assert missing.attempts == 1 and "nowhere" in missing.failure.message
    assert fine.ok


async def test_existing_workers_stay_warm_across_batches_and_progress_streams(workdir: Path, tmp_path: Path) -> None:
    actor = CodexActor.remote(None, pool_size=1, max_turns_per_member=2, setup=MockWorkerSetup(str(tmp_path)))
    try:
        first = [e async for e in stream_batch([(workdir, "a"), (workdir, "b")], actors=[actor])]
        second = await run_batch([(workdir, "c")], actors=[actor])
        stats = await actor.stats.remote()
    finally:
        await actor.shutdown.remote()
        ray.kill(actor)

    finished = [e for e in first if e.kind == "finished"]
    assert [e.kind for e in first].count("started") == 2 and len(finished) == 2
    assert finished[-1].done == finished[-1].total == 2
    assert second[0].worker == finished[0].worker  # the same process served both batches
    assert stats[0]["turns_completed"] == 3 and stats[0]["alive"]


async def test_a_worker_that_dies_mid_task_is_restarted_by_ray_and_the_task_retried(
    workdir: Path, tmp_path: Path
) -> None:
    actor = CodexActor.options(max_restarts=1).remote(None, setup=MockWorkerSetup(str(tmp_path)))
    killed: list[str] = []

    def kill_on_first_start(event: BatchEvent) -> None:
        if event.kind == "started" and not killed:
            killed.append("yes")
            ray.kill(actor, no_restart=False)  # as if the worker process crashed

    try:
        events: list[BatchEvent] = []

        def record(event: BatchEvent) -> None:
            events.append(event)
            kill_on_first_start(event)

        outcomes = await run_batch([(workdir, "slow")], actors=[actor], retry=FAST_RETRY, on_progress=record)
    finally:
        ray.kill(actor)

    retried = [e for e in events if e.kind == "retrying"]
    assert retried and retried[0].outcome is not None and retried[0].outcome.failure is not None
    assert retried[0].outcome.failure.kind == "worker_lost" and retried[0].outcome.failure.retryable
    assert outcomes[0].ok and outcomes[0].attempts == 2


def test_the_blocking_twin_returns_the_same_outcomes(workdir: Path, tmp_path: Path) -> None:
    progress: list[Any] = []
    outcomes = run_batch_blocking(
        [(workdir, "x"), (workdir, "y")],
        num_actors=1,
        worker_setup=MockWorkerSetup(str(tmp_path)),
        on_progress=progress.append,
    )
    assert [o.unwrap().assistant_text for o in outcomes] == ["echo: x", "echo: y"]
    assert sum(e.kind == "finished" for e in progress) == 2


async def test_an_empty_batch_returns_at_once() -> None:
    assert await run_batch([]) == []
    assert [e async for e in stream_batch([])] == []
