"""StdioTransport against a scripted child (fake_codex_app.py): framing, stderr, exits, process-group shutdown."""

from __future__ import annotations

import asyncio
import json
import os
import signal
from pathlib import Path
from typing import Any

import psutil
import pytest

from codex_runtime._defaults import STDERR_TAIL_BYTES
from codex_runtime.errors import CodexBinaryNotFoundError, ConnectionClosedError, ProcessExitedError, TransportError
from codex_runtime.transport import StdioTransport, app_server_argv

pytestmark = pytest.mark.timeout(60)
WAIT = 10.0


async def call(
    transport: StdioTransport,
    method: str,
    params: dict[str, Any] | None = None,
    *,
    request_id: int = 1,
    seen: list[bytes] | None = None,
) -> dict[str, Any]:
    """Send one request and read frames until its reply; other frames go to ``seen``."""
    await transport.send(json.dumps({"id": request_id, "method": method, "params": params or {}}).encode())
    async with asyncio.timeout(WAIT):
        while True:
            for frame in await transport.receive():
                message = json.loads(frame) if frame.startswith(b"{") else None
                if message is not None and message.get("id") == request_id and "method" not in message:
                    return message
                if seen is not None:
                    seen.append(frame)


async def send(transport: StdioTransport, request_id: int, method: str, params: dict[str, Any]) -> None:
    await transport.send(json.dumps({"id": request_id, "method": method, "params": params}).encode())


async def drain_until_terminal(transport: StdioTransport) -> tuple[list[bytes], TransportError]:
    frames: list[bytes] = []
    async with asyncio.timeout(WAIT):
        while True:
            try:
                frames += await transport.receive()
            except TransportError as exc:
                return frames, exc


@pytest.fixture
async def spawn(fake_codex: Path, clean_env: dict[str, str]):  # type: ignore[no-untyped-def]
    started: list[StdioTransport] = []

    async def _spawn(**kwargs: Any) -> StdioTransport:
        kwargs["env"] = {**clean_env, **kwargs.get("env", {})}
        transport = await StdioTransport.spawn(fake_codex, **kwargs)
        started.append(transport)
        return transport

    yield _spawn
    for transport in started:
        await transport.close()


def test_app_server_argv_puts_overrides_before_listen_and_extra_args_last() -> None:
    argv = app_server_argv("/bin/codex", ["--strict-config"], {"model": "o3", "features.apps": False})
    assert argv == [
        "/bin/codex",
        "app-server",
        "-c",
        'model="o3"',
        "-c",
        "features.apps=false",
        "--listen",
        "stdio://",
        "--strict-config",
    ]


async def test_spawn_passes_argv_env_cwd_and_defaults_rust_log_to_warn(spawn: Any, tmp_path: Path) -> None:
    transport = await spawn(
        config_overrides={"a.b": [1, "x"]}, app_server_args=["--extra"], env={"FAKE_VAR": "yes"}, cwd=tmp_path
    )
    info = (await call(transport, "info"))["result"]
    assert info["argv"] == ["app-server", "-c", 'a.b=[1, "x"]', "--listen", "stdio://", "--extra"]
    assert info["env"]["RUST_LOG"] == "warn"
    assert info["env"]["FAKE_VAR"] == "yes"
    assert Path(info["cwd"]) == tmp_path


async def test_spawn_keeps_a_rust_log_the_caller_sets(spawn: Any) -> None:
    transport = await spawn(env={"RUST_LOG": "debug"})
    assert (await call(transport, "info"))["result"]["env"]["RUST_LOG"] == "debug"


async def test_child_runs_in_its_own_process_group(spawn: Any) -> None:
    transport = await spawn()
    info = (await call(transport, "info"))["result"]
    assert info["pgid"] == info["pid"] == transport.pid
    assert info["pgid"] != os.getpgrp()


async def test_spawn_of_a_missing_binary_names_it(tmp_path: Path) -> None:
    with pytest.raises(CodexBinaryNotFoundError, match="does not exist"):
        await StdioTransport.spawn(tmp_path / "nope")


async def test_spawn_command_that_cannot_exec_raises_transport_error(tmp_path: Path) -> None:
    with pytest.raises(TransportError, match="could not start"):
        await StdioTransport.spawn_command([str(tmp_path / "missing")])


async def test_a_200k_line_flood_arrives_complete_in_batches(spawn: Any) -> None:
    transport = await spawn()
    seen: list[bytes] = []
    await call(transport, "flood", {"count": 200_000}, seen=seen)
    assert len(seen) == 200_000
    assert all(frame.endswith(b"}}") for frame in seen)


async def test_a_slow_reader_pauses_the_pipe_without_losing_frames(spawn: Any) -> None:
    transport = await spawn(high_water_bytes=64 * 1024)
    await send(transport, 1, "flood", {"count": 100_000})
    frames: list[bytes] = []
    async with asyncio.timeout(WAIT):
        while len(frames) < 100_001:
            frames += await transport.receive()
            await asyncio.sleep(0)  # a reader that lags behind the pipe
    assert frames[-1] == b'{"id": 1, "result": {}}'


async def test_senders_blocked_by_a_child_that_stopped_reading_all_resume(spawn: Any) -> None:
    transport = await spawn()
    await call(transport, "pause_reading", {"seconds": 0.3})
    filler = {"x": "y" * 100_000}
    async with asyncio.timeout(WAIT):
        await asyncio.gather(*(send(transport, 10 + n, "noop", filler) for n in range(40)))
    assert (await call(transport, "count", request_id=99))["result"]["seen"] == 42


async def test_a_50_mb_line_arrives_intact_without_a_cap(spawn: Any) -> None:
    transport = await spawn()
    seen: list[bytes] = []
    await call(transport, "big_line", {"size": 50 * 1024 * 1024}, seen=seen)
    assert [len(frame) for frame in seen] == [50 * 1024 * 1024]
    assert json.loads(seen[0])["method"] == "big"


async def test_a_frame_over_the_cap_is_dropped_and_recorded_while_the_next_frame_arrives(spawn: Any) -> None:
    transport = await spawn(max_frame_bytes=1024 * 1024)
    seen: list[bytes] = []
    await call(transport, "emit", {"lines": '{"method":"before"}\n'}, request_id=1, seen=seen)
    await call(transport, "big_line", {"size": 50 * 1024 * 1024}, request_id=2, seen=seen)
    await call(transport, "emit", {"lines": '{"method":"after"}\n'}, request_id=3, seen=seen)
    assert [json.loads(f)["method"] for f in seen] == ["before", "after"]
    (dropped,) = transport.take_dropped_frames()
    assert dropped.size == 50 * 1024 * 1024 and dropped.limit == 1024 * 1024
    assert dropped.head.startswith(b'{"method":"big"')
    assert transport.dropped_frame_count == 1 and transport.take_dropped_frames() == []


async def test_20_mb_of_stderr_without_newlines_never_blocks_the_child_and_keeps_a_bounded_tail(spawn: Any) -> None:
    transport = await spawn()
    await call(transport, "stderr_flood", {"size": 20 * 1024 * 1024})  # the reply proves the child never blocked
    await transport.send(json.dumps({"id": 2, "method": "exit", "params": {"code": 0}}).encode())
    _, error = await drain_until_terminal(transport)
    assert isinstance(error, ProcessExitedError)
    assert error.stderr_tail.endswith("END-OF-STDERR")  # the exit error waits for stderr EOF: nothing is lost
    assert len(error.stderr_tail) == STDERR_TAIL_BYTES


async def test_a_crash_surfaces_the_exit_code_and_stderr_tail_after_buffered_frames(spawn: Any) -> None:
    transport = await spawn()
    await send(transport, 1, "emit", {"lines": '{"method":"last"}\n'})
    await send(transport, 2, "exit", {"code": 3, "stderr": "panic: boom"})
    frames, error = await drain_until_terminal(transport)
    assert b'{"method":"last"}' in frames
    assert isinstance(error, ProcessExitedError)
    assert error.exit_code == 3 and "panic: boom" in error.stderr_tail
    assert transport.terminal_error is error
    with pytest.raises(ProcessExitedError):
        await transport.receive()


async def test_send_after_the_child_exited_raises_the_exit_error(spawn: Any) -> None:
    transport = await spawn()
    await transport.send(json.dumps({"id": 1, "method": "exit", "params": {"code": 7}}).encode())
    await drain_until_terminal(transport)
    with pytest.raises(ProcessExitedError) as caught:
        await transport.send(b'{"id":2,"method":"info","params":{}}')
    assert caught.value.exit_code == 7


async def test_a_child_that_closes_stdout_but_lives_ends_the_transport(spawn: Any) -> None:
    transport = await spawn()
    await transport.send(b'{"id":1,"method":"close_stdout","params":{}}')
    _, error = await drain_until_terminal(transport)
    assert isinstance(error, ConnectionClosedError)
    assert "still running" in str(error)


async def test_close_kills_grandchildren_even_when_the_child_already_exited(spawn: Any) -> None:
    transport = await spawn()
    grandchild = (await call(transport, "spawn_grandchild"))["result"]["pid"]
    await transport.send(b'{"id":2,"method":"exit","params":{"code":0}}')
    await drain_until_terminal(transport)
    assert psutil.pid_exists(grandchild)
    await transport.close()
    assert not _group_members(transport.pid)
    assert not psutil.pid_exists(grandchild) or psutil.Process(grandchild).status() == psutil.STATUS_ZOMBIE


async def test_close_of_a_running_child_leaves_no_process_in_its_group(spawn: Any) -> None:
    transport = await spawn()
    await call(transport, "spawn_grandchild")
    await transport.close()
    assert not _group_members(transport.pid)
    assert transport.returncode is not None
    with pytest.raises(ConnectionClosedError):
        await transport.receive()
    with pytest.raises(ConnectionClosedError):
        await transport.send(b"{}")


async def test_close_escalates_to_sigterm_then_sigkill_within_the_grace_steps(spawn: Any) -> None:
    transport = await spawn(env={"FAKE_CODEX_STUBBORN": "1"}, shutdown_grace=0.3)
    await call(transport, "info")
    await asyncio.wait_for(transport.close(), 3 * 0.3 + 1.0)  # close -> TERM -> KILL, each step 0.3 s
    assert transport.returncode == -signal.SIGKILL
    assert not _group_members(transport.pid)


async def test_close_is_idempotent_and_safe_to_call_concurrently(spawn: Any) -> None:
    transport = await spawn()
    await asyncio.gather(transport.close(), transport.close(), transport.close())
    await transport.close()
    assert transport.returncode is not None


def _group_members(pgid: int) -> list[psutil.Process]:
    alive = []
    for proc in psutil.process_iter(["pid"]):
        try:
            if os.getpgid(proc.pid) == pgid and proc.status() != psutil.STATUS_ZOMBIE:
                alive.append(proc)
        except (ProcessLookupError, psutil.NoSuchProcess):
            continue
    return alive


async def test_frames_pushed_to_a_sink_arrive_complete_and_in_order_after_those_kept_before(spawn: Any) -> None:
    transport = await spawn()
    kept: list[bytes] = []
    await call(transport, "flood", {"count": 3}, seen=kept)  # read through receive(): no sink yet
    pushed: list[bytes] = []
    replied = asyncio.Event()

    def sink(frames: list[bytes]) -> None:
        pushed.extend(frames)
        if frames[-1].startswith(b'{"id"'):
            replied.set()

    assert transport.push_frames_to(sink) is True
    await send(transport, 2, "flood", {"count": 20_000})
    await asyncio.wait_for(replied.wait(), WAIT)
    delta = b'{"method":"item/agentMessage/delta","params":{"delta":"hello world hello world"}}'
    assert len(kept) == 3 and pushed[:-1] == [delta] * 20_000 and json.loads(pushed[-1])["id"] == 2
    transport.push_frames_to(None)
    reply = await call(transport, "info", request_id=3)  # without a sink, receive() delivers again
    assert reply["id"] == 3
