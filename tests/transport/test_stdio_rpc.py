"""RpcConnection over a real child process: loss of the process reaches every caller with exit code and stderr."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from codex_runtime.errors import FrameTooLargeError, ProcessExitedError, RpcTimeoutError
from codex_runtime.rpc import RpcConnection
from codex_runtime.runtime import codex_wire
from codex_runtime.transport import StdioTransport

pytestmark = pytest.mark.timeout(30)
WAIT = 10.0


async def test_a_crash_fails_pending_calls_at_once_and_later_calls_fast(
    fake_codex: Path, clean_env: dict[str, str]
) -> None:
    transport = await StdioTransport.spawn(fake_codex, env=clean_env)
    async with RpcConnection(transport, request_timeout=WAIT) as conn:
        pending = [asyncio.ensure_future(conn.request("hang", timeout=60)) for _ in range(3)]
        await conn.request("info")  # the hangs are written and read by the child before this reply
        loop = asyncio.get_running_loop()
        started = loop.time()
        with pytest.raises(ProcessExitedError):
            await conn.request("exit", {"code": 42, "stderr": "fatal: disk on fire\n"}, timeout=60)
        for result in await asyncio.gather(*pending, return_exceptions=True):
            assert isinstance(result, ProcessExitedError)
            assert result.exit_code == 42 and "disk on fire" in result.stderr_tail
        with pytest.raises(ProcessExitedError) as later:
            await conn.request("info", timeout=60)
        assert later.value.exit_code == 42
        assert loop.time() - started < 2.0
        assert conn.stats.in_flight == 0


async def test_a_request_the_child_never_answers_times_out_and_the_connection_lives_on(
    fake_codex: Path, clean_env: dict[str, str]
) -> None:
    transport = await StdioTransport.spawn(fake_codex, env=clean_env)
    async with RpcConnection(transport) as conn:
        with pytest.raises(RpcTimeoutError):
            await conn.request("hang", timeout=0.1)
        assert (await conn.request("info", timeout=WAIT))["pid"] == transport.pid


async def test_an_oversized_reply_fails_only_its_request(fake_codex: Path, clean_env: dict[str, str]) -> None:
    transport = await StdioTransport.spawn(fake_codex, env=clean_env, max_frame_bytes=64 * 1024)
    # Which request a dropped frame answered is read from its head the way codex writes it (runtime/codex_wire.py).
    async with RpcConnection(transport, request_timeout=WAIT, reply_id_of_head=codex_wire.reply_id_of_head) as conn:
        with pytest.raises(FrameTooLargeError, match="exceeds the 65536-byte cap"):
            await conn.request("big_result", {"size": 10 * 1024 * 1024})
        assert (await conn.request("info"))["pid"] == transport.pid
        assert conn.stats.frames_too_large == 1
