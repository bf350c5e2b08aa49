"""A child started with a plain Popen (before any event loop, as a one-shot does) is adopted by StdioTransport with
whatever it wrote meanwhile; its exit is seen with a pidfd or, without one, by a waiting thread."""

from __future__ import annotations

import asyncio
import json
import os
import select
from pathlib import Path

import psutil
import pytest

from codex_runtime.errors import ProcessExitedError, TransportError
from codex_runtime.transport import StdioTransport
from codex_runtime.transport.process import start_app_server

pytestmark = pytest.mark.timeout(60)
WAIT = 10.0


async def frames_until(transport: StdioTransport, count: int) -> list[bytes]:
    frames: list[bytes] = []
    async with asyncio.timeout(WAIT):
        while len(frames) < count:
            frames += await transport.receive()
    return frames


async def terminal_error(transport: StdioTransport) -> TransportError:
    async with asyncio.timeout(WAIT):
        while True:
            try:
                await transport.receive()
            except TransportError as exc:
                return exc


async def test_a_child_started_before_the_loop_is_adopted_with_what_it_wrote_meanwhile(
    fake_codex: Path, clean_env: dict[str, str]
) -> None:
    process = start_app_server(fake_codex, env=clean_env)
    assert process.stdin is not None and process.stdout is not None
    early = {"id": 1, "method": "emit", "params": {"lines": '{"method":"early"}\n'}}
    process.stdin.write(json.dumps(early).encode() + b"\n")
    ready, _, _ = select.select([process.stdout], [], [], WAIT)  # the child answered: it sits in the pipe
    assert ready

    transport = await StdioTransport.adopt(process)
    try:
        assert transport.pid == process.pid
        assert transport.argv == [str(fake_codex), "app-server", "--listen", "stdio://"]
        assert await frames_until(transport, 2) == [b'{"method":"early"}', b'{"id": 1, "result": {}}']
        await transport.send(b'{"id": 2, "method": "count"}')
        assert await frames_until(transport, 1) == [b'{"id": 2, "result": {"seen": 2}}']
    finally:
        await transport.close()
    assert process.returncode is not None
    assert not psutil.pid_exists(process.pid) or psutil.Process(process.pid).status() == psutil.STATUS_ZOMBIE


async def test_the_exit_is_seen_with_its_code_where_there_is_no_pidfd(
    monkeypatch: pytest.MonkeyPatch, fake_codex: Path, clean_env: dict[str, str]
) -> None:
    def no_pidfd(pid: int) -> int:
        raise OSError(38, "Function not implemented")

    monkeypatch.setattr(os, "pidfd_open", no_pidfd)
    transport = await StdioTransport.spawn(fake_codex, env=clean_env)
    try:
        await transport.send(b'{"id": 1, "method": "exit", "params": {"code": 3, "stderr": "boom\\n"}}')
        error = await terminal_error(transport)
    finally:
        await transport.close()

    assert isinstance(error, ProcessExitedError)
    assert error.exit_code == 3
    assert transport.returncode == 3
    assert "boom" in error.stderr_tail
