"""2. Turn overhead on the real binary: sequential short turns through the MockModel (echo answers).

Three clients in ONE worker process, each with its own ``codex app-server`` and CODEX_HOME (one MockModel helper
process serves all three): a minimal raw JSON-RPC client (blocking buffered readline + json.loads, no SDK code),
``Session.ask``, and the official SDK's ``Thread.run``. Their turns are interleaved (turn i of each client back to
back, in a rotating order), so every comparison is made under the same machine conditions; per-turn noise from the
server (+-10 ms) would otherwise swamp a 5% difference between separate runs. Each client is set up and runs its
first turn before the next one starts (as a program would: connect, start a session, ask); that first turn is
reported separately (one-time costs such as lazy imports); the figure is the median of the next N interleaved
turns. Every answer is checked (``echo: <prompt>``). Target: our median turn within 5% of raw.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import Callable
from typing import Any

from benchmarks._children import RawClient, codex_home, mock_model_url, real_codex
from benchmarks._harness import WORK, Harness, Row, Section, Summary, rotate, verdict

FULL_TURNS = 50
QUICK_TURNS = 3
ROUNDS = 3
VARIANTS = {
    "raw": "raw JSON-RPC client",
    "ours": "ours: `Session.ask`",
    "official": "official: `Thread.run`",
}


async def interleaved(turns: int) -> dict[str, Any]:
    from openai_codex import ApprovalMode, Codex, CodexConfig, Sandbox

    from codex_runtime import Client, ClientConfig, SessionConfig

    codex, env = real_codex()
    with (
        mock_model_url() as url,
        codex_home("turns-raw", url) as home_raw,
        codex_home("turns-ours", url) as home_ours,
        codex_home("turns-official", url) as home_official,
    ):
        first: dict[str, float] = {}

        async def timed_first(variant: str, turn: Callable[[str], Any]) -> None:
            started = time.perf_counter()
            answer = await turn("turn 0")
            first[variant] = time.perf_counter() - started
            wrong[variant] += answer != "echo: turn 0"

        wrong = {"raw": 0, "ours": 0, "official": 0}
        # Each client is set up and runs its first turn right away, as a program would (ours: connect, start a
        # session, ask), before the next client starts; then the interleaved turns begin.
        raw = RawClient(
            [codex, "app-server", "--listen", "stdio://"], {**env, "CODEX_HOME": str(home_raw), "RUST_LOG": "warn"}
        )
        client: Client | None = None
        official: Codex | None = None
        try:
            raw.initialize()
            raw_thread = raw.start_thread(str(WORK))

            async def raw_turn(prompt: str) -> str:
                completed = raw.run_turn(raw_thread, prompt)
                texts = [i.get("text") for i in completed["turn"]["items"] if i.get("type") == "agentMessage"]
                return str(texts[-1]) if texts else ""

            await timed_first("raw", raw_turn)
            client = await Client.connect(ClientConfig(process_env={"CODEX_HOME": str(home_ours)}))
            session = await client.start_session(SessionConfig(cwd=str(WORK)))

            async def ours_turn(prompt: str) -> str:
                return (await session.ask(prompt)).assistant_text

            await timed_first("ours", ours_turn)
            official = Codex(CodexConfig(env={"CODEX_HOME": str(home_official), "RUST_LOG": "warn"}))
            official_thread = official.thread_start(
                approval_mode=ApprovalMode.deny_all, sandbox=Sandbox.read_only, cwd=str(WORK)
            )

            async def official_turn(prompt: str) -> str:
                return str(official_thread.run(prompt).final_response)

            await timed_first("official", official_turn)
            runners: dict[str, Callable[[str], Any]] = {"raw": raw_turn, "ours": ours_turn, "official": official_turn}
            latencies: dict[str, list[float]] = {v: [] for v in runners}
            for i in range(1, turns + 1):
                for variant in rotate(list(runners), i):
                    prompt = f"turn {i}"
                    started = time.perf_counter()
                    answer = await runners[variant](prompt)
                    latencies[variant].append(time.perf_counter() - started)
                    wrong[variant] += answer != f"echo: {prompt}"
                    await asyncio.sleep(0)  # let our reader drain anything that arrived during the others' turns
        finally:
            raw.close()
            if official is not None:
                official.close()
            if client is not None:
                await client.shutdown()
    return {
        v: {"first_turn": first[v], "latencies": t, "median": statistics.median(t), "wrong_answers": wrong[v]}
        for v, t in latencies.items()
    }


def run(h: Harness) -> Section:
    turns = QUICK_TURNS if h.quick else FULL_TURNS
    rounds = h.rounds(ROUNDS)
    per_round = [h.run("turn_overhead", "interleaved", turns=turns) for _ in range(rounds)]
    results = {v: [r[v] for r in per_round] for v in VARIANTS}
    detail = [
        "| variant | median turn, ms | p90 turn, ms (all rounds) | first turn of the client, ms | wrong answers |",
        "|---|---|---|---|---|",
    ]
    for variant, label in VARIANTS.items():
        data = results[variant]
        median = Summary.of(d["median"] for d in data)
        pooled = sorted(x for d in data for x in d["latencies"])
        p90 = pooled[int(0.9 * (len(pooled) - 1))]
        first = Summary.of(d["first_turn"] for d in data)
        wrong = sum(d["wrong_answers"] for d in data)
        detail.append(f"| {label} | {median.fmt(1, 1e3)} | {p90 * 1e3:.1f} | {first.fmt(0, 1e3)} | {wrong} |")
    ratio = Summary.of(r["ours"]["median"] / r["raw"]["median"] for r in per_round)
    official_ratio = Summary.of(r["official"]["median"] / r["raw"]["median"] for r in per_round)
    raw_median = Summary.of(d["median"] for d in results["raw"])
    ours_median = Summary.of(d["median"] for d in results["ours"])
    rows = [
        Row(
            "2. turn overhead",
            "median turn, `Session.ask` vs raw client (real binary)",
            f"{ours_median.median * 1e3:.1f} ms",
            f"{raw_median.median * 1e3:.1f} ms",
            ratio.fmt(3, unit="x"),
            "<= 1.05x",
            verdict(ratio.median <= 1.05),
        )
    ]
    body = "\n".join(
        [
            f"{turns} turns per client after one first turn, real `codex app-server` (one per client) + MockModel "
            f"(helper process) answering `echo: <prompt>`; the three clients' turns interleaved in one worker. "
            f"{rounds} rounds (fresh worker, servers and CODEX_HOMEs each); median (min-max) of the per-round "
            "medians; ratios paired per round.",
            "",
            *detail,
            "",
            f"- ours / raw (median turn): {ratio.fmt(3, unit='x')}",
            f"- official / raw (median turn): {official_ratio.fmt(3, unit='x')} (informational)",
        ]
    )
    return Section("turn_overhead", "2. Turn overhead (real binary, sequential short turns)", rows, body)
