"""Whole turns through ``Session`` against a scripted stdio child (scripted_app_server.py) that misbehaves in
ways the real server will not on demand: garbage lines mid-turn, a stderr flood, a 200k-delta flood.

Transport-level versions exist already and are not repeated here: tests/transport/test_stdio_transport.py
(``test_a_50_mb_line_arrives_intact_without_a_cap``, ``test_20_mb_of_stderr_without_newlines_never_blocks_the_child
_and_keeps_a_bounded_tail``, ``test_a_200k_line_flood_arrives_complete_in_batches``) and tests/rpc/
test_rpc_connection.py (``test_garbage_invalid_utf8_and_non_objects_are_counted_and_skipped``,
``test_responses_with_unknown_or_duplicate_ids_are_counted_and_skipped``). These prove the same holds with a turn
running on top, end to end.
"""

from __future__ import annotations

import asyncio
import json
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from codex_runtime import Client, ClientConfig, SessionConfig
from codex_runtime._defaults import STDERR_TAIL_BYTES

WAIT = 30.0
GARBAGE = ["not_json", "invalid_utf8", "big_line", "unknown_id", "duplicate"]


def plan(**fields: Any) -> str:
    """The prompt that tells scripted_app_server.py how to play the turn."""
    return json.dumps(fields)


@pytest.mark.timeout(90)
async def test_garbage_lines_in_the_middle_of_a_turn_are_counted_and_skipped_and_the_turn_completes(
    scripted_config: ClientConfig, workdir: Path
) -> None:
    pieces = [f"word{n} " for n in range(40)]
    async with Client(scripted_config) as client:
        session = await client.start_session(SessionConfig(cwd=str(workdir)))
        result = await asyncio.wait_for(session.ask(plan(pieces=pieces, garbage=GARBAGE)), WAIT)
        # raw RpcStats split malformed vs invalid-UTF-8 frames, which the public metrics merge
        after_ask = client.runtime._rpc.stats.snapshot()

        stream = await session.ask_stream(plan(pieces=pieces, garbage=GARBAGE))
        async with stream:
            events = [event async for event in stream]
        stats = client.runtime._rpc.stats.snapshot()
        metrics = client.runtime.metrics_snapshot()
        assert not client.runtime.is_closed

    expected = "".join(pieces).strip()
    assert result.assistant_text == expected
    # per turn: "not json" + the unterminated 50 MB line are malformed; one invalid UTF-8 line; one stray id;
    # one repeated turn/start response
    assert (after_ask.malformed_frames, after_ask.invalid_utf8) == (2, 1)
    assert (after_ask.unknown_response_ids, after_ask.duplicate_responses) == (1, 1)
    # the streamed deltas around the garbage are all there, in order, and the stream still ends properly
    deltas = [e.delta for e in events if e.kind == "agent_message_delta"]  # type: ignore[attr-defined]
    assert "".join(deltas) == "".join(pieces)
    assert events[-1].kind == "turn_completed" and events[-1].result.assistant_text == expected  # type: ignore[attr-defined]
    assert (stats.malformed_frames, stats.invalid_utf8) == (4, 2)
    assert (stats.unknown_response_ids, stats.duplicate_responses) == (2, 2)
    assert metrics.malformed_lines == 6 and metrics.unknown_responses == 2 and metrics.duplicate_responses == 2
    assert stats.in_flight == 0 and client.runtime._rpc.pending_requests() == []


@pytest.mark.timeout(90)
async def test_a_20_mb_stderr_flood_without_newlines_during_a_turn_never_stalls_it(
    scripted_config: ClientConfig, workdir: Path
) -> None:
    pieces = [f"p{n} " for n in range(200)]
    async with Client(scripted_config) as client:
        session = await client.start_session(SessionConfig(cwd=str(workdir)))
        # the child blocks in write(2) on stderr as soon as nobody drains it: the turn would never complete
        result = await asyncio.wait_for(session.ask(plan(pieces=pieces, stderr_bytes=20 * 1024 * 1024)), WAIT)
        # the stdio transport's stderr tail: no public accessor while the child is alive
        tail = client.runtime._rpc.transport.stderr_tail
        again = await asyncio.wait_for(session.ask(plan(pieces=["still ", "here"])), WAIT)

    assert result.assistant_text == "".join(pieces).strip()
    assert again.assistant_text == "still here"
    assert 0 < len(tail) <= STDERR_TAIL_BYTES and set(tail) == {"e"}  # a bounded tail, not 20 MB


FLOOD = 200_000
MEMORY_BOUND = 64 * 1024 * 1024
"""Generous (about 20 MiB is measured): the streamed text is 1.4 MB; keeping every notification would take ~200 MB."""


async def stalled_stream(client: Client, workdir: Path, count: int) -> list[Any]:
    """Start a flood turn, take ONE event, stall until the server has sent the whole turn (the worst case for
    buffers), then drain. Returns every event the stream yielded."""
    session = await client.start_session(SessionConfig(cwd=str(workdir)))
    async with client.runtime.events(methods=["turn/completed"]) as completions:
        stream = await session.ask_stream(plan(flood=count))
        first = await asyncio.wait_for(anext(stream), WAIT)
        await completions.next(timeout=60)
    async with stream:
        return [first] + [event async for event in stream]


def flood_text(count: int) -> str:
    return "".join(f"{n:06d}," for n in range(count))


@pytest.mark.timeout(120)
async def test_a_stalled_ask_stream_consumer_during_a_200k_delta_flood_keeps_memory_bounded_and_the_result_complete(
    scripted_config: ClientConfig, workdir: Path
) -> None:
    async with Client(scripted_config) as client:
        tracemalloc.start()
        try:
            baseline = tracemalloc.get_traced_memory()[0]
            events = await stalled_stream(client, workdir, FLOOD)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        metrics = client.runtime.metrics_snapshot()

    assert events[-1].kind == "turn_completed"
    assert events[-1].result.assistant_text == flood_text(FLOOD)
    assert metrics.notifications_by_method["item/agentMessage/delta"] == FLOOD
    assert peak - baseline < MEMORY_BOUND, f"{(peak - baseline) / 2**20:.1f} MiB held while the consumer stalled"
    streamed = sum(1 for e in events if e.kind == "agent_message_delta")
    assert streamed < 2048  # the deltas were coalesced while the consumer stalled, not queued one by one


@pytest.mark.timeout(60)
async def test_a_stalled_ask_stream_consumer_still_gets_every_delta_and_every_item_event(
    scripted_config: ClientConfig, workdir: Path
) -> None:
    count = 5000  # more than the stream's 1024-event queue
    async with Client(scripted_config) as client:
        events = await stalled_stream(client, workdir, count)
        dropped = client.runtime.metrics_snapshot().dropped_messages

    kinds = [e.kind for e in events]
    assert kinds.count("item_started") == 1 and kinds.count("item_completed") == 1
    assert "".join(e.delta for e in events if e.kind == "agent_message_delta") == flood_text(count)
    assert dropped == 0
