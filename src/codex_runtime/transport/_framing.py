"""Newline framing of a byte stream, with an optional per-frame cap that drops only the offending frame."""

from __future__ import annotations

from collections.abc import Callable

from codex_runtime.errors import InvalidArgumentError
from codex_runtime.transport.base import DROPPED_HEAD_BYTES

OnDropped = Callable[[int, int, bytes], None]
"""Called with (size, limit, head) for every frame over the cap."""


class LineFramer:
    """Splits chunks into newline-delimited frames; blank lines are skipped.

    Cost is one ``bytes.split`` per chunk; a frame spanning many chunks is joined once (never re-copied per chunk).
    With ``max_frame_bytes`` set, a frame longer than the cap is discarded as it streams in (memory stays bounded)
    and reported through ``on_dropped``; the frames around it are unaffected.
    """

    __slots__ = ("_discarding", "_head", "_limit", "_on_dropped", "_parts", "_size")

    def __init__(self, max_frame_bytes: int | None, on_dropped: OnDropped) -> None:
        if max_frame_bytes is not None and max_frame_bytes < 1:
            raise InvalidArgumentError("max_frame_bytes must be positive or None")
        self._limit = max_frame_bytes
        self._on_dropped = on_dropped
        self._parts: list[bytes] = []
        self._size = 0
        self._discarding = False
        self._head = b""

    @property
    def buffered(self) -> int:
        """Bytes of the incomplete frame held back (0 while discarding an oversized one)."""
        return 0 if self._discarding else self._size

    def feed(self, data: bytes) -> list[bytes]:
        """Complete frames found in ``data`` (joined with any earlier partial frame)."""
        if b"\n" not in data:
            self._append_partial(data)
            return []
        lines = data.split(b"\n")
        tail = lines.pop()
        if self._parts or self._discarding:
            first = self._complete_partial(lines[0])
            if first is None:
                del lines[0]
            else:
                lines[0] = first
        limit = self._limit
        if limit is not None and len(data) > limit and max(map(len, lines), default=0) > limit:
            lines = self._drop_oversized(lines, limit)
        # Blank lines are rare; only pay for filtering when the chunk can contain one.
        if (data[0] == 0x0A or b"\n\n" in data) and b"" in lines:
            lines = [line for line in lines if line]
        if tail:
            self._append_partial(tail)
        return lines

    def flush(self) -> bytes | None:
        """At EOF: the unterminated last frame, if any (an oversized one is reported as dropped)."""
        if self._discarding:
            self._report_discarded()
            return None
        if not self._parts:
            return None
        frame = b"".join(self._parts)
        self._parts.clear()
        self._size = 0
        return frame or None

    def _append_partial(self, data: bytes) -> None:
        if not data:
            return
        self._size += len(data)
        if self._discarding:
            return
        self._parts.append(data)
        if self._limit is not None and self._size > self._limit:
            self._head = b"".join(self._parts[:4])[:DROPPED_HEAD_BYTES]
            self._parts.clear()
            self._discarding = True

    def _complete_partial(self, rest: bytes) -> bytes | None:
        if self._discarding:
            self._size += len(rest)
            self._report_discarded()
            return None
        self._parts.append(rest)
        size = self._size + len(rest)
        frame = b"".join(self._parts)
        self._parts.clear()
        self._size = 0
        if self._limit is not None and size > self._limit:
            self._on_dropped(size, self._limit, frame[:DROPPED_HEAD_BYTES])
            return None
        return frame or None

    def _report_discarded(self) -> None:
        assert self._limit is not None
        self._on_dropped(self._size, self._limit, self._head)
        self._discarding = False
        self._head = b""
        self._size = 0

    def _drop_oversized(self, lines: list[bytes], limit: int) -> list[bytes]:
        kept = []
        for line in lines:
            if len(line) > limit:
                self._on_dropped(len(line), limit, line[:DROPPED_HEAD_BYTES])
            else:
                kept.append(line)
        return kept
