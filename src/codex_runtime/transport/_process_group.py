"""Signals to a child's whole process group, and waiting (bounded) until no live member remains."""

from __future__ import annotations

import asyncio
import os
import signal

_POLL = 0.01


def _stat_fields(pid: int | str) -> list[bytes] | None:
    """The fields of ``/proc/<pid>/stat`` after ``(comm)`` (state, ppid, pgrp, ..., starttime at index 19); None
    when the process is gone or there is no ``/proc``. The command name may hold spaces and parentheses, hence
    the split at the last ``)``."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            return stat.read().rpartition(b")")[2].split()
    except OSError:
        return None


def signal_group(pgid: int, sig: signal.Signals) -> bool:
    """Send ``sig`` to every process in group ``pgid``. False when the group no longer exists."""
    try:
        os.killpg(pgid, sig)
    except ProcessLookupError:
        return False
    except PermissionError:
        # Only when the group id was recycled by someone else's session: never ours to signal.
        return False
    return True


def group_has_live_members(pgid: int) -> bool:
    """True while a process that is not a zombie is still in group ``pgid``.

    Zombies count as gone: orphans are reaped by PID 1, and some container init processes never reap them.
    Without ``/proc`` (not Linux) any member, zombie or not, counts as live.
    """
    try:
        os.killpg(pgid, 0)
    except (ProcessLookupError, PermissionError):
        return False
    try:
        entries = os.listdir("/proc")
    except OSError:
        return True
    for entry in entries:
        fields = _stat_fields(entry) if entry.isdigit() else None
        if fields is not None and len(fields) > 2 and int(fields[2]) == pgid and fields[0] not in (b"Z", b"X"):
            return True
    return False


async def wait_group_gone(pgid: int, seconds: float) -> bool:
    """Poll until group ``pgid`` has no live member; False if some remained after ``seconds``.

    Polling is the only way: grandchildren are not our children, so there is nothing to wait on.
    """
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    while group_has_live_members(pgid):
        if loop.time() >= deadline:
            return False
        await asyncio.sleep(_POLL)
    return True


def descendants(pid: int) -> list[tuple[int, bytes]]:
    """``(pid, start time)`` of every process below ``pid`` right now, found through ``/proc`` ([] elsewhere).

    Tool processes that app-server starts in sessions of their own (``setsid``, a pty, bwrap ``--new-session``)
    leave its process group; this is the only way to still name them at shutdown.
    """
    try:
        entries = os.listdir("/proc")
    except OSError:
        return []
    children: dict[int, list[int]] = {}
    starts: dict[int, bytes] = {}
    for entry in entries:
        fields = _stat_fields(entry) if entry.isdigit() else None
        if fields is not None and len(fields) > 19:
            children.setdefault(int(fields[1]), []).append(int(entry))
            starts[int(entry)] = fields[19]
    found: list[tuple[int, bytes]] = []
    stack = list(children.get(pid, ()))
    while stack:
        child = stack.pop()
        found.append((child, starts[child]))
        stack.extend(children.get(child, ()))
    return found


def kill_survivors(processes: list[tuple[int, bytes]]) -> int:
    """SIGKILL those of ``processes`` still alive (same pid AND start time, so a recycled pid is never hit)."""
    killed = 0
    for pid, start in processes:
        fields = _stat_fields(pid)
        if fields is not None and len(fields) > 19 and fields[19] == start and fields[0] not in (b"Z", b"X"):
            try:
                os.kill(pid, signal.SIGKILL)
                killed += 1
            except (ProcessLookupError, PermissionError):
                pass
    return killed
