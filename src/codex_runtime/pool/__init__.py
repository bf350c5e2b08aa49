"""codex_runtime.pool: many app-servers behind one session API.

:class:`RuntimePool` runs N local ``codex app-server`` children (each in its own process group) or reaches N
remote ones (``ws://`` / ``unix://``), places each new session on the least-loaded member, caps concurrent turns per
member (callers wait, bounded by ``acquire_timeout``), and replaces a member that dies: its in-flight turns fail
with :class:`MemberLostError` (retry them) and its sessions are resumed from CODEX_HOME, same thread id, on the
replacement at their next call. :class:`PoolSession` has the :class:`~codex_runtime.Session` API.

This package sits beside ``automation``: it builds on ``api`` (Client, Session) and must not be imported by it.
The blocking twin is :mod:`codex_runtime.sync.pool`.

    async with RuntimePool(ClientConfig(), size=4) as pool:
        session = await pool.start_session(SessionConfig(cwd="/repo"))
        print((await session.ask("What does this project do?")).assistant_text)
        print(pool.stats())
"""

from codex_runtime.pool.errors import (
    MemberLostError,
    PoolBusyError,
    PoolClosedError,
    PoolError,
    PoolUnavailableError,
    SessionFailoverError,
)
from codex_runtime.pool.member import MemberState, PoolMember
from codex_runtime.pool.pool import RuntimePool
from codex_runtime.pool.session import PoolSession
from codex_runtime.pool.stream import PoolPromptRunStream

__all__ = [
    "MemberLostError",
    "MemberState",
    "PoolBusyError",
    "PoolClosedError",
    "PoolError",
    "PoolMember",
    "PoolPromptRunStream",
    "PoolSession",
    "PoolUnavailableError",
    "RuntimePool",
    "SessionFailoverError",
]
