"""5. Concurrency: S sessions x T turns on ONE client, all sessions at once, vs the same S*T turns one after another.

Real ``codex app-server`` + MockModel (helper process) with an echo fallback: every answer must be exactly
``echo: <its own prompt>`` and come back on its own thread (zero cross-talk). Sessions are started before the clock;
each mode runs in a fresh worker with its own server and CODEX_HOME.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from typing import Any

from benchmarks._children import mock_model_home
from benchmarks._harness import WORK, Harness, Row, Section, Summary, rotate, verdict

SESSIONS, TURNS = 16, 5
QUICK_SESSIONS, QUICK_TURNS = 3, 2
ROUNDS = 3
MODES = {"concurrent": "16 sessions at once", "sequential": "one turn at a time"}


async def measure(sessions: int, turns: int, mode: str) -> dict[str, Any]:
    from codex_runtime import Client, ClientConfig, Session, SessionConfig

    with mock_model_home(f"conc-{mode}") as home:
        client = await Client.connect(ClientConfig(process_env={"CODEX_HOME": str(home)}))
        try:
            warm = await client.start_session(SessionConfig(cwd=str(WORK)))
            await warm.ask("warmup")
            pool = [await client.start_session(SessionConfig(cwd=str(WORK))) for _ in range(sessions)]
            nonce = uuid.uuid4().hex[:8]
            wrong = 0
            latencies: list[float] = []

            async def one(index: int, session: Session, turn: int) -> None:
                nonlocal wrong
                prompt = f"session {index} turn {turn} {nonce}"
                started = time.perf_counter()
                result = await session.ask(prompt)
                latencies.append(time.perf_counter() - started)
                wrong += result.assistant_text != f"echo: {prompt}" or result.thread_id != session.thread_id

            async def session_turns(index: int, session: Session) -> None:
                for turn in range(turns):
                    await one(index, session, turn)

            started = time.perf_counter()
            if mode == "concurrent":
                await asyncio.gather(*(session_turns(i, s) for i, s in enumerate(pool)))
            else:
                for i, s in enumerate(pool):
                    await session_turns(i, s)
            elapsed = time.perf_counter() - started
            return {
                "seconds": elapsed,
                "turns": len(latencies),
                "turns_per_second": len(latencies) / elapsed,
                "wrong": wrong,
                "median_turn": sorted(latencies)[len(latencies) // 2],
            }
        finally:
            await client.shutdown()


def run(h: Harness) -> Section:
    sessions, turns = (QUICK_SESSIONS, QUICK_TURNS) if h.quick else (SESSIONS, TURNS)
    rounds = h.rounds(ROUNDS)
    results: dict[str, list[dict[str, Any]]] = {m: [] for m in MODES}
    for r in range(rounds):
        for mode in rotate(list(MODES), r):
            results[mode].append(h.run("concurrency", "measure", sessions=sessions, turns=turns, mode=mode))
    speedup = Summary.of(
        results["concurrent"][r]["turns_per_second"] / results["sequential"][r]["turns_per_second"]
        for r in range(rounds)
    )
    wrong = sum(d["wrong"] for m in MODES for d in results[m])
    total = sum(d["turns"] for m in MODES for d in results[m])
    detail = [
        "| mode | wall time, s | throughput, turns/s | median turn latency, ms | wrong / cross-talk |",
        "|---|---|---|---|---|",
    ]
    for mode in MODES:
        data = results[mode]
        label = f"{sessions} sessions x {turns} turns, " + (
            "all sessions at once" if mode == "concurrent" else "sequential"
        )
        detail.append(
            f"| {label} | {Summary.of(d['seconds'] for d in data).fmt(2)} | "
            f"{Summary.of(d['turns_per_second'] for d in data).fmt(1)} | "
            f"{Summary.of(d['median_turn'] for d in data).fmt(0, 1e3)} | {sum(d['wrong'] for d in data)} |"
        )
    conc = Summary.of(d["turns_per_second"] for d in results["concurrent"])
    seq = Summary.of(d["turns_per_second"] for d in results["sequential"])
    rows = [
        Row(
            "5. concurrency",
            f"{sessions}x{turns} turns on one client, concurrent vs sequential (real binary)",
            f"{conc.median:.1f} turns/s",
            f"{seq.median:.1f} turns/s",
            speedup.fmt(2, unit="x"),
            "faster than sequential; 0 cross-talk",
            verdict(speedup.median > 1.0 and wrong == 0),
        ),
        Row(
            "5. concurrency",
            "answers with cross-talk (wrong text or wrong thread)",
            f"{wrong} of {total}",
            "—",
            "—",
            "0",
            verdict(wrong == 0),
        ),
    ]
    body = "\n".join(
        [
            f"{rounds} rounds, modes interleaved, each in a fresh worker (own app-server, MockModel, CODEX_HOME); "
            "median (min-max). Speedup = concurrent / sequential throughput, paired per round.",
            "",
            *detail,
            "",
            f"- speedup: {speedup.fmt(2, unit='x')}; cross-talk: {wrong} of {total} answers.",
        ]
    )
    return Section("concurrency", "5. Concurrency (real binary, one client)", rows, body)
