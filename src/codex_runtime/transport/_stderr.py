"""A child's stderr, drained continuously into a bounded tail (ANSI colours stripped when read), and what its last
``Error: ...`` line says."""

from __future__ import annotations

import logging
import re

stderr_logger = logging.getLogger("codex_runtime.transport.stderr")

_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


class StderrTail:
    """The last ``limit`` bytes of a stream; every chunk is also logged at DEBUG on ``codex_runtime.transport.stderr``.

    Runs in a pipe callback, so feeding stays cheap: the buffer grows to twice the limit before it is trimmed.
    """

    __slots__ = ("_data", "_limit")

    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._data = bytearray()

    def feed(self, data: bytes) -> None:
        self._data += data
        if len(self._data) > 2 * self._limit:
            del self._data[: -self._limit]
        if stderr_logger.isEnabledFor(logging.DEBUG):
            stderr_logger.debug("%s", _ANSI.sub("", data.decode("utf-8", "replace")).rstrip())

    @property
    def text(self) -> str:
        """The tail as text, without ANSI escape sequences."""
        return _ANSI.sub("", bytes(self._data[-self._limit :]).decode("utf-8", "replace"))


def error_line(stderr: str) -> str | None:
    """What the app-server's own ``Error: ...`` line (the last one) in ``stderr`` says: codex prints the cause of
    a failed start there, followed by a backtrace whose last line says nothing (``6: <unknown>``)."""
    for line in reversed(stderr.splitlines()):
        if line.startswith("Error: ") and line[7:].strip():
            return line[7:].strip()
    return None
