"""codex_runtime.ray: run many prompts across a Ray cluster (the optional ``ray`` extra).

Each Ray worker is an async actor (:data:`CodexActor`) that owns a small :class:`~codex_runtime.pool.RuntimePool`
of app-servers on its node. :func:`run_batch` sends tasks ``(cwd, prompt, profile)`` to the workers, keeps each
one busy up to its capacity, retries retryable failures (rate limits, lost app-servers or workers) with backoff,
never retries quota exhaustion, and returns one :class:`TaskOutcome` per task, in order. :func:`stream_batch`
yields the progress (:class:`BatchEvent`) as it happens. Workspaces (``cwd``) are paths on the worker's node.

    import ray
    from codex_runtime.ray import run_batch

    ray.init()
    outcomes = await run_batch([("/data/repo-a", "Summarize."), ("/data/repo-b", "Summarize.")])
    print([o.unwrap().assistant_text if o.ok else o.failure.kind for o in outcomes])

Sits above ``pool``; nothing else in the package imports it. Needs ``pip install 'codex-runtime[ray]'``.
"""

from __future__ import annotations

try:
    import ray as _ray  # noqa: F401  (absolute: the top-level Ray package, not this one)
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError(
        "codex_runtime.ray needs Ray: install the extra with `pip install 'codex-runtime[ray]'` "
        f"(importing ray failed: {exc})"
    ) from exc

from codex_runtime.automation import RetryPolicy
from codex_runtime.ray.batch import DEFAULT_ACTOR_OPTIONS, DEFAULT_RETRY, CodexActor, run_batch, stream_batch
from codex_runtime.ray.errors import BatchTaskError
from codex_runtime.ray.local import local_cluster
from codex_runtime.ray.tasks import BatchEvent, BatchTask, FailureCategory, TaskFailure, TaskOutcome, classify_failure
from codex_runtime.ray.worker import CodexWorker, WorkerSetup

__all__ = [
    "DEFAULT_ACTOR_OPTIONS",
    "DEFAULT_RETRY",
    "BatchEvent",
    "BatchTask",
    "BatchTaskError",
    "CodexActor",
    "CodexWorker",
    "FailureCategory",
    "RetryPolicy",
    "TaskFailure",
    "TaskOutcome",
    "WorkerSetup",
    "classify_failure",
    "local_cluster",
    "run_batch",
    "stream_batch",
]
