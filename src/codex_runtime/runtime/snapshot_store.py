"""Where a state snapshot (:meth:`StateProjection.snapshot`) is kept between runs.

:class:`JsonFileSnapshotStore` writes atomically: the JSON goes to a temporary file in the same directory, which is
flushed and fsynced, then renamed over the target (``os.replace``), and the directory is fsynced so the rename
itself survives a crash. A writer killed at any moment leaves either the old file or the new one, never a torn one
(at worst a stray ``.<name>.*.tmp`` beside it, which :meth:`~JsonFileSnapshotStore.load` ignores).

The file records ``{"format": 1, "schema_sha256": ..., "saved_at": ..., "state": ...}``; a snapshot taken under
another protocol schema is refused rather than misread.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from codex_runtime.errors import SnapshotCorruptError, SnapshotError, SnapshotMismatchError

FORMAT = 1


@runtime_checkable
class SnapshotStore(Protocol):
    """Keeps the latest state snapshot."""

    def save(self, snapshot: dict[str, Any]) -> None:
        """Replace the stored snapshot with ``snapshot`` (a JSON-serializable dict)."""
        ...

    def load(self) -> dict[str, Any] | None:
        """The stored snapshot, or None if nothing was saved yet."""
        ...


class InMemorySnapshotStore:
    """A :class:`SnapshotStore` in memory, for tests.

    It keeps the JSON text, so it accepts and returns exactly what :class:`JsonFileSnapshotStore` would, and later
    changes to the caller's dict never leak in.
    """

    def __init__(self) -> None:
        self._data: str | None = None

    def save(self, snapshot: dict[str, Any]) -> None:
        """Keep ``snapshot`` as JSON.

        Raises:
            TypeError: ``snapshot`` holds a value JSON cannot represent.
            ValueError: ``snapshot`` holds NaN or infinity.
        """
        self._data = json.dumps(snapshot, allow_nan=False)

    def load(self) -> dict[str, Any] | None:
        """A fresh copy of the last saved snapshot, or None."""
        return None if self._data is None else dict(json.loads(self._data))


class JsonFileSnapshotStore:
    """A :class:`SnapshotStore` in one JSON file, written atomically (see the module docstring).

    ``schema_sha256`` is the sha256 of the protocol schema the snapshot's wire values follow; :meth:`load` refuses a
    file written under another one. The file is created with mode 0600 (it may hold command output).
    """

    def __init__(self, path: str | os.PathLike[str], schema_sha256: str) -> None:
        self.path = Path(path)
        self.schema_sha256 = schema_sha256

    def save(self, snapshot: dict[str, Any]) -> None:
        """Atomically replace the file with ``snapshot``.

        Raises:
            TypeError: ``snapshot`` holds a value JSON cannot represent (nothing is written).
            ValueError: ``snapshot`` holds NaN or infinity (nothing is written).
            OSError: the directory is missing or not writable, or the disk is full (the old file is kept).
        """
        document = {
            "format": FORMAT,
            "schema_sha256": self.schema_sha256,
            "saved_at": datetime.now(UTC).isoformat(),
            "state": snapshot,
        }
        # ensure_ascii keeps lone surrogates (legal in wire strings) encodable; allow_nan=False keeps it strict JSON.
        data = json.dumps(document, ensure_ascii=True, allow_nan=False, separators=(",", ":")).encode("ascii")
        directory = self.path.parent
        fd, tmp_name = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=directory)
        try:
            with os.fdopen(fd, "wb") as tmp:
                tmp.write(data)
                tmp.flush()
                os.fsync(tmp.fileno())
            os.replace(tmp_name, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
            raise
        _fsync_directory(directory)

    def load(self) -> dict[str, Any] | None:
        """The saved snapshot, or None when the file does not exist.

        Raises:
            SnapshotCorruptError: the file is not a snapshot document (not JSON, truncated, wrong shape).
            SnapshotMismatchError: the file was written under another schema sha256 or file format.
            OSError: the file exists but cannot be read.
        """
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return None
        try:
            document = json.loads(data)
        except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError
            raise SnapshotCorruptError(str(self.path), f"not valid JSON ({exc})") from exc
        except RecursionError as exc:
            raise SnapshotCorruptError(str(self.path), "JSON nested too deeply") from exc
        if not isinstance(document, dict):
            raise SnapshotCorruptError(str(self.path), f"expected a JSON object, got {type(document).__name__}")
        if document.get("format") != FORMAT:
            raise SnapshotMismatchError(
                str(self.path), expected=str(FORMAT), found=document.get("format"), what="format"
            )
        if document.get("schema_sha256") != self.schema_sha256:
            raise SnapshotMismatchError(
                str(self.path), expected=self.schema_sha256, found=document.get("schema_sha256")
            )
        state = document.get("state")
        if not isinstance(state, dict):
            raise SnapshotCorruptError(str(self.path), "missing or non-object 'state'")
        return state


def _fsync_directory(directory: Path) -> None:
    """Make a rename in ``directory`` durable. Skipped where directories cannot be opened (Windows)."""
    try:
        fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


__all__ = [
    "InMemorySnapshotStore",
    "JsonFileSnapshotStore",
    "SnapshotCorruptError",
    "SnapshotError",
    "SnapshotMismatchError",
    "SnapshotStore",
]
