"""1. Receive path: one turn of N ``item/agentMessage/delta`` notifications replayed by the fake app-server.

Variants (each in a fresh worker process; every variant first runs one 10-delta warm-up turn, so lazy imports and
caches are paid before the clock starts; the clock covers turn/start .. turn/completed):

- ``floor (json)``: buffered readline + ``json.loads`` per line, counting deltas (no SDK code at all).
- ``floor (orjson)``: the same with ``orjson.loads``.
- ``ours: ask_stream``: ``Session.ask_stream`` consuming every event (count + length of every delta).
- ``ours: ask``: ``Session.ask`` collecting the text.
  Both twice: with the ``fast`` extra (orjson parses the frames) and without it (orjson hidden from the worker, so
  pydantic-core's parser does).
- ``official: sync stream``: openai-codex ``Thread.turn(...).stream()`` (its fastest streaming path).
- ``official: async stream``: openai-codex ``AsyncThread.turn(...).stream()`` (the async twin of ours; fewer rounds,
  it is ~10x slower).

Targets: ours >= 1.0x the json floor's throughput without orjson, >= 2x with it, and >= 3x the official SDK's.
"""

from __future__ import annotations

import gc
import importlib.util
import json
import time
from typing import Any

from benchmarks._children import DELTA, RawClient, fake_codex_bin, fake_env
from benchmarks._harness import WORK, Harness, Row, Section, Summary, rotate, verdict

DELTA_METHOD = "item/agentMessage/delta"
FULL_N = 200_000
QUICK_N = 2_000
ROUNDS = 5
ASYNC_OFFICIAL_ROUNDS = 3

VARIANTS = {
    "floor_json": "floor (buffered readline + json.loads)",
    "floor_orjson": "floor (buffered readline + orjson.loads)",
    "ours_stream": "ours: `Session.ask_stream` (every event)",
    "ours_ask": "ours: `Session.ask` (collect text)",
    "nofast_stream": "ours without orjson: `Session.ask_stream`",
    "nofast_ask": "ours without orjson: `Session.ask`",
    "official_sync": "official: `Thread.turn().stream()` (sync)",
    "official_async": "official: `AsyncThread.turn().stream()`",
    "patched_stream": "ours + compare-src: `Session.ask_stream`",
    "patched_ask": "ours + compare-src: `Session.ask`",
}


# --- workers (run inside `python -m benchmarks._worker`) -------------------------------------------------------


def _clock() -> tuple[float, float]:
    gc.collect()
    return time.perf_counter(), time.process_time()


def _done(n: int, started: tuple[float, float], deltas: int | None, chars: int, ok: bool) -> dict[str, Any]:
    wall = time.perf_counter() - started[0]
    return {
        "n": n,
        "seconds": wall,
        "cpu_seconds": time.process_time() - started[1],
        "events": deltas,
        "chars": chars,
        "verified": ok,
    }


def floor(n: int, decoder: str) -> dict[str, Any]:
    if decoder == "orjson":
        import orjson

        loads = orjson.loads
    else:
        loads = json.loads
    client = RawClient([fake_codex_bin(), "app-server", "--listen", "stdio://"], fake_env(n), loads=loads)
    try:
        client.initialize()
        thread_id = client.start_thread(str(WORK))
        client.run_turn(thread_id, "warmup")
        started = _clock()
        client.request("turn/start", client.turn_params(thread_id, "bench"))
        deltas = chars = 0
        for line in client.stdout:
            message = loads(line)
            method = message.get("method")
            if method == DELTA_METHOD:
                deltas += 1
                chars += len(message["params"]["delta"])
            elif method == "turn/completed":
                break
        return _done(n, started, deltas, chars, deltas == n and chars == n * len(DELTA))
    finally:
        client.close()


async def ours(n: int, mode: str, fast: bool = True) -> dict[str, Any]:
    if not fast:
        import sys

        sys.modules["orjson"] = None  # type: ignore[assignment]  # as if the `fast` extra were not installed
    from codex_runtime import Client, ClientConfig, SessionConfig
    from codex_runtime.rpc.codec import FAST_DECODER

    client = await Client.connect(ClientConfig(cli_bin=fake_codex_bin(), process_env=fake_env(n)))
    try:
        session = await client.start_session(SessionConfig(cwd=str(WORK)))
        await session.ask("warmup")
        async for _ in await session.ask_stream("warmup"):
            pass
        expected = DELTA * n
        if mode == "stream":
            started = _clock()
            deltas = chars = 0
            final = ""
            async for event in await session.ask_stream("bench"):
                if event.kind == "agent_message_delta":
                    deltas += 1
                    chars += len(event.delta)
                elif event.kind == "turn_completed":
                    final = event.result.assistant_text
            ok = chars == len(expected) and final == expected.strip()
            return {**_done(n, started, deltas, chars, ok), "decoder": FAST_DECODER}
        started = _clock()
        result = await session.ask("bench")
        text = result.assistant_text
        return {**_done(n, started, None, len(text), text == expected.strip()), "decoder": FAST_DECODER}
    finally:
        await client.shutdown()


def official(n: int) -> dict[str, Any]:
    from openai_codex import ApprovalMode, Codex, CodexConfig, Sandbox

    with Codex(CodexConfig(codex_bin=fake_codex_bin(), env=fake_env(n))) as codex:
        thread = codex.thread_start(approval_mode=ApprovalMode.deny_all, sandbox=Sandbox.read_only, cwd=str(WORK))
        for _ in thread.turn("warmup").stream():
            pass
        started = _clock()
        deltas = chars = 0
        for event in thread.turn("bench").stream():
            if event.method == DELTA_METHOD:
                deltas += 1
                chars += len(event.payload.delta)
        return _done(n, started, deltas, chars, deltas == n and chars == n * len(DELTA))


async def official_async(n: int) -> dict[str, Any]:
    from openai_codex import ApprovalMode, AsyncCodex, CodexConfig, Sandbox

    async with AsyncCodex(CodexConfig(codex_bin=fake_codex_bin(), env=fake_env(n))) as codex:
        thread = await codex.thread_start(approval_mode=ApprovalMode.deny_all, sandbox=Sandbox.read_only, cwd=str(WORK))
        async for _ in (await thread.turn("warmup")).stream():
            pass
        started = _clock()
        deltas = chars = 0
        async for event in (await thread.turn("bench")).stream():
            if event.method == DELTA_METHOD:
                deltas += 1
                chars += len(event.payload.delta)
        return _done(n, started, deltas, chars, deltas == n and chars == n * len(DELTA))


# --- the benchmark (parent side) -------------------------------------------------------------------------------


def _measure(h: Harness, variant: str, n: int) -> dict[str, Any]:
    if variant == "floor_json":
        return h.run("receive", "floor", n=n, decoder="json")
    if variant == "floor_orjson":
        return h.run("receive", "floor", n=n, decoder="orjson")
    if variant == "ours_stream":
        return h.run("receive", "ours", n=n, mode="stream")
    if variant == "ours_ask":
        return h.run("receive", "ours", n=n, mode="ask")
    if variant.startswith("nofast_"):
        return h.run("receive", "ours", n=n, mode=variant.removeprefix("nofast_"), fast=False)
    if variant.startswith("patched_"):
        return h.run("receive", "ours", src=h.compare_src, n=n, mode=variant.removeprefix("patched_"))
    if variant == "official_sync":
        return h.run("receive", "official", n=n)
    return h.run("receive", "official_async", n=n)


def run(h: Harness) -> Section:
    n = QUICK_N if h.quick else FULL_N
    rounds = h.rounds(ROUNDS)
    variants = dict(VARIANTS)
    if importlib.util.find_spec("orjson") is None:
        # optional: the json.loads floor is the one the targets use; without orjson "ours" is the no-orjson case
        del variants["floor_orjson"], variants["nofast_stream"], variants["nofast_ask"]
    if h.compare_src is None:
        del variants["patched_stream"], variants["patched_ask"]
    results: dict[str, list[dict[str, Any]]] = {v: [] for v in variants}
    per_round: list[dict[str, float]] = []
    for r in range(rounds):
        order = [v for v in variants if v != "official_async" or r < ASYNC_OFFICIAL_ROUNDS]
        times: dict[str, float] = {}
        for variant in rotate(order, r):
            result = _measure(h, variant, n)
            results[variant].append(result)
            times[variant] = result["seconds"]
        per_round.append(times)

    def ratios(ours_key: str, base_key: str) -> Summary:
        # Throughput ratio ours/baseline = baseline time / our time, paired within each round.
        return Summary.of(t[base_key] / t[ours_key] for t in per_round if base_key in t and ours_key in t)

    def cpu_ratios(ours_key: str, base_key: str) -> Summary:
        pairs = zip(results[ours_key], results[base_key], strict=False)
        return Summary.of(base["cpu_seconds"] / ours["cpu_seconds"] for ours, base in pairs)

    rows: list[Row] = []
    detail = [
        "| variant | turn time, s | throughput, k deltas/s | client CPU, s | events seen | output verified |",
        "|---|---|---|---|---|---|",
    ]
    for variant, label in VARIANTS.items():
        data = results.get(variant)
        if not data:
            continue
        secs = Summary.of(d["seconds"] for d in data)
        rate = Summary.of(n / d["seconds"] for d in data)
        cpu = Summary.of(d["cpu_seconds"] for d in data)
        events = sorted({str(d["events"]) for d in data if d["events"] is not None}) or ["(n/a: collects)"]
        verified = all(d["verified"] for d in data)
        decoders = sorted({d["decoder"] for d in data if "decoder" in d})
        label += f" [{', '.join(decoders)}]" if decoders else ""
        detail.append(
            f"| {label} | {secs.fmt(3)} | {rate.fmt(0, 1e-3)} | {cpu.fmt(3)} | {', '.join(events)} | "
            f"{'yes' if verified else '**NO**'} |"
        )
    fast = "nofast_stream" in results  # orjson installed: "ours" parse with it
    targets = [
        (ours, base, target, what)
        for ours in ("ours_stream", "ours_ask", "nofast_stream", "nofast_ask", "patched_stream", "patched_ask")
        for base, target, what in (
            ("floor_json", 2.0 if fast and ours.startswith("ours") else 1.0, "x json floor"),
            ("official_sync", 3.0, "x official (sync)"),
        )
        if ours in results
    ]
    for ours_key, base_key, target, what in targets:
        summary = ratios(ours_key, base_key)
        rate = Summary.of(n / d["seconds"] for d in results[ours_key])
        base_rate = Summary.of(n / d["seconds"] for d in results[base_key])
        rows.append(
            Row(
                "1. receive",
                f"{VARIANTS[ours_key]} vs {VARIANTS[base_key].split(' (')[0]}",
                f"{rate.median / 1e3:,.0f}k/s",
                f"{base_rate.median / 1e3:,.0f}k/s",
                summary.fmt(2, unit="x"),
                f">= {target:g}{what}",
                verdict(summary.median >= target),
            )
        )
    info = [
        (a, b)
        for a, b in [
            ("ours_stream", "floor_orjson"),
            ("ours_ask", "floor_orjson"),
            ("ours_stream", "official_async"),
            ("ours_ask", "official_async"),
        ]
        if b in results
    ]
    ratio_lines = [f"- {VARIANTS[a]} / {VARIANTS[b]}: {ratios(a, b).fmt(2, unit='x')} (informational)" for a, b in info]
    by_cpu = [("ours_stream", "floor_json"), ("ours_ask", "floor_json"), ("ours_stream", "official_sync")]
    ratio_lines += [
        f"- best round vs best round (the least disturbed run of each): {VARIANTS[a]} / {VARIANTS[b]}: "
        f"{min(d['seconds'] for d in results[b]) / min(d['seconds'] for d in results[a]):.2f}x"
        for a, b in [*by_cpu, ("ours_ask", "official_sync")]
    ]
    ratio_lines += [
        f"- by client CPU time instead of wall time (less sensitive to other load on the machine): {VARIANTS[a]} / "
        f"{VARIANTS[b]}: {cpu_ratios(a, b).fmt(2, unit='x')}"
        for a, b in by_cpu
    ]
    body = "\n".join(
        [
            f"N = {n:,} deltas of {DELTA!r} in one turn (plus turn/started, item/started+completed for the user "
            "message and the agent message, token usage, rate limits, read state, status changes, turn/completed "
            f"carrying the {len(DELTA) * n / 1e6:.1f} MB text), replayed by `benchmarks/_fake_app_server.py` as fast "
            f"as the pipe allows. {rounds} rounds (official async: {min(rounds, ASYNC_OFFICIAL_ROUNDS)}), variants "
            "interleaved in a rotating order, each in a fresh process; median (min-max). Ratios are paired per round "
            "(throughput ratio = baseline time / our time).",
            "",
            *detail,
            "",
            *ratio_lines,
        ]
    )
    return Section("receive", "1. Receive path (fake app-server, one turn)", rows, body)
