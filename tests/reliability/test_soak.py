"""Soak: 300 turns on one session against the real binary (MockModel fallback responder). Memory and every
pending table are flat at the end: nothing accumulates per turn.

Runs in the normal suite (about 18 s on a 2-core machine); deselect with ``-m "not soak"``.
"""

from __future__ import annotations

import asyncio
import gc
import time
from pathlib import Path
from typing import Any

import psutil
import pytest

from codex_runtime import Client, ClientConfig, SessionConfig
from codex_runtime.runtime.runtime import Runtime
from codex_runtime.testing import MockModel, MockResponse, RecordedRequest, responses

TURNS = 300
WARMUP = 100
"""Turns before the baseline is taken: caches warm, the state projection's ring of 64 turns per thread is full."""
RSS_GROWTH_BOUND = 16 * 1024 * 1024
OBJECT_GROWTH_BOUND = 1_000
"""Measured: +0.7 MiB and under 10 objects over 200 turns; a leak of 5 objects per turn would fail."""


def tables(runtime: Runtime) -> dict[str, int]:
    """Sizes of every table that holds something per request, per server request, per turn or per stream."""
    # the soak checks that the RPC core's and broker's internal tables stay bounded: internals by design
    rpc, broker = runtime._rpc, runtime._broker
    return {
        "rpc pending": len(rpc.pending_requests()),
        "rpc in flight": rpc.stats.in_flight,
        "rpc server requests": len(rpc.pending_server_requests()),
        "rpc background tasks": len(rpc._background),
        "rpc subscriptions": len(rpc._subscriptions),
        "rpc notification sinks": len(rpc._inbound.notification_sinks),
        "broker pending": len(broker._pending),
        "broker timers": len(broker._timers),
        "broker queue": len(broker._queue),
        "broker tasks": len(broker._tasks),
        "broker thread handlers": len(broker._thread_handlers),
        "taps": sum(len(taps) for taps in runtime._taps.values()),
        "event streams": len(runtime._event_streams),
    }


def rss() -> int:
    gc.collect()
    return int(psutil.Process().memory_info().rss)


@pytest.mark.soak
@pytest.mark.timeout(240)
async def test_300_turns_on_one_session_keep_memory_and_every_pending_table_flat(
    codex_env: dict[str, str], mock_model: MockModel, workdir: Path
) -> None:
    def echo(request: RecordedRequest) -> MockResponse:
        return responses.text(f"echo {request.last_user_text}")

    mock_model.set_fallback(echo)
    samples: dict[int, Any] = {}
    posts = 0
    started = time.monotonic()
    async with Client(ClientConfig(process_env=codex_env)) as client:
        runtime = client.runtime
        session = await client.start_session(SessionConfig(cwd=str(workdir)))
        idle = tables(runtime)
        for n in range(1, TURNS + 1):
            if n % 2:
                result = await asyncio.wait_for(session.ask(f"turn {n}"), 30)
            else:  # half the turns streamed, so both code paths soak
                stream = await session.ask_stream(f"turn {n}")
                async with stream:
                    result = await asyncio.wait_for(stream.finish(), 30)
            assert result.assistant_text == f"echo turn {n}"
            posts += len(mock_model.requests)
            # Every POST re-sends the whole history: the mock's own log grows quadratically. Not ours to measure.
            mock_model.requests.clear()
            if n in (WARMUP, TURNS):
                samples[n] = (rss(), len(gc.get_objects()), tables(runtime))
        metrics = runtime.metrics_snapshot()
    elapsed = time.monotonic() - started
    (rss_warm, objects_warm, _), (rss_end, objects_end, end_tables) = samples[WARMUP], samples[TURNS]
    growth = f"RSS {(rss_end - rss_warm) / 2**20:+.1f} MiB, {objects_end - objects_warm:+d} live objects"
    print(f"\n{TURNS} turns in {elapsed:.1f} s; over the last {TURNS - WARMUP}: {growth}")  # shown with -s
    assert end_tables == idle, f"tables grew: {idle} -> {end_tables}"
    assert rss_end - rss_warm < RSS_GROWTH_BOUND, f"RSS grew {(rss_end - rss_warm) / 2**20:.1f} MiB"
    assert objects_end - objects_warm < OBJECT_GROWTH_BOUND, f"{objects_end - objects_warm} more live objects"
    assert metrics.requests_in_flight == 0 and metrics.timeouts == 0 and metrics.dropped_messages == 0
    assert metrics.server_requests.pending == 0
    assert posts == TURNS
