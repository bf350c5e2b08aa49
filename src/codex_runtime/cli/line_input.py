"""Lines typed by the user, read without blocking the event loop.

On a terminal there are two ways to read, because they have different needs:

- :meth:`TtyInput.prompt` (the idle ``you>`` prompt) uses ``input()`` with readline (history, line editing) in a
  daemon thread. It cannot be cancelled, which is fine: nothing else reads while the chat waits for a prompt.
- :meth:`TtyInput.next_line` (while a turn runs: ``/interrupt``, ``/steer``, approval answers) reads whole lines
  from the terminal in cooked mode through the event loop (``add_reader``), so it can be cancelled the moment the
  turn ends. Under :meth:`TtyInput.quiet` the terminal does not echo, so typing never lands inside the streamed
  answer: a finished plain line is held for the next prompt, unfinished typing stays in the terminal's line
  buffer, and both show up at the next ``you>`` prompt.

:class:`PipeInput` (stdin is not a terminal) reads lines in order from one thread; nothing is read while a turn runs,
so a piped script of prompts is taken one prompt per turn.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterator
from typing import Any, Protocol

EchoFn = Callable[[str], None]
"""Prints a line that was taken from a buffer instead of being typed at the prompt (keeps the transcript readable)."""


class LineInput(Protocol):
    """Where the CLI gets user lines from."""

    interactive: bool
    """True when a person types at a terminal (so lines can also be read while a turn runs)."""

    async def prompt(self, text: str) -> str | None:
        """The next line, after showing ``text``; None at end of input."""
        ...

    async def next_line(self) -> str | None:
        """The next line while a turn runs (cancellable); None at end of input."""
        ...

    def hold(self, line: str) -> None:
        """Keep ``line`` (typed while a turn ran) for the next :meth:`prompt`."""
        ...

    def quiet(self) -> contextlib.AbstractContextManager[None]:
        """While a turn streams: what is typed is not echoed into the answer (held, then shown at the prompt)."""
        ...

    def answering(self) -> contextlib.AbstractContextManager[None]:
        """While a question is asked during a quiet turn: what is typed is echoed again (the answer is seen)."""
        ...

    def close(self) -> None:
        """Give the terminal back as it was."""
        ...


def stdin_is_tty() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


class _ReadlineWorker:
    """One daemon thread that runs ``input(prompt)`` on request (readline gives history and editing)."""

    def __init__(self) -> None:
        try:  # imported only when a prompt is needed: it may write terminal setup codes
            import readline

            readline.set_history_length(1000)
        except ImportError:  # no readline on this platform: plain input() still works
            pass
        self._requests: deque[tuple[str, asyncio.AbstractEventLoop, asyncio.Future[str | None]]] = deque()
        self._wake = threading.Condition()
        self.busy = False
        threading.Thread(target=self._serve, name="codex-runtime-readline", daemon=True).start()

    def request(self, text: str) -> asyncio.Future[str | None]:
        loop = asyncio.get_running_loop()
        future: asyncio.Future[str | None] = loop.create_future()
        with self._wake:
            self._requests.append((text, loop, future))
            self._wake.notify()
        return future

    def _serve(self) -> None:
        while True:
            with self._wake:
                while not self._requests:
                    self._wake.wait()
                text, loop, future = self._requests.popleft()
                self.busy = True
            line: str | None
            try:
                line = input(text)
            except EOFError:
                line = None
            except Exception:  # a broken terminal: treat as end of input
                line = None
            self.busy = False
            with contextlib.suppress(RuntimeError):  # the loop is gone: nobody waits any more
                loop.call_soon_threadsafe(_resolve, future, line)


def _resolve(future: asyncio.Future[str | None], value: str | None) -> None:
    if not future.done():
        future.set_result(value)


class TtyInput:
    """A person at a terminal; see the module docstring."""

    interactive = True

    def __init__(self, echo: EchoFn | None = None) -> None:
        self._fd = sys.stdin.fileno()
        self._echo = echo
        self._pending = bytearray()
        self._lines: deque[str] = deque()
        self._held: deque[str] = deque()
        self._quiet_mode: Any = None  # the echo-off attributes while quiet() is active
        self._worker: _ReadlineWorker | None = None
        self._saved_mode: Any = None  # termios attributes, when stdin is a terminal
        try:
            import termios

            self._saved_mode = termios.tcgetattr(self._fd)
        except (ImportError, OSError):
            pass

    def hold(self, line: str) -> None:
        self._held.append(line)

    @contextlib.contextmanager
    def quiet(self) -> Iterator[None]:
        # Echo off, line mode kept: keystrokes stay in the terminal's buffer (or in _lines once a line is complete)
        # instead of being drawn in the middle of the streamed answer; the next prompt shows them.
        if self._saved_mode is None:
            yield
            return
        import termios

        quiet_mode = termios.tcgetattr(self._fd)
        quiet_mode[3] &= ~termios.ECHO
        with contextlib.suppress(OSError):
            termios.tcsetattr(self._fd, termios.TCSANOW, quiet_mode)
        self._quiet_mode = quiet_mode
        try:
            yield
        finally:
            self._quiet_mode = None
            with contextlib.suppress(OSError):  # TCSANOW, not TCSAFLUSH: typed input is kept
                termios.tcsetattr(self._fd, termios.TCSANOW, self._saved_mode)

    @contextlib.contextmanager
    def answering(self) -> Iterator[None]:
        # An approval question stops the stream: echo is safe again, and a person should see the answer typed.
        quiet_mode = self._quiet_mode
        if quiet_mode is None or self._saved_mode is None:
            yield
            return
        import termios

        with contextlib.suppress(OSError):
            termios.tcsetattr(self._fd, termios.TCSANOW, self._saved_mode)
        try:
            yield
        finally:
            with contextlib.suppress(OSError):
                termios.tcsetattr(self._fd, termios.TCSANOW, quiet_mode)

    async def prompt(self, text: str) -> str | None:
        if self._held or self._lines:  # typed while the last turn ran: use it now
            line = self._held.popleft() if self._held else self._lines.popleft()
            if self._echo is not None:
                self._echo(f"{text}{line}")
            return line
        if self._worker is None:
            self._worker = _ReadlineWorker()
        return await self._worker.request(text)

    async def next_line(self) -> str | None:
        while not self._lines:
            await self._readable()
            try:
                data = os.read(self._fd, 4096)
            except BlockingIOError:
                continue
            if not data:  # Ctrl-D at the start of a line (a terminal's end of input is not sticky)
                return None
            self._pending += data
            *complete, rest = self._pending.split(b"\n")
            self._pending = bytearray(rest)
            self._lines.extend(line.decode("utf-8", "replace").rstrip("\r") for line in complete)
        return self._lines.popleft()

    async def _readable(self) -> None:
        loop = asyncio.get_running_loop()
        ready: asyncio.Future[None] = loop.create_future()
        loop.add_reader(self._fd, lambda: None if ready.done() else ready.set_result(None))
        try:
            await ready
        finally:
            loop.remove_reader(self._fd)

    def close(self) -> None:
        if self._saved_mode is None:
            return
        import termios

        with contextlib.suppress(OSError):
            termios.tcsetattr(self._fd, termios.TCSADRAIN, self._saved_mode)
        if self._worker is not None and self._worker.busy:
            # readline was still waiting: switch off the bracketed-paste mode it turned on, end the prompt line.
            with contextlib.suppress(OSError, ValueError):
                sys.stdout.write("\x1b[?2004l\n")
                sys.stdout.flush()


class PipeInput:
    """Lines from a pipe or file, in order, read by one daemon thread."""

    interactive = False

    def __init__(self, echo: EchoFn | None = None) -> None:
        self._echo = echo
        self._queue: asyncio.Queue[str | None] | None = None
        self._ended = False

    def _start(self) -> asyncio.Queue[str | None]:
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[str | None] = asyncio.Queue()

        def pump() -> None:
            while True:
                try:
                    raw = sys.stdin.readline()
                except (OSError, ValueError):
                    raw = ""
                line = raw.rstrip("\r\n") if raw else None
                with contextlib.suppress(RuntimeError):
                    loop.call_soon_threadsafe(queue.put_nowait, line)
                if line is None:
                    return

        threading.Thread(target=pump, name="codex-runtime-stdin", daemon=True).start()
        return queue

    async def prompt(self, text: str) -> str | None:
        if self._ended:
            return None
        if self._queue is None:
            self._queue = self._start()
        line = await self._queue.get()
        if line is None:
            self._ended = True
        elif self._echo is not None:
            self._echo(f"{text}{line}")
        return line

    async def next_line(self) -> str | None:
        return await self.prompt("")

    def hold(self, line: str) -> None:
        raise RuntimeError("nothing is read from a pipe while a turn runs")

    def quiet(self) -> contextlib.AbstractContextManager[None]:
        return contextlib.nullcontext()

    def answering(self) -> contextlib.AbstractContextManager[None]:
        return contextlib.nullcontext()

    def close(self) -> None:
        pass


def open_line_input(echo: EchoFn | None = None) -> LineInput:
    """A :class:`TtyInput` when stdin is a terminal, else a :class:`PipeInput`."""
    return TtyInput(echo) if stdin_is_tty() else PipeInput(echo)


__all__ = ["LineInput", "PipeInput", "TtyInput", "open_line_input", "stdin_is_tty"]
