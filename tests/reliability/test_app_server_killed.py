"""The real app-server killed with SIGKILL in the middle of turns: every waiter fails fast with the exit code and
stderr tail, and shutdown still completes.

A FakeAppServer version of "exit mid-turn" exists (tests/runtime/test_runtime_with_fake_server.py::
test_a_server_exit_mid_turn_fails_the_waiting_turn_with_exit_code_and_stderr) and a scripted-child one for plain
RPC calls (tests/transport/test_stdio_rpc.py::test_a_crash_fails_pending_calls_at_once_and_later_calls_fast).
This one kills the real binary while an ask, an ask_stream, raw requests and an approval are all pending.
"""

from __future__ import annotations

import asyncio
import os
import signal
from pathlib import Path

import psutil
import pytest

from codex_runtime import Client, ClientConfig, PendingServerRequest, PromptRunStream, SessionConfig
from codex_runtime.errors import ProcessExitedError, ServerRequestAlreadyAnsweredError, TransportError
from codex_runtime.testing import MockModel, MockResponse, RecordedRequest, responses
from tests.reliability.processes import live, live_group_members

FAIL_WITHIN = 2.0
SLOW_WORDS = " ".join(f"w{n}" for n in range(200))  # 0.1 s per SSE event: ~20 s, far longer than the test


def by_prompt(request: RecordedRequest) -> MockResponse:
    if request.last_user_text == "run it":
        return responses.exec_command("echo never-approved")
    return responses.slow(SLOW_WORDS, delay=0.1)


@pytest.mark.timeout(60)
async def test_sigkill_mid_turn_fails_asks_streams_requests_and_approvals_within_2s_and_shutdown_completes(
    codex_env: dict[str, str], mock_model: MockModel, workdir: Path, reap_later: list[psutil.Process]
) -> None:
    mock_model.set_fallback(by_prompt)
    # RUST_LOG=info so the child has written something to stderr by the time it dies
    client = await Client.connect(ClientConfig(process_env={**codex_env, "RUST_LOG": "info"}))
    runtime = client.runtime
    pgid = runtime.server_pid  # the child leads its own process group
    assert pgid is not None  # a local stdio server
    try:
        asking, streaming, approving = [
            await client.start_session(SessionConfig(cwd=str(workdir), approval_policy=policy))
            for policy in ("never", "never", "untrusted")
        ]
        async with runtime.events(methods=["item/agentMessage/delta"]) as deltas:
            ask = asyncio.create_task(asking.ask("slow answer please"))
            stream = await streaming.ask_stream("slow stream please")
            seen: set[str] = set()
            while seen != {asking.thread_id, streaming.thread_id}:  # both turns are mid-stream
                seen.add((await deltas.next(timeout=30)).params.thread_id)
        approve = asyncio.create_task(approving.ask("run it"))
        approval: PendingServerRequest = await asyncio.wait_for(anext(aiter(client.server_requests())), 30)
        consume = asyncio.create_task(_drain(stream))
        reap_later.extend(psutil.Process(pgid).children(recursive=True))

        # Freeze the server, so these requests are certainly still unanswered when it dies.
        os.killpg(pgid, signal.SIGSTOP)
        requests = [
            asyncio.create_task(runtime.request("thread/read", {"threadId": asking.thread_id}, timeout=60))
            for _ in range(3)
        ]
        sent = runtime.metrics_snapshot().requests_sent
        for _ in range(100):  # task switches only (no time passes) until each request task wrote its frame
            if runtime.metrics_snapshot().requests_sent == sent + 3:
                break
            await asyncio.sleep(0)
        # the RPC core's own pending-call table: the bookkeeping the crash must empty
        assert runtime.metrics_snapshot().requests_sent == sent + 3 and len(runtime._rpc.pending_requests()) == 3

        os.killpg(pgid, signal.SIGKILL)
        outcomes = await asyncio.wait_for(
            asyncio.gather(ask, consume, approve, *requests, return_exceptions=True), FAIL_WITHIN
        )

        for outcome in outcomes:
            assert isinstance(outcome, ProcessExitedError), repr(outcome)
            assert outcome.exit_code == -signal.SIGKILL
            assert outcome.stderr_tail  # the tail of what the child wrote, attached to every error
        assert runtime._rpc.pending_requests() == [] and runtime.metrics_snapshot().requests_in_flight == 0
        assert runtime._broker.pending == [] and runtime._taps == {}
        with pytest.raises((ServerRequestAlreadyAnsweredError, TransportError)):
            await approval.respond("accept")  # nothing to answer any more, and it says so
        with pytest.raises(ProcessExitedError):
            await asking.ask("after the crash")  # fails fast, never hangs
    finally:
        await asyncio.wait_for(client.shutdown(), 15)
    assert not live_group_members(pgid)
    assert not live(reap_later)  # the sandboxed tool processes of the killed server died with it


async def _drain(stream: PromptRunStream) -> None:
    async with stream:
        async for _ in stream:
            pass
