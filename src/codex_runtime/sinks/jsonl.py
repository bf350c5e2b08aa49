""":class:`JsonlTranscriptSink`: every message of a connection as one JSON line, secrets redacted, size-bounded.

A line is ``{"time", "conn", "dir", "kind", "method", "id", "thread_id", "turn_id", "size", "duration_ms",
"failure", "message"}`` (members that are None are left out; ``time`` is Unix seconds; ``conn`` the connection
number). ``message`` is the JSON-RPC message with secrets replaced (:mod:`codex_runtime._redact`: login params,
API keys, bearer tokens).

Rotation: when writing a line would take the file past ``max_bytes``, the file becomes ``<path>.1`` (``.1``
becomes ``.2`` ... up to ``backups``; the oldest is deleted) and a new file starts, so the transcript never takes
more than ``(backups + 1) * max_bytes`` (plus one line).

Writes happen on the connection's reader, into a buffer; the buffer is flushed after every message except
streamed deltas (a flood of them is flushed when the buffer fills, at the next other message, and at
:meth:`~JsonlTranscriptSink.close`), so a crash loses at most the tail of a delta stream. A write that fails (disk
full) is counted in ``write_errors`` and logged once; the connection goes on.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Self

from codex_runtime._redact import redact
from codex_runtime.errors import InvalidArgumentError
from codex_runtime.runtime.observe import WireEvent

logger = logging.getLogger("codex_runtime.sinks")

DEFAULT_MAX_BYTES = 64 * 1024 * 1024
DEFAULT_BACKUPS = 3


def transcript_files(path: str | os.PathLike[str]) -> list[Path]:
    """The files of a rotated transcript, oldest first: ``<path>.N`` ... ``<path>.1``, ``<path>`` (those that
    exist)."""
    base = Path(path)
    rotated: list[tuple[int, Path]] = []
    for candidate in base.parent.glob(f"{base.name}.*"):
        suffix = candidate.name[len(base.name) + 1 :]
        if suffix.isdigit():
            rotated.append((int(suffix), candidate))
    files = [p for _, p in sorted(rotated, reverse=True)]
    return [*files, base] if base.exists() else files


class JsonlTranscriptSink:
    """A transcript of every request, response, notification, server request and answer, one JSON line each.

    Use as an observer: ``ClientConfig(observers=[sink])``; close it (or use ``with``) when done. One sink may
    serve several connections (a pool's members): lines interleave in arrival order.

    Args:
        path: the file (appended to; created with mode 0600, since it holds prompts and command output).
        max_bytes: rotate before the file would grow past this.
        backups: rotated files kept (``<path>.1`` newest).
        redact_secrets: replace credentials (True; turn off only for a file that never leaves a test).

    Raises:
        InvalidArgumentError: ``max_bytes`` < 1024 or ``backups`` < 0.
        OSError: the file cannot be opened.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        max_bytes: int = DEFAULT_MAX_BYTES,
        backups: int = DEFAULT_BACKUPS,
        redact_secrets: bool = True,
    ) -> None:
        if max_bytes < 1024 or backups < 0:
            raise InvalidArgumentError("JsonlTranscriptSink needs max_bytes >= 1024 and backups >= 0")
        self.path = Path(path)
        self.max_bytes = max_bytes
        self.backups = backups
        self.redact_secrets = redact_secrets
        self.lines_written = 0
        self.rotations = 0
        self.write_errors = 0
        self._file: IO[str] | None = self._open()
        self._size = self.path.stat().st_size

    def _open(self) -> IO[str]:
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return open(fd, "a", encoding="ascii", buffering=64 * 1024)

    # --- the observer ---------------------------------------------------------------------------------------

    def __call__(self, event: WireEvent) -> None:
        """Write one event (called by the connection; see the module docstring)."""
        if self._file is None:
            return
        line = json.dumps(self.record(event), separators=(",", ":")) + "\n"  # ASCII: lone surrogates survive
        try:
            if self._size and self._size + len(line) > self.max_bytes:
                self._rotate()
            file = self._file
            file.write(line)
            self._size += len(line)
            self.lines_written += 1
            if event.kind != "notification" or not event.method.endswith(("elta", "Delta")):
                file.flush()
        except (OSError, ValueError) as exc:
            self.write_errors += 1
            if self.write_errors == 1:
                logger.error("transcript %s: write failed (%s); later failures are only counted", self.path, exc)

    def record(self, event: WireEvent) -> dict[str, object]:
        """The JSON object written for ``event``."""
        record: dict[str, Any] = {
            "time": event.time,
            "conn": event.connection,
            "dir": event.direction,
            "kind": event.kind,
            "method": event.method,
        }
        optional = (
            ("id", event.id),
            ("thread_id", event.thread_id),
            ("turn_id", event.turn_id),
            ("duration_ms", None if event.duration is None else round(event.duration * 1000, 3)),
            ("failure", event.failure),
        )
        record.update((key, value) for key, value in optional if value is not None)
        record["size"] = event.size
        record["message"] = redact(event.message) if self.redact_secrets else event.message
        return record

    def _rotate(self) -> None:
        assert self._file is not None
        self._file.close()
        self._file = None
        if self.backups == 0:
            self.path.unlink(missing_ok=True)
        else:
            for index in range(self.backups - 1, 0, -1):
                older = self.path.with_name(f"{self.path.name}.{index}")
                if older.exists():
                    os.replace(older, self.path.with_name(f"{self.path.name}.{index + 1}"))
            os.replace(self.path, self.path.with_name(f"{self.path.name}.1"))
        self._file = self._open()
        self._size = 0
        self.rotations += 1

    # --- lifecycle --------------------------------------------------------------------------------------------

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        """Flush and close the file (idempotent); later events are ignored."""
        if self._file is not None:
            file, self._file = self._file, None
            file.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<JsonlTranscriptSink {str(self.path)!r} lines={self.lines_written} rotations={self.rotations}>"


__all__ = ["DEFAULT_BACKUPS", "DEFAULT_MAX_BYTES", "JsonlTranscriptSink", "transcript_files"]
