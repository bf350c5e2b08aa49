"""The default transport: ``codex app-server --listen stdio://`` as a child in its own process group.

Reads run inside the event loop's pipe callbacks (256 KiB per read, no StreamReader copy, no per-line await);
stdout is split into frames with one ``bytes.split`` per chunk; the child is a plain ``Popen`` whose pipes the loop
reads directly (see :mod:`codex_runtime.transport._child_pipes`), so it can be started before asyncio is imported
(:mod:`codex_runtime.transport.process`). stderr is drained continuously into a bounded tail.
Frames go straight to the connection's sink from the read callback (:meth:`Transport.push_frames_to`); without
one they are buffered with back-pressure (stdout reading pauses above ``high_water_bytes`` until the reader catches
up). A partial frame is bounded only by ``max_frame_bytes`` (None by default, because 120-300 KB lines are normal
and caps break real sessions); the stderr tail keeps the last ``stderr_tail_bytes``.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
from collections.abc import Callable, Mapping, Sequence
from typing import Unpack

from codex_runtime._defaults import SHUTDOWN_GRACE, STDERR_TAIL_BYTES
from codex_runtime.cli_bin import ResolvedCodexBinary
from codex_runtime.errors import ConnectionClosedError, ProcessExitedError, TransportError
from codex_runtime.transport._child_pipes import ChildPipes, connect_child
from codex_runtime.transport._framing import LineFramer
from codex_runtime.transport._process_group import descendants, kill_survivors, signal_group, wait_group_gone
from codex_runtime.transport._stderr import StderrTail, error_line
from codex_runtime.transport.base import Transport
from codex_runtime.transport.command import HIGH_WATER_BYTES, ChildOptions, app_server_argv
from codex_runtime.transport.process import ChildProcess, require_posix, start_app_server, start_process

logger = logging.getLogger("codex_runtime.transport.stdio")

_EXIT_DRAIN_GRACE = 0.5
"""After the child exits, how long stdout may stay open (a grandchild holding it) before we stop waiting."""


class StdioTransport(Transport):
    """A codex app-server child speaking newline-delimited JSON over its stdin/stdout.

    Create with :meth:`spawn` (resolves the codex binary, builds the command line) or :meth:`spawn_command`.
    """

    def __init__(
        self, *, max_frame_bytes: int | None, shutdown_grace: float, stderr_tail_bytes: int, high_water_bytes: int
    ) -> None:
        super().__init__()
        self._loop = asyncio.get_running_loop()
        self._framer = LineFramer(max_frame_bytes, self._record_dropped)
        self._grace = shutdown_grace
        self._high_water = high_water_bytes
        self._frames: list[bytes] = []
        self._sink: Callable[[list[bytes]], None] | None = None  # a FrameSink
        self._buffered = 0
        self._reading_paused = False
        self._receiver: asyncio.Future[None] | None = None
        self._writer: asyncio.Future[None] | None = None
        self._write_paused = False
        self._stderr = StderrTail(stderr_tail_bytes)
        self._stdout_eof = False
        self._stderr_eof = False
        self._exited: asyncio.Future[None] = self._loop.create_future()
        self._terminal: TransportError | None = None
        self._closing = False
        self._close_task: asyncio.Task[None] | None = None
        self._finish_timer: asyncio.TimerHandle | None = None
        self._pipes: ChildPipes | None = None
        self.pid = -1
        self.argv: list[str] = []

    @property
    def process_id(self) -> int | None:
        return self.pid if self.pid > 0 else None

    # --- creation ------------------------------------------------------------------------------------------

    @classmethod
    async def spawn(
        cls,
        cli_bin: ResolvedCodexBinary | str | os.PathLike[str] | None = None,
        *,
        app_server_args: Sequence[str] = (),
        config_overrides: Mapping[str, object] | None = None,
        env: Mapping[str, str] | None = None,
        **options: Unpack[ChildOptions],
    ) -> StdioTransport:
        """Start ``codex app-server --listen stdio://`` in a new process group.

        ``env`` is merged over the inherited environment (plus the bundled helper dirs on PATH);
        ``RUST_LOG=warn`` is set unless ``env`` sets ``RUST_LOG``.

        Raises:
            CodexBinaryNotFoundError: ``cli_bin`` (or the default resolution) names no usable binary.
            ValueError, TypeError: a config override that cannot be encoded as TOML.
            TransportError: the process could not be started.
            UnsupportedPlatformError: not a POSIX platform (Windows: use WSL).
        """
        process = start_app_server(
            cli_bin,
            app_server_args=app_server_args,
            config_overrides=config_overrides,
            env=env,
            cwd=options.get("cwd"),
        )
        return await cls.adopt(process, **options)

    @classmethod
    async def spawn_command(
        cls,
        argv: Sequence[str],
        *,
        env: Mapping[str, str] | None = None,
        **options: Unpack[ChildOptions],
    ) -> StdioTransport:
        """Start any command as a newline-JSON peer in a new process group. ``env`` is the COMPLETE environment
        (None: inherit ours).

        Raises:
            TransportError: the process could not be started.
            UnsupportedPlatformError: not a POSIX platform (Windows: use WSL).
        """
        return await cls.adopt(start_process(argv, env=env, cwd=options.get("cwd")), **options)

    @classmethod
    async def adopt(cls, process: ChildProcess, **options: Unpack[ChildOptions]) -> StdioTransport:
        """Take over a child started by :func:`~codex_runtime.transport.process.start_app_server` or
        :func:`~codex_runtime.transport.process.start_process` (possibly before asyncio was imported; whatever it
        wrote meanwhile is waiting in its pipes). The transport owns it from here on: :meth:`close` ends its group.

        Raises:
            TransportError: its pipes could not be connected (the child's group is killed).
        """
        # The one place that knows the defaults of the options.
        self = cls(
            max_frame_bytes=options.get("max_frame_bytes"),
            shutdown_grace=options.get("shutdown_grace", SHUTDOWN_GRACE),
            stderr_tail_bytes=options.get("stderr_tail_bytes", STDERR_TAIL_BYTES),
            high_water_bytes=options.get("high_water_bytes", HIGH_WATER_BYTES),
        )
        args = process.args
        self.argv = [os.fsdecode(args)] if isinstance(args, str | bytes | os.PathLike) else list(map(os.fsdecode, args))
        self.pid = process.pid
        try:
            self._pipes = await connect_child(self._loop, self, process)
        except OSError as exc:
            raise TransportError(f"could not connect to the pipes of {self.argv[0]}: {exc}") from exc
        logger.debug("started app-server pid=%d argv=%r", self.pid, self.argv)
        return self

    # --- Transport ---------------------------------------------------------------------------------------------

    @property
    def terminal_error(self) -> TransportError | None:
        return self._terminal

    @property
    def stderr_tail(self) -> str:
        return self._stderr.text

    @property
    def returncode(self) -> int | None:
        """The child's exit status once it exited (negative: killed by that signal)."""
        return None if self._pipes is None else self._pipes.returncode

    async def send(self, frame: bytes) -> None:
        stdin = self._stdin()
        if stdin is None:
            raise await self._send_error()
        stdin.write(frame + b"\n")
        while self._write_paused:
            # Real back-pressure: the child is not reading; the caller's deadline bounds this wait. One shared
            # waiter for every blocked sender, shielded so a cancelled sender cannot cancel it for the others.
            if self._writer is None or self._writer.done():
                self._writer = self._loop.create_future()
            await asyncio.shield(self._writer)
            if self._stdin() is None:
                raise await self._send_error()

    def push_frames_to(self, sink: Callable[[list[bytes]], None] | None) -> bool:
        self._sink = sink
        return True

    async def receive(self) -> list[bytes]:
        while True:
            if self._frames or self._consume_drop_signal():
                frames, self._frames, self._buffered = self._frames, [], 0
                if self._reading_paused:
                    self._set_reading(True)
                return frames
            if self._terminal is not None:
                raise self._terminal.with_traceback(None)
            self._receiver = self._loop.create_future()
            try:
                await self._receiver
            finally:
                self._receiver = None

    async def close(self) -> None:
        if self._close_task is None:
            self._close_task = self._loop.create_task(self._shutdown())
        await asyncio.shield(self._close_task)

    # --- shutdown ----------------------------------------------------------------------------------------------

    async def _shutdown(self) -> None:
        """Close stdin, wait; TERM the group, wait; KILL the group, wait; then KILL the group regardless, so
        grandchildren never outlive us. Each wait is bounded by the grace period. Cancelled halfway (a deadline
        around close, the loop shutting down), the group is killed and the pipes closed all the same."""
        self._closing = True
        try:
            await self._end_child()
        finally:
            if self.pid > 0 and not self._exited.done():
                signal_group(self.pid, signal.SIGKILL)  # not reaped yet, so the group id is still ours
            if self._pipes is not None:
                self._pipes.close()
        self._finish(ConnectionClosedError("the app-server connection was closed by the client"))

    async def _end_child(self) -> None:
        """The escalation of :meth:`_shutdown`, each step bounded by the grace period."""
        below = descendants(self.pid) if self.pid > 0 and self.returncode is None else []
        stdin = None if self._pipes is None else self._pipes.stdin
        if stdin is not None and not stdin.is_closing():
            stdin.close()  # codex exits on stdin EOF, dropping any replies still in flight
        if not await self._wait_exit(self._grace):
            logger.info("app-server pid=%d did not exit after stdin closed; sending SIGTERM", self.pid)
            signal_group(self.pid, signal.SIGTERM)
            if not await self._wait_exit(self._grace):
                logger.warning("app-server pid=%d ignored SIGTERM; sending SIGKILL", self.pid)
                signal_group(self.pid, signal.SIGKILL)
                await self._wait_exit(self._grace)
        if signal_group(self.pid, signal.SIGKILL) and not await wait_group_gone(self.pid, self._grace):
            logger.warning("processes of group %d survived SIGKILL for %gs", self.pid, self._grace)
        if below and (killed := kill_survivors(below)):
            logger.warning("killed %d process(es) that app-server started outside its process group", killed)

    async def _wait_exit(self, seconds: float) -> bool:
        if self.pid < 0:
            return True
        try:
            async with asyncio.timeout(seconds):
                await asyncio.shield(self._exited)
        except TimeoutError:
            return False
        return True

    # --- pipe callbacks (PipeOwner: the loop calls them through _child_pipes; cheap, never for users) --------

    def on_stderr(self, data: bytes) -> None:
        self._stderr.feed(data)

    def on_stdin_writable(self, writable: bool) -> None:
        self._write_paused = not writable
        if writable:
            self._wake_writer()

    def on_stdin_lost(self) -> None:
        self._wake_writer()

    def on_stdout(self, data: bytes) -> None:
        frames = self._framer.feed(data)
        sink = self._sink
        if frames and sink is not None and not self._frames:  # nothing kept ahead of them: hand them over now
            sink(frames)
            if self._drop_signal:
                self._wake_receiver()
            return
        if frames:
            self._frames += frames
            self._buffered += len(data)
            if self._buffered > self._high_water and not self._reading_paused:
                self._set_reading(False)
            self._wake_receiver()
        elif self._drop_signal:
            self._wake_receiver()

    def on_stdout_eof(self) -> None:
        self._stdout_eof = True
        last = self._framer.flush()
        if last is not None:
            self._frames.append(last)
        self._maybe_finish()
        self._wake_receiver()

    def on_stderr_eof(self) -> None:
        self._stderr_eof = True
        self._maybe_finish()

    def on_exit(self) -> None:
        if not self._exited.done():
            self._exited.set_result(None)
        self._maybe_finish()
        self._wake_writer()

    def _maybe_finish(self) -> None:
        """End once stdout and stderr hit EOF and the exit status is known, so the error carries the exit code
        and the whole stderr tail (a panic message is often the last thing written). If one of them lags (a
        grandchild holding a pipe open), end anyway after a short grace."""
        if self._stdout_eof and self._stderr_eof and self._exited.done():
            self._finish(self._exit_error())
        elif (self._stdout_eof or self._exited.done()) and self._finish_timer is None and self._terminal is None:
            self._finish_timer = self._loop.call_later(_EXIT_DRAIN_GRACE, self._finish_late)

    def _finish_late(self) -> None:
        self._finish_timer = None
        if self._exited.done():
            self._finish(self._exit_error())
        else:
            self._finish(
                ConnectionClosedError(
                    f"app-server (pid {self.pid}) closed its stdout but is still running\n{self.stderr_tail}".rstrip()
                )
            )

    def _exit_error(self) -> TransportError:
        if self._closing:
            return ConnectionClosedError("the app-server connection was closed by the client")
        tail = self.stderr_tail
        cause = error_line(tail)
        message = f"{cause}; app-server exited" if cause else "app-server exited"
        return ProcessExitedError(message, exit_code=self.returncode, stderr_tail=tail)

    def _finish(self, error: TransportError) -> None:
        if self._terminal is None:
            self._terminal = error
            if isinstance(error, ProcessExitedError):
                logger.info("%s", error)
        if self._finish_timer is not None:
            self._finish_timer.cancel()
            self._finish_timer = None
        self._wake_receiver()
        self._wake_writer()

    # --- helpers -----------------------------------------------------------------------------------------------

    def _stdin(self) -> asyncio.WriteTransport | None:
        if self._pipes is None or self._closing or self._terminal is not None:
            return None
        pipe = self._pipes.stdin
        return None if pipe.is_closing() else pipe

    async def _send_error(self) -> TransportError:
        if self._closing:
            return ConnectionClosedError("the app-server connection was closed by the client")
        if self._terminal is None:
            # stdin broke first; the exit status follows shortly, and it makes a far better error.
            await self._wait_exit(_EXIT_DRAIN_GRACE)
            if self._terminal is None and self._exited.done():
                return self._exit_error()
        return self._terminal or ConnectionClosedError("app-server stdin is closed")

    def _set_reading(self, on: bool) -> None:
        pipe = None if self._pipes is None else self._pipes.stdout
        if pipe is not None and not pipe.is_closing():
            pipe.resume_reading() if on else pipe.pause_reading()
        self._reading_paused = not on

    def _wake_receiver(self) -> None:
        if self._receiver is not None and not self._receiver.done():
            self._receiver.set_result(None)

    def _wake_writer(self) -> None:
        if self._writer is not None and not self._writer.done():
            self._writer.set_result(None)

    def __repr__(self) -> str:
        state = "open" if self._terminal is None else f"closed ({type(self._terminal).__name__})"
        return f"<StdioTransport pid={self.pid} {state}>"


__all__ = ["HIGH_WATER_BYTES", "ChildOptions", "StdioTransport", "app_server_argv", "error_line", "require_posix"]
