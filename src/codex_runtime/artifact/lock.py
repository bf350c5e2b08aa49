"""One writer per document: a lock file ``<name>.lock`` created with ``O_CREAT | O_EXCL``.

The file records who holds it (pid, host, the holder's process start time, a random token, a timestamp), so a lock
left behind by a process that died is recognised and taken over, while a live holder's lock is never stolen:

- stale = same host and the pid is gone, a zombie, or now a different process (its start time changed: pid reuse);
- a lock file that cannot be parsed is a creator caught between ``open`` and ``write`` (or one that died there):
  it counts as live for :data:`UNREADABLE_GRACE` seconds after its mtime, then as stale;
- breaking a stale lock (re-read, compare the token, unlink) and releasing one's own happen under a short
  ``fcntl.flock`` on the directory's guard file, so two processes that both saw the same stale lock cannot end up
  both holding the new one (the kernel drops a flock when its holder dies, so the guard itself never goes stale).

Waiting for a live holder is bounded (``timeout``), then :class:`ArtifactLockedError` is raised.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import secrets
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Self

from codex_runtime.artifact.errors import ArtifactLockedError

UNREADABLE_GRACE = 5.0
"""Seconds an unparsable lock file is presumed to belong to a creator still writing it."""
POLL_INTERVAL = 0.02
"""Seconds between attempts while a live holder keeps the lock."""
GUARD_NAME = ".artifact-locks.guard"


@dataclass(frozen=True, slots=True)
class LockHolder:
    """What a lock file says about its holder."""

    pid: int
    host: str
    token: str
    created: float
    start_ticks: int | None = None
    """The holder's start time (``/proc/<pid>/stat`` field 22), to tell a reused pid from the holder."""

    def to_json(self) -> str:
        return json.dumps(
            {
                "pid": self.pid,
                "host": self.host,
                "token": self.token,
                "created": self.created,
                "start_ticks": self.start_ticks,
            }
        )

    @classmethod
    def parse(cls, text: str) -> LockHolder | None:
        try:
            raw = json.loads(text)
            start = raw.get("start_ticks")
            return cls(
                pid=int(raw["pid"]),
                host=str(raw["host"]),
                token=str(raw["token"]),
                created=float(raw["created"]),
                start_ticks=int(start) if start is not None else None,
            )
        except (ValueError, KeyError, TypeError, AttributeError):
            return None

    def __str__(self) -> str:
        return f"pid {self.pid} on {self.host} (since {time.strftime('%H:%M:%S', time.localtime(self.created))})"


def process_state(pid: int) -> tuple[str, int] | None:
    """``(state letter, start ticks)`` of ``pid`` from ``/proc``, or None when it cannot be read."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # The command name (field 2) may contain spaces and parentheses; everything after the last ")" is fixed.
    fields = stat[stat.rfind(")") + 2 :].split()
    try:
        return fields[0], int(fields[19])
    except (IndexError, ValueError):
        return None


def holder_is_alive(holder: LockHolder) -> bool:
    """False only when we can tell the holder is gone; another host's holder always counts as alive."""
    if holder.host != socket.gethostname():
        return True
    try:
        os.kill(holder.pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # exists, owned by someone else
    state = process_state(holder.pid)
    if state is None:
        return True
    letter, start_ticks = state
    if letter in ("Z", "X"):
        return False
    return holder.start_ticks is None or holder.start_ticks == start_ticks


def _own_holder() -> LockHolder:
    state = process_state(os.getpid())
    return LockHolder(
        pid=os.getpid(),
        host=socket.gethostname(),
        token=secrets.token_hex(8),
        created=time.time(),
        start_ticks=state[1] if state is not None else None,
    )


class DocumentLock:
    """The lock of one document; a context manager. See the module docstring."""

    def __init__(self, path: Path, *, name: str, timeout: float) -> None:
        self.path = path
        self.name = name
        self.timeout = timeout
        self._holder: LockHolder | None = None
        self.recovered: LockHolder | None = None
        """The stale holder this lock was taken over from, if any."""

    @property
    def held(self) -> bool:
        return self._holder is not None

    def acquire(self) -> None:
        """Take the lock, recovering a stale one; wait (bounded) for a live holder.

        Raises:
            ArtifactLockedError: a live holder kept it for ``timeout`` seconds.
            OSError: the directory is not writable.
        """
        deadline = time.monotonic() + self.timeout
        while True:
            if self._try_create():
                return
            seen = self._read()
            if seen is None:
                continue  # released between our create and our read: try again at once
            if self._is_stale(seen) and self._break(seen):
                continue
            if time.monotonic() >= deadline:
                holder = LockHolder.parse(seen[0])
                raise ArtifactLockedError(self.name, holder or "a writer that is still starting")
            time.sleep(POLL_INTERVAL)

    def _try_create(self) -> bool:
        holder = _own_holder()
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            return False
        try:
            os.write(fd, holder.to_json().encode())
            os.fsync(fd)
        except BaseException:
            os.close(fd)
            with contextlib.suppress(OSError):
                os.unlink(self.path)
            raise
        os.close(fd)
        self._holder = holder
        return True

    def _read(self) -> tuple[str, float] | None:
        """The lock file's text and mtime, or None when it vanished meanwhile."""
        try:
            with open(self.path, encoding="utf-8", errors="replace") as file:
                return file.read(), os.fstat(file.fileno()).st_mtime
        except FileNotFoundError:
            return None

    @staticmethod
    def _is_stale(seen: tuple[str, float]) -> bool:
        text, mtime = seen
        holder = LockHolder.parse(text)
        if holder is None:
            return time.time() - mtime > UNREADABLE_GRACE
        return not holder_is_alive(holder)

    def _break(self, seen: tuple[str, float]) -> bool:
        """Unlink the lock if it is still exactly the stale one we saw; True when it is gone."""
        with self._guard():
            current = self._read()
            if current is None:
                return True
            if current[0] != seen[0]:
                return False  # someone took it over meanwhile: look again
            os.unlink(self.path)
        self.recovered = LockHolder.parse(seen[0])
        return True

    def release(self) -> None:
        """Give the lock back (idempotent). Only a lock file still carrying our token is removed."""
        holder, self._holder = self._holder, None
        if holder is None:
            return
        with self._guard():
            current = self._read()
            if current is not None and (parsed := LockHolder.parse(current[0])) and parsed.token == holder.token:
                os.unlink(self.path)

    @contextlib.contextmanager
    def _guard(self) -> Iterator[None]:
        fd = os.open(self.path.parent / GUARD_NAME, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)  # held for a read and an unlink only; released by the kernel on death
            yield
        finally:
            os.close(fd)

    def __enter__(self) -> Self:
        self.acquire()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()


def read_holder(path: Path) -> LockHolder | None:
    """Who holds the lock at ``path`` (None: unlocked or unreadable)."""
    try:
        return LockHolder.parse(path.read_text())
    except OSError:
        return None


__all__ = ["DocumentLock", "LockHolder", "holder_is_alive", "process_state", "read_holder"]
