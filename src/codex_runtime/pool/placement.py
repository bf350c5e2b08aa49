"""Placement: which member a new session goes to, and where a lost member's session is resumed.

A new session goes to the live member with the fewest open sessions (then the fewest running or queued turns, then
the fewest turns so far, then the lowest index: :meth:`PoolMember.load_key`); the caller reserves the count before
``thread/start`` is sent, so sessions started concurrently spread evenly. While no member is alive but some are
(re)starting, placement waits (bounded) for the supervisor to report a change.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from codex_runtime.pool.errors import PoolClosedError, PoolUnavailableError, SessionFailoverError
from codex_runtime.pool.member import MemberState, PoolMember


class Placement:
    """The pool's members as placement sees them: open or closed, alive or (re)starting, and their load.

    Attributes:
        members: the members, by index.
        shared_codex_home: whether all members see one CODEX_HOME (a session may then move to another member).
        start_timeout: how long to wait for a member to come (back) up.
        acquire_timeout: how long a turn waits for a member's turn slot.
    """

    def __init__(
        self,
        members: Sequence[PoolMember],
        *,
        shared_codex_home: bool,
        start_timeout: float,
        acquire_timeout: float,
    ) -> None:
        self.members = tuple(members)
        self.shared_codex_home = shared_codex_home
        self.start_timeout = start_timeout
        self.acquire_timeout = acquire_timeout
        self.started = False
        self.closing = False
        self._changed = asyncio.Event()

    @property
    def is_closed(self) -> bool:
        """True once the pool began shutting down."""
        return self.closing

    def check_open(self) -> None:
        """Raises:
        PoolClosedError: the pool is not started or was shut down.
        """
        if self.closing:
            raise PoolClosedError()
        if not self.started:
            raise PoolClosedError("the runtime pool is not started; use `async with RuntimePool(...)` or start()")

    def notify_changed(self) -> None:
        """Wake everyone waiting for a member to come (back) up or fail."""
        self._changed.set()
        self._changed = asyncio.Event()

    async def live_member(self, timeout: float) -> PoolMember:
        """The least-loaded live member, waiting (bounded) while none is alive but some are (re)starting.

        Raises:
            PoolClosedError: the pool is not started or was shut down.
            PoolUnavailableError: no member became alive within ``timeout`` (or all have failed).
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            self.check_open()
            live = [member for member in self.members if member.is_alive]
            if live:
                return min(live, key=PoolMember.load_key)
            pending = [m for m in self.members if m.state in (MemberState.STARTING, MemberState.RESTARTING)]
            if not pending:
                raise PoolUnavailableError("every pool member has failed: " + _last_errors(self.members))
            changed = self._changed
            try:
                async with asyncio.timeout(max(0.0, deadline - loop.time())):
                    await changed.wait()
            except TimeoutError:
                raise PoolUnavailableError(
                    f"no pool member came back within {timeout:g}s: " + _last_errors(self.members)
                ) from None

    async def failover_target(self, member: PoolMember, thread_id: str) -> PoolMember:
        """Where a session of the lost ``member`` is resumed: the member's replacement (waited for, bounded), else
        another live member when all share one CODEX_HOME.

        Raises:
            PoolClosedError: the pool was shut down.
            SessionFailoverError: no member can resume the thread.
        """
        self.check_open()
        if member.state in (MemberState.STARTING, MemberState.RESTARTING):
            await member.wait_settled(self.start_timeout)
            self.check_open()
        if member.is_alive:
            return member
        if not self.shared_codex_home:
            raise SessionFailoverError(
                thread_id,
                f"member {member.index} is {member.state} ({member.last_error}) and the members do not share "
                "a CODEX_HOME",
            )
        try:
            return await self.live_member(self.start_timeout)
        except PoolUnavailableError as exc:
            raise SessionFailoverError(thread_id, str(exc)) from exc


def _last_errors(members: Sequence[PoolMember]) -> str:
    return "; ".join(f"member {m.index} {m.state}: {m.last_error}" for m in members) or "no members"


__all__ = ["Placement"]
