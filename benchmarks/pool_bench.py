"""RuntimePool throughput for 1, 2 and 4 members, and the per-task overhead of a Ray batch over the pool.

Everything runs here: the real bundled codex binary against a MockModel that answers every POST at once (echo),
so the numbers measure codex_runtime + app-server + the machine, not a model. Ray runs as a loopback-only local
cluster (:func:`codex_runtime.ray.local_cluster`); its rows are skipped when the ``ray`` extra is missing.

``run(quick)`` returns one dict per row: ``benchmark``, ``case``, ``value``, ``unit``, plus case-specific fields.
``python -m benchmarks.pool_bench [--quick]`` prints them.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codex_runtime import ClientConfig, PromptRunParams, SessionConfig
from codex_runtime.pool import RuntimePool
from codex_runtime.testing import MockModel, MockResponse, RecordedRequest, mock_codex_home, responses

MEMBER_COUNTS = (1, 2, 4)


def _echo(request: RecordedRequest) -> MockResponse:
    return responses.text(f"echo: {request.last_user_text}")


@contextlib.contextmanager
def _mock_home() -> Iterator[tuple[Path, Path]]:
    """An echo MockModel, an offline CODEX_HOME for it and a work directory: ``(home, workdir)``."""
    with MockModel() as model, tempfile.TemporaryDirectory(prefix="pool-bench-") as tmp:
        model.set_fallback(_echo)
        home = mock_codex_home(Path(tmp) / "home", model)
        workdir = Path(tmp) / "work"
        workdir.mkdir()
        yield home, workdir


# --- pool throughput --------------------------------------------------------------------------------------------


async def _pool_throughput(
    members: int, sessions: int, turns_per_session: int, home: Path, workdir: Path
) -> dict[str, Any]:
    config = ClientConfig(process_env={"CODEX_HOME": str(home)})
    started = time.perf_counter()
    async with RuntimePool(config, size=members, max_turns_per_member=sessions) as pool:
        start_seconds = time.perf_counter() - started
        opened = await asyncio.gather(*(pool.start_session(SessionConfig(cwd=str(workdir))) for _ in range(sessions)))

        async def drive(index: int) -> None:
            for turn in range(turns_per_session):
                await opened[index].ask(f"s{index} t{turn}")

        await _warm_up(opened)
        begin = time.perf_counter()
        await asyncio.gather(*(drive(i) for i in range(sessions)))
        elapsed = time.perf_counter() - begin
        stats = pool.stats()
    turns = sessions * turns_per_session
    return {
        "benchmark": "pool",
        "case": f"pool turns/s, {members} member{'s' if members > 1 else ''}",
        "value": round(turns / elapsed, 2),
        "unit": "turns/s",
        "members": members,
        "concurrent_sessions": sessions,
        "turns": turns,
        "seconds": round(elapsed, 3),
        "pool_start_seconds": round(start_seconds, 3),
        "member_turns_incl_warmup": [m["turns_completed"] for m in stats],
    }


async def _warm_up(sessions: list[Any]) -> None:
    """One turn per session before timing: the first turn of a thread writes its rollout and loads the model."""
    await asyncio.gather(*(session.ask("warm up") for session in sessions))


def _pool_rows(quick: bool) -> list[dict[str, Any]]:
    sessions, turns = (8, 2) if quick else (16, 6)
    rows = []
    for members in MEMBER_COUNTS:
        with _mock_home() as (home, workdir):
            rows.append(asyncio.run(_pool_throughput(members, sessions, turns, home, workdir)))
    return rows


# --- Ray batch vs pool ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EchoWorkerSetup:
    """Each Ray worker starts its own echo MockModel and an offline CODEX_HOME for it (pickled by value)."""

    @contextlib.contextmanager
    def __call__(self, config: ClientConfig) -> Iterator[ClientConfig]:
        with MockModel() as model, tempfile.TemporaryDirectory(prefix="pool-bench-worker-") as tmp:
            model.set_fallback(_echo)
            home = mock_codex_home(Path(tmp) / "home", model)
            yield config.replace(process_env={**config.process_env, "CODEX_HOME": str(home)})


async def _pool_batch(tasks: int, workdir: Path, home: Path, members: int, turns_per_member: int) -> float:
    config = ClientConfig(process_env={"CODEX_HOME": str(home)})
    async with RuntimePool(config, size=members, max_turns_per_member=turns_per_member) as pool:
        await pool.run(workdir, "warm up")
        begin = time.perf_counter()
        await asyncio.gather(*(pool.run_with(PromptRunParams(cwd=str(workdir), prompt=f"t{i}")) for i in range(tasks)))
        return time.perf_counter() - begin


async def _ray_batch(tasks: int, workdir: Path, actors: int, turns_per_member: int) -> tuple[float, float]:
    from codex_runtime.ray import CodexActor, run_batch

    begin = time.perf_counter()
    handles = [
        CodexActor.remote(None, pool_size=1, max_turns_per_member=turns_per_member, setup=EchoWorkerSetup())
        for _ in range(actors)
    ]
    try:
        await run_batch([(workdir, "warm up")] * actors, actors=handles)  # starts the workers' pools
        startup = time.perf_counter() - begin
        begin = time.perf_counter()
        outcomes = await run_batch([(workdir, f"t{i}") for i in range(tasks)], actors=handles)
        elapsed = time.perf_counter() - begin
    finally:
        import ray

        for handle in handles:
            ray.kill(handle)
    failed = [o for o in outcomes if not o.ok]
    if failed:
        raise RuntimeError(f"{len(failed)} Ray batch tasks failed, e.g. {failed[0].failure}")
    return elapsed, startup


def _ray_rows(quick: bool) -> list[dict[str, Any]]:
    try:
        import ray
        from ray import cloudpickle

        from codex_runtime.ray import local_cluster
    except ImportError as exc:
        return [{"benchmark": "pool", "case": "Ray batch overhead per task", "value": None, "unit": "ms",
                 "skipped": f"ray is not installed ({exc})"}]  # fmt: skip
    tasks, workers, turns = (16, 2, 2) if quick else (48, 2, 2)
    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # type: ignore[no-untyped-call]  # workers cannot import `benchmarks`
    with _mock_home() as (home, workdir):
        pool_seconds = asyncio.run(_pool_batch(tasks, workdir, home, workers, turns))
    init_begin = time.perf_counter()
    with local_cluster(num_cpus=2):
        init_seconds = time.perf_counter() - init_begin
        with tempfile.TemporaryDirectory(prefix="pool-bench-ray-") as tmp:
            ray_seconds, startup = asyncio.run(_ray_batch(tasks, Path(tmp), workers, turns))
    assert not ray.is_initialized()
    per_pool = pool_seconds / tasks * 1000
    per_ray = ray_seconds / tasks * 1000
    common = {"tasks": tasks, "workers": workers, "concurrency": workers * turns}
    return [
        {"benchmark": "pool", "case": "pool one-shot run, per task", "value": round(per_pool, 1), "unit": "ms",
         "members": workers, **common},
        {"benchmark": "pool", "case": "Ray batch, per task", "value": round(per_ray, 1), "unit": "ms",
         "ray_init_seconds": round(init_seconds, 2), "worker_start_seconds": round(startup, 2), **common},
        {"benchmark": "pool", "case": "Ray batch overhead per task vs pool", "value": round(per_ray - per_pool, 1),
         "unit": "ms", **common},
    ]  # fmt: skip


def run(quick: bool) -> list[dict[str, Any]]:
    """Measure and return the rows (see the module docstring). ``quick``: fewer turns and tasks (~30 s)."""
    return _pool_rows(quick) + _ray_rows(quick)


def main() -> int:
    quick = "--quick" in sys.argv[1:]
    for row in run(quick):
        print(json.dumps(row))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("RUST_LOG", "warn")
    raise SystemExit(main())
