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
from codex_runtime.transport.process import start_app_server, start_process

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


def open_fds() -> set[str]:
    return set(os.listdir("/proc/self/fd"))


@pytest.mark.parametrize("loop_name", ["asyncio", "uvloop"])
@pytest.mark.parametrize("steps", [1, 2, 3])
def test_a_cancelled_adoption_raises_the_cancellation_and_leaves_no_child_or_descriptor(
    loop_name: str, steps: int
) -> None:
    # E.g. a deadline around Client.connect or Ctrl-C in the blocking portal while the pipes are being connected.
    import uvloop

    async def adopt_and_cancel() -> tuple[str, int | None, int, set[str]]:
        # One full adopt and close first: a loop opens some descriptors of its own once (uvloop: /dev/null).
        await (await StdioTransport.adopt(start_process(["true"]))).close()
        before = open_fds()
        process = start_process(["sleep", "30"])
        task = asyncio.ensure_future(StdioTransport.adopt(process))
        for _ in range(steps):
            await asyncio.sleep(0)
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            for _ in range(3):  # a loop may close a pipe's descriptor on its next iteration
                await asyncio.sleep(0)
            return "cancelled", process.returncode, process.pid, open_fds() - before
        await task.result().close()  # it finished before the cancel arrived: nothing to check at this step
        return "finished", process.returncode, process.pid, set()

    factory = uvloop.new_event_loop if loop_name == "uvloop" else None
    with asyncio.Runner(loop_factory=factory) as runner:
        outcome, returncode, pid, left_open = runner.run(adopt_and_cancel())

    assert outcome == "cancelled"
    assert returncode == -9  # killed and reaped at once
    assert not psutil.pid_exists(pid)
    assert left_open == set()


def test_a_close_cut_short_still_kills_the_group_and_releases_every_descriptor() -> None:
    async def close_cut_short() -> StdioTransport:
        transport = await StdioTransport.spawn_command(["sh", "-c", "trap '' TERM; sleep 30"], shutdown_grace=1.0)
        with pytest.raises(TimeoutError):
            async with asyncio.timeout(0.3):  # e.g. the loop shutting down while the close escalates
                await transport.close()
        return transport

    before = open_fds()
    with asyncio.Runner() as runner:
        transport = runner.run(close_cut_short())

    assert open_fds() == before  # no pidfd, no pipe left behind
    assert not any(p.pid == transport.pid for p in psutil.process_iter() if p.status() != psutil.STATUS_ZOMBIE)
