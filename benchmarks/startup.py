"""3. Startup: spawn the real binary + initialize (+ ``initialized``), raw vs ``Client.connect`` (and the official
``Codex()`` for reference).

One worker per round; inside it the variants alternate per iteration (rotating order), all imports done before the
first measurement, the first iteration of each variant discarded (warm CODEX_HOME and page cache). Each connection is
shut down (untimed) before the next. Target: our median within 10 ms of raw.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from typing import Any

from benchmarks._children import RawClient, real_codex
from benchmarks._harness import WORK, Harness, Row, Section, Summary, rotate, verdict

FULL_ITERATIONS = 10
QUICK_ITERATIONS = 2
ROUNDS = 5
VARIANTS = {
    "raw": "raw: Popen + initialize",
    "ours": "ours: `Client.connect`",
    "official": "official: `Codex()`",
}


def measure(iterations: int) -> dict[str, Any]:
    from openai_codex import Codex, CodexConfig

    from codex_runtime import Client, ClientConfig
    from codex_runtime.testing import mock_codex_home

    codex, env = real_codex()
    home = mock_codex_home(WORK / "startup-home", "http://127.0.0.1:9/v1")  # initialize never calls the model
    child_env = {**env, "CODEX_HOME": str(home), "RUST_LOG": "warn"}
    loop = asyncio.new_event_loop()

    def raw_once() -> float:
        started = time.perf_counter()
        client = RawClient([codex, "app-server", "--listen", "stdio://"], child_env)
        client.initialize()
        elapsed = time.perf_counter() - started
        client.close()
        return elapsed

    def ours_once() -> float:
        async def go() -> float:
            started = time.perf_counter()
            client = await Client.connect(ClientConfig(process_env={"CODEX_HOME": str(home)}))
            elapsed = time.perf_counter() - started
            await client.shutdown()
            return elapsed

        return loop.run_until_complete(go())

    def official_once() -> float:
        started = time.perf_counter()
        sdk = Codex(CodexConfig(env={"CODEX_HOME": str(home), "RUST_LOG": "warn"}))
        elapsed = time.perf_counter() - started
        sdk.close()
        return elapsed

    runners = {"raw": raw_once, "ours": ours_once, "official": official_once}
    times: dict[str, list[float]] = {v: [] for v in runners}
    try:
        for i in range(iterations + 1):
            for variant in rotate(list(runners), i):
                times[variant].append(runners[variant]())
    finally:
        loop.close()
    return {v: {"times": t[1:], "median": statistics.median(t[1:])} for v, t in times.items()}


def run(h: Harness) -> Section:
    iterations = QUICK_ITERATIONS if h.quick else FULL_ITERATIONS
    rounds = h.rounds(ROUNDS)
    results = [h.run("startup", "measure", iterations=iterations) for _ in range(rounds)]
    detail = ["| variant | median, ms | min-max of all spawns, ms |", "|---|---|---|"]
    for variant, label in VARIANTS.items():
        medians = Summary.of(r[variant]["median"] for r in results)
        pooled = Summary.of(x for r in results for x in r[variant]["times"])
        detail.append(f"| {label} | {medians.fmt(1, 1e3)} | {pooled.low * 1e3:.1f}-{pooled.high * 1e3:.1f} |")
    diff = Summary.of(r["ours"]["median"] - r["raw"]["median"] for r in results)
    official_diff = Summary.of(r["official"]["median"] - r["raw"]["median"] for r in results)
    raw_median = Summary.of(r["raw"]["median"] for r in results)
    ours_median = Summary.of(r["ours"]["median"] for r in results)
    rows = [
        Row(
            "3. startup",
            "spawn + initialize, `Client.connect` vs raw",
            f"{ours_median.median * 1e3:.1f} ms",
            f"{raw_median.median * 1e3:.1f} ms",
            f"{diff.fmt(1, 1e3, ' ms')} (ours - raw)",
            "<= +10 ms",
            verdict(diff.median * 1e3 <= 10),
        )
    ]
    body = "\n".join(
        [
            f"{rounds} rounds x {iterations} spawns per variant (after one discarded warm-up spawn each), variants "
            "alternating per spawn; median (min-max) of the per-round medians.",
            "",
            *detail,
            "",
            f"- ours - raw: {diff.fmt(1, 1e3, ' ms')}",
            f"- official - raw: {official_diff.fmt(1, 1e3, ' ms')} (informational)",
        ]
    )
    return Section("startup", "3. Startup (real binary: spawn + initialize)", rows, body)
