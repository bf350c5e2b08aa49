"""8. Restart latency: from an app-server SIGKILL to the next successful ask on the same session.

Two clients in ONE worker process, each with its own app-server and CODEX_HOME (one MockModel helper process echoes
for both), each with a session that has run a turn. Per iteration, in a rotating order:

- supervised: ``Client(ClientConfig(restart=RestartPolicy(backoff=0, heartbeat_interval=None)))``; SIGKILL its
  app-server's process group, then ask again on the SAME ``Session`` at once (an ask made before the client noticed
  the death fails with ``AppServerRestartedError`` and is asked again, inside the timed span). ``backoff=0`` makes
  every kill a first restart (the default policy's first restart in a quiet window also starts at once).
- fresh: an unsupervised client; SIGKILL its app-server, then ``Client.connect`` + ``resume_session(thread_id)`` +
  ``ask`` (what a program without supervision does once it knows; noticing is not timed). The dead client is shut
  down afterwards, untimed.

Every answer is checked (``echo: <prompt>``) and must come on the same thread id. Informational (no target).
"""

from __future__ import annotations

import asyncio
import os
import signal
import statistics
import time
from typing import Any

from benchmarks._children import codex_home, mock_model_url
from benchmarks._harness import WORK, Harness, Row, Section, Summary, rotate

FULL_ITERATIONS = 8
QUICK_ITERATIONS = 1
ROUNDS = 3
VARIANTS = {
    "supervised": "ours, supervised: SIGKILL -> `session.ask` on the same Session",
    "fresh": "fresh: SIGKILL -> `Client.connect` + `resume_session` + `ask`",
}


async def _measure(iterations: int) -> dict[str, Any]:
    from codex_runtime import AppServerRestartedError, Client, ClientConfig, RestartPolicy, SessionConfig

    with (
        mock_model_url() as url,
        codex_home("restart-supervised", url) as home_supervised,
        codex_home("restart-fresh", url) as home_fresh,
    ):
        policy = RestartPolicy(backoff=0.0, heartbeat_interval=None, max_restarts=iterations + 2)
        supervised_config = ClientConfig(process_env={"CODEX_HOME": str(home_supervised)}, restart=policy)
        fresh_config = ClientConfig(process_env={"CODEX_HOME": str(home_fresh)})
        session_config = SessionConfig(cwd=str(WORK))
        supervised = await Client.connect(supervised_config)
        fresh = await Client.connect(fresh_config)
        try:
            supervised_session = await supervised.start_session(session_config)
            fresh_session = await fresh.start_session(session_config)
            await supervised_session.ask("warm up")
            await fresh_session.ask("warm up")
            thread_ids = {"supervised": supervised_session.thread_id, "fresh": fresh_session.thread_id}
            times: dict[str, list[float]] = {"supervised": [], "fresh": []}
            wrong = {"supervised": 0, "fresh": 0}

            async def kill_supervised(prompt: str) -> tuple[float, str, str]:
                pid = supervised.runtime.server_pid
                assert pid is not None
                started = time.perf_counter()
                os.killpg(pid, signal.SIGKILL)
                while True:
                    try:
                        result = await supervised_session.ask(prompt)
                        break
                    except AppServerRestartedError:
                        continue  # asked before the death was noticed: the retry the error invites
                return time.perf_counter() - started, result.assistant_text, result.thread_id

            async def kill_fresh(prompt: str) -> tuple[float, str, str]:
                nonlocal fresh
                pid = fresh.runtime.server_pid
                assert pid is not None
                started = time.perf_counter()
                os.killpg(pid, signal.SIGKILL)
                replacement = await Client.connect(fresh_config)
                session = await replacement.resume_session(thread_ids["fresh"], session_config)
                result = await session.ask(prompt)
                elapsed = time.perf_counter() - started
                dead, fresh = fresh, replacement
                await dead.shutdown()
                return elapsed, result.assistant_text, result.thread_id

            runners = {"supervised": kill_supervised, "fresh": kill_fresh}
            for i in range(iterations):
                for variant in rotate(list(runners), i):
                    prompt = f"{variant} {i}"
                    elapsed, text, thread_id = await runners[variant](prompt)
                    times[variant].append(elapsed)
                    wrong[variant] += text != f"echo: {prompt}" or thread_id != thread_ids[variant]
            restarts = supervised.supervisor.restarts
        finally:
            await supervised.shutdown()
            await fresh.shutdown()
    return {
        "times": times,
        "median": {v: statistics.median(t) for v, t in times.items()},
        "wrong": wrong,
        "restarts": restarts,
    }


def measure(iterations: int) -> dict[str, Any]:
    return asyncio.run(_measure(iterations))


def run(h: Harness) -> Section:
    iterations = QUICK_ITERATIONS if h.quick else FULL_ITERATIONS
    rounds = h.rounds(ROUNDS)
    results = [h.run("restart", "measure", iterations=iterations) for _ in range(rounds)]
    detail = [
        "| variant | median, ms | min-max of all kills, ms | answered on the same thread |",
        "|---|---|---|---|",
    ]
    for variant, label in VARIANTS.items():
        medians = Summary.of(r["median"][variant] for r in results)
        pooled = Summary.of(x for r in results for x in r["times"][variant])
        wrong = sum(r["wrong"][variant] for r in results)
        answered = "yes" if wrong == 0 else f"**NO** ({wrong} wrong)"
        detail.append(
            f"| {label} | {medians.fmt(1, 1e3)} | {pooled.low * 1e3:.1f}-{pooled.high * 1e3:.1f} | {answered} |"
        )
    ratio = Summary.of(r["median"]["supervised"] / r["median"]["fresh"] for r in results)
    supervised = Summary.of(r["median"]["supervised"] for r in results)
    fresh = Summary.of(r["median"]["fresh"] for r in results)
    rows = [
        Row(
            "8. restart",
            "SIGKILL -> next successful ask on the same session, supervised vs fresh connect + resume",
            f"{supervised.median * 1e3:.1f} ms",
            f"{fresh.median * 1e3:.1f} ms",
            f"{ratio.fmt(2)}x",
            "informational",
            "—",
        )
    ]
    body = "\n".join(
        [
            f"{rounds} rounds x {iterations} kills per variant (each client's session ran one warm-up turn first), "
            "variants alternating per kill; median (min-max) of the per-round medians. Supervised restarts "
            f"counted by the client: {[r['restarts'] for r in results]}.",
            "",
            *detail,
            "",
            f"- supervised / fresh: {ratio.fmt(2)}x",
        ]
    )
    return Section("restart", "8. Restart latency (real binary: SIGKILL -> next ask on the same session)", rows, body)
