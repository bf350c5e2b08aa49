"""Run a batch of prompts across a Ray cluster: the driver side.

Workers are :class:`CodexActor` actors (async actors whose body is :class:`~codex_runtime.ray.worker.CodexWorker`),
spread over the cluster's nodes. The driver keeps each worker at most ``capacity`` tasks deep, so the queue stays
on the driver and a freed worker takes the next task. Retries happen on the driver, after a backoff, on whichever
worker is free: a rate-limited turn, a lost app-server or a lost worker is retried; quota exhaustion never is.
"""

from __future__ import annotations

import asyncio
import heapq
import logging
import time
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterable, Mapping, Sequence
from typing import Any, TypedDict, Unpack

import ray

from codex_runtime.api.profiles import ClientConfig
from codex_runtime.automation import RetryPolicy
from codex_runtime.errors import InvalidArgumentError
from codex_runtime.ray.tasks import BatchEvent, BatchTask, TaskFailure, TaskLike, TaskOutcome, classify_failure
from codex_runtime.ray.worker import CodexWorker, WorkerSetup

logger = logging.getLogger("codex_runtime.ray")

CodexActor: Any = ray.remote(CodexWorker)
"""The Ray actor class: ``CodexActor.options(...).remote(client_config, pool_size=1, max_turns_per_member=2)``.
Pass handles to :func:`run_batch` (``actors=``) to keep workers warm across batches."""

DEFAULT_RETRY = RetryPolicy(attempts=3, backoff=2.0, multiplier=2.0, max_backoff=60.0)
"""Up to 3 attempts per task, waiting 2 s then 4 s (only retryable failures are retried)."""

DEFAULT_ACTOR_OPTIONS: Mapping[str, Any] = {"scheduling_strategy": "SPREAD", "max_restarts": 1}
"""Spread workers over the nodes; a worker whose process dies is restarted once by Ray."""

SHUTDOWN_TIMEOUT = 30.0


class BatchOptions(TypedDict, total=False):
    """The keyword options of :func:`run_batch` and :func:`stream_batch`, all optional."""

    client_config: ClientConfig | None
    """How each worker starts its app-servers. Default: ``ClientConfig()`` (the node's CODEX_HOME)."""
    actors: Sequence[Any] | None
    """Existing :data:`CodexActor` handles to use (kept running). Default: create workers, end them after."""
    num_actors: int | None
    """How many workers to create. Default: the cluster's CPU count, at most one per task."""
    pool_size: int
    """App-servers per created worker. Default: 1."""
    max_turns_per_member: int
    """Concurrent turns per app-server. Default: 2."""
    retry: RetryPolicy
    """Attempts and backoff for retryable failures (quota exhaustion is never retried). Default:
    :data:`DEFAULT_RETRY`."""
    worker_setup: WorkerSetup | None
    """Run on each created worker before its pool starts (see :data:`WorkerSetup`). Default: none."""
    actor_options: Mapping[str, object] | None
    """Ray options for created workers, over :data:`DEFAULT_ACTOR_OPTIONS`."""
    start_timeout: float
    """Seconds for all workers to start. Default: 120."""


def _future(ref: Any) -> asyncio.Future[Any]:
    return asyncio.wrap_future(ref.future())


def _lost(index: int, task: BatchTask, attempt: int, error: BaseException, *, retryable: bool = False) -> TaskOutcome:
    """A ``worker_lost`` outcome: the Ray worker running the attempt died or was unreachable."""
    message = (str(error).strip().splitlines() or [type(error).__name__])[0]
    failure = TaskFailure("worker_lost", type(error).__name__, message, retryable=retryable)
    return TaskOutcome(index=index, task=task, failure=failure, attempts=attempt)


async def stream_batch(tasks: Iterable[TaskLike], **options: Unpack[BatchOptions]) -> AsyncIterator[BatchEvent]:
    """Run ``tasks`` on Ray workers and yield progress as it happens; the last ``"finished"`` event of each task
    carries its final :class:`TaskOutcome`. See :func:`run_batch` for the arguments.

    Raises:
        ValueError: bad arguments.
        TimeoutError: the workers did not start within ``start_timeout``.
        CodexRuntimeError, ray.exceptions.RayError: a worker could not start (e.g. no codex binary on its node).
    """
    # The one place that knows the defaults of the options.
    actors = options.get("actors")
    num_actors = options.get("num_actors")
    start_timeout = options.get("start_timeout", 120.0)
    task_list = [BatchTask.of(task) for task in tasks]
    total = len(task_list)
    if total == 0:
        return
    owned = actors is None
    if actors is not None:
        handles = list(actors)
        if not handles:
            raise InvalidArgumentError("actors must not be empty")
    else:
        count = num_actors if num_actors is not None else _cluster_cpus()
        if count < 1:
            raise InvalidArgumentError("num_actors must be >= 1")
        actor_options = {**DEFAULT_ACTOR_OPTIONS, **(options.get("actor_options") or {})}
        handles = [
            CodexActor.options(**actor_options).remote(
                options.get("client_config"),
                pool_size=options.get("pool_size", 1),
                max_turns_per_member=options.get("max_turns_per_member", 2),
                setup=options.get("worker_setup"),
            )
            for _ in range(min(count, total))
        ]
    inflight: dict[asyncio.Future[Any], tuple[Any, int, int, int]] = {}
    try:
        async with asyncio.timeout(start_timeout):
            infos = await asyncio.gather(*(_future(handle.start.remote()) for handle in handles))
        capacity = [int(info["capacity"]) for info in infos]
        retry = options.get("retry", DEFAULT_RETRY)
        async for event in _schedule(task_list, handles, capacity, retry, inflight, start_timeout):
            yield event
    finally:
        for _, (ref, *_rest) in inflight.items():
            ray.cancel(ref)
        if owned:
            await _stop(handles)


async def _probe(handle: Any, timeout: float) -> Any:
    """``start()`` on a worker whose call failed: Ray may be restarting it, and answers "temporarily unavailable"
    until the new process is up, so those answers are retried (backing off) until ``timeout``; any other error means
    the worker is gone.

    Raises:
        TimeoutError: it did not come back within ``timeout``.
        ray.exceptions.RayError: it is gone for good.
    """
    delay = 0.05
    async with asyncio.timeout(timeout):
        while True:
            try:
                return await _future(handle.start.remote())
            except ray.exceptions.ActorUnavailableError:
                await asyncio.sleep(delay)
                delay = min(delay * 2, 1.0)


async def _schedule(
    tasks: list[BatchTask],
    handles: list[Any],
    capacity: list[int],
    retry: RetryPolicy,
    inflight: dict[asyncio.Future[Any], tuple[Any, int, int, int]],
    probe_timeout: float,
) -> AsyncIterator[BatchEvent]:
    """The dispatch loop: keep every live worker ``capacity`` deep, retry after backoff, yield progress.

    A worker whose call failed with a Ray actor error gets no new task until a probe (``start()``) answers: Ray
    may be restarting it (``max_restarts``); if the probe fails too, it stays out.
    """
    loop = asyncio.get_running_loop()
    total, done = len(tasks), 0
    ready: deque[tuple[int, int]] = deque((index, 1) for index in range(total))
    delayed: list[tuple[float, int, int]] = []
    load = [0] * len(handles)
    suspect: set[int] = set()
    probes: dict[asyncio.Future[Any], int] = {}
    try:
        while done < total:
            now = loop.time()
            while delayed and delayed[0][0] <= now:
                _, index, attempt = heapq.heappop(delayed)
                ready.append((index, attempt))
            live = [k for k in range(len(handles)) if k not in suspect]
            if not live and not probes:  # every worker is gone: fail what is left
                for index, attempt in [*ready, *((i, a) for _, i, a in delayed)]:
                    done += 1
                    error = RuntimeError("no live Ray worker is left")
                    yield BatchEvent(
                        "finished", index, attempt, done, total, _lost(index, tasks[index], attempt, error)
                    )
                ready.clear()
                delayed.clear()
                if not inflight:
                    return
            for k in sorted(live, key=lambda k: load[k] / capacity[k]):
                while ready and load[k] < capacity[k]:
                    index, attempt = ready.popleft()
                    ref = handles[k].run.remote(index, tasks[index], attempt)
                    inflight[_future(ref)] = (ref, k, index, attempt)
                    load[k] += 1
                    yield BatchEvent("started", index, attempt, done, total)
            timeout = max(0.0, delayed[0][0] - loop.time()) if delayed else None
            if not inflight and not probes:
                await asyncio.sleep(timeout or 0.0)  # only backoff timers are pending
                continue
            finished, _ = await asyncio.wait([*inflight, *probes], timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
            for future in finished:
                if future in probes:
                    k = probes.pop(future)
                    if future.exception() is None:
                        suspect.discard(k)
                        capacity[k] = int(future.result()["capacity"])
                    continue
                _, k, index, attempt = inflight.pop(future)
                load[k] -= 1
                outcome = _outcome_of(future, tasks[index], index, attempt)
                if isinstance(future.exception(), ray.exceptions.RayActorError) and k not in suspect:
                    suspect.add(k)
                    probes[asyncio.ensure_future(_probe(handles[k], probe_timeout))] = k
                failure = outcome.failure
                if failure is not None and failure.retryable and attempt < retry.attempts:
                    delay = retry.delay(attempt)
                    heapq.heappush(delayed, (loop.time() + delay, index, attempt + 1))
                    yield BatchEvent("retrying", index, attempt, done, total, outcome, delay, outcome.worker)
                    continue
                done += 1
                yield BatchEvent("finished", index, attempt, done, total, outcome, worker=outcome.worker)
    finally:
        for pending_probe in probes:
            pending_probe.cancel()


def _cluster_cpus() -> int:
    resources: dict[str, float] = ray.cluster_resources()  # type: ignore[no-untyped-call]
    return max(1, int(resources.get("CPU", 1)))


def _outcome_of(future: asyncio.Future[Any], task: BatchTask, index: int, attempt: int) -> TaskOutcome:
    """The worker's outcome, or a typed failure when the call itself failed (worker lost, not deserializable)."""
    error = future.exception()
    if error is None:
        outcome = future.result()
        assert isinstance(outcome, TaskOutcome)
        return outcome
    if isinstance(error, ray.exceptions.RayActorError):
        return _lost(index, task, attempt, error, retryable=True)
    if isinstance(error, ray.exceptions.RayTaskError):
        error = error.as_instanceof_cause()  # type: ignore[no-untyped-call]
    assert isinstance(error, BaseException)
    return TaskOutcome(index=index, task=task, failure=classify_failure(error), attempts=attempt)


async def _stop(handles: list[Any]) -> None:
    """Shut the workers' pools down (bounded), then end the actors."""
    try:
        async with asyncio.timeout(SHUTDOWN_TIMEOUT):
            await asyncio.gather(*(_future(h.shutdown.remote()) for h in handles), return_exceptions=True)
    except TimeoutError:
        logger.warning("Ray workers did not shut down within %gs; killing them", SHUTDOWN_TIMEOUT)
    for handle in handles:
        ray.kill(handle)


async def run_batch(
    tasks: Iterable[TaskLike],
    *,
    on_progress: Callable[[BatchEvent], None] | None = None,
    **options: Unpack[BatchOptions],
) -> list[TaskOutcome]:
    """Run every task on Ray workers; one :class:`TaskOutcome` per task, in task order (a result or a typed
    :class:`TaskFailure`, never an exception for a task's own failure).

    Args:
        tasks: :class:`BatchTask` or ``(cwd, prompt[, profile])`` tuples; ``cwd`` is a path on the worker's node.
        on_progress: called on the driver with every :class:`BatchEvent`.
        options: as :class:`BatchOptions` describes them.

    Raises:
        As :func:`stream_batch`.
    """
    outcomes: dict[int, TaskOutcome] = {}
    started = time.monotonic()
    async for event in stream_batch(tasks, **options):
        if on_progress is not None:
            on_progress(event)
        if event.kind == "finished" and event.outcome is not None:
            outcomes[event.index] = event.outcome
    logger.info("batch of %d tasks done in %.2fs", len(outcomes), time.monotonic() - started)
    return [outcomes[index] for index in sorted(outcomes)]


__all__ = ["DEFAULT_ACTOR_OPTIONS", "DEFAULT_RETRY", "CodexActor", "run_batch", "stream_batch"]
