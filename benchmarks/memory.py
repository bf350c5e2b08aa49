"""4. Memory: peak RSS of the CLIENT process (never the server's), each measurement in a fresh worker.

a) One turn of 1,000,000 deltas from the fake app-server (the real server relays ~25k deltas/s, 1M would take
   ~40 s per run): growth = VmHWM during the turn - RSS before it (VmHWM is reset just before the turn via
   /proc/self/clear_refs when the kernel allows it, else the pre-turn RSS is subtracted from the process peak).
b) 1,000 short turns on one session with global notifications never read, fake app-server (echo mode, one turn
   = 17 notifications incl. 4 without a turn id). Ours: with no subscriber (default), and with a
   ``runtime.events()`` subscription that is never read; official SDK: its global queue is never read. Growth =
   peak - RSS after 10 warm-up turns; RSS is sampled along the way to show the slope.

Default retention limits throughout. Target: growth < 64 MiB.
"""

from __future__ import annotations

import gc
import time
from typing import Any

from benchmarks._children import DELTA, RawClient, fake_codex_bin, fake_env
from benchmarks._harness import (
    WORK,
    Harness,
    Row,
    Section,
    Summary,
    peak_rss_mib,
    reset_peak_rss,
    rotate,
    rss_mib,
    verdict,
)

FLOOD_N = 1_000_000
QUICK_FLOOD_N = 5_000
TURNS = 1_000
QUICK_TURNS = 20
SAMPLES = (10, 100, 250, 500, 1000)
ROUNDS = 3
LIMIT_MIB = 64
FLOOD_VARIANTS = {
    "floor": "floor (readline + json.loads, keeps nothing)",
    "ours_ask": "ours: `Session.ask`",
    "ours_stream": "ours: `Session.ask_stream` (every event read)",
    "official": "official: `Thread.turn().stream()`",
}
TURN_VARIANTS = {
    "ours": "ours: `Session.ask`, no subscriber",
    "ours_events": "ours: `Session.ask` + a `runtime.events()` never read",
    "official": "official: `Thread.run`, global queue never read",
}


class _Peak:
    def __init__(self) -> None:
        gc.collect()
        self.before = rss_mib()
        self.reset = reset_peak_rss()
        self.started = time.perf_counter()

    def result(self, **extra: Any) -> dict[str, Any]:
        peak = peak_rss_mib()
        return {
            "rss_before_mib": self.before,
            "peak_mib": peak,
            "growth_mib": max(0.0, peak - self.before),
            "peak_reset": self.reset,
            "seconds": time.perf_counter() - self.started,
            **extra,
        }


# --- a) one huge turn --------------------------------------------------------------------------------------------


def flood_floor(n: int) -> dict[str, Any]:
    import json

    client = RawClient([fake_codex_bin(), "app-server"], fake_env(n))
    try:
        client.initialize()
        thread_id = client.start_thread(str(WORK))
        client.run_turn(thread_id, "warmup")
        peak = _Peak()
        deltas = 0
        client.request("turn/start", client.turn_params(thread_id, "bench"))
        for line in client.stdout:
            message = json.loads(line)
            if message.get("method") == "turn/completed":
                break
            deltas += message.get("method") == "item/agentMessage/delta"
        return peak.result(verified=deltas == n)
    finally:
        client.close()


async def flood_ours(n: int, mode: str) -> dict[str, Any]:
    from codex_runtime import Client, ClientConfig, SessionConfig

    client = await Client.connect(ClientConfig(cli_bin=fake_codex_bin(), process_env=fake_env(n)))
    try:
        session = await client.start_session(SessionConfig(cwd=str(WORK)))
        await session.ask("warmup")
        async for _ in await session.ask_stream("warmup"):
            pass
        peak = _Peak()
        expected = (DELTA * n).strip()
        if mode == "stream":
            chars = 0
            final = ""
            async for event in await session.ask_stream("bench"):
                if event.kind == "agent_message_delta":
                    chars += len(event.delta)
                elif event.kind == "turn_completed":
                    final = event.result.assistant_text
            ok = chars == n * len(DELTA) and final == expected
        else:
            ok = (await session.ask("bench")).assistant_text == expected
        return peak.result(verified=ok)
    finally:
        await client.shutdown()


def flood_official(n: int) -> dict[str, Any]:
    from openai_codex import ApprovalMode, Codex, CodexConfig, Sandbox

    with Codex(CodexConfig(codex_bin=fake_codex_bin(), env=fake_env(n))) as codex:
        thread = codex.thread_start(approval_mode=ApprovalMode.deny_all, sandbox=Sandbox.read_only, cwd=str(WORK))
        for _ in thread.turn("warmup").stream():
            pass
        peak = _Peak()
        chars = 0
        for event in thread.turn("bench").stream():
            if event.method == "item/agentMessage/delta":
                chars += len(event.payload.delta)
        return peak.result(verified=chars == n * len(DELTA))


# --- b) many turns -----------------------------------------------------------------------------------------------


def _samples(turns: int) -> set[int]:
    return {s for s in SAMPLES if s <= turns} | {turns}


async def turns_ours(turns: int, subscriber: bool) -> dict[str, Any]:
    from codex_runtime import Client, ClientConfig, SessionConfig

    client = await Client.connect(ClientConfig(cli_bin=fake_codex_bin(), process_env=fake_env(0, echo=True)))
    try:
        events = client.runtime.events() if subscriber else None
        session = await client.start_session(SessionConfig(cwd=str(WORK)))
        series: dict[int, float] = {}
        wrong = 0
        peak: _Peak | None = None
        warm = min(10, turns)
        for i in range(1, turns + 1):
            result = await session.ask(f"turn {i}")
            wrong += result.assistant_text != f"echo: turn {i}"
            if i == warm:
                peak = _Peak()
            if i in _samples(turns):
                series[i] = rss_mib()
        assert peak is not None
        snapshot = client.runtime.state_snapshot()
        return peak.result(
            series=series,
            wrong_answers=wrong,
            unread_buffered=None if events is None else len(events._subscription),
            unread_dropped=None if events is None else events.dropped,
            evictions=snapshot["evictions"],
            verified=wrong == 0,
        )
    finally:
        await client.shutdown()


def turns_official(turns: int) -> dict[str, Any]:
    from openai_codex import ApprovalMode, Codex, CodexConfig, Sandbox

    with Codex(CodexConfig(codex_bin=fake_codex_bin(), env=fake_env(0, echo=True))) as codex:
        thread = codex.thread_start(approval_mode=ApprovalMode.deny_all, sandbox=Sandbox.read_only, cwd=str(WORK))
        series: dict[int, float] = {}
        wrong = 0
        peak: _Peak | None = None
        warm = min(10, turns)
        for i in range(1, turns + 1):
            result = thread.run(f"turn {i}")
            wrong += result.final_response != f"echo: turn {i}"
            if i == warm:
                peak = _Peak()
            if i in _samples(turns):
                series[i] = rss_mib()
        assert peak is not None
        queued = codex._client._router._global_notifications.qsize()
        return peak.result(series=series, wrong_answers=wrong, unread_buffered=queued, verified=wrong == 0)


def _yes(ok: bool) -> str:
    return "yes" if ok else "**NO**"


# --- the benchmark (parent side) -------------------------------------------------------------------------------


def run(h: Harness) -> Section:
    n = QUICK_FLOOD_N if h.quick else FLOOD_N
    turns = QUICK_TURNS if h.quick else TURNS
    rounds = h.rounds(ROUNDS)
    flood: dict[str, list[dict[str, Any]]] = {v: [] for v in FLOOD_VARIANTS}
    many: dict[str, list[dict[str, Any]]] = {v: [] for v in TURN_VARIANTS}
    for r in range(rounds):
        for variant in rotate(list(FLOOD_VARIANTS), r):
            if variant == "floor":
                flood[variant].append(h.run("memory", "flood_floor", n=n))
            elif variant == "official":
                flood[variant].append(h.run("memory", "flood_official", n=n, timeout=600))
            else:
                flood[variant].append(h.run("memory", "flood_ours", n=n, mode=variant.removeprefix("ours_")))
        for variant in rotate(list(TURN_VARIANTS), r):
            if variant == "official":
                many[variant].append(h.run("memory", "turns_official", turns=turns))
            else:
                many[variant].append(h.run("memory", "turns_ours", turns=turns, subscriber=variant == "ours_events"))

    rows: list[Row] = []
    detail_a = [
        "| variant | RSS before, MiB | peak during the turn, MiB | growth, MiB | turn time, s | verified |",
        "|---|---|---|---|---|---|",
    ]
    for variant, label in FLOOD_VARIANTS.items():
        data = flood[variant]
        detail_a.append(
            f"| {label} | {Summary.of(d['rss_before_mib'] for d in data).fmt(1)} | "
            f"{Summary.of(d['peak_mib'] for d in data).fmt(1)} | {Summary.of(d['growth_mib'] for d in data).fmt(1)} | "
            f"{Summary.of(d['seconds'] for d in data).fmt(2)} | {_yes(all(d['verified'] for d in data))} |"
        )
    for variant in ("ours_ask", "ours_stream"):
        growth = Summary.of(d["growth_mib"] for d in flood[variant])
        rows.append(
            Row(
                "4. memory",
                f"RSS growth, {n:,}-delta turn, {FLOOD_VARIANTS[variant].split(' (')[0]} (fake server)",
                f"{growth.median:.1f} MiB",
                f"{Summary.of(d['growth_mib'] for d in flood['official']).median:.1f} MiB (official)",
                "—",
                f"< {LIMIT_MIB} MiB",
                verdict(growth.high < LIMIT_MIB),
            )
        )
    sample_points = sorted(_samples(turns))
    detail_b = [
        "| variant | growth after warm-up, MiB | "
        + " | ".join(f"RSS @{s}, MiB" for s in sample_points)
        + " | unread notifications held | wrong answers |",
        "|---|---|" + "---|" * len(sample_points) + "---|---|",
    ]
    for variant, label in TURN_VARIANTS.items():
        data = many[variant]
        series = " | ".join(Summary.of(d["series"][str(s)] for d in data).fmt(1) for s in sample_points)
        held = Summary.of(d["unread_buffered"] for d in data if d.get("unread_buffered") is not None)
        detail_b.append(
            f"| {label} | {Summary.of(d['growth_mib'] for d in data).fmt(1)} | {series} | "
            f"{held.fmt(0) if held.n else '0 (nothing buffers them)'} | {sum(d['wrong_answers'] for d in data)} |"
        )
    for variant in ("ours", "ours_events"):
        growth = Summary.of(d["growth_mib"] for d in many[variant])
        rows.append(
            Row(
                "4. memory",
                f"RSS growth over {turns:,} turns, {TURN_VARIANTS[variant].removeprefix('ours: ')} (fake server)",
                f"{growth.median:.1f} MiB",
                f"{Summary.of(d['growth_mib'] for d in many['official']).median:.1f} MiB (official)",
                "—",
                f"< {LIMIT_MIB} MiB",
                verdict(growth.high < LIMIT_MIB),
            )
        )
    ev = many["ours_events"][-1]
    body = "\n".join(
        [
            f"{rounds} rounds, each measurement in a fresh worker; median (min-max). Status uses the WORST round.",
            "",
            f"**a) one turn of {n:,} deltas** (fake app-server; the {len(DELTA) * n / 1e6:.0f} MB answer also arrives "
            "whole in item/completed and turn/completed)",
            "",
            *detail_a,
            "",
            f"**b) {turns:,} turns on one session, global notifications never read** (fake app-server, echo mode)",
            "",
            *detail_b,
            "",
            f"- never-read `runtime.events()` (bound 4096, drop-oldest): {ev.get('unread_buffered')} buffered, "
            f"{ev.get('unread_dropped')} dropped and counted; state projection evictions "
            f"{ev.get('evictions')} (default RetentionLimits: 64 turns per thread).",
        ]
    )
    return Section("memory", "4. Memory (client process RSS)", rows, body)
