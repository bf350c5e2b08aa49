"""Supervision: a member whose connection ends (process exit, dropped socket) is replaced in the background, same
index, new process or new connection, with bounded attempts and backoff; after that (or past ``max_restarts``) it
is marked failed and placement moves its sessions elsewhere, or fails them.

Its own module so a shared supervisor (one restart policy for Client and pool) can take its place.
"""

from __future__ import annotations

import asyncio
import logging

from codex_runtime.errors import TransportError
from codex_runtime.pool.member import PoolMember
from codex_runtime.pool.placement import Placement

logger = logging.getLogger("codex_runtime.pool")

RESTART_ATTEMPTS = 3
"""Connection attempts to replace one lost member before it is marked failed."""
RESTART_BACKOFF = 0.5
"""Seconds before the second attempt; doubled for each further attempt."""


class MemberSupervisor:
    """Replaces lost members (see the module docstring); reports every change to ``placement``.

    Args:
        placement: whose waiters are woken on a change, and whose ``closing`` stops replacing.
        restart: replace members that die (False: they are marked failed at once).
        max_restarts: cap on replacements per member over the pool's life (None: no cap).
    """

    def __init__(self, placement: Placement, *, restart: bool, max_restarts: int | None) -> None:
        self._placement = placement
        self.restart = restart
        self.max_restarts = max_restarts
        self._replacements: set[asyncio.Task[None]] = set()

    def member_lost(self, member: PoolMember, error: TransportError) -> None:
        """A member's connection ended (called on its reader; must not block)."""
        if self._placement.closing:
            return
        if not self.restart:
            member.mark_failed(f"lost ({member.last_error}); restart is off")
            self._placement.notify_changed()
            return
        task = asyncio.get_running_loop().create_task(self._replace(member), name=f"codex-pool-replace-{member.index}")
        self._replacements.add(task)
        task.add_done_callback(self._replacements.discard)

    async def _replace(self, member: PoolMember) -> None:
        placement = self._placement
        await member.discard_client()
        for attempt in range(RESTART_ATTEMPTS):
            if placement.closing:
                return
            if self.max_restarts is not None and member.restarts >= self.max_restarts:
                member.mark_failed(f"lost after {member.restarts} restarts (max_restarts={self.max_restarts})")
                placement.notify_changed()
                return
            try:
                await member.connect(placement.start_timeout)
            except Exception as exc:
                member.last_error = f"replacement attempt {attempt + 1} failed: {exc}"
                logger.warning("pool member %d: %s", member.index, member.last_error)
                await asyncio.sleep(RESTART_BACKOFF * 2**attempt)
                continue
            member.restarts += 1
            logger.info("pool member %d replaced (restart %d)", member.index, member.restarts)
            placement.notify_changed()
            return
        member.mark_failed(f"could not be replaced after {RESTART_ATTEMPTS} attempts: {member.last_error}")
        placement.notify_changed()

    async def stop(self) -> None:
        """Cancel the replacements in progress and wait for them (each ends at its next await)."""
        for task in self._replacements:
            task.cancel()
        if self._replacements:
            await asyncio.gather(*self._replacements, return_exceptions=True)


__all__ = ["RESTART_ATTEMPTS", "RESTART_BACKOFF", "MemberSupervisor"]
