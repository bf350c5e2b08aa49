"""RuntimePool against the real codex binary + MockModel: placement, back-pressure, failover, twins."""

from __future__ import annotations

import asyncio
import os
import signal
import threading
from pathlib import Path

import pytest

from codex_runtime import ClientConfig, SessionConfig, TurnFailedError
from codex_runtime.pool import (
    MemberLostError,
    PoolBusyError,
    PoolClosedError,
    PoolSession,
    RuntimePool,
    SessionFailoverError,
)
from codex_runtime.sync import pool as blocking
from codex_runtime.testing import MockModel, responses
from tests.pool.conftest import SLOW_MARKER

pytestmark = pytest.mark.timeout(60)
WAIT = 20.0


def member_pid(session: PoolSession) -> int:
    pid = session.runtime.server_pid
    assert isinstance(pid, int) and pid > 0
    return pid


async def kill_member_of(session: PoolSession) -> None:
    """SIGKILL the session's app-server process group and wait until its connection is seen closed."""
    os.killpg(member_pid(session), signal.SIGKILL)
    assert await session.runtime.wait_closed(WAIT) is not None


async def wait_slow_turn_started(started: threading.Event) -> None:
    assert await asyncio.to_thread(started.wait, WAIT), "the slow turn never reached the model"


async def test_32_concurrent_sessions_on_4_members_are_placed_evenly_and_all_answer(
    client_config: ClientConfig, echo_model: MockModel, workdir: Path
) -> None:
    async with RuntimePool(client_config, size=4, max_turns_per_member=4) as pool:
        sessions = await asyncio.gather(*(pool.start_session(SessionConfig(cwd=workdir)) for _ in range(32)))
        results = await asyncio.gather(*(s.ask(f"question {i}") for i, s in enumerate(sessions)))
        stats = pool.stats()

    assert [r.assistant_text for r in results] == [f"echo: question {i}" for i in range(32)]
    assert [m["sessions"] for m in stats] == [8, 8, 8, 8]
    assert [m["turns_completed"] for m in stats] == [8, 8, 8, 8]
    assert len({m["pid"] for m in stats}) == 4 and all(m["alive"] for m in stats)
    assert {m["active_turns"] for m in stats} == {0}


async def test_killing_a_member_mid_turn_fails_that_turn_typed_and_the_session_resumes_on_a_replacement(
    client_config: ClientConfig, echo_model: MockModel, slow_started: threading.Event, workdir: Path
) -> None:
    async with RuntimePool(client_config, size=4) as pool:
        sessions = await asyncio.gather(*(pool.start_session(SessionConfig(cwd=workdir)) for _ in range(8)))
        victim = sessions[0]
        assert (await victim.ask("remember 42")).assistant_text == "echo: remember 42"
        old_pid, index = member_pid(victim), victim.member_index

        sibling = next(s for s in sessions[1:] if s.member_index == index)  # never ran a turn: nothing on disk
        sibling_thread = sibling.thread_id
        elsewhere = [s for s in sessions if s.member_index != index]

        slow_turn = asyncio.create_task(victim.ask(SLOW_MARKER + " take your time"))
        await wait_slow_turn_started(slow_started)
        os.killpg(old_pid, signal.SIGKILL)
        others = await asyncio.gather(*(s.ask(f"other {i}") for i, s in enumerate(elsewhere)))
        with pytest.raises(MemberLostError) as lost:
            await asyncio.wait_for(slow_turn, WAIT)

        after = await victim.ask("what was the number?")
        sibling_answer = await sibling.ask("still there?")
        stats = pool.stats()

    assert lost.value.member_index == index and lost.value.thread_id == victim.thread_id
    assert lost.value.exit_code == -signal.SIGKILL and lost.value.retryable
    assert len(others) == 6 and all(r.assistant_text.startswith("echo: other") for r in others)
    assert sibling_answer.assistant_text == "echo: still there?" and sibling.resumes == 1
    assert sibling.thread_id == sibling_answer.thread_id != sibling_thread  # continued on a new thread
    assert after.thread_id == victim.thread_id and after.assistant_text == "echo: what was the number?"
    assert victim.member_index == index and victim.resumes == 1 and member_pid(victim) != old_pid
    resumed_post = next(r for r in echo_model.requests if r.last_user_text == "what was the number?")
    assert resumed_post.user_texts()[0] == "remember 42"  # the resumed thread kept its history
    assert stats[index]["restarts"] == 1 and stats[index]["alive"] and stats[index]["turns_failed"] == 1
    assert stats[index]["sessions"] == 2
    assert sum(m["restarts"] for m in stats) == 1


async def test_a_turn_waits_for_a_free_slot_and_fails_typed_when_none_frees_in_time(
    client_config: ClientConfig, echo_model: MockModel, slow_started: threading.Event, workdir: Path
) -> None:
    async with RuntimePool(client_config, size=1, max_turns_per_member=1, acquire_timeout=0.3) as pool:
        busy, waiting = await asyncio.gather(*(pool.start_session(SessionConfig(cwd=workdir)) for _ in range(2)))
        stream = await busy.ask_stream(SLOW_MARKER + " hold the slot")
        await wait_slow_turn_started(slow_started)
        assert pool.stats()[0]["active_turns"] == 1
        with pytest.raises(PoolBusyError) as caught:
            await waiting.ask("no room")

        pool.acquire_timeout = WAIT
        queued = asyncio.create_task(waiting.ask("queued"))
        await asyncio.sleep(0)  # one loop step: the queued ask runs until it blocks on the slot (no time passes)
        assert pool.stats()[0]["waiting_turns"] == 1
        async with stream:
            async for event in stream:
                if event.kind == "agent_message_delta":
                    break  # leaving early interrupts the turn and frees the slot
        answer = await asyncio.wait_for(queued, WAIT)
        stats = pool.stats()[0]

    assert caught.value.member_index == 0 and caught.value.timeout == 0.3
    assert answer.assistant_text == "echo: queued"
    assert stats["active_turns"] == 0 and stats["waiting_turns"] == 0
    assert (stats["turns_completed"], stats["turns_failed"]) == (1, 1)  # the interrupted stream counts as failed


async def test_a_session_moves_to_another_member_when_its_own_is_not_replaced_and_the_home_is_shared(
    client_config: ClientConfig, echo_model: MockModel, workdir: Path
) -> None:
    async with RuntimePool(client_config, size=2, restart=False) as pool:
        session = await pool.start_session(SessionConfig(cwd=workdir))
        await session.ask("first")
        lost_index = session.member_index
        await kill_member_of(session)
        answer = await session.ask("second")
        stats = pool.stats()

    assert answer.thread_id == session.thread_id and answer.assistant_text == "echo: second"
    assert session.member_index != lost_index
    assert stats[lost_index]["state"] == "failed" and stats[lost_index]["sessions"] == 0
    assert stats[session.member_index]["sessions"] == 1


async def test_with_separate_homes_a_lost_session_resumes_only_on_its_own_members_replacement(
    echo_model: MockModel, tmp_path: Path, workdir: Path
) -> None:
    from codex_runtime.testing import mock_codex_home

    homes = [mock_codex_home(tmp_path / f"home-{i}", echo_model) for i in range(2)]
    async with RuntimePool(ClientConfig(), size=2, codex_homes=homes) as pool:
        assert not pool.shared_codex_home
        session = await pool.start_session(SessionConfig(cwd=workdir))
        await session.ask("first")
        await kill_member_of(session)
        answer = await session.ask("second")
        assert answer.thread_id == session.thread_id and session.resumes == 1

    async with RuntimePool(ClientConfig(), size=2, codex_homes=homes, restart=False) as pool:
        session = await pool.start_session(SessionConfig(cwd=workdir))
        await session.ask("first")
        await kill_member_of(session)
        with pytest.raises(SessionFailoverError, match="do not share a CODEX_HOME") as caught:
            await session.ask("second")
    assert caught.value.thread_id == session.thread_id


async def test_turn_failures_are_the_sessions_own_errors_and_are_counted(
    client_config: ClientConfig, mock_model: MockModel, workdir: Path
) -> None:
    mock_model.enqueue(responses.usage_limit(), responses.text("fine"))
    async with RuntimePool(client_config, size=1) as pool:
        session = await pool.start_session(SessionConfig(cwd=workdir))
        with pytest.raises(TurnFailedError) as caught:
            await session.ask("x")
        result = await pool.run(workdir, "one-shot")
        stats = pool.stats()[0]

    assert caught.value.is_quota_exceeded and result.assistant_text == "fine"
    assert (stats["turns_failed"], stats["turns_completed"], stats["sessions"]) == (1, 1, 1)


async def test_after_shutdown_every_call_raises_pool_closed(
    client_config: ClientConfig, echo_model: MockModel, workdir: Path
) -> None:
    pool = RuntimePool(client_config, size=1)
    with pytest.raises(PoolClosedError, match="not started"):
        await pool.start_session(SessionConfig(cwd=workdir))
    await pool.start()
    session = await pool.start_session(SessionConfig(cwd=workdir))
    await pool.shutdown()
    await pool.shutdown()  # idempotent
    with pytest.raises(PoolClosedError):
        await session.ask("late")
    with pytest.raises(PoolClosedError):
        await pool.start()
    assert pool.stats()[0]["state"] == "stopped"


async def test_close_archives_the_thread_even_after_its_member_was_replaced(
    client_config: ClientConfig, echo_model: MockModel, workdir: Path
) -> None:
    async with RuntimePool(client_config, size=1) as pool:
        session = await pool.start_session(SessionConfig(cwd=workdir))
        await session.ask("hello")
        await kill_member_of(session)
        await session.close()
        await session.close()  # idempotent
        listed = await pool.members[0].client.runtime.request("thread/list", {"archived": True})  # type: ignore[union-attr]
        stats = pool.stats()[0]

    assert session.is_closed and stats["sessions"] == 0
    assert session.thread_id in {t["id"] for t in listed["data"]}


def test_the_blocking_twin_places_streams_and_reports_stats(
    client_config: ClientConfig, echo_model: MockModel, workdir: Path
) -> None:
    with blocking.RuntimePool(client_config, size=2) as pool:
        first = pool.start_session(SessionConfig(cwd=workdir))
        second = pool.start_session(SessionConfig(cwd=workdir))
        with first.ask_stream("streamed") as stream:
            kinds = [event.kind for event in stream]
        answer = second.ask("plain")
        stats = pool.stats()

    assert kinds[-1] == "turn_completed" and answer.assistant_text == "echo: plain"
    assert {first.member_index, second.member_index} == {0, 1}
    assert [m["turns_completed"] for m in stats] == [1, 1]
