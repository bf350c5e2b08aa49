"""A started child's pipes and exit, on the event loop, relayed to their :class:`PipeOwner` (the
:class:`~codex_runtime.transport.stdio.StdioTransport`). The callbacks run on the loop, so the owner keeps them cheap.

The child is a plain ``subprocess.Popen`` (:mod:`codex_runtime.transport.process`), so it can be started before
asyncio is even imported; each pipe is the loop's own pipe transport (no relay through a subprocess transport: one
loop iteration per chunk less, the larger part of a short turn's client CPU), and the exit is watched with a pidfd
(Linux) or, elsewhere, a thread blocked in ``wait()``.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import threading
from collections.abc import Callable
from typing import Protocol

from codex_runtime.transport._process_group import signal_group
from codex_runtime.transport.process import ChildProcess


class PipeOwner(Protocol):
    """What the pipes report, each once per event (the ``*_eof`` and ``on_exit`` once per pipe / process)."""

    def on_stdout(self, data: bytes) -> None: ...
    def on_stdout_eof(self) -> None: ...
    def on_stderr(self, data: bytes) -> None: ...
    def on_stderr_eof(self) -> None: ...
    def on_exit(self) -> None: ...
    def on_stdin_writable(self, writable: bool) -> None: ...
    def on_stdin_lost(self) -> None: ...


class _Stdin(asyncio.BaseProtocol):
    def __init__(self, owner: PipeOwner) -> None:
        self._owner = owner

    def pause_writing(self) -> None:
        self._owner.on_stdin_writable(False)

    def resume_writing(self) -> None:
        self._owner.on_stdin_writable(True)

    def connection_lost(self, exc: Exception | None) -> None:
        self._owner.on_stdin_lost()


class _Stdout(asyncio.Protocol):
    def __init__(self, owner: PipeOwner) -> None:
        self._owner = owner

    def data_received(self, data: bytes) -> None:
        self._owner.on_stdout(data)

    def eof_received(self) -> bool:
        return False  # close the pipe transport; connection_lost follows

    def connection_lost(self, exc: Exception | None) -> None:
        self._owner.on_stdout_eof()


class _Stderr(_Stdout):
    def data_received(self, data: bytes) -> None:
        self._owner.on_stderr(data)

    def connection_lost(self, exc: Exception | None) -> None:
        self._owner.on_stderr_eof()


class ChildPipes:
    """A child's stdin, stdout and stderr as loop pipe transports, and the watch on its exit."""

    def __init__(
        self,
        process: ChildProcess,
        stdin: asyncio.WriteTransport,
        stdout: asyncio.ReadTransport,
        stderr: asyncio.ReadTransport,
        stop_watch: Callable[[], None],
    ) -> None:
        self.process = process
        self.stdin = stdin
        self.stdout = stdout
        self._stderr = stderr
        self._stop_watch = stop_watch

    @property
    def returncode(self) -> int | None:
        """The exit status once the exit was seen (negative: killed by that signal)."""
        return self.process.returncode

    def close(self) -> None:
        """Close every pipe and stop watching the exit (the child itself is the caller's to end first)."""
        for pipe in (self.stdin, self.stdout, self._stderr):
            if not pipe.is_closing():
                pipe.close()
        self._stop_watch()


async def connect_child(loop: asyncio.AbstractEventLoop, owner: PipeOwner, process: ChildProcess) -> ChildPipes:
    """Connect a started child's pipes and exit to ``owner``.

    Raises:
        OSError: a pipe could not be connected (the child's group is killed; nothing is left open).
    """
    assert process.stdin is not None and process.stdout is not None and process.stderr is not None
    opened: list[asyncio.BaseTransport] = []
    try:
        stdin, _ = await loop.connect_write_pipe(lambda: _Stdin(owner), process.stdin)
        opened.append(stdin)
        stdout, _ = await loop.connect_read_pipe(lambda: _Stdout(owner), process.stdout)
        opened.append(stdout)
        stderr, _ = await loop.connect_read_pipe(lambda: _Stderr(owner), process.stderr)
        opened.append(stderr)
        return ChildPipes(process, stdin, stdout, stderr, _watch_exit(loop, process, owner.on_exit))
    except BaseException:
        # Whatever failed or was cancelled (a deadline around connect, Ctrl-C): the child is killed and reaped
        # first, then every pipe is closed, and the original exception goes on unchanged.
        signal_group(process.pid, signal.SIGKILL)
        process.wait()  # killed: returns at once
        for pipe in opened:
            pipe.close()
        for stream in (process.stdin, process.stdout, process.stderr)[len(opened) :]:
            with contextlib.suppress(OSError):  # uvloop closes the fd itself when its connect fails
                stream.close()
        raise


def _watch_exit(
    loop: asyncio.AbstractEventLoop, process: ChildProcess, on_exit: Callable[[], None]
) -> Callable[[], None]:
    """Call ``on_exit`` on the loop once ``process`` has exited and is reaped. Returns the function that stops the
    watch."""
    try:
        pidfd = os.pidfd_open(process.pid)
    except (AttributeError, OSError):  # no pidfd (not Linux, or an old kernel): a thread waits instead
        return _watch_exit_in_thread(loop, process, on_exit)
    watching = True

    def stop() -> None:
        nonlocal watching
        if watching:
            watching = False
            if not loop.is_closed():
                loop.remove_reader(pidfd)
            os.close(pidfd)

    def exited() -> None:
        stop()
        # The pidfd is readable once the process has exited, so this returns at once; wait(), not poll(): poll()
        # answers None while another thread holds Popen's wait lock, and the exit code would be lost.
        process.wait()
        on_exit()

    try:
        loop.add_reader(pidfd, exited)
    except BaseException:  # a loop without add_reader: a thread waits instead
        os.close(pidfd)
        return _watch_exit_in_thread(loop, process, on_exit)
    return stop


def _watch_exit_in_thread(
    loop: asyncio.AbstractEventLoop, process: ChildProcess, on_exit: Callable[[], None]
) -> Callable[[], None]:
    def wait() -> None:
        process.wait()
        with contextlib.suppress(RuntimeError):  # the loop closed meanwhile: nobody is left to tell
            loop.call_soon_threadsafe(on_exit)

    threading.Thread(target=wait, name=f"codex-runtime-wait-{process.pid}", daemon=True).start()
    return lambda: None


__all__ = ["ChildPipes", "PipeOwner", "connect_child"]
