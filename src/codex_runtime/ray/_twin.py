"""Blocking twin of :func:`codex_runtime.ray.run_batch`, on the one portal loop of :mod:`codex_runtime.sync`.

Meant to be re-exported as ``codex_runtime.sync.ray.run_batch``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from codex_runtime.api.profiles import ClientConfig
from codex_runtime.automation import RetryPolicy
from codex_runtime.ray.batch import DEFAULT_RETRY
from codex_runtime.ray.batch import run_batch as _run_batch
from codex_runtime.ray.tasks import BatchEvent, BatchTask, TaskOutcome
from codex_runtime.ray.worker import WorkerSetup
from codex_runtime.sync._portal import get_portal


def run_batch(
    tasks: Iterable[BatchTask | Sequence[Any]],
    *,
    client_config: ClientConfig | None = None,
    actors: Sequence[Any] | None = None,
    num_actors: int | None = None,
    pool_size: int = 1,
    max_turns_per_member: int = 2,
    retry: RetryPolicy = DEFAULT_RETRY,
    worker_setup: WorkerSetup | None = None,
    actor_options: Mapping[str, Any] | None = None,
    start_timeout: float = 120.0,
    on_progress: Callable[[BatchEvent], None] | None = None,
) -> list[TaskOutcome]:
    """Blocking twin of :func:`codex_runtime.ray.run_batch` (``on_progress`` runs on the portal's loop thread).

    Raises:
        As :func:`codex_runtime.ray.run_batch`.
    """
    return get_portal().call(
        _run_batch(
            tasks,
            client_config=client_config,
            actors=actors,
            num_actors=num_actors,
            pool_size=pool_size,
            max_turns_per_member=max_turns_per_member,
            retry=retry,
            worker_setup=worker_setup,
            actor_options=actor_options,
            start_timeout=start_timeout,
            on_progress=on_progress,
        )
    )


__all__ = ["run_batch"]
