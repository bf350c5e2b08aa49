"""The event loop's callbacks for a stdio child's pipes and exit, relayed to their :class:`PipeOwner` (the
:class:`~codex_runtime.transport.stdio.StdioTransport`). They run on the loop, so the owner keeps them cheap.

stdout is a pipe of our own, read by the loop's read-pipe transport (:class:`StdoutProtocol`): the subprocess
transport would relay every chunk through one more ``call_soon``, a loop iteration per chunk (the larger part of a
short turn's client CPU). stdin, stderr and the exit status stay with the subprocess transport
(:class:`ChildProtocol`).
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
from pathlib import Path
from typing import Protocol

from codex_runtime.transport._process_group import signal_group


class PipeOwner(Protocol):
    """What the pipes report, each once per event (the ``*_eof`` and ``on_exit`` once per pipe / process)."""

    def on_stdout(self, data: bytes) -> None: ...
    def on_stdout_eof(self) -> None: ...
    def on_stderr(self, data: bytes) -> None: ...
    def on_stderr_eof(self) -> None: ...
    def on_exit(self) -> None: ...
    def on_stdin_writable(self, writable: bool) -> None: ...
    def on_stdin_lost(self) -> None: ...


class ChildProtocol(asyncio.SubprocessProtocol):
    """stdin flow control, stderr and the exit of the child (stdout is :class:`StdoutProtocol`'s)."""

    def __init__(self, owner: PipeOwner) -> None:
        self._owner = owner

    def pipe_data_received(self, fd: int, data: bytes | str) -> None:
        assert isinstance(data, bytes)
        self._owner.on_stderr(data)

    def pipe_connection_lost(self, fd: int, exc: Exception | None) -> None:
        if fd == 2:
            self._owner.on_stderr_eof()
        else:
            self._owner.on_stdin_lost()

    def process_exited(self) -> None:
        self._owner.on_exit()

    def pause_writing(self) -> None:
        self._owner.on_stdin_writable(False)

    def resume_writing(self) -> None:
        self._owner.on_stdin_writable(True)


class StdoutProtocol(asyncio.Protocol):
    """The child's stdout, read straight from our own pipe."""

    def __init__(self, owner: PipeOwner) -> None:
        self._owner = owner

    def data_received(self, data: bytes) -> None:
        self._owner.on_stdout(data)

    def eof_received(self) -> bool:
        return False  # close the pipe transport; connection_lost follows

    def connection_lost(self, exc: Exception | None) -> None:
        self._owner.on_stdout_eof()


async def spawn_child(
    loop: asyncio.AbstractEventLoop, owner: PipeOwner, argv: list[str], *, env: dict[str, str] | None, cwd: Path | None
) -> tuple[asyncio.SubprocessTransport, asyncio.ReadTransport]:
    """Start ``argv`` in a new process group, its pipes reporting to ``owner``: stdin, stderr and the exit through
    the subprocess transport, stdout through our own pipe.

    Raises:
        OSError: it could not be started (nothing is left running or open).
    """
    read_end, write_end = os.pipe()  # both non-inheritable; the child gets write_end as its fd 1
    try:
        proc, _ = await loop.subprocess_exec(
            lambda: ChildProtocol(owner),
            *argv,
            stdin=subprocess.PIPE,
            stdout=write_end,
            stderr=subprocess.PIPE,
            env=env,
            cwd=cwd,
            start_new_session=True,
        )
    except BaseException:
        os.close(read_end)
        raise
    finally:
        os.close(write_end)  # only the child writes: its exit is our EOF
    try:
        stdout, _ = await loop.connect_read_pipe(lambda: StdoutProtocol(owner), os.fdopen(read_end, "rb", buffering=0))
    except BaseException:
        signal_group(proc.get_pid(), signal.SIGKILL)
        proc.close()
        raise
    return proc, stdout


__all__ = ["ChildProtocol", "PipeOwner", "StdoutProtocol", "spawn_child"]
